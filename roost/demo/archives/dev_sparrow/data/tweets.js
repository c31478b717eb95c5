window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026974077913534417"
          ],
          "editableUntil" : "2026-02-26T11:54:14.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2026968864392087296",
      "id_str" : "2026974077913534417",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2026974077913534417",
      "in_reply_to_status_id" : "2026968864392087296",
      "created_at" : "Thu Feb 26 10:54:14 +0000 2026",
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
            "2026938673793338943"
          ],
          "editableUntil" : "2026-02-26T09:33:33.000Z",
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
        "126"
      ],
      "favorite_count" : "13",
      "id_str" : "2026938673793338943",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2026938673793338943",
      "created_at" : "Thu Feb 26 08:33:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? pinkish bird with a flash of bright blue on the wing, along the canal path yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026641805468110230"
          ],
          "editableUntil" : "2026-02-25T13:53:54.000Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2026606543954119444",
      "id_str" : "2026641805468110230",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026641805468110230",
      "in_reply_to_status_id" : "2026606543954119444",
      "created_at" : "Wed Feb 25 12:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost yes!! I still can't tell a great tit from a blue tit by song",
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
            "2021563898806668916"
          ],
          "editableUntil" : "2026-02-11T13:36:06.000Z",
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
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2021525143438885428",
      "id_str" : "2021563898806668916",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021563898806668916",
      "in_reply_to_status_id" : "2021525143438885428",
      "created_at" : "Wed Feb 11 12:36:06 +0000 2026",
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
            "2021508252974845017"
          ],
          "editableUntil" : "2026-02-11T09:54:59.000Z",
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
        "115"
      ],
      "favorite_count" : "8",
      "id_str" : "2021508252974845017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021508252974845017",
      "created_at" : "Wed Feb 11 08:54:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? little round bird with an orange face and chest, in the park by the pond just now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021390235676184128"
          ],
          "editableUntil" : "2026-02-11T02:06:02.000Z",
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
        "57"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2021346593942012832",
      "id_str" : "2021390235676184128",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021390235676184128",
      "in_reply_to_status_id" : "2021346593942012832",
      "created_at" : "Wed Feb 11 01:06:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost ok that actually makes sense now, thank you",
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
            "2021313366666248620"
          ],
          "editableUntil" : "2026-02-10T21:00:35.000Z",
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
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2021276800724372006",
      "id_str" : "2021313366666248620",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2021313366666248620",
      "in_reply_to_status_id" : "2021276800724372006",
      "created_at" : "Tue Feb 10 20:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost what do the numbers mean?",
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
            "2021268646996608146"
          ],
          "editableUntil" : "2026-02-10T18:02:53.000Z",
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
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "2021268646996608146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021268646996608146",
      "created_at" : "Tue Feb 10 17:02:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost which binoculars should a beginner get? the internet is overwhelming",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020471545961906653"
          ],
          "editableUntil" : "2026-02-08T13:15:29.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2020471545961906653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020471545961906653",
      "created_at" : "Sun Feb 08 12:15:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Saw a kestrel hovering over the railway and nearly missed my bus. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020061548199675217"
          ],
          "editableUntil" : "2026-02-07T10:06:18.000Z",
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
        "79"
      ],
      "favorite_count" : "3",
      "id_str" : "2020061548199675217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020061548199675217",
      "created_at" : "Sat Feb 07 09:06:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Identified my first bird by song alone. It was a wren. I am unreasonably proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017006647216701553"
          ],
          "editableUntil" : "2026-01-29T23:47:13.000Z",
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
        "49"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2016991614828678544",
      "id_str" : "2017006647216701553",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017006647216701553",
      "in_reply_to_status_id" : "2016991614828678544",
      "created_at" : "Thu Jan 29 22:47:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost got it, long lens and distance only",
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
            "2016968177058972494"
          ],
          "editableUntil" : "2026-01-29T21:14:21.000Z",
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
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "2016968177058972494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016968177058972494",
      "created_at" : "Thu Jan 29 20:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost is it ok to take photos of nests?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014818052974838200"
          ],
          "editableUntil" : "2026-01-23T22:50:31.000Z",
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
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2014773354277242707",
      "id_str" : "2014818052974838200",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014818052974838200",
      "in_reply_to_status_id" : "2014773354277242707",
      "created_at" : "Fri Jan 23 21:50:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost perfect. do I need to bring anything?",
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
            "2014770409874392718"
          ],
          "editableUntil" : "2026-01-23T19:41:12.000Z",
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
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "2014770409874392718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014770409874392718",
      "created_at" : "Fri Jan 23 18:41:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost hi! new to the street and to birds in general. is there a beginner walk or is it all experts?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010068286882186399"
          ],
          "editableUntil" : "2026-01-10T20:16:39.000Z",
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
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2010064126134325047",
      "id_str" : "2010068286882186399",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010068286882186399",
      "in_reply_to_status_id" : "2010064126134325047",
      "created_at" : "Sat Jan 10 19:16:39 +0000 2026",
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
            "2010048061949740778"
          ],
          "editableUntil" : "2026-01-10T18:56:17.000Z",
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
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "2010048061949740778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010048061949740778",
      "created_at" : "Sat Jan 10 17:56:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? black and white bird with a long tail, on the library gutter at dusk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009380806369611211"
          ],
          "editableUntil" : "2026-01-08T22:44:51.000Z",
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
        "59"
      ],
      "favorite_count" : "13",
      "id_str" : "2009380806369611211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009380806369611211",
      "created_at" : "Thu Jan 08 21:44:51 +0000 2026",
      "favorited" : false,
      "full_text" : "the dunnock mouse shuffle is real and I will never unsee it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008710595935471306"
          ],
          "editableUntil" : "2026-01-07T02:21:40.000Z",
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
        "40"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2008684721274489682",
      "id_str" : "2008710595935471306",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2008710595935471306",
      "in_reply_to_status_id" : "2008684721274489682",
      "created_at" : "Wed Jan 07 01:21:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost birds have so much drama 😂",
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
            "2008646435669278989"
          ],
          "editableUntil" : "2026-01-06T22:06:43.000Z",
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
        "56"
      ],
      "favorite_count" : "3",
      "id_str" : "2008646435669278989",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2008646435669278989",
      "created_at" : "Tue Jan 06 21:06:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost why do the magpies keep chasing the crows?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006425219354855090"
          ],
          "editableUntil" : "2025-12-31T19:00:24.000Z",
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
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "2006425219354855090",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006425219354855090",
      "created_at" : "Wed Dec 31 18:00:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? yellow-bellied bird bobbing its tail by the canal, along the canal path yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006282802287084466"
          ],
          "editableUntil" : "2025-12-31T09:34:29.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "2006282802287084466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006282802287084466",
      "created_at" : "Wed Dec 31 08:34:29 +0000 2025",
      "favorited" : false,
      "full_text" : "bought binoculars. 8x42. I get it now, I get everything",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996602740248285026"
          ],
          "editableUntil" : "2025-12-04T16:29:23.000Z",
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
        "38"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1996560348417887298",
      "id_str" : "1996602740248285026",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1996602740248285026",
      "in_reply_to_status_id" : "1996560348417887298",
      "created_at" : "Thu Dec 04 15:29:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ok, seed and water it is",
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
            "1996520468975453007"
          ],
          "editableUntil" : "2025-12-04T11:02:28.000Z",
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
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "1996520468975453007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996520468975453007",
      "created_at" : "Thu Dec 04 10:02:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is it bad to feed birds in summer?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995613487782169919"
          ],
          "editableUntil" : "2025-12-01T22:58:26.000Z",
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
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1995613487782169919",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1995613487782169919",
      "created_at" : "Mon Dec 01 21:58:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a tiny brown bird with a cocked tail and a huge voice on the TV aerial at No. 14 this morning, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994089983782815132"
          ],
          "editableUntil" : "2025-11-27T18:04:35.000Z",
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
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994066873171051254",
      "id_str" : "1994089983782815132",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994089983782815132",
      "in_reply_to_status_id" : "1994066873171051254",
      "created_at" : "Thu Nov 27 17:04:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost moved it under the hedge, mum showed up after 5 minutes with a caterpillar 😭💚",
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
            "1994034283425695285"
          ],
          "editableUntil" : "2025-11-27T14:23:15.000Z",
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
        "68"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1994005980264269760",
      "id_str" : "1994034283425695285",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994034283425695285",
      "in_reply_to_status_id" : "1994005980264269760",
      "created_at" : "Thu Nov 27 13:23:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost oh no I was about to pick it up. what should I do then",
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
            "1993978482408162356"
          ],
          "editableUntil" : "2025-11-27T10:41:31.000Z",
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
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1993978482408162356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993978482408162356",
      "created_at" : "Thu Nov 27 09:41:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost found a baby bird on the pavement, it's hopping and has feathers but can't really fly. should I take it inside??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986921887714903298"
          ],
          "editableUntil" : "2025-11-07T23:21:07.000Z",
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
        "57"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1986904938532964225",
      "id_str" : "1986921887714903298",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986921887714903298",
      "in_reply_to_status_id" : "1986904938532964225",
      "created_at" : "Fri Nov 07 22:21:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost the mouse shuffle!! now I see it everywhere",
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
            "1986903965454173148"
          ],
          "editableUntil" : "2025-11-07T22:09:54.000Z",
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
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1986903965454173148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986903965454173148",
      "created_at" : "Fri Nov 07 21:09:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the difference between a sparrow and a dunnock? they look the same to me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984672108485411490"
          ],
          "editableUntil" : "2025-11-01T18:21:18.000Z",
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
        "45"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1984634615602218316",
      "id_str" : "1984672108485411490",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1984672108485411490",
      "in_reply_to_status_id" : "1984634615602218316",
      "created_at" : "Sat Nov 01 17:21:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost that's lovely. see you saturday",
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
            "1984595361108724890"
          ],
          "editableUntil" : "2025-11-01T13:16:20.000Z",
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
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1984595361108724890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984595361108724890",
      "created_at" : "Sat Nov 01 12:16:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost how do I join the collective properly? is there a fee?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981101413279469031"
          ],
          "editableUntil" : "2025-10-22T21:52:38.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1981087404305023049",
      "id_str" : "1981101413279469031",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981101413279469031",
      "in_reply_to_status_id" : "1981087404305023049",
      "created_at" : "Wed Oct 22 20:52:38 +0000 2025",
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
            "1981044307830114977"
          ],
          "editableUntil" : "2025-10-22T18:05:43.000Z",
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
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1981044307830114977",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981044307830114977",
      "created_at" : "Wed Oct 22 17:05:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? soft beige dove with a thin black collar, in the hawthorn by the bus stop at dusk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978474983732545448"
          ],
          "editableUntil" : "2025-10-15T15:56:09.000Z",
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
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1978458097462545813",
      "id_str" : "1978474983732545448",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978474983732545448",
      "in_reply_to_status_id" : "1978458097462545813",
      "created_at" : "Wed Oct 15 14:56:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is it still on if it rains?",
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
            "1975662364052685237"
          ],
          "editableUntil" : "2025-10-07T21:39:48.000Z",
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
        "38"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1975642806011429371",
      "id_str" : "1975662364052685237",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975662364052685237",
      "in_reply_to_status_id" : "1975642806011429371",
      "created_at" : "Tue Oct 07 20:39:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost amazing, I had no idea 🐦",
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
            "1975621146623739110"
          ],
          "editableUntil" : "2025-10-07T18:56:01.000Z",
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
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "1975621146623739110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975621146623739110",
      "created_at" : "Tue Oct 07 17:56:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! tiny brown bird with a cocked tail and a huge voice at the feeder by the lift. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974630746819002930"
          ],
          "editableUntil" : "2025-10-05T01:20:31.000Z",
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
        "38"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1974594449309306006",
      "id_str" : "1974630746819002930",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974630746819002930",
      "in_reply_to_status_id" : "1974594449309306006",
      "created_at" : "Sun Oct 05 00:20:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost brilliant, will try that",
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
            "1974569166045317140"
          ],
          "editableUntil" : "2025-10-04T21:15:49.000Z",
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
        "135"
      ],
      "favorite_count" : "13",
      "id_str" : "1974569166045317140",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974569166045317140",
      "created_at" : "Sat Oct 04 20:15:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a pinkish bird with a flash of bright blue on the wing on the roof garden yesterday evening, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974165219476899069"
          ],
          "editableUntil" : "2025-10-03T18:30:41.000Z",
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
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1974165219476899069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974165219476899069",
      "created_at" : "Fri Oct 03 17:30:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? yellow bird with a black stripe down its chest, in the churchyard yew just now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973023118104069713"
          ],
          "editableUntil" : "2025-09-30T14:52:23.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1972999760022866471",
      "id_str" : "1973023118104069713",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973023118104069713",
      "in_reply_to_status_id" : "1972999760022866471",
      "created_at" : "Tue Sep 30 13:52:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost I recorded something this morning and it said wren. tiny bird, enormous noise?",
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
            "1972963911306314728"
          ],
          "editableUntil" : "2025-09-30T10:57:07.000Z",
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
        "67"
      ],
      "favorite_count" : "5",
      "id_str" : "1972963911306314728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1972963911306314728",
      "created_at" : "Tue Sep 30 09:57:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is there an app that tells you which bird is singing?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966582165711356651"
          ],
          "editableUntil" : "2025-09-12T20:18:20.000Z",
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
        "111"
      ],
      "favorite_count" : "1",
      "id_str" : "1966582165711356651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966582165711356651",
      "created_at" : "Fri Sep 12 19:18:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? black and white bird with a long tail, along the canal path yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966110836745569613"
          ],
          "editableUntil" : "2025-09-11T13:05:26.000Z",
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
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1966110836745569613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966110836745569613",
      "created_at" : "Thu Sep 11 12:05:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? tiny pink and white ball with a very long tail, in the churchyard yew at dusk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965321955165601835"
          ],
          "editableUntil" : "2025-09-09T08:50:42.000Z",
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
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1965321955165601835",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1965321955165601835",
      "created_at" : "Tue Sep 09 07:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "spent my lunch break watching sparrows have a dust bath. 10/10 lunch",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965153854004924349"
          ],
          "editableUntil" : "2025-09-08T21:42:44.000Z",
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
        "99"
      ],
      "favorite_count" : "5",
      "id_str" : "1965153854004924349",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1965153854004924349",
      "created_at" : "Mon Sep 08 20:42:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Three weeks into birdwatching and I now stop mid-sentence whenever something flies past. Send help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963215541833041075"
          ],
          "editableUntil" : "2025-09-03T13:20:34.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1963215541833041075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963215541833041075",
      "created_at" : "Wed Sep 03 12:20:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! small falcon hovering over the verge in the ivy on the old mill. what is it?",
      "lang" : "en"
    }
  }
]