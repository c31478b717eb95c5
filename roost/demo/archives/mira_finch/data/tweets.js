window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027209053664183053"
          ],
          "editableUntil" : "2026-02-27T03:27:56.000Z",
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
        "32"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2027195409592879400",
      "id_str" : "2027209053664183053",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027209053664183053",
      "in_reply_to_status_id" : "2027195409592879400",
      "created_at" : "Fri Feb 27 02:27:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can the kids come?",
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
            "2021166850912421009"
          ],
          "editableUntil" : "2026-02-10T11:18:23.000Z",
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
        "71"
      ],
      "favorite_count" : "13",
      "id_str" : "2021166850912421009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021166850912421009",
      "created_at" : "Tue Feb 10 10:18:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardboard delivered to the compost bin. My shop has never been so tidy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017349542153552312"
          ],
          "editableUntil" : "2026-01-30T22:29:46.000Z",
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
        "48"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2017314159005009932",
      "id_str" : "2017349542153552312",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017349542153552312",
      "in_reply_to_status_id" : "2017314159005009932",
      "created_at" : "Fri Jan 30 21:29:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost I'll bring cardboard from the shop",
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
            "2017295163000882830"
          ],
          "editableUntil" : "2026-01-30T18:53:41.000Z",
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
        "60"
      ],
      "favorite_count" : "5",
      "id_str" : "2017295163000882830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017295163000882830",
      "created_at" : "Fri Jan 30 17:53:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can we compost on the roof or is it too windy?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014605882500187612"
          ],
          "editableUntil" : "2026-01-23T08:47:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MillbrookBirds",
            "indices" : [
              "61",
              "76"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "2014605882500187612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014605882500187612",
      "created_at" : "Fri Jan 23 07:47:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Sighting: a goldfinch in the ivy on the old mill around 7am. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011035751737069003"
          ],
          "editableUntil" : "2026-01-13T12:21:01.000Z",
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
        "28"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2010993351517667774",
      "id_str" : "2011035751737069003",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011035751737069003",
      "in_reply_to_status_id" : "2010993351517667774",
      "created_at" : "Tue Jan 13 11:21:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost any surprises?",
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
            "2010972149308850904"
          ],
          "editableUntil" : "2026-01-13T08:08:17.000Z",
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
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "2010972149308850904",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010972149308850904",
      "created_at" : "Tue Jan 13 07:08:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost how did the winter bird count go?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010843650490239826"
          ],
          "editableUntil" : "2026-01-12T23:37:40.000Z",
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
        "29"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2010821361959046421",
      "id_str" : "2010843650490239826",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010843650490239826",
      "in_reply_to_status_id" : "2010821361959046421",
      "created_at" : "Mon Jan 12 22:37:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost even in winter?",
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
            "2010802269488285752"
          ],
          "editableUntil" : "2026-01-12T20:53:14.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2010802269488285752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010802269488285752",
      "created_at" : "Mon Jan 12 19:53:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost how often should we clean the feeders? mine look a bit grim",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004135140779492738"
          ],
          "editableUntil" : "2025-12-25T11:20:27.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2004126320160540560",
      "id_str" : "2004135140779492738",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004135140779492738",
      "in_reply_to_status_id" : "2004126320160540560",
      "created_at" : "Thu Dec 25 10:20:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ¡gracias! mañana llevo guisantes con los niños 🦆",
      "lang" : "es",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004104488806911787"
          ],
          "editableUntil" : "2025-12-25T09:18:39.000Z",
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
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "2004104488806911787",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004104488806911787",
      "created_at" : "Thu Dec 25 08:18:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ¿es verdad que no hay que dar pan a los patos del canal?",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002084540438679092"
          ],
          "editableUntil" : "2025-12-19T19:32:06.000Z",
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
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "2002084540438679092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002084540438679092",
      "created_at" : "Fri Dec 19 18:32:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Took the kids to feed the ducks with peas. They were very disappointed it wasn't bread. The ducks were not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997949184454820916"
          ],
          "editableUntil" : "2025-12-08T09:39:40.000Z",
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
        "74"
      ],
      "favorite_count" : "5",
      "id_str" : "1997949184454820916",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997949184454820916",
      "created_at" : "Mon Dec 08 08:39:40 +0000 2025",
      "favorited" : false,
      "full_text" : "New feeder on my balcony and the first customer is... a pigeon. Of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996697584403480625"
          ],
          "editableUntil" : "2025-12-04T22:46:15.000Z",
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
        "46"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1996671407753266088",
      "id_str" : "1996697584403480625",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996697584403480625",
      "in_reply_to_status_id" : "1996671407753266088",
      "created_at" : "Thu Dec 04 21:46:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost no way, right outside my window?",
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
            "1996659307187798879"
          ],
          "editableUntil" : "2025-12-04T20:14:09.000Z",
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
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "1996659307187798879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996659307187798879",
      "created_at" : "Thu Dec 04 19:14:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the dark sickle-shaped bird screaming round the rooftops at the feeder by the lift this morning?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992902514248647535"
          ],
          "editableUntil" : "2025-11-24T11:26:00.000Z",
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
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1992888165534532699",
      "id_str" : "1992902514248647535",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992902514248647535",
      "in_reply_to_status_id" : "1992888165534532699",
      "created_at" : "Mon Nov 24 10:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ah that makes sense, cheers",
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
            "1992857786191577534"
          ],
          "editableUntil" : "2025-11-24T08:28:16.000Z",
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
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1992857786191577534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992857786191577534",
      "created_at" : "Mon Nov 24 07:28:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a little round bird with an orange face and chest in the churchyard yew just now, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990175267086274373"
          ],
          "editableUntil" : "2025-11-16T22:48:53.000Z",
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
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1990175267086274373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990175267086274373",
      "created_at" : "Sun Nov 16 21:48:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? small falcon hovering over the verge, in the park by the pond at lunchtime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983812268443831096"
          ],
          "editableUntil" : "2025-10-30T09:24:36.000Z",
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
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1983812268443831096",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1983812268443831096",
      "created_at" : "Thu Oct 30 08:24:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? chunky olive-green finch with yellow in its wings, at the feeder by the lift at dusk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983631361446773928"
          ],
          "editableUntil" : "2025-10-29T21:25:45.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1983631361446773928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983631361446773928",
      "created_at" : "Wed Oct 29 20:25:45 +0000 2025",
      "favorited" : false,
      "full_text" : "If anyone needs spare seed trays for the swap, I've got about twenty. Text me on 07700 900461.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981835995184760894"
          ],
          "editableUntil" : "2025-10-24T22:31:36.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1981835995184760894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981835995184760894",
      "created_at" : "Fri Oct 24 21:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Goldfinches on the teasels again, I could watch them all day 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979627318591359495"
          ],
          "editableUntil" : "2025-10-18T20:15:07.000Z",
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
        "61"
      ],
      "favorite_count" : "13",
      "id_str" : "1979627318591359495",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1979627318591359495",
      "created_at" : "Sat Oct 18 19:15:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Mis hijos ya distinguen un gorrión de un acentor. Orgullosa 🥹",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979092266318168571"
          ],
          "editableUntil" : "2025-10-17T08:49:00.000Z",
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
        "99"
      ],
      "favorite_count" : "5",
      "id_str" : "1979092266318168571",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1979092266318168571",
      "created_at" : "Fri Oct 17 07:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! little round bird with an orange face and chest by the water butts. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978098813297230697"
          ],
          "editableUntil" : "2025-10-14T15:01:23.000Z",
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
        "42"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1978066798172048534",
      "id_str" : "1978098813297230697",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978098813297230697",
      "in_reply_to_status_id" : "1978066798172048534",
      "created_at" : "Tue Oct 14 14:01:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost shade cloth going up tonight",
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
            "1978038595672475668"
          ],
          "editableUntil" : "2025-10-14T11:02:06.000Z",
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
        "53"
      ],
      "favorite_count" : "5",
      "id_str" : "1978038595672475668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978038595672475668",
      "created_at" : "Tue Oct 14 10:02:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost any tips for the rooftop in a heatwave?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975877845653651603"
          ],
          "editableUntil" : "2025-10-08T11:56:03.000Z",
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
        "97"
      ],
      "favorite_count" : "5",
      "id_str" : "1975877845653651603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975877845653651603",
      "created_at" : "Wed Oct 08 10:56:03 +0000 2025",
      "favorited" : false,
      "full_text" : "¡Por fin he visto un martín pescador en el canal! Medio segundo de azul eléctrico y desapareció 💙",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975180189433594856"
          ],
          "editableUntil" : "2025-10-06T13:43:48.000Z",
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
        "112"
      ],
      "favorite_count" : "13",
      "id_str" : "1975180189433594856",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975180189433594856",
      "created_at" : "Mon Oct 06 12:43:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? yellow bird with a black stripe down its chest, on the railway bridge just now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971935106634615406"
          ],
          "editableUntil" : "2025-09-27T14:49:00.000Z",
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
        "138"
      ],
      "favorite_count" : "13",
      "id_str" : "1971935106634615406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1971935106634615406",
      "created_at" : "Sat Sep 27 13:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a all-black bird with a bright orange-yellow beak in the ivy on the old mill yesterday evening, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968651587814035362"
          ],
          "editableUntil" : "2025-09-18T13:21:28.000Z",
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
        "29"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1968620659014762503",
      "id_str" : "1968651587814035362",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968651587814035362",
      "in_reply_to_status_id" : "1968620659014762503",
      "created_at" : "Thu Sep 18 12:21:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ooh, exciting 🐦",
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
            "1968617060302195791"
          ],
          "editableUntil" : "2025-09-18T11:04:16.000Z",
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
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1968617060302195791",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1968617060302195791",
      "created_at" : "Thu Sep 18 10:04:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! small falcon hovering over the verge on the TV aerial at No. 14. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966499966731682965"
          ],
          "editableUntil" : "2025-09-12T14:51:42.000Z",
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
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1966493973071268372",
      "id_str" : "1966499966731682965",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966499966731682965",
      "in_reply_to_status_id" : "1966493973071268372",
      "created_at" : "Fri Sep 12 13:51:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost and something for late in the year?",
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
            "1966472863140545267"
          ],
          "editableUntil" : "2025-09-12T13:04:00.000Z",
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
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1966472863140545267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966472863140545267",
      "created_at" : "Fri Sep 12 12:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what can we plant on the roof for pollinators that survives the wind up there?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964604099659434242"
          ],
          "editableUntil" : "2025-09-07T09:18:12.000Z",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1964604099659434242",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964604099659434242",
      "created_at" : "Sun Sep 07 08:18:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Rooftop sunset, a cup of tea and 300 starlings going to bed over the canal. Not a bad Tuesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963932711785860670"
          ],
          "editableUntil" : "2025-09-05T12:50:21.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1963924742610357613",
      "id_str" : "1963932711785860670",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963932711785860670",
      "in_reply_to_status_id" : "1963924742610357613",
      "created_at" : "Fri Sep 05 11:50:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ¡allí estaré!",
      "lang" : "es",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963892408718461938"
          ],
          "editableUntil" : "2025-09-05T10:10:12.000Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "1963892408718461938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963892408718461938",
      "created_at" : "Fri Sep 05 09:10:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ¿a qué hora es la charla sobre vencejos en la biblioteca?",
      "lang" : "es"
    }
  }
]