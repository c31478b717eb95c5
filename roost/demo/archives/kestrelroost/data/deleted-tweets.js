window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987516866021950556"
          ],
          "editableUntil" : "2025-11-09T14:45:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count" : "13",
      "id_str" : "1987516866021950556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987516866021950556",
      "created_at" : "Sun Nov 09 13:45:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the libary steps at 8:30. #KestrelWalk",
      "lang" : "en",
      "deleted_at" : "Sun Nov 09 14:14:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969518813938847724"
          ],
          "editableUntil" : "2025-09-20T22:47:31.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1969518813938847724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969518813938847724",
      "created_at" : "Sat Sep 20 21:47:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Roof garden is closed today because of the wind, sory!",
      "lang" : "en",
      "deleted_at" : "Sat Sep 20 21:53:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967888916011287077"
          ],
          "editableUntil" : "2025-09-16T10:50:53.000Z",
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
        "23"
      ],
      "favorite_count" : "8",
      "id_str" : "1967888916011287077",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967888916011287077",
      "created_at" : "Tue Sep 16 09:50:53 +0000 2025",
      "favorited" : false,
      "full_text" : "test post please ignore",
      "lang" : "en",
      "deleted_at" : "Tue Sep 16 10:07:53 +0000 2025"
    }
  }
]