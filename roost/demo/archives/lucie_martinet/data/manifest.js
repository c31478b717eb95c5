window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1301922871450402816",
    "userName" : "lucie_martinet",
    "displayName" : "Lucie Martinet"
  },
  "archiveInfo" : {
    "sizeBytes" : "39411",
    "generationDate" : "2026-03-01T21:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "deletedTweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweet-headers.js",
          "globalName" : "YTD.deleted_tweet_headers.part0",
          "count" : "0"
        }
      ]
    },
    "deletedTweets" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweets.js",
          "globalName" : "YTD.deleted_tweets.part0",
          "count" : "0"
        }
      ]
    },
    "noteTweet" : {
      "files" : [
        {
          "fileName" : "data/note-tweet.js",
          "globalName" : "YTD.note_tweet.part0",
          "count" : "0"
        }
      ]
    },
    "tweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/tweet-headers.js",
          "globalName" : "YTD.tweet_headers.part0",
          "count" : "26"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "26"
        }
      ]
    }
  }
}
