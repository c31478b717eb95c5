window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019471119165816865"
          ],
          "editableUntil" : "2026-02-05T19:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "49",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "2019471119165816865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019471119165816865",
      "created_at" : "Thu Feb 05 18:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the libary steps at 8:30. #KestrelWalk",
      "lang" : "en",
      "deleted_at" : "Thu Feb 05 18:05:09 +0000 2026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997647721431567583"
          ],
          "editableUntil" : "2025-12-07T13:41:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "1997647721431567583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997647721431567583",
      "created_at" : "Sun Dec 07 12:41:45 +0000 2025",
      "favorited" : false,
      "full_text" : "test post please ignore",
      "lang" : "en",
      "deleted_at" : "Sun Dec 07 13:18:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963286072500028460"
          ],
          "editableUntil" : "2025-09-03T18:00:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "13",
      "id_str" : "1963286072500028460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1963286072500028460",
      "created_at" : "Wed Sep 03 17:00:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Roof garden is closed today because of the wind, sory!",
      "lang" : "en",
      "deleted_at" : "Wed Sep 03 17:19:50 +0000 2025"
    }
  }
]