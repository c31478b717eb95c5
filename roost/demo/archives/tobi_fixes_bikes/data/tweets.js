window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023736254969544907"
          ],
          "editableUntil" : "2026-02-17T13:28:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2023709918937874828",
      "id_str" : "2023736254969544907",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023736254969544907",
      "in_reply_to_status_id" : "2023709918937874828",
      "created_at" : "Tue Feb 17 12:28:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost labels printed 🏷️",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023679128552081255"
          ],
          "editableUntil" : "2026-02-17T09:41:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "2023679128552081255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023679128552081255",
      "created_at" : "Tue Feb 17 08:41:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can I leave the donated bikes in the shed over winter?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023310047793252937"
          ],
          "editableUntil" : "2026-02-16T09:14:41.000Z",
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
        "80"
      ],
      "favorite_count" : "2",
      "id_str" : "2023310047793252937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023310047793252937",
      "created_at" : "Mon Feb 16 08:14:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Swifts screaming over the shed while I fixed a chain. Summer is officially here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020147870496460132"
          ],
          "editableUntil" : "2026-02-07T15:49:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020109396143247212",
      "id_str" : "2020147870496460132",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020147870496460132",
      "in_reply_to_status_id" : "2020109396143247212",
      "created_at" : "Sat Feb 07 14:49:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost thanks, mystery solved!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020085094345346300"
          ],
          "editableUntil" : "2026-02-07T11:39:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "8",
      "id_str" : "2020085094345346300",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020085094345346300",
      "created_at" : "Sat Feb 07 10:39:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a bird with a red face and flashes of gold on its wings on the TV aerial at No. 14 yesterday evening, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015331381115618104"
          ],
          "editableUntil" : "2026-01-25T08:50:18.000Z",
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
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "2015331381115618104",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2015331381115618104",
      "created_at" : "Sun Jan 25 07:50:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Donated bikes ready to go to new homes: 5 kids' bikes and 2 adult ones. Come to the shed Thursday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008533597355904277"
          ],
          "editableUntil" : "2026-01-06T14:38:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2008531714114455608",
      "id_str" : "2008533597355904277",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008533597355904277",
      "in_reply_to_status_id" : "2008531714114455608",
      "created_at" : "Tue Jan 06 13:38:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost fair enough, shed it is 🔧",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008523698800429271"
          ],
          "editableUntil" : "2026-01-06T13:59:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "2008523698800429271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008523698800429271",
      "created_at" : "Tue Jan 06 12:59:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost could we put a couple of bike racks on the roof terrace? people keep carrying bikes up the stairs for the repair night",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006045466586910491"
          ],
          "editableUntil" : "2025-12-30T17:51:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2006040211122030969",
      "id_str" : "2006045466586910491",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006045466586910491",
      "in_reply_to_status_id" : "2006040211122030969",
      "created_at" : "Tue Dec 30 16:51:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost thank you!! 😍",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005995894107276360"
          ],
          "editableUntil" : "2025-12-30T14:34:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "2005995894107276360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005995894107276360",
      "created_at" : "Tue Dec 30 13:34:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the tiny blue and yellow bird hanging upside down at the feeder by the lift this morning?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005050221757337175"
          ],
          "editableUntil" : "2025-12-27T23:56:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2005005929905392976",
      "id_str" : "2005050221757337175",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2005050221757337175",
      "in_reply_to_status_id" : "2005005929905392976",
      "created_at" : "Sat Dec 27 22:56:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost found a thorn. three tubes later 🙈",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005003270718752366"
          ],
          "editableUntil" : "2025-12-27T20:50:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "2005003270718752366",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2005003270718752366",
      "created_at" : "Sat Dec 27 19:50:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost anyone know how to fix a slow puncture that keeps coming back?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997415544218585385"
          ],
          "editableUntil" : "2025-12-06T22:19:10.000Z",
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
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1997415544218585385",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997415544218585385",
      "created_at" : "Sat Dec 06 21:19:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Repair night tally: 9 punctures, 4 brake cables, 2 wheels trued, 1 bike that was beyond saving. Good night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993806034177756330"
          ],
          "editableUntil" : "2025-11-26T23:16:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1993773599622302823",
      "id_str" : "1993806034177756330",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993806034177756330",
      "in_reply_to_status_id" : "1993773599622302823",
      "created_at" : "Wed Nov 26 22:16:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost thanks, mystery solved!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993759318019016737"
          ],
          "editableUntil" : "2025-11-26T20:10:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1993759318019016737",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993759318019016737",
      "created_at" : "Wed Nov 26 19:10:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a all-black bird with a bright orange-yellow beak on the allotment fence around 7am, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990330204358967731"
          ],
          "editableUntil" : "2025-11-17T09:04:33.000Z",
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
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1990330204358967731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990330204358967731",
      "created_at" : "Mon Nov 17 08:04:33 +0000 2025",
      "favorited" : false,
      "full_text" : "New truing stand in the shed thanks to a donation from the library. 🔧💚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978744106586082120"
          ],
          "editableUntil" : "2025-10-16T09:45:32.000Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1978744106586082120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978744106586082120",
      "created_at" : "Thu Oct 16 08:45:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Chain oil is not a salad dressing. Wipe off the excess. Your trousers will thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969099056888152728"
          ],
          "editableUntil" : "2025-09-19T18:59:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1969065405989130108",
      "id_str" : "1969099056888152728",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969099056888152728",
      "in_reply_to_status_id" : "1969065405989130108",
      "created_at" : "Fri Sep 19 17:59:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost amazing, I'll bring the truing stand too",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969036045860866342"
          ],
          "editableUntil" : "2025-09-19T14:49:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1969036045860866342",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969036045860866342",
      "created_at" : "Fri Sep 19 13:49:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is the bike repair night still on for Thursday? I've got a pile of donated wheels",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967538488192666802"
          ],
          "editableUntil" : "2025-09-15T11:38:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "id_str" : "1967538488192666802",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967538488192666802",
      "created_at" : "Mon Sep 15 10:38:25 +0000 2025",
      "favorited" : false,
      "full_text" : "PSA: check your tyre pressure. Half the 'broken' bikes I see just need air.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967513402036193893"
          ],
          "editableUntil" : "2025-09-15T09:58:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1967495794345511186",
      "id_str" : "1967513402036193893",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967513402036193893",
      "in_reply_to_status_id" : "1967495794345511186",
      "created_at" : "Mon Sep 15 08:58:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost oh wow. learning so much here",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967486000646589978"
          ],
          "editableUntil" : "2025-09-15T08:09:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1967486000646589978",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967486000646589978",
      "created_at" : "Mon Sep 15 07:09:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the small brown bird with a grey cap and a black bib on the library gutter just now?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964754971515421845"
          ],
          "editableUntil" : "2025-09-07T19:17:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "5",
      "id_str" : "1964754971515421845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964754971515421845",
      "created_at" : "Sun Sep 07 18:17:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost the roof door key is missing from the hook again 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963245408158877845"
          ],
          "editableUntil" : "2025-09-03T15:19:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1963219344751854171",
      "id_str" : "1963245408158877845",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963245408158877845",
      "in_reply_to_status_id" : "1963219344751854171",
      "created_at" : "Wed Sep 03 14:19:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost I'll be there with the trailer 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963180195116748350"
          ],
          "editableUntil" : "2025-09-03T11:00:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kestrel Street Roost 🐦",
            "screen_name" : "kestrelroost",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1963145751494397293",
      "id_str" : "1963180195116748350",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963180195116748350",
      "in_reply_to_status_id" : "1963145751494397293",
      "created_at" : "Wed Sep 03 10:00:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost need a hand carrying stuff? the bike trailer can take a lot",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  }
]