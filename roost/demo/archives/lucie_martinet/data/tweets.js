window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026649225505276705"
          ],
          "editableUntil" : "2026-02-25T14:23:23.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026631357769320355",
      "id_str" : "2026649225505276705",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026649225505276705",
      "in_reply_to_status_id" : "2026631357769320355",
      "created_at" : "Wed Feb 25 13:23:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost parfait, je viens avec ma voisine",
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
            "2026608679170738761"
          ],
          "editableUntil" : "2026-02-25T11:42:16.000Z",
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
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "2026608679170738761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026608679170738761",
      "created_at" : "Wed Feb 25 10:42:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost est-ce que vous faites encore le comptage des oiseaux ce week-end ?",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023527126910370720"
          ],
          "editableUntil" : "2026-02-16T23:37:17.000Z",
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
        "29"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2023518989961134508",
      "id_str" : "2023527126910370720",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023527126910370720",
      "in_reply_to_status_id" : "2023518989961134508",
      "created_at" : "Mon Feb 16 22:37:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost moi le samedi !",
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
            "2020595991868867339"
          ],
          "editableUntil" : "2026-02-08T21:29:59.000Z",
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
        "50"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2020574588334378820",
      "id_str" : "2020595991868867339",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020595991868867339",
      "in_reply_to_status_id" : "2020574588334378820",
      "created_at" : "Sun Feb 08 20:29:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost il mangeait un pigeon... la nature 😬",
      "lang" : "fr",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020573422320091782"
          ],
          "editableUntil" : "2026-02-08T20:00:18.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2020573422320091782",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020573422320091782",
      "created_at" : "Sun Feb 08 19:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost j'ai vu un faucon sur la cheminée du moulin ce matin !",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019396573015048305"
          ],
          "editableUntil" : "2026-02-05T14:03:56.000Z",
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
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "2019396573015048305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019396573015048305",
      "created_at" : "Thu Feb 05 13:03:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? tiny pink and white ball with a very long tail, on the railway bridge yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014671404530666065"
          ],
          "editableUntil" : "2026-01-23T13:07:48.000Z",
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
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "2014671404530666065",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014671404530666065",
      "created_at" : "Fri Jan 23 12:07:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost help! bird with a red face and flashes of gold on its wings on the railway bridge. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006835664606069613"
          ],
          "editableUntil" : "2026-01-01T22:11:22.000Z",
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
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "2006835664606069613",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2006835664606069613",
      "created_at" : "Thu Jan 01 21:11:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Les étourneaux au-dessus du canal ce soir... incroyable. Des milliers. 🐦🐦🐦",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006802861068255685"
          ],
          "editableUntil" : "2026-01-01T20:01:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofBirds",
            "indices" : [
              "66",
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
        "78"
      ],
      "favorite_count" : "3",
      "id_str" : "2006802861068255685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006802861068255685",
      "created_at" : "Thu Jan 01 19:01:01 +0000 2026",
      "favorited" : false,
      "full_text" : "From the roof: a kestrel on the TV aerial at No. 14 at lunchtime. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002012811635593058"
          ],
          "editableUntil" : "2025-12-19T14:47:04.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2002002938244107330",
      "id_str" : "2002012811635593058",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002012811635593058",
      "in_reply_to_status_id" : "2002002938244107330",
      "created_at" : "Fri Dec 19 13:47:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost thanks! my kids will be thrilled",
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
            "2002001877085193039"
          ],
          "editableUntil" : "2025-12-19T14:03:37.000Z",
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
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "2002001877085193039",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2002001877085193039",
      "created_at" : "Fri Dec 19 13:03:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? black and white bird with a long tail, along the canal path at dusk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993669606342659757"
          ],
          "editableUntil" : "2025-11-26T14:14:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofBirds",
            "indices" : [
              "69",
              "79"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "1993669606342659757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993669606342659757",
      "created_at" : "Wed Nov 26 13:14:09 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a robin on the TV aerial at No. 14 yesterday evening. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992906909697573476"
          ],
          "editableUntil" : "2025-11-24T11:43:28.000Z",
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
        "134"
      ],
      "favorite_count" : "13",
      "id_str" : "1992906909697573476",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1992906909697573476",
      "created_at" : "Mon Nov 24 10:43:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a dark grey bird with a rusty red tail that keeps quivering in the churchyard yew just now, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991810562292451444"
          ],
          "editableUntil" : "2025-11-21T11:06:58.000Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1991810562292451444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991810562292451444",
      "created_at" : "Fri Nov 21 10:06:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! plain brown and grey bird shuffling under the feeder on the roof garden. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991556748221351300"
          ],
          "editableUntil" : "2025-11-20T18:18:24.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1991556748221351300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991556748221351300",
      "created_at" : "Thu Nov 20 17:18:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the yellow-bellied bird bobbing its tail by the canal on the railway bridge around 7am?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987276945800036548"
          ],
          "editableUntil" : "2025-11-08T22:52:00.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1987276945800036548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987276945800036548",
      "created_at" : "Sat Nov 08 21:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mon fils a dessiné tous les oiseaux du toit. Le pigeon est très réussi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987197206614114338"
          ],
          "editableUntil" : "2025-11-08T17:35:09.000Z",
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
        "36"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1987167401890153244",
      "id_str" : "1987197206614114338",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987197206614114338",
      "in_reply_to_status_id" : "1987167401890153244",
      "created_at" : "Sat Nov 08 16:35:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost that's so cool, thanks",
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
            "1987152138819077124"
          ],
          "editableUntil" : "2025-11-08T14:36:04.000Z",
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
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1987152138819077124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987152138819077124",
      "created_at" : "Sat Nov 08 13:36:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? glossy dark bird with speckles that shimmer green and purple, on the railway bridge at lunchtime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984001816519902110"
          ],
          "editableUntil" : "2025-10-30T21:57:48.000Z",
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
        "27"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1984000726001519309",
      "id_str" : "1984001816519902110",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984001816519902110",
      "in_reply_to_status_id" : "1984000726001519309",
      "created_at" : "Thu Oct 30 20:57:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost noté, merci !",
      "lang" : "fr",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983997513165177909"
          ],
          "editableUntil" : "2025-10-30T21:40:42.000Z",
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
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1983997513165177909",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1983997513165177909",
      "created_at" : "Thu Oct 30 20:40:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost on peut donner des graines de tournesol toute l'année ?",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979102487710401803"
          ],
          "editableUntil" : "2025-10-17T09:29:37.000Z",
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
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1979102487710401803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979102487710401803",
      "created_at" : "Fri Oct 17 08:29:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Premier rouge-gorge de l'hiver sur mon balcon. Il me regarde comme si je lui devais de l'argent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977058320652698755"
          ],
          "editableUntil" : "2025-10-11T18:06:50.000Z",
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
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1977058320652698755",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1977058320652698755",
      "created_at" : "Sat Oct 11 17:06:50 +0000 2025",
      "favorited" : false,
      "full_text" : "J'ai planté de la lavande et du thym sur le toit, les abeilles ont trouvé en dix minutes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976380655330920952"
          ],
          "editableUntil" : "2025-10-09T21:14:02.000Z",
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
        "99"
      ],
      "favorite_count" : "5",
      "id_str" : "1976380655330920952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976380655330920952",
      "created_at" : "Thu Oct 09 20:14:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the big grey falcon sitting on the tower ledge on the allotment fence at dusk?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970415763865602322"
          ],
          "editableUntil" : "2025-09-23T10:11:41.000Z",
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
        "100"
      ],
      "favorite_count" : "5",
      "id_str" : "1970415763865602322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970415763865602322",
      "created_at" : "Tue Sep 23 09:11:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Balade du samedi sous la pluie, mais on a vu un héron et deux martins-pêcheurs. Ça valait le coup 🌧️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964142064077244565"
          ],
          "editableUntil" : "2025-09-06T02:42:14.000Z",
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
        "44"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1964099064071325385",
      "id_str" : "1964142064077244565",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964142064077244565",
      "in_reply_to_status_id" : "1964099064071325385",
      "created_at" : "Sat Sep 06 01:42:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost super, mon fils va être ravi 🐦",
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
            "1964080474915340891"
          ],
          "editableUntil" : "2025-09-05T22:37:30.000Z",
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
        "63"
      ],
      "favorite_count" : "8",
      "id_str" : "1964080474915340891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964080474915340891",
      "created_at" : "Fri Sep 05 21:37:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost les enfants peuvent venir aux balades du samedi ?",
      "lang" : "fr"
    }
  }
]