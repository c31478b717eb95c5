window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027826064590506206"
          ],
          "editableUntil" : "2026-02-28T20:19:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "92",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "13",
      "id_str" : "2027826064590506206",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027826064590506206",
      "created_at" : "Sat Feb 28 19:19:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Nest boxes: hang them facing north to east, out of the afternoon sun, at least 2 metres up. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027460116580796731"
          ],
          "editableUntil" : "2026-02-27T20:05:34.000Z",
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
              "51",
              "64"
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
      "favorite_count" : "13",
      "id_str" : "2027460116580796731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027460116580796731",
      "created_at" : "Fri Feb 27 19:05:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Nest box building kits are back! Write to nestboxes@kestrelroost.example to reserve one, £5 covers the wood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027235192565531510"
          ],
          "editableUntil" : "2026-02-27T05:11:48.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2027209053665627153",
      "id_str" : "2027235192565531510",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027235192565531510",
      "in_reply_to_status_id" : "2027209053665627153",
      "created_at" : "Fri Feb 27 04:11:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Absolutely, kids are the best builders. We'll have a sanding table just for them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027195409592748334"
          ],
          "editableUntil" : "2026-02-27T02:33:43.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2027151725917766603",
      "id_str" : "2027195409592748334",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027195409592748334",
      "in_reply_to_status_id" : "2027151725917766603",
      "created_at" : "Fri Feb 27 01:33:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@hazel_nests Perfect, that covers blue tits, great tits and sparrows. Thank you Hazel!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027133337559109095"
          ],
          "editableUntil" : "2026-02-26T22:27:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SwiftTower",
            "indices" : [
              "65",
              "76"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qy1p7oHrL3",
            "expanded_url" : "https://kestrelroost.example/swift-tower",
            "display_url" : "kestrelroost.example/swif…",
            "indices" : [
              "41",
              "64"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "2027133337559109095",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027133337559109095",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 26 21:27:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Swift tower update and how you can help: https://t.co/qy1p7oHrL3 #SwiftTower",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027130632764263991"
          ],
          "editableUntil" : "2026-02-26T22:16:19.000Z",
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
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2027130632764263991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027130632764263991",
      "created_at" : "Thu Feb 26 21:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "We're building nest boxes in the shed on Sunday afternoon. Wood and tools provided, just bring yourselves. 🔨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026979324986525856"
          ],
          "editableUntil" : "2026-02-26T12:15:05.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2026974077913534417",
      "id_str" : "2026979324986525856",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2026979324986525856",
      "in_reply_to_status_id" : "2026974077913534417",
      "created_at" : "Thu Feb 26 11:15:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow Unsalted peanuts on a tray bring them in, but they are shy. Bring it up on Saturday's walk, we'll look together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026968864392087296"
          ],
          "editableUntil" : "2026-02-26T11:33:31.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026938673793338943",
      "id_str" : "2026968864392087296",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026968864392087296",
      "in_reply_to_status_id" : "2026938673793338943",
      "created_at" : "Thu Feb 26 10:33:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a jay! A single jay can bury thousands of acorns in autumn and remembers most of them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026934865590488476"
          ],
          "editableUntil" : "2026-02-26T09:18:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "112",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "13",
      "id_str" : "2026934865590488476",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026934865590488476",
      "created_at" : "Thu Feb 26 08:18:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Binoculars: focus on something far away first, then adjust the right eyepiece for your right eye. Game changer. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026651490113815919"
          ],
          "editableUntil" : "2026-02-25T14:32:23.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2026641805468110230",
      "id_str" : "2026651490113815919",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026651490113815919",
      "in_reply_to_status_id" : "2026641805468110230",
      "created_at" : "Wed Feb 25 13:32:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow Then you're exactly who it's for. Great tit goes 'tea-cher, tea-cher', blue tit is a thin trill. We'll practise together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026631357770891433"
          ],
          "editableUntil" : "2026-02-25T13:12:23.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2026608679169690740",
      "id_str" : "2026631357770891433",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026631357770891433",
      "in_reply_to_status_id" : "2026608679169690740",
      "created_at" : "Wed Feb 25 12:12:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucie_martinet Oui ! Samedi de 9h à 10h sur le toit. Une heure, on compte tout ce qui se pose. Café et croissants offerts ☕",
      "lang" : "fr",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026606543954119444"
          ],
          "editableUntil" : "2026-02-25T11:33:47.000Z",
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
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "2026606543954119444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026606543954119444",
      "created_at" : "Wed Feb 25 10:33:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Question for the street: would you come to a bird song evening at the library in February? 🎶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025169497946851721"
          ],
          "editableUntil" : "2026-02-21T12:23:28.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2025138887916914549",
      "id_str" : "2025169497946851721",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025169497946851721",
      "in_reply_to_status_id" : "2025138887916914549",
      "created_at" : "Sat Feb 21 11:23:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a grey wagtail! Despite the name, grey wagtails are the yellowest of our wagtails.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024918725557616823"
          ],
          "editableUntil" : "2026-02-20T19:47:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "id_str" : "2024918725557616823",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024918725557616823",
      "created_at" : "Fri Feb 20 18:47:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome 🐦 #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024900986802147086"
          ],
          "editableUntil" : "2026-02-20T18:36:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "89",
              "100"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "13",
      "id_str" : "2024900986802147086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024900986802147086",
      "created_at" : "Fri Feb 20 17:36:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Garden diary: sedum mats are flowering, the roof looks like a pink carpet from the lift. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024783803504657165"
          ],
          "editableUntil" : "2026-02-20T10:50:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "85",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "2024783803504657165",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2024783803504657165",
      "created_at" : "Fri Feb 20 09:50:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Garden diary: compost bin is finally warm! Thanks to everyone who brought cardboard. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024459192405199144"
          ],
          "editableUntil" : "2026-02-19T13:20:58.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2024414711812194941",
      "id_str" : "2024459192405199144",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024459192405199144",
      "in_reply_to_status_id" : "2024414711812194941",
      "created_at" : "Thu Feb 19 12:20:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch That's a blackbird! Only the males are black, the females are dark brown, so you probably saw a pair. They love windfall apples in winter, just cut a few in half on the lawn.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023867541307654801"
          ],
          "editableUntil" : "2026-02-17T22:09:58.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2023837342318200396",
      "id_str" : "2023867541307654801",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2023867541307654801",
      "in_reply_to_status_id" : "2023837342318200396",
      "created_at" : "Tue Feb 17 21:09:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@gran_at_no9 Of course, we'll bring a nest box round on Saturday after the walk.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023709918937874828"
          ],
          "editableUntil" : "2026-02-17T11:43:38.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2023679128552081255",
      "id_str" : "2023709918937874828",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023709918937874828",
      "in_reply_to_status_id" : "2023679128552081255",
      "created_at" : "Tue Feb 17 10:43:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Yes, just keep the swift box corner clear, and label each one so we know which are ready to give away.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023518989959824161"
          ],
          "editableUntil" : "2026-02-16T23:04:57.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2023514627886418859",
      "id_str" : "2023518989959824161",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023518989959824161",
      "in_reply_to_status_id" : "2023514627886418859",
      "created_at" : "Mon Feb 16 22:04:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Danke Jonas! Montag und Donnerstag sind deine. Wer nimmt das Wochenende?",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023501109640955811"
          ],
          "editableUntil" : "2026-02-16T21:53:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "70",
              "81"
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
      "favorite_count" : "13",
      "id_str" : "2023501109640955811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023501109640955811",
      "created_at" : "Mon Feb 16 20:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "The roof garden needs a new watering rota for the summer. Who's in? 💧 #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022263371474668284"
          ],
          "editableUntil" : "2026-02-13T11:55:34.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2022233172485473970",
      "id_str" : "2022263371474668284",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2022263371474668284",
      "in_reply_to_status_id" : "2022233172485473970",
      "created_at" : "Fri Feb 13 10:55:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@gran_at_no9 That was a song thrush, lucky you! They smash snails on stones, look for a stone with shells around it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022006491224736155"
          ],
          "editableUntil" : "2026-02-12T18:54:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MillbrookBirds",
            "indices" : [
              "55",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "3",
      "id_str" : "2022006491224736155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022006491224736155",
      "created_at" : "Thu Feb 12 17:54:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Sighting: a wren by the water butts yesterday evening. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021640893406251791"
          ],
          "editableUntil" : "2026-02-11T18:42:03.000Z",
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
            "name" : "Ravi Desai",
            "screen_name" : "ravi_paints",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1409988012350734336",
            "id" : "1409988012350734336"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2021610694416272844",
      "id_str" : "2021640893406251791",
      "in_reply_to_user_id" : "1409988012350734336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021640893406251791",
      "in_reply_to_status_id" : "2021610694416272844",
      "created_at" : "Wed Feb 11 17:42:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@ravi_paints This painting of the roof garden is gorgeous. Can we put it up in the shed? 🎨",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravi_paints",
      "in_reply_to_user_id_str" : "1409988012350734336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021581745568088824"
          ],
          "editableUntil" : "2026-02-11T14:47:01.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2021563898806668916",
      "id_str" : "2021581745568088824",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021581745568088824",
      "in_reply_to_status_id" : "2021563898806668916",
      "created_at" : "Wed Feb 11 13:47:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow A few mealworms on a low tray and it will visit every morning. That's what we're here for 💚",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021525143438885428"
          ],
          "editableUntil" : "2026-02-11T11:02:06.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2021508252974845017",
      "id_str" : "2021525143438885428",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021525143438885428",
      "in_reply_to_status_id" : "2021508252974845017",
      "created_at" : "Wed Feb 11 10:02:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a robin! Robins sing all winter long because they hold territories even in the cold months.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021346593942012832"
          ],
          "editableUntil" : "2026-02-10T23:12:37.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2021313366666248620",
      "id_str" : "2021346593942012832",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021346593942012832",
      "in_reply_to_status_id" : "2021313366666248620",
      "created_at" : "Tue Feb 10 22:12:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow 8 is the magnification, 42 is the lens diameter in mm. Bigger lens, brighter image. Higher magnification shakes more in your hands.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021276800724372006"
          ],
          "editableUntil" : "2026-02-10T18:35:17.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2021268646996608146",
      "id_str" : "2021276800724372006",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021276800724372006",
      "in_reply_to_status_id" : "2021268646996608146",
      "created_at" : "Tue Feb 10 17:35:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow 8x42 is the classic all-rounder: bright, steady, wide view. You don't need to spend a fortune, a decent mid-range pair lasts years.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020587499860921020"
          ],
          "editableUntil" : "2026-02-08T20:56:15.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/uafi4TNMOd",
            "expanded_url" : "https://twitter.com/i/web/status/2020587499860921020",
            "display_url" : "twitter.com/i/web/status/…",
            "indices" : [
              "274",
              "297"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "297"
      ],
      "favorite_count" : "13",
      "id_str" : "2020587499860921020",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020587499860921020",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 08 19:56:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Some house rules for the roof garden, because we keep getting asked: it's open to everyone in the building from 8am to 9pm. Please close the roof door behind you, it slams in the wind. No pesticides, no slug pellets. Water the troughs on your rota day. Feeders get cleaned… https://t.co/uafi4TNMOd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020574588334768705"
          ],
          "editableUntil" : "2026-02-08T20:04:56.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2020573422318129121",
      "id_str" : "2020574588334768705",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020574588334768705",
      "in_reply_to_status_id" : "2020573422318129121",
      "created_at" : "Sun Feb 08 19:04:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucie_martinet C'est sûrement un des faucons pèlerins ! Le couple est là depuis trois ans. Quelle chance 🦅",
      "lang" : "fr",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020215156195329264"
          ],
          "editableUntil" : "2026-02-07T20:16:41.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2020215156195329264",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020215156195329264",
      "created_at" : "Sat Feb 07 19:16:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dev_sparrow: Identified my first bird by song alone. It was a wren. I am unreasonably proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020178941898129737"
          ],
          "editableUntil" : "2026-02-07T17:52:47.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2020147870496460132",
      "id_str" : "2020178941898129737",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020178941898129737",
      "in_reply_to_status_id" : "2020147870496460132",
      "created_at" : "Sat Feb 07 16:52:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Nyjer seed in a proper nyjer feeder brings them in within a week or two. Happy watching! 🔭",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020109396143247212"
          ],
          "editableUntil" : "2026-02-07T13:16:26.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2020085094345346300",
      "id_str" : "2020109396143247212",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020109396143247212",
      "in_reply_to_status_id" : "2020085094345346300",
      "created_at" : "Sat Feb 07 12:16:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That's a goldfinch! Goldfinches have fine beaks made for teasing seeds out of teasels and thistles.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019724244913229442"
          ],
          "editableUntil" : "2026-02-06T11:45:59.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "2019724244913229442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019724244913229442",
      "created_at" : "Fri Feb 06 10:45:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy new year from the roof! First bird of 2026: a blackbird singing on the aerial at 8am. 🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019573570339210155"
          ],
          "editableUntil" : "2026-02-06T01:47:15.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2019546269615787429",
      "id_str" : "2019573570339210155",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019573570339210155",
      "in_reply_to_status_id" : "2019546269615787429",
      "created_at" : "Fri Feb 06 00:47:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Morgens warmes (nicht heißes) Wasser nachfüllen und einen Tischtennisball hineinlegen, dann friert es langsamer zu.",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019529005861834103"
          ],
          "editableUntil" : "2026-02-05T22:50:10.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2019515294680613224",
      "id_str" : "2019529005861834103",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019529005861834103",
      "in_reply_to_status_id" : "2019515294680613224",
      "created_at" : "Thu Feb 05 21:50:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Samenstände stehen lassen! Karde, Sonnenblumen und Fetthenne sind im Winter ein Buffet für Stieglitze und Meisen.",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019471119168965142"
          ],
          "editableUntil" : "2026-02-05T19:00:09.000Z",
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
        "3"
      ],
      "favorite_count" : "0",
      "id_str" : "2019471119168965142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019471119168965142",
      "created_at" : "Thu Feb 05 18:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "🐦🐦🐦",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018743982477414114"
          ],
          "editableUntil" : "2026-02-03T18:50:46.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "3",
      "id_str" : "2018743982477414114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018743982477414114",
      "created_at" : "Tue Feb 03 17:50:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @hazel_nests: First swift of the year over the mill! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018435682502836337"
          ],
          "editableUntil" : "2026-02-02T22:25:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "85",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "2018435682502836337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018435682502836337",
      "created_at" : "Mon Feb 02 21:25:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Never feed bread to birds or ducks. Frozen peas, oats and sweetcorn are much better. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018416355680453387"
          ],
          "editableUntil" : "2026-02-02T21:08:54.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2018390711706845830",
      "id_str" : "2018416355680453387",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018416355680453387",
      "in_reply_to_status_id" : "2018390711706845830",
      "created_at" : "Mon Feb 02 20:08:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch That's a starling! Starlings are brilliant mimics, ours on the roof does a perfect car alarm. Watch the evening murmurations over the canal from late October.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018407885290737476"
          ],
          "editableUntil" : "2026-02-02T20:35:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "98",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "2018407885290737476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018407885290737476",
      "created_at" : "Mon Feb 02 19:35:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Leave some seed heads standing over winter. Sunflowers and teasels are a free buffet for finches. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018135969870775380"
          ],
          "editableUntil" : "2026-02-02T02:34:45.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2018123613453158951",
      "id_str" : "2018135969870775380",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018135969870775380",
      "in_reply_to_status_id" : "2018123613453158951",
      "created_at" : "Mon Feb 02 01:34:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Listen for the 'teacher-teacher' call on bright mornings from January on. Post a photo if it comes back!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018081016100163238"
          ],
          "editableUntil" : "2026-02-01T22:56:23.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2018037995122200496",
      "id_str" : "2018081016100163238",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018081016100163238",
      "in_reply_to_status_id" : "2018037995122200496",
      "created_at" : "Sun Feb 01 21:56:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch That's a great tit! The width of that black stripe tells you a lot: males have a broad one.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017901592768024468"
          ],
          "editableUntil" : "2026-02-01T11:03:25.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "2017901592768024468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017901592768024468",
      "created_at" : "Sun Feb 01 10:03:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Quiet day on the roof. Sometimes the best birdwatching is just sitting still with a cup of tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017875172340140212"
          ],
          "editableUntil" : "2026-02-01T09:18:26.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2017856977448602373",
      "id_str" : "2017875172340140212",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017875172340140212",
      "in_reply_to_status_id" : "2017856977448602373",
      "created_at" : "Sun Feb 01 08:18:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@hazel_nests More often if you can. Change the water every day or two in summer and scrub it weekly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017384497481518942"
          ],
          "editableUntil" : "2026-01-31T00:48:40.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2017349542153162255",
      "id_str" : "2017384497481518942",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017384497481518942",
      "in_reply_to_status_id" : "2017349542153162255",
      "created_at" : "Fri Jan 30 23:48:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Perfect, cardboard is the best brown there is. Rip it small.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017314159004877932"
          ],
          "editableUntil" : "2026-01-30T20:09:10.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2017295163002718506",
      "id_str" : "2017314159004877932",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017314159004877932",
      "in_reply_to_status_id" : "2017295163002718506",
      "created_at" : "Fri Jan 30 19:09:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch We can, with a closed bin in the sheltered corner by the lift. Mix greens and browns and keep it damp like a wrung sponge.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017304805504581665"
          ],
          "editableUntil" : "2026-01-30T19:32:00.000Z",
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
              "101",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2017304805504581665",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017304805504581665",
      "created_at" : "Fri Jan 30 18:32:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016991614828678544"
          ],
          "editableUntil" : "2026-01-29T22:47:29.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2016968177058972494",
      "id_str" : "2016991614828678544",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016991614828678544",
      "in_reply_to_status_id" : "2016968177058972494",
      "created_at" : "Thu Jan 29 21:47:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow Best not to get close to active nests at all. Disturbance can make parents abandon them, and for some species it's illegal.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016774109751018943"
          ],
          "editableUntil" : "2026-01-29T08:23:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BirdCount",
            "indices" : [
              "87",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/5xYltEfH61",
            "expanded_url" : "https://kestrelroost.example/count/winter-2025",
            "display_url" : "kestrelroost.example/coun…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "2016774109751018943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016774109751018943",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 29 07:23:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Our winter count results are up, with a map of every sighting: https://t.co/5xYltEfH61 #BirdCount",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016261312693929432"
          ],
          "editableUntil" : "2026-01-27T22:25:31.000Z",
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
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "2016261312693929432",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016261312693929432",
      "created_at" : "Tue Jan 27 21:25:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to everyone who came out in the rain today. 11 species and a lot of soggy sandwiches 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016220294380388809"
          ],
          "editableUntil" : "2026-01-27T19:42:32.000Z",
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
              "49",
              "59"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "8",
      "id_str" : "2016220294380388809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016220294380388809",
      "created_at" : "Tue Jan 27 18:42:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Sighting: a blue tit by the water butts at dusk. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015476550130729236"
          ],
          "editableUntil" : "2026-01-25T18:27:09.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2015475749016176459",
      "id_str" : "2015476550130729236",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015476550130729236",
      "in_reply_to_status_id" : "2015475749016176459",
      "created_at" : "Sun Jan 25 17:27:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a robin! Robins sing all winter long because they hold territories even in the cold months.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014831931925859250"
          ],
          "editableUntil" : "2026-01-23T23:45:40.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2014818052974838200",
      "id_str" : "2014831931925859250",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014831931925859250",
      "in_reply_to_status_id" : "2014818052974838200",
      "created_at" : "Fri Jan 23 22:45:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow Warm layers, something hot to drink, and curiosity. A notebook helps if you like writing down what you see.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014778660092643340"
          ],
          "editableUntil" : "2026-01-23T20:14:00.000Z",
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
              "104",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "id_str" : "2014778660092643340",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014778660092643340",
      "created_at" : "Fri Jan 23 19:14:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot coffee, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014773354277242707"
          ],
          "editableUntil" : "2026-01-23T19:52:54.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2014770409874392718",
      "id_str" : "2014773354277242707",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014773354277242707",
      "in_reply_to_status_id" : "2014770409874392718",
      "created_at" : "Fri Jan 23 18:52:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow Welcome Dev! Every Saturday walk is for beginners, most of us were beginners two years ago. Meet at the library steps at 8:30, we have spare binoculars.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014707513294586428"
          ],
          "editableUntil" : "2026-01-23T15:31:17.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2014671404530139635",
      "id_str" : "2014707513294586428",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014707513294586428",
      "in_reply_to_status_id" : "2014671404530139635",
      "created_at" : "Fri Jan 23 14:31:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a goldfinch! Goldfinches have fine beaks made for teasing seeds out of teasels and thistles. Nyjer seed in a proper nyjer feeder brings them in within a week or two.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014605882499532302"
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
            "text" : "RoofBirds",
            "indices" : [
              "57",
              "67"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "2014605882499532302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014605882499532302",
      "created_at" : "Fri Jan 23 07:47:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a great tit in the churchyard yew at lunchtime. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013948178689297992"
          ],
          "editableUntil" : "2026-01-21T13:13:57.000Z",
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
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "2013948178689297992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013948178689297992",
      "created_at" : "Wed Jan 21 12:13:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Sighting: a peregrine on the roof garden yesterday evening. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013921134513620899"
          ],
          "editableUntil" : "2026-01-21T11:26:29.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2013917535799739897",
      "id_str" : "2013921134513620899",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013921134513620899",
      "in_reply_to_status_id" : "2013917535799739897",
      "created_at" : "Wed Jan 21 10:26:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch That's a kestrel! Kestrels can see ultraviolet light, which helps them spot the urine trails of voles.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013514496335152446"
          ],
          "editableUntil" : "2026-01-20T08:30:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "112",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "2013514496335152446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013514496335152446",
      "created_at" : "Tue Jan 20 07:30:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Window strikes are common in spring. A few stickers or vertical strings on the outside of the glass help a lot. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012226342223479304"
          ],
          "editableUntil" : "2026-01-16T19:12:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "108",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "id_str" : "2012226342223479304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012226342223479304",
      "created_at" : "Fri Jan 16 18:12:00 +0000 2026",
      "favorited" : false,
      "full_text" : "This Saturday's walk: meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012063671069706443"
          ],
          "editableUntil" : "2026-01-16T08:25:36.000Z",
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
            "name" : "Millbrook Library",
            "screen_name" : "millbrook_library",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "2839154460",
            "id" : "2839154460"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2012033472081953743",
      "id_str" : "2012063671069706443",
      "in_reply_to_user_id" : "2839154460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012063671069706443",
      "in_reply_to_status_id" : "2012033472081953743",
      "created_at" : "Fri Jan 16 07:25:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@millbrook_library We'd love to put a feeder by the reading room window, shall we talk on Thursday?",
      "lang" : "en",
      "in_reply_to_screen_name" : "millbrook_library",
      "in_reply_to_user_id_str" : "2839154460"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011725034566715718"
          ],
          "editableUntil" : "2026-01-15T09:59:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MillbrookBirds",
            "indices" : [
              "56",
              "71"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "2011725034566715718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011725034566715718",
      "created_at" : "Thu Jan 15 08:59:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Look up! a starling at the feeder by the lift just now. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011355335107807059"
          ],
          "editableUntil" : "2026-01-14T09:30:55.000Z",
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
              "44",
              "57"
            ],
            "id_str" : "1712044508321947648",
            "id" : "1712044508321947648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "2011355335107807059",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2011355335107807059",
      "created_at" : "Wed Jan 14 08:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Want to host a garden afternoon? Email hello@kestrelroost.example or ring Hazel on 020 7946 0788.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011051400684112787"
          ],
          "editableUntil" : "2026-01-13T13:23:12.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2011035751736936008",
      "id_str" : "2011051400684112787",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011051400684112787",
      "in_reply_to_status_id" : "2011035751736936008",
      "created_at" : "Tue Jan 13 12:23:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch A grey wagtail on the roof gutter, a first for the count, and a sparrowhawk that cleared the whole roof for ten minutes 😅",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010993351516621185"
          ],
          "editableUntil" : "2026-01-13T09:32:32.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2010972149309116057",
      "id_str" : "2010993351516621185",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010993351516621185",
      "in_reply_to_status_id" : "2010972149309116057",
      "created_at" : "Tue Jan 13 08:32:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Great turnout: 23 people, 19 species in one hour. Top three were house sparrow, starling and blue tit.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010845315630893649"
          ],
          "editableUntil" : "2026-01-12T23:44:17.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2010843650490500572",
      "id_str" : "2010845315630893649",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010845315630893649",
      "in_reply_to_status_id" : "2010843650490500572",
      "created_at" : "Mon Jan 12 22:44:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Especially in winter, when lots of birds crowd the same feeder. Dirty feeders spread disease, it's the single best thing you can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010822339615522888"
          ],
          "editableUntil" : "2026-01-12T22:12:59.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/75buKghqjm",
            "expanded_url" : "https://millbrook-gazette.example/news/rooftop-garden-kestrel-street",
            "display_url" : "millbrook-gazette.example…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "8",
      "id_str" : "2010822339615522888",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010822339615522888",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 12 21:12:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Lovely piece in the local paper about the roof garden 🌻 https://t.co/75buKghqjm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010821361960616153"
          ],
          "editableUntil" : "2026-01-12T22:09:06.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2010802269487106522",
      "id_str" : "2010821361960616153",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010821361960616153",
      "in_reply_to_status_id" : "2010802269487106522",
      "created_at" : "Mon Jan 12 21:09:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_finch Once a week is the goal. Hot soapy water, a bottle brush, rinse well and let them dry completely before refilling.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010347578015876804"
          ],
          "editableUntil" : "2026-01-11T14:46:27.000Z",
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
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "2010347578015876804",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010347578015876804",
      "created_at" : "Sun Jan 11 13:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a collared dove on the allotment fence yesterday evening. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010093838583201967"
          ],
          "editableUntil" : "2026-01-10T21:58:11.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2010068286882186399",
      "id_str" : "2010093838583201967",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010093838583201967",
      "in_reply_to_status_id" : "2010068286882186399",
      "created_at" : "Sat Jan 10 20:58:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow They're clever, so put small-bird food in a caged feeder. Post a photo if it comes back!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010064126134325047"
          ],
          "editableUntil" : "2026-01-10T20:00:07.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2010048061949740778",
      "id_str" : "2010064126134325047",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010064126134325047",
      "in_reply_to_status_id" : "2010048061949740778",
      "created_at" : "Sat Jan 10 19:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a magpie! Magpies are one of the few birds known to recognise themselves in a mirror.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008990017483047358"
          ],
          "editableUntil" : "2026-01-07T20:52:00.000Z",
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
        "102"
      ],
      "favorite_count" : "3",
      "id_str" : "2008990017483047358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008990017483047358",
      "created_at" : "Wed Jan 07 19:52:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Fog over the canal this morning and a heron standing in it like a ghost. Millbrook, you are beautiful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008745895197278936"
          ],
          "editableUntil" : "2026-01-07T04:41:56.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2008710595935471306",
      "id_str" : "2008745895197278936",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008745895197278936",
      "in_reply_to_status_id" : "2008710595935471306",
      "created_at" : "Wed Jan 07 03:41:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow More than any soap opera. Wait until you see the sparrows arguing over the gutter.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008684721274489682"
          ],
          "editableUntil" : "2026-01-07T00:38:51.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2008646435669278989",
      "id_str" : "2008684721274489682",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008684721274489682",
      "in_reply_to_status_id" : "2008646435669278989",
      "created_at" : "Tue Jan 06 23:38:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_sparrow It's mostly about nests and territory. Crows take eggs, so magpies mob them to chase them off.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008531714114455608"
          ],
          "editableUntil" : "2026-01-06T14:30:52.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2008523698800429271",
      "id_str" : "2008531714114455608",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2008531714114455608",
      "in_reply_to_status_id" : "2008523698800429271",
      "created_at" : "Tue Jan 06 13:30:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Good idea, but the lift is tiny and the roof load is limited. Let's keep repairs in the shed and bring only the tools up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007720668076445335"
          ],
          "editableUntil" : "2026-01-04T08:48:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "94",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "2007720668076445335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2007720668076445335",
      "created_at" : "Sun Jan 04 07:48:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Garden diary: the goldfinches found the teasels. Best seat in the house is by the water tank. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007572405541798693"
          ],
          "editableUntil" : "2026-01-03T22:58:55.000Z",
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
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "2007572405541798693",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2007572405541798693",
      "created_at" : "Sat Jan 03 21:58:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Heute auf dem Dach: zwei Stieglitze an den Karden und ein Rotkehlchen, das uns beim Unkrautjäten zusieht.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007446580984546127"
          ],
          "editableUntil" : "2026-01-03T14:38:56.000Z",
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
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "2007446580984546127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2007446580984546127",
      "created_at" : "Sat Jan 03 13:38:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Look up! a black redstart in the ivy on the old mill at dusk. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007125960773337366"
          ],
          "editableUntil" : "2026-01-02T17:24:54.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "8",
      "id_str" : "2007125960773337366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2007125960773337366",
      "created_at" : "Fri Jan 02 16:24:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lucie_martinet: Les étourneaux au-dessus du canal ce soir... incroyable. Des milliers. 🐦🐦🐦",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006713169837165710"
          ],
          "editableUntil" : "2026-01-01T14:04:37.000Z",
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
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "2006713169837165710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006713169837165710",
      "created_at" : "Thu Jan 01 13:04:37 +0000 2026",
      "favorited" : false,
      "full_text" : "We are 100 members today! From three people and a bird feeder to this. Thank you all 💚🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006458136255139525"
          ],
          "editableUntil" : "2025-12-31T21:11:12.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2006425219354855090",
      "id_str" : "2006458136255139525",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006458136255139525",
      "in_reply_to_status_id" : "2006425219354855090",
      "created_at" : "Wed Dec 31 20:11:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a grey wagtail! Despite the name, grey wagtails are the yellowest of our wagtails. Walk the canal path by the lock, they feed on the stones there.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006087036334116138"
          ],
          "editableUntil" : "2025-12-30T20:36:35.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2006045466586910491",
      "id_str" : "2006087036334116138",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2006087036334116138",
      "in_reply_to_status_id" : "2006045466586910491",
      "created_at" : "Tue Dec 30 19:36:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes A nest box with a 25 mm hole is exactly their size. That's what we're here for 💚",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006040211122030969"
          ],
          "editableUntil" : "2025-12-30T17:30:31.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2005995894107276360",
      "id_str" : "2006040211122030969",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006040211122030969",
      "in_reply_to_status_id" : "2005995894107276360",
      "created_at" : "Tue Dec 30 16:30:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That's a blue tit! Blue tits weigh about as much as a pound coin and still raise up to ten chicks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005994140251063149"
          ],
          "editableUntil" : "2025-12-30T14:27:27.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "5",
      "id_str" : "2005994140251063149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005994140251063149",
      "created_at" : "Tue Dec 30 13:27:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @hazel_nests: Nest box check: blue tits in box 2, great tits in box 4, box 1 and 3 empty. Fingers crossed for next year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005365415465321431"
          ],
          "editableUntil" : "2025-12-28T20:49:07.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2005353314898412341",
      "id_str" : "2005365415465321431",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005365415465321431",
      "in_reply_to_status_id" : "2005353314898412341",
      "created_at" : "Sun Dec 28 19:49:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a swift! Swifts spend almost their whole life in the air, they even sleep on the wing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005090998780561440"
          ],
          "editableUntil" : "2025-12-28T02:38:41.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2005050221757337175",
      "id_str" : "2005090998780561440",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005090998780561440",
      "in_reply_to_status_id" : "2005050221757337175",
      "created_at" : "Sun Dec 28 01:38:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Classic. Bring it Thursday and we'll fit a new rim tape too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005005929905392976"
          ],
          "editableUntil" : "2025-12-27T21:00:39.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2005003270718752366",
      "id_str" : "2005005929905392976",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005005929905392976",
      "in_reply_to_status_id" : "2005003270718752366",
      "created_at" : "Sat Dec 27 20:00:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Check the inside of the tyre with a cloth, there's usually a tiny bit of glass still stuck in it. Then check the rim tape.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004126320159754853"
          ],
          "editableUntil" : "2025-12-25T10:45:24.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2004104488807566984",
      "id_str" : "2004126320159754853",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2004126320159754853",
      "in_reply_to_status_id" : "2004104488807566984",
      "created_at" : "Thu Dec 25 09:45:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Es verdad. El pan les llena sin alimentar y ensucia el agua. Mejor guisantes descongelados, maíz dulce o avena.",
      "lang" : "es",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003389692569454216"
          ],
          "editableUntil" : "2025-12-23T09:58:18.000Z",
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
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "2003389692569454216",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2003389692569454216",
      "created_at" : "Tue Dec 23 08:58:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Found an injured bird and not sure what to do? Call our volunteer line on 020 7946 0321 (9am to 6pm).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003202386110186693"
          ],
          "editableUntil" : "2025-12-22T21:34:01.000Z",
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
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "2003202386110186693",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2003202386110186693",
      "created_at" : "Mon Dec 22 20:34:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Bird of the month poll is open in the shed. Current leader: the robin, as always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003103548299806651"
          ],
          "editableUntil" : "2025-12-22T15:01:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BirdCount",
            "indices" : [
              "105",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2003102491333625866",
      "id_str" : "2003103548299806651",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003103548299806651",
      "in_reply_to_status_id" : "2003102491333625866",
      "created_at" : "Mon Dec 22 14:01:16 +0000 2025",
      "favorited" : false,
      "full_text" : "(2/2) Top three: house sparrow, starling, blue tit. First ever grey wagtail on the count. Thank you all! #BirdCount",
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
            "2003102491333625866"
          ],
          "editableUntil" : "2025-12-22T14:57:04.000Z",
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
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "2003102491333625866",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003102491333625866",
      "created_at" : "Mon Dec 22 13:57:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Winter count results (1/2): 23 counters, 19 species, 412 birds in one hour on the roof. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999569132641453968"
          ],
          "editableUntil" : "2025-12-12T20:56:46.000Z",
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
        "104"
      ],
      "favorite_count" : "8",
      "id_str" : "1999569132641453968",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999569132641453968",
      "created_at" : "Fri Dec 12 19:56:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that the roof garden is open to everyone in the building, not just members. Come up and say hi!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999549058382434091"
          ],
          "editableUntil" : "2025-12-12T19:37:00.000Z",
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
              "104",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1999549058382434091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999549058382434091",
      "created_at" : "Fri Dec 12 18:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea and beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999397737113061308"
          ],
          "editableUntil" : "2025-12-12T09:35:42.000Z",
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
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "1999397737113061308",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1999397737113061308",
      "created_at" : "Fri Dec 12 08:35:42 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a magpie along the canal path yesterday evening. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998806121815868159"
          ],
          "editableUntil" : "2025-12-10T18:24:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "97",
              "109"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "1998806121815868159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998806121815868159",
      "created_at" : "Wed Dec 10 17:24:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Learn one bird song a week. By summer you'll know the whole street by ear. This week: the robin. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998472016504161523"
          ],
          "editableUntil" : "2025-12-09T20:17:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1998472016504161523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998472016504161523",
      "created_at" : "Tue Dec 09 19:17:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Keep cats in at dawn and dusk in spring. That's when birds feed most and fledglings are most at risk. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998310096338288776"
          ],
          "editableUntil" : "2025-12-09T09:33:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "95",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1998310096338288776",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998310096338288776",
      "created_at" : "Tue Dec 09 08:33:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: frost on the roof this morning, covered the herbs with fleece. Robin supervised. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998121428112507258"
          ],
          "editableUntil" : "2025-12-08T21:04:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "81",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1998121428112507258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998121428112507258",
      "created_at" : "Mon Dec 08 20:04:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: seed swap table is up in the library foyer. Take some, leave some. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997430140394144973"
          ],
          "editableUntil" : "2025-12-06T23:17:10.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1997430140394144973",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997430140394144973",
      "created_at" : "Sat Dec 06 22:17:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tobi_fixes_bikes: Repair night tally: 9 punctures, 4 brake cables, 2 wheels trued, 1 bike that was beyond saving. Good night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997057208328390714"
          ],
          "editableUntil" : "2025-12-05T22:35:16.000Z",
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
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1997057208328390714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997057208328390714",
      "created_at" : "Fri Dec 05 21:35:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Sighting: a chaffinch in the ivy on the old mill yesterday evening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996998292359482932"
          ],
          "editableUntil" : "2025-12-05T18:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "68",
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
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1996998292359482932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996998292359482932",
      "created_at" : "Fri Dec 05 17:41:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: the sunflowers on the roof are taller than Tobi now 🌻 #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996560348417887298"
          ],
          "editableUntil" : "2025-12-04T13:40:56.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1996520468975453007",
      "id_str" : "1996560348417887298",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996560348417887298",
      "in_reply_to_status_id" : "1996520468975453007",
      "created_at" : "Thu Dec 04 12:40:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Not at all, just go easy on fat balls in hot weather and avoid whole peanuts in spring, chicks can choke on them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996448118536143442"
          ],
          "editableUntil" : "2025-12-04T06:14:58.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1996413574247485389",
      "id_str" : "1996448118536143442",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996448118536143442",
      "in_reply_to_status_id" : "1996413574247485389",
      "created_at" : "Thu Dec 04 05:14:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests We'll play swift calls from a little speaker to attract them. It can take a few years before they move in, so patience.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996370167397092309"
          ],
          "editableUntil" : "2025-12-04T01:05:13.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1996333723090030023",
      "id_str" : "1996370167397092309",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996370167397092309",
      "in_reply_to_status_id" : "1996333723090030023",
      "created_at" : "Thu Dec 04 00:05:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests The council said yes! 24 nest chambers on the old mill wall, installation in March, before the swifts return in May.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996217225755886043"
          ],
          "editableUntil" : "2025-12-03T14:57:29.000Z",
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
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1996217225755886043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996217225755886043",
      "created_at" : "Wed Dec 03 13:57:29 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a swift on the allotment fence just now. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995614788014309983"
          ],
          "editableUntil" : "2025-12-01T23:03:36.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1995613487782169919",
      "id_str" : "1995614788014309983",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995614788014309983",
      "in_reply_to_status_id" : "1995613487782169919",
      "created_at" : "Mon Dec 01 22:03:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a wren! Wrens are among our smallest birds but their song is louder than most. Leave a messy corner of brush, that's wren heaven.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995240582910971488"
          ],
          "editableUntil" : "2025-11-30T22:16:39.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1995217195473437149",
      "id_str" : "1995240582910971488",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995240582910971488",
      "in_reply_to_status_id" : "1995217195473437149",
      "created_at" : "Sun Nov 30 21:16:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a house sparrow! House sparrows nest in gaps under roof tiles and they love a dust bath. Leave a patch of dry soil in a sunny corner and watch them bathe.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994741458089543175"
          ],
          "editableUntil" : "2025-11-29T13:13:18.000Z",
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
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1994741458089543175",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994741458089543175",
      "created_at" : "Sat Nov 29 12:13:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The kids' nest box workshop was chaos and joy. 15 boxes built, zero fingers hammered. Mostly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994066873171051254"
          ],
          "editableUntil" : "2025-11-27T16:32:45.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1994034283425695285",
      "id_str" : "1994066873171051254",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994066873171051254",
      "in_reply_to_status_id" : "1994034283425695285",
      "created_at" : "Thu Nov 27 15:32:45 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow If it's in danger (road, cats) move it gently to the nearest bush, then walk away and watch from a distance. Parents come back fast.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994005980264269760"
          ],
          "editableUntil" : "2025-11-27T12:30:47.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1993978482408162356",
      "id_str" : "1994005980264269760",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994005980264269760",
      "in_reply_to_status_id" : "1993978482408162356",
      "created_at" : "Thu Nov 27 11:30:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Please don't! That's a fledgling, it's supposed to be out of the nest. The parents are almost certainly nearby and still feeding it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993823235015970015"
          ],
          "editableUntil" : "2025-11-27T00:24:37.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1993806034177756330",
      "id_str" : "1993823235015970015",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993823235015970015",
      "in_reply_to_status_id" : "1993806034177756330",
      "created_at" : "Wed Nov 26 23:24:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes They love windfall apples in winter, just cut a few in half on the lawn. Post a photo if it comes back!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993773599622302823"
          ],
          "editableUntil" : "2025-11-26T21:07:23.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1993759318019016737",
      "id_str" : "1993773599622302823",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993773599622302823",
      "in_reply_to_status_id" : "1993759318019016737",
      "created_at" : "Wed Nov 26 20:07:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That's a blackbird! Only the males are black, the females are dark brown, so you probably saw a pair.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993658037490942001"
          ],
          "editableUntil" : "2025-11-26T13:28:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "92",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1993658037490942001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993658037490942001",
      "created_at" : "Wed Nov 26 12:28:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Samedi, balade ornithologique en français avec Lucie. Rendez-vous à la bibliothèque à 10h ! #KestrelWalk",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992921669451121576"
          ],
          "editableUntil" : "2025-11-24T12:42:07.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1992906909696918367",
      "id_str" : "1992921669451121576",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992921669451121576",
      "in_reply_to_status_id" : "1992906909696918367",
      "created_at" : "Mon Nov 24 11:42:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a black redstart! Black redstarts love industrial rooftops and building sites, they are rare breeders here. Please don't share the exact location, they are sensitive to disturbance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991980522140208980"
          ],
          "editableUntil" : "2025-11-21T22:22:20.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/wCyFd4RqLx",
            "expanded_url" : "https://kestrelroost.example/songs",
            "display_url" : "kestrelroost.example/songs",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "13",
      "id_str" : "1991980522140208980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991980522140208980",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 21 21:22:20 +0000 2025",
      "favorited" : false,
      "full_text" : "A guide to bird song for complete beginners, recorded on our own roof: https://t.co/wCyFd4RqLx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991852937346550957"
          ],
          "editableUntil" : "2025-11-21T13:55:21.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991810562294549871",
      "id_str" : "1991852937346550957",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991852937346550957",
      "in_reply_to_status_id" : "1991810562294549871",
      "created_at" : "Fri Nov 21 12:55:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a dunnock! Dunnocks look like sparrows but have a thin, insect-eating beak. Sprinkle a little seed on the ground, they rarely use hanging feeders.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991800653177946950"
          ],
          "editableUntil" : "2025-11-21T10:27:36.000Z",
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
            "name" : "Ravi Desai",
            "screen_name" : "ravi_paints",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1409988012350734336",
            "id" : "1409988012350734336"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1991770454191115949",
      "id_str" : "1991800653177946950",
      "in_reply_to_user_id" : "1409988012350734336",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1991800653177946950",
      "in_reply_to_status_id" : "1991770454191115949",
      "created_at" : "Fri Nov 21 09:27:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@ravi_paints The goldfinch mural is finished and it looks incredible. Thank you Ravi!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravi_paints",
      "in_reply_to_user_id_str" : "1409988012350734336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991530386862112872"
          ],
          "editableUntil" : "2025-11-20T16:33:39.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991519146126740681",
      "id_str" : "1991530386862112872",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991530386862112872",
      "in_reply_to_status_id" : "1991519146126740681",
      "created_at" : "Thu Nov 20 15:33:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@gran_at_no9 They are! And they'll be gone by July. If you want, we can put up a starling box on your wall for next year.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991492424216348499"
          ],
          "editableUntil" : "2025-11-20T14:02:48.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1991480663391210168",
      "id_str" : "1991492424216348499",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991492424216348499",
      "in_reply_to_status_id" : "1991480663391210168",
      "created_at" : "Thu Nov 20 13:02:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@gran_at_no9 They're nesting, and active nests are protected, so we leave them until the chicks fledge in a few weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991454285298403585"
          ],
          "editableUntil" : "2025-11-20T11:31:15.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1991412757496071184",
      "id_str" : "1991454285298403585",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991454285298403585",
      "in_reply_to_status_id" : "1991412757496071184",
      "created_at" : "Thu Nov 20 10:31:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Ja, Jonas führt um 10 Uhr eine kleine Gruppe auf Deutsch. Treffpunkt wie immer an der Bibliothek.",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990417015520233340"
          ],
          "editableUntil" : "2025-11-17T14:49:31.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1990403333699404314",
      "id_str" : "1990417015520233340",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990417015520233340",
      "in_reply_to_status_id" : "1990403333699404314",
      "created_at" : "Mon Nov 17 13:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Yes, avoid cutting from March to August when birds are nesting. Trim in late winter instead.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989799148152685435"
          ],
          "editableUntil" : "2025-11-15T21:54:20.000Z",
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
        "91"
      ],
      "favorite_count" : "13",
      "id_str" : "1989799148152685435",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989799148152685435",
      "created_at" : "Sat Nov 15 20:54:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Frost, blue sky, and a wren singing its heart out on the railing. Perfect start to the day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989406272773292078"
          ],
          "editableUntil" : "2025-11-14T19:53:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "108",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "5",
      "id_str" : "1989406272773292078",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989406272773292078",
      "created_at" : "Fri Nov 14 18:53:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Fat balls: take them out of the plastic nets! Birds can catch their feet in them. Use a proper wire holder. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989404463070577067"
          ],
          "editableUntil" : "2025-11-14T19:46:00.000Z",
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
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1989404463070577067",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989404463070577067",
      "created_at" : "Fri Nov 14 18:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome 🐦 #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989083418700809090"
          ],
          "editableUntil" : "2025-11-13T22:30:17.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1989056847787199219",
      "id_str" : "1989083418700809090",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989083418700809090",
      "in_reply_to_status_id" : "1989056847787199219",
      "created_at" : "Thu Nov 13 21:30:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests That's a chaffinch! Chaffinches have regional song dialects, birds across town sing slightly differently. They feed on the ground under feeders, so keep that area clean.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987858995696373421"
          ],
          "editableUntil" : "2025-11-10T13:24:51.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1987815676925579247",
      "id_str" : "1987858995696373421",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987858995696373421",
      "in_reply_to_status_id" : "1987815676925579247",
      "created_at" : "Mon Nov 10 12:24:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Meist ist es ungleichmäßiges Gießen: erst trocken, dann viel Wasser. Lieber regelmäßig und morgens gießen.",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987207507825787492"
          ],
          "editableUntil" : "2025-11-08T18:16:05.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1987197206612280175",
      "id_str" : "1987207507825787492",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987207507825787492",
      "in_reply_to_status_id" : "1987197206612280175",
      "created_at" : "Sat Nov 08 17:16:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet Watch the evening murmurations over the canal from late October. Welcome to the obsession 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987167401887925339"
          ],
          "editableUntil" : "2025-11-08T15:36:43.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1987152138816586174",
      "id_str" : "1987167401887925339",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1987167401887925339",
      "in_reply_to_status_id" : "1987152138816586174",
      "created_at" : "Sat Nov 08 14:36:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a starling! Starlings are brilliant mimics, ours on the roof does a perfect car alarm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986904938532964225"
          ],
          "editableUntil" : "2025-11-07T22:13:46.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1986903965454173148",
      "id_str" : "1986904938532964225",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986904938532964225",
      "in_reply_to_status_id" : "1986903965454173148",
      "created_at" : "Fri Nov 07 21:13:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Look at the beak. Sparrows have a thick seed-cracking beak, dunnocks have a thin one for insects. Dunnocks also shuffle about like mice.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986875801073091323"
          ],
          "editableUntil" : "2025-11-07T20:18:00.000Z",
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
              "101",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1986875801073091323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986875801073091323",
      "created_at" : "Fri Nov 07 19:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986868292033318589"
          ],
          "editableUntil" : "2025-11-07T19:48:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "100",
              "111"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "13",
      "id_str" : "1986868292033318589",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1986868292033318589",
      "created_at" : "Fri Nov 07 18:48:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: the wind took two bean poles last night. Lesson learned, we're tying everything down. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986529237994834646"
          ],
          "editableUntil" : "2025-11-06T21:20:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "82",
              "93"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1986529237994834646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1986529237994834646",
      "created_at" : "Thu Nov 06 20:20:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: planted 200 crocus bulbs in the troughs for early bees next spring. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986184279730291144"
          ],
          "editableUntil" : "2025-11-05T22:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "93",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "8",
      "id_str" : "1986184279730291144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986184279730291144",
      "created_at" : "Wed Nov 05 21:30:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: first ripe tomatoes from the south troughs. Hazel says they taste of sunshine. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986121062522292340"
          ],
          "editableUntil" : "2025-11-05T18:18:56.000Z",
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
              "55",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1986121062522292340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986121062522292340",
      "created_at" : "Wed Nov 05 17:18:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Look up! a blackbird on the library gutter around 7am. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985685022621041749"
          ],
          "editableUntil" : "2025-11-04T13:26:16.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/3huh0jKv4J",
            "expanded_url" : "https://kestrelroost.example/bikes",
            "display_url" : "kestrelroost.example/bikes",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "13",
      "id_str" : "1985685022621041749",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1985685022621041749",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 04 12:26:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Bike repair night sign-up sheet for volunteers: https://t.co/3huh0jKv4J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985261939563169156"
          ],
          "editableUntil" : "2025-11-03T09:25:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "101",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1985261939563169156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985261939563169156",
      "created_at" : "Mon Nov 03 08:25:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Feeder tip: clean them weekly with hot soapy water. A clean feeder saves more birds than a full one. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985045500320941709"
          ],
          "editableUntil" : "2025-11-02T19:05:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofBirds",
            "indices" : [
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "1985045500320941709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985045500320941709",
      "created_at" : "Sun Nov 02 18:05:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Sighting: a greenfinch along the canal path around 7am. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984918511940275099"
          ],
          "editableUntil" : "2025-11-02T10:40:25.000Z",
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
        "111"
      ],
      "favorite_count" : "1",
      "id_str" : "1984918511940275099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984918511940275099",
      "created_at" : "Sun Nov 02 09:40:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Consejo: en invierno el agua es tan importante como la comida. Un plato poco hondo y agua fresca cada mañana. 💧",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984634615602218316"
          ],
          "editableUntil" : "2025-11-01T15:52:19.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1984595361108724890",
      "id_str" : "1984634615602218316",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984634615602218316",
      "in_reply_to_status_id" : "1984595361108724890",
      "created_at" : "Sat Nov 01 14:52:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow No fee. Come to a walk or a garden afternoon, add your name to the list in the shed, and you're in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984237839595735047"
          ],
          "editableUntil" : "2025-10-31T13:35:40.000Z",
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
        "101"
      ],
      "favorite_count" : "1",
      "id_str" : "1984237839595735047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984237839595735047",
      "created_at" : "Fri Oct 31 12:35:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Lost: one green woolly hat, last seen at Saturday's walk. Found: far too many spare gloves. Shed box!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984000726000340318"
          ],
          "editableUntil" : "2025-10-30T21:53:28.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1983997513162293985",
      "id_str" : "1984000726000340318",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984000726000340318",
      "in_reply_to_status_id" : "1983997513162293985",
      "created_at" : "Thu Oct 30 20:53:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet Oui, les graines de tournesol décortiquées sont parfaites toute l'année. Pas de graines salées, jamais.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983637014396142398"
          ],
          "editableUntil" : "2025-10-29T21:48:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "97",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1983637014396142398",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1983637014396142398",
      "created_at" : "Wed Oct 29 20:48:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: we harvested the last beans and left the stems for the ladybirds to overwinter in. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982969094738153285"
          ],
          "editableUntil" : "2025-10-28T01:34:08.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1982957245828433259",
      "id_str" : "1982969094738153285",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982969094738153285",
      "in_reply_to_status_id" : "1982957245828433259",
      "created_at" : "Tue Oct 28 00:34:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Exactly there. Tilt them slightly forward so rain runs off the roof of the box, and keep them away from the feeders.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982951415746398887"
          ],
          "editableUntil" : "2025-10-28T00:23:53.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1982916754017880420",
      "id_str" : "1982951415746398887",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982951415746398887",
      "in_reply_to_status_id" : "1982916754017880420",
      "created_at" : "Mon Oct 27 23:23:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Avoid full sun, chicks can overheat. Face them somewhere between north and east, 2 to 4 metres up, with a clear flight path in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982861428560628448"
          ],
          "editableUntil" : "2025-10-27T18:26:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "112",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "1982861428560628448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982861428560628448",
      "created_at" : "Mon Oct 27 17:26:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Water is as important as food in winter. A shallow dish, topped up every morning, makes your balcony a hotspot. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982344616659650509"
          ],
          "editableUntil" : "2025-10-26T08:12:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "85",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "1982344616659650509",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982344616659650509",
      "created_at" : "Sun Oct 26 07:12:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: lavender is buzzing. Counted 14 bees and 3 hoverflies in five minutes. #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982104084974144704"
          ],
          "editableUntil" : "2025-10-25T16:16:54.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1982063102427532784",
      "id_str" : "1982104084974144704",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982104084974144704",
      "in_reply_to_status_id" : "1982063102427532784",
      "created_at" : "Sat Oct 25 15:16:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests They feed on the ground under feeders, so keep that area clean. Bring it up on Saturday's walk, we'll look together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982037869496110882"
          ],
          "editableUntil" : "2025-10-25T11:53:47.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1982032639196135558",
      "id_str" : "1982037869496110882",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982037869496110882",
      "in_reply_to_status_id" : "1982032639196135558",
      "created_at" : "Sat Oct 25 10:53:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests That's a chaffinch! Chaffinches have regional song dialects, birds across town sing slightly differently.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981820340260309115"
          ],
          "editableUntil" : "2025-10-24T21:29:24.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1981813402883588292",
      "id_str" : "1981820340260309115",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981820340260309115",
      "in_reply_to_status_id" : "1981813402883588292",
      "created_at" : "Fri Oct 24 20:29:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests That's a greenfinch! Greenfinches suffered badly from a disease spread at dirty feeders. Clean your feeders every week, it really does save them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981815514494535009"
          ],
          "editableUntil" : "2025-10-24T21:10:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "66",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/70AZbV57eL",
            "expanded_url" : "https://kestrelroost.example/seed-swap",
            "display_url" : "kestrelroost.example/seed…",
            "indices" : [
              "42",
              "65"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "1981815514494535009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981815514494535009",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 24 20:10:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Seed swap list for the spring, add yours: https://t.co/70AZbV57eL #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981783999905663561"
          ],
          "editableUntil" : "2025-10-24T19:05:00.000Z",
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
              "104",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "5",
      "id_str" : "1981783999905663561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981783999905663561",
      "created_at" : "Fri Oct 24 18:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot coffee, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981696366105198626"
          ],
          "editableUntil" : "2025-10-24T13:16:46.000Z",
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
              "62",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1981696366105198626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981696366105198626",
      "created_at" : "Fri Oct 24 12:16:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Sighting: a house sparrow in the park by the pond around 7am. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981167959034692380"
          ],
          "editableUntil" : "2025-10-23T02:17:04.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1981158186307552260",
      "id_str" : "1981167959034692380",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981167959034692380",
      "in_reply_to_status_id" : "1981158186307552260",
      "created_at" : "Thu Oct 23 01:17:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Clean your feeders every week, it really does save them. Any time!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981113693127312961"
          ],
          "editableUntil" : "2025-10-22T22:41:26.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1981098455221011685",
      "id_str" : "1981113693127312961",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981113693127312961",
      "in_reply_to_status_id" : "1981098455221011685",
      "created_at" : "Wed Oct 22 21:41:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a greenfinch! Greenfinches suffered badly from a disease spread at dirty feeders.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981087404305023049"
          ],
          "editableUntil" : "2025-10-22T20:56:58.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1981044307830114977",
      "id_str" : "1981087404305023049",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1981087404305023049",
      "in_reply_to_status_id" : "1981044307830114977",
      "created_at" : "Wed Oct 22 19:56:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a collared dove! Collared doves only arrived in this country in the 1950s and now they're everywhere.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980767264260097385"
          ],
          "editableUntil" : "2025-10-21T23:44:51.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1980744275276727949",
      "id_str" : "1980767264260097385",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980767264260097385",
      "in_reply_to_status_id" : "1980744275276727949",
      "created_at" : "Tue Oct 21 22:44:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a black redstart! Black redstarts love industrial rooftops and building sites, they are rare breeders here. Please don't share the exact location, they are sensitive to disturbance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980718521044173470"
          ],
          "editableUntil" : "2025-10-21T20:31:10.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/dRUYwD5s4v",
            "expanded_url" : "https://twitter.com/i/web/status/1980718521044173470",
            "display_url" : "twitter.com/i/web/status/…",
            "indices" : [
              "270",
              "293"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "293"
      ],
      "favorite_count" : "1",
      "id_str" : "1980718521044173470",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1980718521044173470",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 21 19:31:10 +0000 2025",
      "favorited" : false,
      "full_text" : "A year of Kestrel Street Roost. When we started, it was three of us and a bird feeder on the roof. Now there are more than a hundred of us, a garden that feeds bees from March to November, six new nest boxes on the street, a bike repair night, a seed swap, and a swift… https://t.co/dRUYwD5s4v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980695159054664963"
          ],
          "editableUntil" : "2025-10-21T18:58:20.000Z",
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
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "1980695159054664963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980695159054664963",
      "created_at" : "Tue Oct 21 17:58:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Merci à tous pour le comptage d'hier : 21 espèces sur le toit en une heure. Bravo l'équipe 🐦",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980378152887518024"
          ],
          "editableUntil" : "2025-10-20T21:58:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "101",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1980378152887518024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980378152887518024",
      "created_at" : "Mon Oct 20 20:58:39 +0000 2025",
      "favorited" : false,
      "full_text" : "No pesticides on the roof garden please. Aphids are food for blue tit chicks, they'll sort them out. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980177064098136793"
          ],
          "editableUntil" : "2025-10-20T08:39:36.000Z",
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
        "69"
      ],
      "favorite_count" : "5",
      "id_str" : "1980177064098136793",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1980177064098136793",
      "created_at" : "Mon Oct 20 07:39:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a long-tailed tit in the hawthorn by the bus stop at dusk. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979897370965313460"
          ],
          "editableUntil" : "2025-10-19T14:08:12.000Z",
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
              "103",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "1979897370965313460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979897370965313460",
      "created_at" : "Sun Oct 19 13:08:12 +0000 2025",
      "favorited" : false,
      "full_text" : "¡Hola vecinos! Este sábado hay paseo de aves en español con Mira. Nos vemos en la biblioteca a las 10. #KestrelWalk",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979287560398439326"
          ],
          "editableUntil" : "2025-10-17T21:45:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "94",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1979287560398439326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979287560398439326",
      "created_at" : "Fri Oct 17 20:45:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Please don't cut hedges between March and August. Nests are hard to spot and easy to destroy. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979264649265154765"
          ],
          "editableUntil" : "2025-10-17T20:14:00.000Z",
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
              "108",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "id_str" : "1979264649265154765",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1979264649265154765",
      "created_at" : "Fri Oct 17 19:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This Saturday's walk: meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979133592956832128"
          ],
          "editableUntil" : "2025-10-17T11:33:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "114",
              "126"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1979133592956832128",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979133592956832128",
      "created_at" : "Fri Oct 17 10:33:13 +0000 2025",
      "favorited" : false,
      "full_text" : "If you find a fledgling on the ground, leave it. Its parents are close. Only move it if it's in immediate danger. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978976838239258733"
          ],
          "editableUntil" : "2025-10-17T01:10:20.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1978944076528747688",
      "id_str" : "1978976838239258733",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978976838239258733",
      "in_reply_to_status_id" : "1978944076528747688",
      "created_at" : "Fri Oct 17 00:10:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests A friendly word with the neighbour works wonders too. A collar with a bell and keeping the cat in at dawn helps the most.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978929564235989204"
          ],
          "editableUntil" : "2025-10-16T22:02:29.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1978890418797674745",
      "id_str" : "1978929564235989204",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978929564235989204",
      "in_reply_to_status_id" : "1978890418797674745",
      "created_at" : "Thu Oct 16 21:02:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Move the feeder at least two metres from any cover the cat can hide behind, and put a bit of prickly pruning underneath it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978511830691744347"
          ],
          "editableUntil" : "2025-10-15T18:22:34.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1978474983732545448",
      "id_str" : "1978511830691744347",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978511830691744347",
      "in_reply_to_status_id" : "1978474983732545448",
      "created_at" : "Wed Oct 15 17:22:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Rain or shine! Birds don't stop for rain and neither do we. There's a gazebo by the water tank.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978458097462545813"
          ],
          "editableUntil" : "2025-10-15T14:49:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BirdCount",
            "indices" : [
              "109",
              "119"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1978458097462545813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978458097462545813",
      "created_at" : "Wed Oct 15 13:49:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Bird count this Saturday, 9 to 10am on the roof. One hour, everything that lands gets counted. Tea provided. #BirdCount",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978066798175323154"
          ],
          "editableUntil" : "2025-10-14T12:54:10.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1978038595672866900",
      "id_str" : "1978066798175323154",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978066798175323154",
      "in_reply_to_status_id" : "1978038595672866900",
      "created_at" : "Tue Oct 14 11:54:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Water early, mulch the troughs, put out shallow water with stones in it for bees and birds, and shade the nest boxes if you can.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976731709077326869"
          ],
          "editableUntil" : "2025-10-10T20:29:00.000Z",
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
              "104",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "id_str" : "1976731709077326869",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1976731709077326869",
      "created_at" : "Fri Oct 10 19:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea and beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976640627257641479"
          ],
          "editableUntil" : "2025-10-10T14:27:04.000Z",
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
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1976640627257641479",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976640627257641479",
      "created_at" : "Fri Oct 10 13:27:04 +0000 2025",
      "favorited" : false,
      "full_text" : "The street has 6 new nest boxes this year. Every single one built by neighbours. That's community.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976485330477255739"
          ],
          "editableUntil" : "2025-10-10T04:09:58.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1976485330477255739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976485330477255739",
      "created_at" : "Fri Oct 10 03:09:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @jonas_im_garten: Die ersten Krokusse auf dem Dach sind offen und schon die erste Hummel dran 🐝",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975701949891347723"
          ],
          "editableUntil" : "2025-10-08T00:17:06.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1975662364052685237",
      "id_str" : "1975701949891347723",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975701949891347723",
      "in_reply_to_status_id" : "1975662364052685237",
      "created_at" : "Tue Oct 07 23:17:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Leave a messy corner of brush, that's wren heaven. Happy watching! 🔭",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975642806011429371"
          ],
          "editableUntil" : "2025-10-07T20:22:05.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1975621146623739110",
      "id_str" : "1975642806011429371",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975642806011429371",
      "in_reply_to_status_id" : "1975621146623739110",
      "created_at" : "Tue Oct 07 19:22:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a wren! Wrens are among our smallest birds but their song is louder than most.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974850222339919115"
          ],
          "editableUntil" : "2025-10-05T15:52:38.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1974831884841386571",
      "id_str" : "1974850222339919115",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974850222339919115",
      "in_reply_to_status_id" : "1974831884841386571",
      "created_at" : "Sun Oct 05 14:52:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests That's a dunnock! Dunnocks look like sparrows but have a thin, insect-eating beak. Sprinkle a little seed on the ground, they rarely use hanging feeders.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974817468309965465"
          ],
          "editableUntil" : "2025-10-05T13:42:29.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1974778075405484604",
      "id_str" : "1974817468309965465",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974817468309965465",
      "in_reply_to_status_id" : "1974778075405484604",
      "created_at" : "Sun Oct 05 12:42:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests That's a collared dove! Collared doves only arrived in this country in the 1950s and now they're everywhere. Their 'coo-COO-coo' is the soundtrack of the street, try counting the calls.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974784135836469265"
          ],
          "editableUntil" : "2025-10-05T11:30:02.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/GzxUfQKFjK",
            "expanded_url" : "https://kestrelroost.example/nestbox-plans",
            "display_url" : "kestrelroost.example/nest…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "1974784135836469265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974784135836469265",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 05 10:30:02 +0000 2025",
      "favorited" : false,
      "full_text" : "The nest box plans we use, free to download and print: https://t.co/GzxUfQKFjK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974664452243456994"
          ],
          "editableUntil" : "2025-10-05T03:34:27.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1974630746819002930",
      "id_str" : "1974664452243456994",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974664452243456994",
      "in_reply_to_status_id" : "1974630746819002930",
      "created_at" : "Sun Oct 05 02:34:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Unsalted peanuts on a tray bring them in, but they are shy. Any time!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974641722240929210"
          ],
          "editableUntil" : "2025-10-05T02:04:08.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1974619974774817983",
      "id_str" : "1974641722240929210",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974641722240929210",
      "in_reply_to_status_id" : "1974619974774817983",
      "created_at" : "Sun Oct 05 01:04:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@gran_at_no9 Wonderful. Stickers or a few strings on the outside of that window stop it happening again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974613897230156649"
          ],
          "editableUntil" : "2025-10-05T00:13:34.000Z",
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
            "name" : "Maureen at No. 9",
            "screen_name" : "gran_at_no9",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1132908455173111808",
            "id" : "1132908455173111808"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1974569425022617675",
      "id_str" : "1974613897230156649",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974613897230156649",
      "in_reply_to_status_id" : "1974569425022617675",
      "created_at" : "Sat Oct 04 23:13:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@gran_at_no9 Keep cats away and leave it somewhere quiet. Most stunned birds recover within an hour. If it's still there later, put it in a box with air holes, in a dark warm place.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gran_at_no9",
      "in_reply_to_user_id_str" : "1132908455173111808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974594449309306006"
          ],
          "editableUntil" : "2025-10-04T22:56:17.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1974569166045317140",
      "id_str" : "1974594449309306006",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974594449309306006",
      "in_reply_to_status_id" : "1974569166045317140",
      "created_at" : "Sat Oct 04 21:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a jay! A single jay can bury thousands of acorns in autumn and remembers most of them.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974231946471804602"
          ],
          "editableUntil" : "2025-10-03T22:55:50.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1974207816641151016",
      "id_str" : "1974231946471804602",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974231946471804602",
      "in_reply_to_status_id" : "1974207816641151016",
      "created_at" : "Fri Oct 03 21:55:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Dried are fine if you soak them first. In breeding season, live or soaked mealworms help parents feed chicks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974181644373068280"
          ],
          "editableUntil" : "2025-10-03T19:35:57.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1974165219476899069",
      "id_str" : "1974181644373068280",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974181644373068280",
      "in_reply_to_status_id" : "1974165219476899069",
      "created_at" : "Fri Oct 03 18:35:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a great tit! The width of that black stripe tells you a lot: males have a broad one. Listen for the 'teacher-teacher' call on bright mornings from January on.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973867457217561240"
          ],
          "editableUntil" : "2025-10-02T22:47:29.000Z",
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
            "name" : "Millbrook Library",
            "screen_name" : "millbrook_library",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "2839154460",
            "id" : "2839154460"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1973837258229023816",
      "id_str" : "1973867457217561240",
      "in_reply_to_user_id" : "2839154460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1973867457217561240",
      "in_reply_to_status_id" : "1973837258229023816",
      "created_at" : "Thu Oct 02 21:47:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@millbrook_library Thank you for hosting the swift talk! The upstairs room was packed 🐦",
      "lang" : "en",
      "in_reply_to_screen_name" : "millbrook_library",
      "in_reply_to_user_id_str" : "2839154460"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973045238861792643"
          ],
          "editableUntil" : "2025-09-30T16:20:17.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1973023118104069713",
      "id_str" : "1973045238861792643",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973045238861792643",
      "in_reply_to_status_id" : "1973023118104069713",
      "created_at" : "Tue Sep 30 15:20:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a wren all right. Loudest thing per gram on the whole street 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972999760022866471"
          ],
          "editableUntil" : "2025-09-30T13:19:34.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1972963911306314728",
      "id_str" : "1972999760022866471",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972999760022866471",
      "in_reply_to_status_id" : "1972963911306314728",
      "created_at" : "Tue Sep 30 12:19:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Yes, sound ID apps are surprisingly good now. Use them as a hint, then try to see the bird. Your ears will learn fast.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972620426117908035"
          ],
          "editableUntil" : "2025-09-29T12:12:13.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1972617259416813627",
      "id_str" : "1972620426117908035",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1972620426117908035",
      "in_reply_to_status_id" : "1972617259416813627",
      "created_at" : "Mon Sep 29 11:12:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten The pair on the mill chimney is easiest to see with a scope from the bridge. That's what we're here for 💚",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972598846424485516"
          ],
          "editableUntil" : "2025-09-29T10:46:28.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1972566395093388184",
      "id_str" : "1972598846424485516",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972598846424485516",
      "in_reply_to_status_id" : "1972566395093388184",
      "created_at" : "Mon Sep 29 09:46:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a peregrine! Peregrines are the fastest animals on earth when they dive.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971645947705166694"
          ],
          "editableUntil" : "2025-09-26T19:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "id_str" : "1971645947705166694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971645947705166694",
      "created_at" : "Fri Sep 26 18:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome 🐦 #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971545728078973010"
          ],
          "editableUntil" : "2025-09-26T13:01:45.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/oPUafuOAOf",
            "expanded_url" : "https://twitter.com/i/web/status/1971545728078973010",
            "display_url" : "twitter.com/i/web/status/…",
            "indices" : [
              "272",
              "295"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "295"
      ],
      "favorite_count" : "1",
      "id_str" : "1971545728078973010",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1971545728078973010",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 26 12:01:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Swift tower, the full story. Swifts have nested in the gaps under Millbrook's old roofs for as long as anyone remembers. Every renovation closes those gaps, and the birds that come back from Africa each May find their homes gone. So we asked the council for the old mill… https://t.co/oPUafuOAOf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971483374908866791"
          ],
          "editableUntil" : "2025-09-26T08:53:59.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1971480518588237358",
      "id_str" : "1971483374908866791",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971483374908866791",
      "in_reply_to_status_id" : "1971480518588237358",
      "created_at" : "Fri Sep 26 07:53:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Am besten im Herbst oder Winter. Dann gewöhnen sich die Vögel daran, und manche nutzen sie schon als Schlafplatz.",
      "lang" : "de",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970774080413106792"
          ],
          "editableUntil" : "2025-09-24T09:55:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "118",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1970774080413106792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970774080413106792",
      "created_at" : "Wed Sep 24 08:55:30 +0000 2025",
      "favorited" : false,
      "full_text" : "A messy corner is a gift: a pile of sticks and leaves is home for insects, and insects are food for wrens and robins. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970642414422458846"
          ],
          "editableUntil" : "2025-09-24T01:12:19.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1970639432269827305",
      "id_str" : "1970642414422458846",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970642414422458846",
      "in_reply_to_status_id" : "1970639432269827305",
      "created_at" : "Wed Sep 24 00:12:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Brush them out and pour boiling water in, let it dry. No insecticides or sprays, please.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970612504838671494"
          ],
          "editableUntil" : "2025-09-23T23:13:28.000Z",
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
            "name" : "Hazel Pryce",
            "screen_name" : "hazel_nests",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1290443171800051712",
            "id" : "1290443171800051712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1970572268881709421",
      "id_str" : "1970612504838671494",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970612504838671494",
      "in_reply_to_status_id" : "1970572268881709421",
      "created_at" : "Tue Sep 23 22:13:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Between October and January, once you're sure they're empty. Old nests carry fleas and mites.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hazel_nests",
      "in_reply_to_user_id_str" : "1290443171800051712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970393464350182531"
          ],
          "editableUntil" : "2025-09-23T08:43:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RoofGarden",
            "indices" : [
              "88",
              "99"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1970393464350182531",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970393464350182531",
      "created_at" : "Tue Sep 23 07:43:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden diary: the water butts are full again after the storm. 800 litres of free rain 💧 #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969301685622016622"
          ],
          "editableUntil" : "2025-09-20T08:24:44.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/YQlzXI1u01",
            "expanded_url" : "https://twitter.com/i/web/status/1969301685622016622",
            "display_url" : "twitter.com/i/web/status/…",
            "indices" : [
              "273",
              "296"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "296"
      ],
      "favorite_count" : "5",
      "id_str" : "1969301685622016622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969301685622016622",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 20 07:24:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Why we count birds. A single count tells you very little. But the same hour, on the same roof, every season, for years, tells a story: which birds are arriving, which ones are quietly disappearing, and whether the things we do, the nest boxes, the clean feeders, the wild… https://t.co/YQlzXI1u01",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969104451140848538"
          ],
          "editableUntil" : "2025-09-19T19:21:00.000Z",
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
              "101",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1969104451140848538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1969104451140848538",
      "created_at" : "Fri Sep 19 18:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969065405989130108"
          ],
          "editableUntil" : "2025-09-19T16:45:50.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1969036045860866342",
      "id_str" : "1969065405989130108",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1969065405989130108",
      "in_reply_to_status_id" : "1969036045860866342",
      "created_at" : "Fri Sep 19 15:45:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Yes! Thursday 6 to 8pm in the bike shed under the roof garden. Bring the wheels, we'll sort spokes while the swifts scream overhead.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968758578810063974"
          ],
          "editableUntil" : "2025-09-18T20:26:37.000Z",
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
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "1968758578810063974",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968758578810063974",
      "created_at" : "Thu Sep 18 19:26:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning from the roof ☀️ Kettle's on, feeders are full, the sparrows are already shouting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967503014696455718"
          ],
          "editableUntil" : "2025-09-15T09:17:27.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1967489827803365555",
      "id_str" : "1967503014696455718",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967503014696455718",
      "in_reply_to_status_id" : "1967489827803365555",
      "created_at" : "Mon Sep 15 08:17:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a blue tit! Blue tits weigh about as much as a pound coin and still raise up to ten chicks. A nest box with a 25 mm hole is exactly their size.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967495794345511186"
          ],
          "editableUntil" : "2025-09-15T08:48:46.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1967486000646589978",
      "id_str" : "1967495794345511186",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967495794345511186",
      "in_reply_to_status_id" : "1967486000646589978",
      "created_at" : "Mon Sep 15 07:48:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That's a house sparrow! House sparrows nest in gaps under roof tiles and they love a dust bath.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967214251508891757"
          ],
          "editableUntil" : "2025-09-14T14:10:01.000Z",
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
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1967214251508891757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967214251508891757",
      "created_at" : "Sun Sep 14 13:10:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Los vencejos vuelven en mayo. ¡La torre de nidos en el viejo molino estará lista para ellos! 🏗️",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966623110506613487"
          ],
          "editableUntil" : "2025-09-12T23:01:02.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1966582165711356651",
      "id_str" : "1966623110506613487",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966623110506613487",
      "in_reply_to_status_id" : "1966582165711356651",
      "created_at" : "Fri Sep 12 22:01:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a magpie! Magpies are one of the few birds known to recognise themselves in a mirror. They're clever, so put small-bird food in a caged feeder.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966587867041367231"
          ],
          "editableUntil" : "2025-09-12T20:40:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "77",
              "89"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "1966587867041367231",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966587867041367231",
      "created_at" : "Fri Sep 12 19:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Soak dried mealworms before you put them out. Dry ones can dehydrate chicks. #KestrelTips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966528659963514413"
          ],
          "editableUntil" : "2025-09-12T16:45:43.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1966499966733519890",
      "id_str" : "1966528659963514413",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966528659963514413",
      "in_reply_to_status_id" : "1966499966733519890",
      "created_at" : "Fri Sep 12 15:45:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Ivy flowers in October feed the last bees and hoverflies, and Michaelmas daisies keep going into November.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966493973072187298"
          ],
          "editableUntil" : "2025-09-12T14:27:53.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1966472863138843727",
      "id_str" : "1966493973072187298",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966493973072187298",
      "in_reply_to_status_id" : "1966472863138843727",
      "created_at" : "Fri Sep 12 13:27:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Thyme, lavender, marjoram and sedum love wind and poor soil. Add some native wildflowers in the deeper troughs.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966489162732404743"
          ],
          "editableUntil" : "2025-09-12T14:08:46.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1966450696769767788",
      "id_str" : "1966489162732404743",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966489162732404743",
      "in_reply_to_status_id" : "1966450696769767788",
      "created_at" : "Fri Sep 12 13:08:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet They arrive in early May, look up around the church tower at dusk. Welcome to the obsession 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966448004027124261"
          ],
          "editableUntil" : "2025-09-12T11:25:13.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1966410515340201267",
      "id_str" : "1966448004027124261",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966448004027124261",
      "in_reply_to_status_id" : "1966410515340201267",
      "created_at" : "Fri Sep 12 10:25:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a swift! Swifts spend almost their whole life in the air, they even sleep on the wing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966213165666011349"
          ],
          "editableUntil" : "2025-09-11T19:52:03.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/nfaCh2HfTo",
            "expanded_url" : "https://kestrelroost.example/photos/roof-dawn",
            "display_url" : "kestrelroost.example/phot…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "8",
      "id_str" : "1966213165666011349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966213165666011349",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 11 18:52:03 +0000 2025",
      "favorited" : false,
      "full_text" : "https://t.co/nfaCh2HfTo",
      "lang" : "qme"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966124799586862333"
          ],
          "editableUntil" : "2025-09-11T14:00:55.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1966110836745569613",
      "id_str" : "1966124799586862333",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966124799586862333",
      "in_reply_to_status_id" : "1966110836745569613",
      "created_at" : "Thu Sep 11 13:00:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a long-tailed tit! Long-tailed tits huddle together in a row at night to stay warm. They move around in little flocks, if you see one, wait for the other ten.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965481126665781310"
          ],
          "editableUntil" : "2025-09-09T19:23:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelWalk",
            "indices" : [
              "93",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "8",
      "id_str" : "1965481126665781310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965481126665781310",
      "created_at" : "Tue Sep 09 18:23:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Samstag Vogelspaziergang auf Deutsch mit Jonas, 10 Uhr an der Bibliothek. Alle willkommen! 🐦 #KestrelWalk",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964799025742480942"
          ],
          "editableUntil" : "2025-09-07T22:12:46.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "13",
      "id_str" : "1964799025742480942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964799025742480942",
      "created_at" : "Sun Sep 07 21:12:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mira_finch: Rooftop sunset, a cup of tea and 300 starlings going to bed over the canal. Not a bad Tuesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964764001850623768"
          ],
          "editableUntil" : "2025-09-07T19:53:36.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1964754971515421845",
      "id_str" : "1964764001850623768",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964764001850623768",
      "in_reply_to_status_id" : "1964754971515421845",
      "created_at" : "Sun Sep 07 18:53:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Thanks for the heads up. The spare is with Hazel at No. 12 and we're putting a key safe in next week.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964245755471332083"
          ],
          "editableUntil" : "2025-09-06T09:34:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KestrelTips",
            "indices" : [
              "94",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "id_str" : "1964245755471332083",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964245755471332083",
      "created_at" : "Sat Sep 06 08:34:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Tipp: Futterhäuschen einmal pro Woche mit heißem Wasser reinigen. Das schützt die Grünfinken. #KestrelTips",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964099064071456988"
          ],
          "editableUntil" : "2025-09-05T23:51:22.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1964080474916651843",
      "id_str" : "1964099064071456988",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964099064071456988",
      "in_reply_to_status_id" : "1964080474916651843",
      "created_at" : "Fri Sep 05 22:51:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet Bien sûr ! Les enfants sont les meilleurs observateurs. On a même des jumelles plus petites pour eux.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964087264002968499"
          ],
          "editableUntil" : "2025-09-05T23:04:29.000Z",
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
            "name" : "Jonas Brehm",
            "screen_name" : "jonas_im_garten",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1466023391857029121",
            "id" : "1466023391857029121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1964054674261673095",
      "id_str" : "1964087264002968499",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964087264002968499",
      "in_reply_to_status_id" : "1964054674261673095",
      "created_at" : "Fri Sep 05 22:04:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a peregrine! Peregrines are the fastest animals on earth when they dive.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonas_im_garten",
      "in_reply_to_user_id_str" : "1466023391857029121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963924742609833178"
          ],
          "editableUntil" : "2025-09-05T12:18:41.000Z",
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
            "name" : "Mira Castellanos",
            "screen_name" : "mira_finch",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1598203344120815617",
            "id" : "1598203344120815617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1963892408720165039",
      "id_str" : "1963924742609833178",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963924742609833178",
      "in_reply_to_status_id" : "1963892408720165039",
      "created_at" : "Fri Sep 05 11:18:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch El jueves a las 19h en la sala de arriba. Entrada libre, y habrá grabaciones de vencejos 🔊",
      "lang" : "es",
      "in_reply_to_screen_name" : "mira_finch",
      "in_reply_to_user_id_str" : "1598203344120815617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963372690606000843"
          ],
          "editableUntil" : "2025-09-03T23:45:01.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1963329275368704258",
      "id_str" : "1963372690606000843",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963372690606000843",
      "in_reply_to_status_id" : "1963329275368704258",
      "created_at" : "Wed Sep 03 22:45:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet They move around in little flocks, if you see one, wait for the other ten. That's what we're here for 💚",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963308853302528837"
          ],
          "editableUntil" : "2025-09-03T19:31:21.000Z",
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
            "name" : "Lucie Martinet",
            "screen_name" : "lucie_martinet",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1301922871450402816",
            "id" : "1301922871450402816"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1963289039408203196",
      "id_str" : "1963308853302528837",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963308853302528837",
      "in_reply_to_status_id" : "1963289039408203196",
      "created_at" : "Wed Sep 03 18:31:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet That's a long-tailed tit! Long-tailed tits huddle together in a row at night to stay warm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucie_martinet",
      "in_reply_to_user_id_str" : "1301922871450402816"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963239227066287817"
          ],
          "editableUntil" : "2025-09-03T14:54:41.000Z",
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
            "name" : "Dev Raman",
            "screen_name" : "dev_sparrow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1687730195513597952",
            "id" : "1687730195513597952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1963215541833041075",
      "id_str" : "1963239227066287817",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963239227066287817",
      "in_reply_to_status_id" : "1963215541833041075",
      "created_at" : "Wed Sep 03 13:54:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a kestrel! Kestrels can see ultraviolet light, which helps them spot the urine trails of voles. Check the railway embankment, it hovers there most afternoons.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963219344751854171"
          ],
          "editableUntil" : "2025-09-03T13:35:41.000Z",
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
            "name" : "Tobi Okonkwo",
            "screen_name" : "tobi_fixes_bikes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1533877060239339520",
            "id" : "1533877060239339520"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1963180195116748350",
      "id_str" : "1963219344751854171",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963219344751854171",
      "in_reply_to_status_id" : "1963180195116748350",
      "created_at" : "Wed Sep 03 12:35:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That would be brilliant, the chambers are heavy. Can you do Saturday the 7th, 9am at the mill gate?",
      "lang" : "en",
      "in_reply_to_screen_name" : "tobi_fixes_bikes",
      "in_reply_to_user_id_str" : "1533877060239339520"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963145751494397293"
          ],
          "editableUntil" : "2025-09-03T08:43:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SwiftTower",
            "indices" : [
              "87",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1963145751494397293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963145751494397293",
      "created_at" : "Wed Sep 03 07:43:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Swift tower: installation moved to the first week of March because of the scaffolding. #SwiftTower",
      "lang" : "en"
    }
  }
]