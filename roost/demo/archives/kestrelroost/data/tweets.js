window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027826064589195125"
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
      "id_str" : "2027826064589195125",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027826064589195125",
      "created_at" : "Sat Feb 28 19:19:43 +0000 2026",
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
            "2027460116582105271"
          ],
          "editableUntil" : "2026-02-27T20:05:34.000Z",
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
      "favorite_count" : "13",
      "id_str" : "2027460116582105271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027460116582105271",
      "created_at" : "Fri Feb 27 19:05:34 +0000 2026",
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
            "2027235192567893774"
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
      "in_reply_to_status_id_str" : "2027209053664183053",
      "id_str" : "2027235192567893774",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027235192567893774",
      "in_reply_to_status_id" : "2027209053664183053",
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
            "2027195409592879400"
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
      "in_reply_to_status_id_str" : "2027151725918423826",
      "id_str" : "2027195409592879400",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027195409592879400",
      "in_reply_to_status_id" : "2027151725918423826",
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
            "2027133337560416893"
          ],
          "editableUntil" : "2026-02-26T22:27:04.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2027133337560416893",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027133337560416893",
      "created_at" : "Thu Feb 26 21:27:04 +0000 2026",
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
            "2027130632761901713"
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
      "id_str" : "2027130632761901713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027130632761901713",
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
            "2026934865592189324"
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
      "favorite_count" : "13",
      "id_str" : "2026934865592189324",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026934865592189324",
      "created_at" : "Thu Feb 26 08:18:25 +0000 2026",
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
            "2026920523714791271"
          ],
          "editableUntil" : "2026-02-26T08:21:25.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2026920523714791271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026920523714791271",
      "created_at" : "Thu Feb 26 07:21:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a wren on the TV aerial at No. 14 this morning. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026651490116177179"
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
      "in_reply_to_status_id_str" : "2026641805469682603",
      "id_str" : "2026651490116177179",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026651490116177179",
      "in_reply_to_status_id" : "2026641805469682603",
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
            "2026631357769320355"
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
      "in_reply_to_status_id_str" : "2026608679170738761",
      "id_str" : "2026631357769320355",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026631357769320355",
      "in_reply_to_status_id" : "2026608679170738761",
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
            "2026606543952677628"
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
      "id_str" : "2026606543952677628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026606543952677628",
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
            "2025673543185596827"
          ],
          "editableUntil" : "2026-02-22T21:46:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
            "url" : "https://t.co/SktMD4Y2Nz",
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
      "favorite_count" : "2",
      "id_str" : "2025673543185596827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025673543185596827",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 22 20:46:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Swift tower update and how you can help: https://t.co/SktMD4Y2Nz #SwiftTower",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024900986801359631"
          ],
          "editableUntil" : "2026-02-20T18:36:30.000Z",
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
      "favorite_count" : "13",
      "id_str" : "2024900986801359631",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024900986801359631",
      "created_at" : "Fri Feb 20 17:36:30 +0000 2026",
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
            "2024783803502822136"
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
      "favorite_count" : "8",
      "id_str" : "2024783803502822136",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2024783803502822136",
      "created_at" : "Fri Feb 20 09:50:52 +0000 2026",
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
            "2023709918935518297"
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
      "in_reply_to_status_id_str" : "2023679128551296576",
      "id_str" : "2023709918935518297",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023709918935518297",
      "in_reply_to_status_id" : "2023679128551296576",
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
            "2023518989961134508"
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
      "in_reply_to_status_id_str" : "2023514627885369894",
      "id_str" : "2023518989961134508",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023518989961134508",
      "in_reply_to_status_id" : "2023514627885369894",
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
            "2023501109642790034"
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
      "id_str" : "2023501109642790034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023501109642790034",
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
            "2023291324888909255"
          ],
          "editableUntil" : "2026-02-16T08:00:17.000Z",
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
        "73"
      ],
      "favorite_count" : "8",
      "id_str" : "2023291324888909255",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2023291324888909255",
      "created_at" : "Mon Feb 16 07:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "From the roof: a long-tailed tit in the ivy on the old mill around 7am. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022692354013528641"
          ],
          "editableUntil" : "2026-02-14T16:20:11.000Z",
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
        "121"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2022647781144793057",
      "id_str" : "2022692354013528641",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022692354013528641",
      "in_reply_to_status_id" : "2022647781144793057",
      "created_at" : "Sat Feb 14 15:20:11 +0000 2026",
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
            "2022615543889660590"
          ],
          "editableUntil" : "2026-02-14T11:14:58.000Z",
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "2022615543889660590",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022615543889660590",
      "created_at" : "Sat Feb 14 10:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Just now: a magpie by the water butts at dusk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022360200821342685"
          ],
          "editableUntil" : "2026-02-13T18:20:20.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2022360200821342685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022360200821342685",
      "created_at" : "Fri Feb 13 17:20:20 +0000 2026",
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
            "2022349329865508080"
          ],
          "editableUntil" : "2026-02-13T17:37:08.000Z",
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
        "125"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2022333467006599497",
      "id_str" : "2022349329865508080",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022349329865508080",
      "in_reply_to_status_id" : "2022333467006599497",
      "created_at" : "Fri Feb 13 16:37:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Goldfinches have fine beaks made for teasing seeds out of teasels and thistles. That's what we're here for 💚",
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
            "2022317818060737892"
          ],
          "editableUntil" : "2026-02-13T15:31:55.000Z",
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
        "107"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2022301678376324972",
      "id_str" : "2022317818060737892",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022317818060737892",
      "in_reply_to_status_id" : "2022301678376324972",
      "created_at" : "Fri Feb 13 14:31:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Definitely a goldfinch. A group of goldfinches is called a charm, which seems about right.",
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
            "2022057964806081788"
          ],
          "editableUntil" : "2026-02-12T22:19:21.000Z",
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
        "58"
      ],
      "favorite_count" : "5",
      "id_str" : "2022057964806081788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022057964806081788",
      "created_at" : "Thu Feb 12 21:19:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Look up! a black redstart by the water butts at lunchtime.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021684270655212602"
          ],
          "editableUntil" : "2026-02-11T21:34:25.000Z",
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
            "url" : "https://t.co/pwrUSynbrB",
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
      "favorite_count" : "0",
      "id_str" : "2021684270655212602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021684270655212602",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 11 20:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Seed swap list for the spring, add yours: https://t.co/pwrUSynbrB #RoofGarden",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021681142667415170"
          ],
          "editableUntil" : "2026-02-11T21:22:00.000Z",
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
        "140"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2021648188021539755",
      "id_str" : "2021681142667415170",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021681142667415170",
      "in_reply_to_status_id" : "2021648188021539755",
      "created_at" : "Wed Feb 11 20:22:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@hazel_nests Sounds like a house sparrow. They live in little colonies, so where there's one, there are usually a dozen chatting in a hedge.",
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
            "2021346593944243575"
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
      "in_reply_to_status_id_str" : "2021313366666510696",
      "id_str" : "2021346593944243575",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021346593944243575",
      "in_reply_to_status_id" : "2021313366666510696",
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
            "2021276800725420566"
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
      "in_reply_to_status_id_str" : "2021268646995037922",
      "id_str" : "2021276800725420566",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021276800725420566",
      "in_reply_to_status_id" : "2021268646995037922",
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
            "2020842874908573809"
          ],
          "editableUntil" : "2026-02-09T13:51:01.000Z",
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
            "url" : "https://t.co/R21JTDw1ak",
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
      "favorite_count" : "0",
      "id_str" : "2020842874908573809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020842874908573809",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 09 12:51:01 +0000 2026",
      "favorited" : false,
      "full_text" : "A guide to bird song for complete beginners, recorded on our own roof: https://t.co/R21JTDw1ak",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020574588334378820"
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
      "in_reply_to_status_id_str" : "2020573422320091782",
      "id_str" : "2020574588334378820",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020574588334378820",
      "in_reply_to_status_id" : "2020573422320091782",
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
            "2020538851605742676"
          ],
          "editableUntil" : "2026-02-08T17:42:56.000Z",
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
      "id_str" : "2020538851605742676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020538851605742676",
      "created_at" : "Sun Feb 08 16:42:56 +0000 2026",
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
            "2020036753097887636"
          ],
          "editableUntil" : "2026-02-07T08:27:47.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020006554107776521",
      "id_str" : "2020036753097887636",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2020036753097887636",
      "in_reply_to_status_id" : "2020006554107776521",
      "created_at" : "Sat Feb 07 07:27:47 +0000 2026",
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
            "2019724244915194036"
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
        "101"
      ],
      "favorite_count" : "8",
      "id_str" : "2019724244915194036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019724244915194036",
      "created_at" : "Fri Feb 06 10:45:59 +0000 2026",
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
            "2019573570339736325"
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
      "in_reply_to_status_id_str" : "2019546269613297502",
      "id_str" : "2019573570339736325",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019573570339736325",
      "in_reply_to_status_id" : "2019546269613297502",
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
            "2019529005859212815"
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
      "in_reply_to_status_id_str" : "2019515294679696492",
      "id_str" : "2019529005859212815",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019529005859212815",
      "in_reply_to_status_id" : "2019515294679696492",
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
            "2019420115642353962"
          ],
          "editableUntil" : "2026-02-05T15:37:29.000Z",
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
        "187"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2019396573015048305",
      "id_str" : "2019420115642353962",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019420115642353962",
      "in_reply_to_status_id" : "2019396573015048305",
      "created_at" : "Thu Feb 05 14:37:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucie_martinet A long-tailed tit, I'm fairly sure! Their nest is a ball of moss, cobwebs and up to two thousand feathers. Long-tailed tits huddle together in a row at night to stay warm.",
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
            "2018679675409010064"
          ],
          "editableUntil" : "2026-02-03T14:35:14.000Z",
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "2018679675409010064",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2018679675409010064",
      "created_at" : "Tue Feb 03 13:35:14 +0000 2026",
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
            "2018435682504672703"
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
      "favorite_count" : "1",
      "id_str" : "2018435682504672703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018435682504672703",
      "created_at" : "Mon Feb 02 21:25:42 +0000 2026",
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
            "2018407885292963288"
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
      "id_str" : "2018407885292963288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018407885292963288",
      "created_at" : "Mon Feb 02 19:35:14 +0000 2026",
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
            "2018236171846025673"
          ],
          "editableUntil" : "2026-02-02T09:12:55.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2018236171846025673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018236171846025673",
      "created_at" : "Mon Feb 02 08:12:55 +0000 2026",
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
            "2017901592765793647"
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
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "2017901592765793647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017901592765793647",
      "created_at" : "Sun Feb 01 10:03:25 +0000 2026",
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
            "2017875172337780555"
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
      "in_reply_to_status_id_str" : "2017856977448207160",
      "id_str" : "2017875172337780555",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017875172337780555",
      "in_reply_to_status_id" : "2017856977448207160",
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
            "2017384497482173362"
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
      "in_reply_to_status_id_str" : "2017349542153552312",
      "id_str" : "2017384497482173362",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017384497482173362",
      "in_reply_to_status_id" : "2017349542153552312",
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
            "2017314159005009932"
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
      "in_reply_to_status_id_str" : "2017295163000882830",
      "id_str" : "2017314159005009932",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017314159005009932",
      "in_reply_to_status_id" : "2017295163000882830",
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
            "2017306063797094227"
          ],
          "editableUntil" : "2026-01-30T19:37:00.000Z",
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
      "id_str" : "2017306063797094227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017306063797094227",
      "created_at" : "Fri Jan 30 18:37:00 +0000 2026",
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
            "2017089527477961276"
          ],
          "editableUntil" : "2026-01-30T05:16:33.000Z",
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
        "156"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2017049157300650483",
      "id_str" : "2017089527477961276",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017089527477961276",
      "in_reply_to_status_id" : "2017049157300650483",
      "created_at" : "Fri Jan 30 04:16:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Chaffinches have regional song dialects, birds across town sing slightly differently. Bring it up on Saturday's walk, we'll look together.",
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
            "2017016773077632526"
          ],
          "editableUntil" : "2026-01-30T00:27:27.000Z",
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
        "130"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2016980202941712291",
      "id_str" : "2017016773077632526",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017016773077632526",
      "in_reply_to_status_id" : "2016980202941712291",
      "created_at" : "Thu Jan 29 23:27:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Sounds like a chaffinch. Their song ends with a little flourish, like a bowler's run-up and the ball at the end.",
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
            "2016991614828940872"
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
      "in_reply_to_status_id_str" : "2016968177057400313",
      "id_str" : "2016991614828940872",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016991614828940872",
      "in_reply_to_status_id" : "2016968177057400313",
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
            "2016261312692618558"
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
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "2016261312692618558",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016261312692618558",
      "created_at" : "Tue Jan 27 21:25:31 +0000 2026",
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
            "2015354477810942472"
          ],
          "editableUntil" : "2026-01-25T10:22:05.000Z",
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
              "59",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "id_str" : "2015354477810942472",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2015354477810942472",
      "created_at" : "Sun Jan 25 09:22:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Sighting: a blue tit by the water butts yesterday evening. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014831931926776134"
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
      "in_reply_to_status_id_str" : "2014818052976150355",
      "id_str" : "2014831931926776134",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014831931926776134",
      "in_reply_to_status_id" : "2014818052976150355",
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
            "2014789172938016150"
          ],
          "editableUntil" : "2026-01-23T20:55:46.000Z",
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
        "221"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2014783779063991187",
      "id_str" : "2014789172938016150",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014789172938016150",
      "in_reply_to_status_id" : "2014783779063991187",
      "created_at" : "Fri Jan 23 19:55:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@hazel_nests A black redstart, I'm fairly sure! Fewer than a hundred pairs breed in the whole country, so this one is a real treat. Black redstarts love industrial rooftops and building sites, they are rare breeders here.",
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
            "2014773354277635656"
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
      "in_reply_to_status_id_str" : "2014770409875048833",
      "id_str" : "2014773354277635656",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014773354277635656",
      "in_reply_to_status_id" : "2014770409875048833",
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
            "2014707513291050649"
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
      "in_reply_to_status_id_str" : "2014671404530666065",
      "id_str" : "2014707513291050649",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014707513291050649",
      "in_reply_to_status_id" : "2014671404530666065",
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
            "2013545041648418888"
          ],
          "editableUntil" : "2026-01-20T10:32:02.000Z",
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
        "209"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2013507552957172186",
      "id_str" : "2013545041648418888",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013545041648418888",
      "in_reply_to_status_id" : "2013507552957172186",
      "created_at" : "Tue Jan 20 09:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@hazel_nests Sounds like a swift. A young swift can fly non-stop for two or three years before it lands to nest for the first time. Swifts spend almost their whole life in the air, they even sleep on the wing.",
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
            "2013514496335544537"
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
      "favorite_count" : "1",
      "id_str" : "2013514496335544537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013514496335544537",
      "created_at" : "Tue Jan 20 07:30:39 +0000 2026",
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
            "2012825259279649943"
          ],
          "editableUntil" : "2026-01-18T10:51:52.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2012820595216220335",
      "id_str" : "2012825259279649943",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012825259279649943",
      "in_reply_to_status_id" : "2012820595216220335",
      "created_at" : "Sun Jan 18 09:51:52 +0000 2026",
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
            "2011862152086159943"
          ],
          "editableUntil" : "2026-01-15T19:04:50.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2011831953095919879",
      "id_str" : "2011862152086159943",
      "in_reply_to_user_id" : "2839154460",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2011862152086159943",
      "in_reply_to_status_id" : "2011831953095919879",
      "created_at" : "Thu Jan 15 18:04:50 +0000 2026",
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
            "2011355335107019935"
          ],
          "editableUntil" : "2026-01-14T09:30:55.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2011355335107019935",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2011355335107019935",
      "created_at" : "Wed Jan 14 08:30:55 +0000 2026",
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
            "2011051400686601962"
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
      "in_reply_to_status_id_str" : "2011035751737069003",
      "id_str" : "2011051400686601962",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011051400686601962",
      "in_reply_to_status_id" : "2011035751737069003",
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
            "2010993351517667774"
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
      "in_reply_to_status_id_str" : "2010972149308850904",
      "id_str" : "2010993351517667774",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010993351517667774",
      "in_reply_to_status_id" : "2010972149308850904",
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
            "2010845315628533450"
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
      "in_reply_to_status_id_str" : "2010843650490239826",
      "id_str" : "2010845315628533450",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010845315628533450",
      "in_reply_to_status_id" : "2010843650490239826",
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
            "2010822339614998797"
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
            "url" : "https://t.co/GqU0LBZA7C",
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
      "id_str" : "2010822339614998797",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010822339614998797",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 12 21:12:59 +0000 2026",
      "favorited" : false,
      "full_text" : "https://t.co/GqU0LBZA7C",
      "lang" : "qme"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010821361959046421"
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
      "in_reply_to_status_id_str" : "2010802269488285752",
      "id_str" : "2010821361959046421",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010821361959046421",
      "in_reply_to_status_id" : "2010802269488285752",
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
            "2008990017484096293"
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
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "2008990017484096293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008990017484096293",
      "created_at" : "Wed Jan 07 19:52:00 +0000 2026",
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
            "2008745895199769423"
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
      "in_reply_to_status_id_str" : "2008710595936518422",
      "id_str" : "2008745895199769423",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008745895199769423",
      "in_reply_to_status_id" : "2008710595936518422",
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
            "2008684721274489345"
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
      "in_reply_to_status_id_str" : "2008646435670461582",
      "id_str" : "2008684721274489345",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008684721274489345",
      "in_reply_to_status_id" : "2008646435670461582",
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
            "2008531714112359135"
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
      "in_reply_to_status_id_str" : "2008523698797545138",
      "id_str" : "2008531714112359135",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2008531714112359135",
      "in_reply_to_status_id" : "2008523698797545138",
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
            "2008438349425804210"
          ],
          "editableUntil" : "2026-01-06T08:19:52.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2008438349425804210",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2008438349425804210",
      "created_at" : "Tue Jan 06 07:19:52 +0000 2026",
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
            "2008255050588491050"
          ],
          "editableUntil" : "2026-01-05T20:11:30.000Z",
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
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "2008255050588491050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008255050588491050",
      "created_at" : "Mon Jan 05 19:11:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a swift in the churchyard yew at dusk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007720668077100827"
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
      "favorite_count" : "1",
      "id_str" : "2007720668077100827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2007720668077100827",
      "created_at" : "Sun Jan 04 07:48:03 +0000 2026",
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
            "2007161468483799417"
          ],
          "editableUntil" : "2026-01-02T19:46:00.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2007161468483799417",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2007161468483799417",
      "created_at" : "Fri Jan 02 18:46:00 +0000 2026",
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
            "2006873761468908616"
          ],
          "editableUntil" : "2026-01-02T00:42:45.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2006873761468908616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006873761468908616",
      "created_at" : "Thu Jan 01 23:42:45 +0000 2026",
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
            "2006713169834017592"
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
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "2006713169834017592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006713169834017592",
      "created_at" : "Thu Jan 01 13:04:37 +0000 2026",
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
            "2006506412694045493"
          ],
          "editableUntil" : "2026-01-01T00:23:02.000Z",
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
        "132"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2006493481654421536",
      "id_str" : "2006506412694045493",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006506412694045493",
      "in_reply_to_status_id" : "2006493481654421536",
      "created_at" : "Wed Dec 31 23:23:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Collared doves only arrived in this country in the 1950s and now they're everywhere. Post a photo if it comes back!",
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
            "2006458136254877271"
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
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2006425219355381072",
      "id_str" : "2006458136254877271",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006458136254877271",
      "in_reply_to_status_id" : "2006425219355381072",
      "created_at" : "Wed Dec 31 20:11:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten A collared dove, I'm fairly sure! They can breed almost all year round, which is how they spread so fast.",
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
            "2005976977156341873"
          ],
          "editableUntil" : "2025-12-30T13:19:15.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2005976977156341873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005976977156341873",
      "created_at" : "Tue Dec 30 12:19:15 +0000 2025",
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
            "2005754607944469093"
          ],
          "editableUntil" : "2025-12-29T22:35:38.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2005724408955535648",
      "id_str" : "2005754607944469093",
      "in_reply_to_user_id" : "1409988012350734336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005754607944469093",
      "in_reply_to_status_id" : "2005724408955535648",
      "created_at" : "Mon Dec 29 21:35:38 +0000 2025",
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
            "2005090998778593621"
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
      "in_reply_to_status_id_str" : "2005050221755106952",
      "id_str" : "2005090998778593621",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005090998778593621",
      "in_reply_to_status_id" : "2005050221755106952",
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
            "2005005929905390789"
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
      "in_reply_to_status_id_str" : "2005003270719539131",
      "id_str" : "2005005929905390789",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005005929905390789",
      "in_reply_to_status_id" : "2005003270719539131",
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
            "2004632806489327626"
          ],
          "editableUntil" : "2025-12-26T20:18:00.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2004632806489327626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004632806489327626",
      "created_at" : "Fri Dec 26 19:18:00 +0000 2025",
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
            "2004126320160540560"
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
      "in_reply_to_status_id_str" : "2004104488806911787",
      "id_str" : "2004126320160540560",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2004126320160540560",
      "in_reply_to_status_id" : "2004104488806911787",
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
            "2003904496603236284"
          ],
          "editableUntil" : "2025-12-24T20:03:57.000Z",
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
              "64",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "id_str" : "2003904496603236284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003904496603236284",
      "created_at" : "Wed Dec 24 19:03:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Just now: a house sparrow on the roof garden yesterday evening. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003762832670589695"
          ],
          "editableUntil" : "2025-12-24T10:41:02.000Z",
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
        "80"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2003732633680482052",
      "id_str" : "2003762832670589695",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003762832670589695",
      "in_reply_to_status_id" : "2003732633680482052",
      "created_at" : "Wed Dec 24 09:41:02 +0000 2025",
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
            "2003458934925557896"
          ],
          "editableUntil" : "2025-12-23T14:33:27.000Z",
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
        "106"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2003433551000633722",
      "id_str" : "2003458934925557896",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003458934925557896",
      "in_reply_to_status_id" : "2003433551000633722",
      "created_at" : "Tue Dec 23 13:33:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Dunnocks look like sparrows but have a thin, insect-eating beak. That's what we're here for 💚",
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
            "2003409442138097118"
          ],
          "editableUntil" : "2025-12-23T11:16:47.000Z",
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
        "126"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2003378605615875277",
      "id_str" : "2003409442138097118",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003409442138097118",
      "in_reply_to_status_id" : "2003378605615875277",
      "created_at" : "Tue Dec 23 10:16:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Sounds like a dunnock. They have a surprisingly complicated family life, often with two males sharing one female.",
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
            "2003389692569059717"
          ],
          "editableUntil" : "2025-12-23T09:58:18.000Z",
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
      "favorite_count" : "13",
      "id_str" : "2003389692569059717",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2003389692569059717",
      "created_at" : "Tue Dec 23 08:58:18 +0000 2025",
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
            "2003202386113202473"
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
        "91"
      ],
      "favorite_count" : "8",
      "id_str" : "2003202386113202473",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2003202386113202473",
      "created_at" : "Mon Dec 22 20:34:01 +0000 2025",
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
            "2002665086502307898"
          ],
          "editableUntil" : "2025-12-21T09:58:58.000Z",
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
              "64",
              "74"
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
      "favorite_count" : "13",
      "id_str" : "2002665086502307898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2002665086502307898",
      "created_at" : "Sun Dec 21 08:58:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a greenfinch in the hawthorn by the bus stop just now. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002002938244107330"
          ],
          "editableUntil" : "2025-12-19T14:07:50.000Z",
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
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2002001877085193039",
      "id_str" : "2002002938244107330",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2002002938244107330",
      "in_reply_to_status_id" : "2002001877085193039",
      "created_at" : "Fri Dec 19 13:07:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet Sounds like a magpie. They collect twigs for huge domed nests, and a pair often reuses the same tree for years.",
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
            "2000113445031641682"
          ],
          "editableUntil" : "2025-12-14T08:59:40.000Z",
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
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "2000113445031641682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000113445031641682",
      "created_at" : "Sun Dec 14 07:59:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Look up! a chaffinch in the churchyard yew at dusk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999569132639096781"
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
        "101"
      ],
      "favorite_count" : "8",
      "id_str" : "1999569132639096781",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999569132639096781",
      "created_at" : "Fri Dec 12 19:56:46 +0000 2025",
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
            "1999541005319408597"
          ],
          "editableUntil" : "2025-12-12T19:05:00.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1999541005319408597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999541005319408597",
      "created_at" : "Fri Dec 12 18:05:00 +0000 2025",
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
            "1998885125813308871"
          ],
          "editableUntil" : "2025-12-10T23:38:46.000Z",
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
        "101"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1998879878739526107",
      "id_str" : "1998885125813308871",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1998885125813308871",
      "in_reply_to_status_id" : "1998879878739526107",
      "created_at" : "Wed Dec 10 22:38:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Unsalted peanuts on a tray bring them in, but they are shy. That's what we're here for 💚",
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
            "1998874665218212447"
          ],
          "editableUntil" : "2025-12-10T22:57:12.000Z",
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
      "in_reply_to_status_id_str" : "1998844474617892448",
      "id_str" : "1998874665218212447",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998874665218212447",
      "in_reply_to_status_id" : "1998844474617892448",
      "created_at" : "Wed Dec 10 21:57:12 +0000 2025",
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
            "1998847652795256127"
          ],
          "editableUntil" : "2025-12-10T21:09:51.000Z",
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
        "216"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1998813125284069853",
      "id_str" : "1998847652795256127",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998847652795256127",
      "in_reply_to_status_id" : "1998813125284069853",
      "created_at" : "Wed Dec 10 20:09:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow A blue tit, I'm fairly sure! They time their nesting so the chicks hatch right when the oak caterpillars are at their peak. Blue tits weigh about as much as a pound coin and still raise up to ten chicks.",
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
            "1998806121815213575"
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
      "favorite_count" : "13",
      "id_str" : "1998806121815213575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998806121815213575",
      "created_at" : "Wed Dec 10 17:24:50 +0000 2025",
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
            "1998472016504161692"
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
      "favorite_count" : "1",
      "id_str" : "1998472016504161692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998472016504161692",
      "created_at" : "Tue Dec 09 19:17:13 +0000 2025",
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
            "1998310096341041910"
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
      "favorite_count" : "3",
      "id_str" : "1998310096341041910",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998310096341041910",
      "created_at" : "Tue Dec 09 08:33:48 +0000 2025",
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
            "1998121428109100597"
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
      "id_str" : "1998121428109100597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998121428109100597",
      "created_at" : "Mon Dec 08 20:04:06 +0000 2025",
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
            "1997522196979911850"
          ],
          "editableUntil" : "2025-12-07T05:22:58.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1997522196979911850",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997522196979911850",
      "created_at" : "Sun Dec 07 04:22:58 +0000 2025",
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
            "1996998292359481377"
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
      "favorite_count" : "0",
      "id_str" : "1996998292359481377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996998292359481377",
      "created_at" : "Fri Dec 05 17:41:09 +0000 2025",
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
            "1996671407753266088"
          ],
          "editableUntil" : "2025-12-04T21:02:14.000Z",
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
      "in_reply_to_status_id_str" : "1996659307187798879",
      "id_str" : "1996671407753266088",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996671407753266088",
      "in_reply_to_status_id" : "1996659307187798879",
      "created_at" : "Thu Dec 04 20:02:14 +0000 2025",
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
            "1996560348418411693"
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
      "in_reply_to_status_id_str" : "1996520468977290607",
      "id_str" : "1996560348418411693",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996560348418411693",
      "in_reply_to_status_id" : "1996520468977290607",
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
            "1996448118535619398"
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
      "in_reply_to_status_id_str" : "1996413574247874664",
      "id_str" : "1996448118535619398",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996448118535619398",
      "in_reply_to_status_id" : "1996413574247874664",
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
            "1996370167397352077"
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
      "in_reply_to_status_id_str" : "1996333723088062291",
      "id_str" : "1996370167397352077",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996370167397352077",
      "in_reply_to_status_id" : "1996333723088062291",
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
            "1995927411889539329"
          ],
          "editableUntil" : "2025-12-02T19:45:52.000Z",
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
              "63",
              "73"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "id_str" : "1995927411889539329",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995927411889539329",
      "created_at" : "Tue Dec 02 18:45:52 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a peregrine at the feeder by the lift just now. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994741458090591248"
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
      "favorite_count" : "2",
      "id_str" : "1994741458090591248",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994741458090591248",
      "created_at" : "Sat Nov 29 12:13:18 +0000 2025",
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
            "1994472356707698536"
          ],
          "editableUntil" : "2025-11-28T19:24:00.000Z",
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
      "favorite_count" : "13",
      "id_str" : "1994472356707698536",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994472356707698536",
      "created_at" : "Fri Nov 28 18:24:00 +0000 2025",
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
            "1994339947313235836"
          ],
          "editableUntil" : "2025-11-28T10:37:51.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1994339947313235836",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994339947313235836",
      "created_at" : "Fri Nov 28 09:37:51 +0000 2025",
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
            "1994066873167905203"
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
      "in_reply_to_status_id_str" : "1994034283425301371",
      "id_str" : "1994066873167905203",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994066873167905203",
      "in_reply_to_status_id" : "1994034283425301371",
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
            "1994020458362961966"
          ],
          "editableUntil" : "2025-11-27T13:28:19.000Z",
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
            "url" : "https://t.co/MpLoTG2JY9",
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
      "favorite_count" : "0",
      "id_str" : "1994020458362961966",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994020458362961966",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 27 12:28:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Lovely piece in the local paper about the roof garden 🌻 https://t.co/MpLoTG2JY9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994005980264137131"
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
      "in_reply_to_status_id_str" : "1993978482405147522",
      "id_str" : "1994005980264137131",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994005980264137131",
      "in_reply_to_status_id" : "1993978482405147522",
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
            "1993773599624399603"
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
        "179"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1993759318016658749",
      "id_str" : "1993773599624399603",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993773599624399603",
      "in_reply_to_status_id" : "1993759318016658749",
      "created_at" : "Wed Nov 26 20:07:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes That's a house sparrow! House sparrows nest in gaps under roof tiles and they love a dust bath. Leave a patch of dry soil in a sunny corner and watch them bathe.",
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
            "1993658037492649967"
          ],
          "editableUntil" : "2025-11-26T13:28:11.000Z",
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
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1993658037492649967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993658037492649967",
      "created_at" : "Wed Nov 26 12:28:11 +0000 2025",
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
            "1993052014926759004"
          ],
          "editableUntil" : "2025-11-24T21:20:04.000Z",
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
              "61",
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
      "favorite_count" : "8",
      "id_str" : "1993052014926759004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993052014926759004",
      "created_at" : "Mon Nov 24 20:20:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a collared dove on the library gutter this morning. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992921669450991472"
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
      "in_reply_to_status_id_str" : "1992906909697573476",
      "id_str" : "1992921669450991472",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992921669450991472",
      "in_reply_to_status_id" : "1992906909697573476",
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
            "1992888165534532699"
          ],
          "editableUntil" : "2025-11-24T10:28:59.000Z",
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
        "110"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1992857786191577534",
      "id_str" : "1992888165534532699",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992888165534532699",
      "in_reply_to_status_id" : "1992857786191577534",
      "created_at" : "Mon Nov 24 09:28:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a robin! Robins sing all winter long because they hold territories even in the cold months.",
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
            "1992783283925157122"
          ],
          "editableUntil" : "2025-11-24T03:32:13.000Z",
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
        "94"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1992760139756210049",
      "id_str" : "1992783283925157122",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992783283925157122",
      "in_reply_to_status_id" : "1992760139756210049",
      "created_at" : "Mon Nov 24 02:32:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow The width of that black stripe tells you a lot: males have a broad one. Any time!",
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
            "1992737712812458972"
          ],
          "editableUntil" : "2025-11-24T00:31:08.000Z",
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
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1992699792106980091",
      "id_str" : "1992737712812458972",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992737712812458972",
      "in_reply_to_status_id" : "1992699792106980091",
      "created_at" : "Sun Nov 23 23:31:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Definitely a great tit. They have dozens of different calls, and a sharp 'chink' usually means a predator is near.",
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
            "1991980522139684541"
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
            "url" : "https://t.co/BQJ5Fr0rID",
            "expanded_url" : "https://twitter.com/i/web/status/1991980522139684541",
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
      "favorite_count" : "13",
      "id_str" : "1991980522139684541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991980522139684541",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 21 21:22:20 +0000 2025",
      "favorited" : false,
      "full_text" : "A year of Kestrel Street Roost. When we started, it was three of us and a bird feeder on the roof. Now there are more than a hundred of us, a garden that feeds bees from March to November, six new nest boxes on the street, a bike repair night, a seed swap, and a swift… https://t.co/BQJ5Fr0rID",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991937151597284054"
          ],
          "editableUntil" : "2025-11-21T19:30:00.000Z",
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
      "id_str" : "1991937151597284054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991937151597284054",
      "created_at" : "Fri Nov 21 18:30:00 +0000 2025",
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
            "1991852937345368520"
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
      "in_reply_to_status_id_str" : "1991810562292451444",
      "id_str" : "1991852937345368520",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991852937345368520",
      "in_reply_to_status_id" : "1991810562292451444",
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
            "1991566722278360149"
          ],
          "editableUntil" : "2025-11-20T18:58:02.000Z",
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
        "171"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1991556748221351300",
      "id_str" : "1991566722278360149",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1991566722278360149",
      "in_reply_to_status_id" : "1991556748221351300",
      "created_at" : "Thu Nov 20 17:58:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet Definitely a grey wagtail. It catches tiny flies over the water with quick little jumps. Despite the name, grey wagtails are the yellowest of our wagtails.",
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
            "1991530386863031949"
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
      "id_str" : "1991530386863031949",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991530386863031949",
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
            "1991492424218051234"
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
      "id_str" : "1991492424218051234",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991492424218051234",
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
            "1991454285298795852"
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
      "in_reply_to_status_id_str" : "1991412757492534426",
      "id_str" : "1991454285298795852",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991454285298795852",
      "in_reply_to_status_id" : "1991412757492534426",
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
            "1991198202929219591"
          ],
          "editableUntil" : "2025-11-19T18:33:40.000Z",
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
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1991197603142306953",
      "id_str" : "1991198202929219591",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991198202929219591",
      "in_reply_to_status_id" : "1991197603142306953",
      "created_at" : "Wed Nov 19 17:33:40 +0000 2025",
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
            "1991197603142306953"
          ],
          "editableUntil" : "2025-11-19T18:31:17.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1991197603142306953",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1991197603142306953",
      "created_at" : "Wed Nov 19 17:31:17 +0000 2025",
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
            "1990417015517217505"
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
      "in_reply_to_status_id_str" : "1990403333699273534",
      "id_str" : "1990417015517217505",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990417015517217505",
      "in_reply_to_status_id" : "1990403333699273534",
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
            "1990176999334085573"
          ],
          "editableUntil" : "2025-11-16T22:55:46.000Z",
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
        "208"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1990175267086274373",
      "id_str" : "1990176999334085573",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990176999334085573",
      "in_reply_to_status_id" : "1990175267086274373",
      "created_at" : "Sun Nov 16 21:55:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Definitely a kestrel. It holds its head perfectly still while hovering, even in a strong wind. Lovely to watch. Kestrels can see ultraviolet light, which helps them spot the urine trails of voles.",
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
            "1989799148154783083"
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
      "favorite_count" : "13",
      "id_str" : "1989799148154783083",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989799148154783083",
      "created_at" : "Sat Nov 15 20:54:20 +0000 2025",
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
            "1989406272774736551"
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
      "favorite_count" : "5",
      "id_str" : "1989406272774736551",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989406272774736551",
      "created_at" : "Fri Nov 14 18:53:11 +0000 2025",
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
            "1989083418702907748"
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
      "in_reply_to_status_id_str" : "1989056847787461344",
      "id_str" : "1989083418702907748",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989083418702907748",
      "in_reply_to_status_id" : "1989056847787461344",
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
            "1987983664031991757"
          ],
          "editableUntil" : "2025-11-10T21:40:15.000Z",
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
        "125"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1987958380768791744",
      "id_str" : "1987983664031991757",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987983664031991757",
      "in_reply_to_status_id" : "1987958380768791744",
      "created_at" : "Mon Nov 10 20:40:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten A single jay can bury thousands of acorns in autumn and remembers most of them. That's what we're here for 💚",
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
            "1987931658855779824"
          ],
          "editableUntil" : "2025-11-10T18:13:36.000Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1987930220210949922",
      "id_str" : "1987931658855779824",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987931658855779824",
      "in_reply_to_status_id" : "1987930220210949922",
      "created_at" : "Mon Nov 10 17:13:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Definitely a jay. It's actually a member of the crow family, just a very colourful one.",
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
            "1987858995698599113"
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
      "in_reply_to_status_id_str" : "1987815676925708411",
      "id_str" : "1987858995698599113",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987858995698599113",
      "in_reply_to_status_id" : "1987815676925708411",
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
            "1987516866021426529"
          ],
          "editableUntil" : "2025-11-09T14:45:21.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1987486667035378192",
      "id_str" : "1987516866021426529",
      "in_reply_to_user_id" : "2839154460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987516866021426529",
      "in_reply_to_status_id" : "1987486667035378192",
      "created_at" : "Sun Nov 09 13:45:21 +0000 2025",
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
            "1987207507825527369"
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
      "in_reply_to_status_id_str" : "1987197206614114338",
      "id_str" : "1987207507825527369",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987207507825527369",
      "in_reply_to_status_id" : "1987197206614114338",
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
            "1987167401890153244"
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
      "in_reply_to_status_id_str" : "1987152138819077124",
      "id_str" : "1987167401890153244",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1987167401890153244",
      "in_reply_to_status_id" : "1987152138819077124",
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
            "1986904938529951207"
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
      "in_reply_to_status_id_str" : "1986903965451027685",
      "id_str" : "1986904938529951207",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986904938529951207",
      "in_reply_to_status_id" : "1986903965451027685",
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
            "1986868292032790601"
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
      "favorite_count" : "13",
      "id_str" : "1986868292032790601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1986868292032790601",
      "created_at" : "Fri Nov 07 18:48:09 +0000 2025",
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
            "1986862211528002209"
          ],
          "editableUntil" : "2025-11-07T19:24:00.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1986862211528002209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986862211528002209",
      "created_at" : "Fri Nov 07 18:24:00 +0000 2025",
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
            "1986529237996275049"
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
      "favorite_count" : "1",
      "id_str" : "1986529237996275049",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1986529237996275049",
      "created_at" : "Thu Nov 06 20:20:52 +0000 2025",
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
            "1986184279729768077"
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
      "id_str" : "1986184279729768077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986184279729768077",
      "created_at" : "Wed Nov 05 21:30:08 +0000 2025",
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
            "1985685022620779166"
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
            "url" : "https://t.co/YCiBSt6MVh",
            "expanded_url" : "https://twitter.com/i/web/status/1985685022620779166",
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
      "id_str" : "1985685022620779166",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1985685022620779166",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 04 12:26:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Some house rules for the roof garden, because we keep getting asked: it's open to everyone in the building from 8am to 9pm. Please close the roof door behind you, it slams in the wind. No pesticides, no slug pellets. Water the troughs on your rota day. Feeders get cleaned… https://t.co/YCiBSt6MVh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984918511940142339"
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
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1984918511940142339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984918511940142339",
      "created_at" : "Sun Nov 02 09:40:25 +0000 2025",
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
            "1984634615602741977"
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
      "in_reply_to_status_id_str" : "1984595361110296500",
      "id_str" : "1984634615602741977",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984634615602741977",
      "in_reply_to_status_id" : "1984595361110296500",
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
            "1984237839592063511"
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
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1984237839592063511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984237839592063511",
      "created_at" : "Fri Oct 31 12:35:40 +0000 2025",
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
            "1984000726001519309"
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
      "in_reply_to_status_id_str" : "1983997513165177909",
      "id_str" : "1984000726001519309",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984000726001519309",
      "in_reply_to_status_id" : "1983997513165177909",
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
            "1983838172466645376"
          ],
          "editableUntil" : "2025-10-30T11:07:32.000Z",
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
        "157"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1983812268443831096",
      "id_str" : "1983838172466645376",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983838172466645376",
      "in_reply_to_status_id" : "1983812268443831096",
      "created_at" : "Thu Oct 30 10:07:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a greenfinch! Greenfinches suffered badly from a disease spread at dirty feeders. Clean your feeders every week, it really does save them.",
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
            "1983637014397454445"
          ],
          "editableUntil" : "2025-10-29T21:48:13.000Z",
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
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1983637014397454445",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1983637014397454445",
      "created_at" : "Wed Oct 29 20:48:13 +0000 2025",
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
            "1983107018815045844"
          ],
          "editableUntil" : "2025-10-28T10:42:12.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1983076819827429162",
      "id_str" : "1983107018815045844",
      "in_reply_to_user_id" : "1409988012350734336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983107018815045844",
      "in_reply_to_status_id" : "1983076819827429162",
      "created_at" : "Tue Oct 28 09:42:12 +0000 2025",
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
            "1982969094736707833"
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
      "in_reply_to_status_id_str" : "1982957245829614408",
      "id_str" : "1982969094736707833",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982969094736707833",
      "in_reply_to_status_id" : "1982957245829614408",
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
            "1982951415744170587"
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
      "in_reply_to_status_id_str" : "1982916754017355688",
      "id_str" : "1982951415744170587",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982951415744170587",
      "in_reply_to_status_id" : "1982916754017355688",
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
            "1982344616657030549"
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
      "favorite_count" : "2",
      "id_str" : "1982344616657030549",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982344616657030549",
      "created_at" : "Sun Oct 26 07:12:41 +0000 2025",
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
            "1981815514494668197"
          ],
          "editableUntil" : "2025-10-24T21:10:13.000Z",
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
            "url" : "https://t.co/9kMszyf9gj",
            "expanded_url" : "https://twitter.com/i/web/status/1981815514494668197",
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
      "id_str" : "1981815514494668197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981815514494668197",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 24 20:10:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Why we count birds. A single count tells you very little. But the same hour, on the same roof, every season, for years, tells a story: which birds are arriving, which ones are quietly disappearing, and whether the things we do, the nest boxes, the clean feeders, the wild… https://t.co/9kMszyf9gj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980560500290487314"
          ],
          "editableUntil" : "2025-10-21T10:03:14.000Z",
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
        "182"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1980557333588607060",
      "id_str" : "1980560500290487314",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1980560500290487314",
      "in_reply_to_status_id" : "1980557333588607060",
      "created_at" : "Tue Oct 21 09:03:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten Sounds like a wren. The male builds several nests and the female picks the one she likes best. Wrens are among our smallest birds but their song is louder than most.",
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
            "1980378152888304901"
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
      "favorite_count" : "5",
      "id_str" : "1980378152888304901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980378152888304901",
      "created_at" : "Mon Oct 20 20:58:39 +0000 2025",
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
            "1979897370964266005"
          ],
          "editableUntil" : "2025-10-19T14:08:12.000Z",
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
      "id_str" : "1979897370964266005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979897370964266005",
      "created_at" : "Sun Oct 19 13:08:12 +0000 2025",
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
            "1979287560397917243"
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
      "favorite_count" : "3",
      "id_str" : "1979287560397917243",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979287560397917243",
      "created_at" : "Fri Oct 17 20:45:02 +0000 2025",
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
            "1979250053087756584"
          ],
          "editableUntil" : "2025-10-17T19:16:00.000Z",
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
      "id_str" : "1979250053087756584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979250053087756584",
      "created_at" : "Fri Oct 17 18:16:00 +0000 2025",
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
            "1979133592953815599"
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
      "favorite_count" : "0",
      "id_str" : "1979133592953815599",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979133592953815599",
      "created_at" : "Fri Oct 17 10:33:13 +0000 2025",
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
            "1979093411364864437"
          ],
          "editableUntil" : "2025-10-17T08:53:33.000Z",
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
        "219"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1979092266318168571",
      "id_str" : "1979093411364864437",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979093411364864437",
      "in_reply_to_status_id" : "1979092266318168571",
      "created_at" : "Fri Oct 17 07:53:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch A robin, I'm fairly sure! Both males and females sing, and they'll defend a garden against their own reflection in a window. Robins sing all winter long because they hold territories even in the cold months.",
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
            "1978976838235587814"
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
      "in_reply_to_status_id_str" : "1978944076529798411",
      "id_str" : "1978976838235587814",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978976838235587814",
      "in_reply_to_status_id" : "1978944076529798411",
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
            "1978929564236513867"
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
      "in_reply_to_status_id_str" : "1978890418797546137",
      "id_str" : "1978929564236513867",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978929564236513867",
      "in_reply_to_status_id" : "1978890418797546137",
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
            "1978511830691480124"
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
      "in_reply_to_status_id_str" : "1978474983731495906",
      "id_str" : "1978511830691480124",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978511830691480124",
      "in_reply_to_status_id" : "1978474983731495906",
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
            "1978458097463987642"
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
      "id_str" : "1978458097463987642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978458097463987642",
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
            "1978066798172048534"
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
      "in_reply_to_status_id_str" : "1978038595672475668",
      "id_str" : "1978066798172048534",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978066798172048534",
      "in_reply_to_status_id" : "1978038595672475668",
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
            "1976640627259870906"
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
        "102"
      ],
      "favorite_count" : "3",
      "id_str" : "1976640627259870906",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976640627259870906",
      "created_at" : "Fri Oct 10 13:27:04 +0000 2025",
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
            "1976424229955043368"
          ],
          "editableUntil" : "2025-10-10T00:07:11.000Z",
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
        "174"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1976380655330920952",
      "id_str" : "1976424229955043368",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976424229955043368",
      "in_reply_to_status_id" : "1976380655330920952",
      "created_at" : "Thu Oct 09 23:07:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucie_martinet A peregrine, I'm fairly sure! The pair on the chimney has raised chicks there three years running. Peregrines are the fastest animals on earth when they dive.",
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
            "1976069846917055741"
          ],
          "editableUntil" : "2025-10-09T00:38:59.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1976069846917055741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976069846917055741",
      "created_at" : "Wed Oct 08 23:38:59 +0000 2025",
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
            "1975272163546105219"
          ],
          "editableUntil" : "2025-10-06T19:49:17.000Z",
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
        "185"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1975248952269342289",
      "id_str" : "1975272163546105219",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1975272163546105219",
      "in_reply_to_status_id" : "1975248952269342289",
      "created_at" : "Mon Oct 06 18:49:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@tobi_fixes_bikes Sounds like a greenfinch. Listen for a long wheezy 'dzweee', that's a greenfinch singing in spring. Greenfinches suffered badly from a disease spread at dirty feeders.",
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
            "1975192545853442599"
          ],
          "editableUntil" : "2025-10-06T14:32:54.000Z",
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
        "177"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1975180189433594856",
      "id_str" : "1975192545853442599",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975192545853442599",
      "in_reply_to_status_id" : "1975180189433594856",
      "created_at" : "Mon Oct 06 13:32:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch That's a great tit! The width of that black stripe tells you a lot: males have a broad one. Listen for the 'teacher-teacher' call on bright mornings from January on.",
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
            "1974923491267838011"
          ],
          "editableUntil" : "2025-10-05T20:43:47.000Z",
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
      "in_reply_to_status_id_str" : "1974895183912373900",
      "id_str" : "1974923491267838011",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974923491267838011",
      "in_reply_to_status_id" : "1974895183912373900",
      "created_at" : "Sun Oct 05 19:43:47 +0000 2025",
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
            "1974784135837387672"
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
            "url" : "https://t.co/VOszrqy1p7",
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
      "favorite_count" : "5",
      "id_str" : "1974784135837387672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974784135837387672",
      "possibly_sensitive" : false,
      "created_at" : "Sun Oct 05 10:30:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Bike repair night sign-up sheet for volunteers: https://t.co/VOszrqy1p7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974641722243548015"
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
      "id_str" : "1974641722243548015",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974641722243548015",
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
            "1974613897227668326"
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
      "id_str" : "1974613897227668326",
      "in_reply_to_user_id" : "1132908455173111808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974613897227668326",
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
            "1974231946469049090"
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
      "in_reply_to_status_id_str" : "1974207816638398695",
      "id_str" : "1974231946469049090",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974231946469049090",
      "in_reply_to_status_id" : "1974207816638398695",
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
            "1974174861358925358"
          ],
          "editableUntil" : "2025-10-03T19:09:00.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1974174861358925358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974174861358925358",
      "created_at" : "Fri Oct 03 18:09:00 +0000 2025",
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
            "1973822554654245480"
          ],
          "editableUntil" : "2025-10-02T19:49:03.000Z",
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
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "1973822554654245480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973822554654245480",
      "created_at" : "Thu Oct 02 18:49:03 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a starling in the churchyard yew around 7am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973496533501480169"
          ],
          "editableUntil" : "2025-10-01T22:13:34.000Z",
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
      "in_reply_to_status_id_str" : "1973463943759924358",
      "id_str" : "1973496533501480169",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973496533501480169",
      "in_reply_to_status_id" : "1973463943759924358",
      "created_at" : "Wed Oct 01 21:13:34 +0000 2025",
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
            "1973045238862580077"
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
      "in_reply_to_status_id_str" : "1973023118102104029",
      "id_str" : "1973045238862580077",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973045238862580077",
      "in_reply_to_status_id" : "1973023118102104029",
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
            "1972999760022867075"
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
      "in_reply_to_status_id_str" : "1972963911305400300",
      "id_str" : "1972999760022867075",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972999760022867075",
      "in_reply_to_status_id" : "1972963911305400300",
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
            "1971965737638166546"
          ],
          "editableUntil" : "2025-09-27T16:50:43.000Z",
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
        "221"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1971935106634615406",
      "id_str" : "1971965737638166546",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971965737638166546",
      "in_reply_to_status_id" : "1971935106634615406",
      "created_at" : "Sat Sep 27 15:50:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@mira_finch Sounds like a blackbird. That loud rattling alarm at dusk is a blackbird telling everyone it's bedtime, or that a cat is about. Only the males are black, the females are dark brown, so you probably saw a pair.",
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
            "1971483374912409468"
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
      "in_reply_to_status_id_str" : "1971480518591121702",
      "id_str" : "1971483374912409468",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971483374912409468",
      "in_reply_to_status_id" : "1971480518591121702",
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
            "1970774080415730790"
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
      "favorite_count" : "0",
      "id_str" : "1970774080415730790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970774080415730790",
      "created_at" : "Wed Sep 24 08:55:30 +0000 2025",
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
            "1970642414419313189"
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
      "in_reply_to_status_id_str" : "1970639432270875826",
      "id_str" : "1970642414419313189",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970642414419313189",
      "in_reply_to_status_id" : "1970639432270875826",
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
            "1970612504840112741"
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
      "in_reply_to_status_id_str" : "1970572268882759206",
      "id_str" : "1970612504840112741",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970612504840112741",
      "in_reply_to_status_id" : "1970572268882759206",
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
            "1970393464351359155"
          ],
          "editableUntil" : "2025-09-23T08:43:04.000Z",
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
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "1970393464351359155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970393464351359155",
      "created_at" : "Tue Sep 23 07:43:04 +0000 2025",
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
            "1970241492070436378"
          ],
          "editableUntil" : "2025-09-22T22:39:11.000Z",
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
        "167"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1970221820783493229",
      "id_str" : "1970241492070436378",
      "in_reply_to_user_id" : "1466023391857029121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970241492070436378",
      "in_reply_to_status_id" : "1970221820783493229",
      "created_at" : "Mon Sep 22 21:39:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@jonas_im_garten That's a blue tit! Blue tits weigh about as much as a pound coin and still raise up to ten chicks. A nest box with a 25 mm hole is exactly their size.",
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
            "1969065405986636523"
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
      "in_reply_to_status_id_str" : "1969036045857066541",
      "id_str" : "1969065405986636523",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1969065405986636523",
      "in_reply_to_status_id" : "1969036045857066541",
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
            "1968758578809932818"
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
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "1968758578809932818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968758578809932818",
      "created_at" : "Thu Sep 18 19:26:37 +0000 2025",
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
            "1968620659014762503"
          ],
          "editableUntil" : "2025-09-18T11:18:34.000Z",
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
      "in_reply_to_status_id_str" : "1968617060302195791",
      "id_str" : "1968620659014762503",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968620659014762503",
      "in_reply_to_status_id" : "1968617060302195791",
      "created_at" : "Thu Sep 18 10:18:34 +0000 2025",
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
            "1968584953407474028"
          ],
          "editableUntil" : "2025-09-18T08:56:42.000Z",
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
        "79"
      ],
      "favorite_count" : "8",
      "id_str" : "1968584953407474028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1968584953407474028",
      "created_at" : "Thu Sep 18 07:56:42 +0000 2025",
      "favorited" : false,
      "full_text" : "From the roof: a great tit on the allotment fence yesterday evening. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968009893941086757"
          ],
          "editableUntil" : "2025-09-16T18:51:37.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1968009893941086757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968009893941086757",
      "created_at" : "Tue Sep 16 17:51:37 +0000 2025",
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
            "1967311686238472405"
          ],
          "editableUntil" : "2025-09-14T20:37:11.000Z",
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
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1967290056212612349",
      "id_str" : "1967311686238472405",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967311686238472405",
      "in_reply_to_status_id" : "1967290056212612349",
      "created_at" : "Sun Sep 14 19:37:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests Starlings are brilliant mimics, ours on the roof does a perfect car alarm. Any time!",
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
            "1967264412234679629"
          ],
          "editableUntil" : "2025-09-14T17:29:20.000Z",
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
        "124"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1967224776064106558",
      "id_str" : "1967264412234679629",
      "in_reply_to_user_id" : "1290443171800051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967264412234679629",
      "in_reply_to_status_id" : "1967224776064106558",
      "created_at" : "Sun Sep 14 16:29:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@hazel_nests A starling, I'm fairly sure! Up close, a winter starling is covered in white spots, like stars, hence the name.",
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
            "1966623110508314667"
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
      "in_reply_to_status_id_str" : "1966582165712537134",
      "id_str" : "1966623110508314667",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966623110508314667",
      "in_reply_to_status_id" : "1966582165712537134",
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
            "1966587867043205053"
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
      "id_str" : "1966587867043205053",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966587867043205053",
      "created_at" : "Fri Sep 12 19:40:59 +0000 2025",
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
            "1966528659964036888"
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
      "in_reply_to_status_id_str" : "1966499966731682965",
      "id_str" : "1966528659964036888",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966528659964036888",
      "in_reply_to_status_id" : "1966499966731682965",
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
            "1966493973071268372"
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
      "in_reply_to_status_id_str" : "1966472863140545267",
      "id_str" : "1966493973071268372",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966493973071268372",
      "in_reply_to_status_id" : "1966472863140545267",
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
            "1966213165665747676"
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
            "url" : "https://t.co/oHrL3uafi4",
            "expanded_url" : "https://twitter.com/i/web/status/1966213165665747676",
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
      "favorite_count" : "8",
      "id_str" : "1966213165665747676",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966213165665747676",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 11 18:52:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Swift tower, the full story. Swifts have nested in the gaps under Millbrook's old roofs for as long as anyone remembers. Every renovation closes those gaps, and the birds that come back from Africa each May find their homes gone. So we asked the council for the old mill… https://t.co/oHrL3uafi4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966124799584371713"
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
      "in_reply_to_status_id_str" : "1966110836747929820",
      "id_str" : "1966124799584371713",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966124799584371713",
      "in_reply_to_status_id" : "1966110836747929820",
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
            "1965481126663556019"
          ],
          "editableUntil" : "2025-09-09T19:23:12.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1965481126663556019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965481126663556019",
      "created_at" : "Tue Sep 09 18:23:12 +0000 2025",
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
            "1965334071197303619"
          ],
          "editableUntil" : "2025-09-09T09:38:51.000Z",
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
            "url" : "https://t.co/TNMOd5xYlt",
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
      "favorite_count" : "3",
      "id_str" : "1965334071197303619",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1965334071197303619",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 09 08:38:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Our winter count results are up, with a map of every sighting: https://t.co/TNMOd5xYlt #BirdCount",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964836820614909146"
          ],
          "editableUntil" : "2025-09-08T00:42:57.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1964836820614909146",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964836820614909146",
      "created_at" : "Sun Sep 07 23:42:57 +0000 2025",
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
            "1964764001851803823"
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
      "in_reply_to_status_id_str" : "1964754971513981643",
      "id_str" : "1964764001851803823",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964764001851803823",
      "in_reply_to_status_id" : "1964754971513981643",
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
            "1964427059807259461"
          ],
          "editableUntil" : "2025-09-06T21:34:43.000Z",
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
            "url" : "https://t.co/EfH6175buK",
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
      "favorite_count" : "1",
      "id_str" : "1964427059807259461",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964427059807259461",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 06 20:34:43 +0000 2025",
      "favorited" : false,
      "full_text" : "The nest box plans we use, free to download and print: https://t.co/EfH6175buK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964245755469759932"
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
      "favorite_count" : "5",
      "id_str" : "1964245755469759932",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964245755469759932",
      "created_at" : "Sat Sep 06 08:34:16 +0000 2025",
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
            "1964099064071325385"
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
      "in_reply_to_status_id_str" : "1964080474915340891",
      "id_str" : "1964099064071325385",
      "in_reply_to_user_id" : "1301922871450402816",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964099064071325385",
      "in_reply_to_status_id" : "1964080474915340891",
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
            "1964037815796499635"
          ],
          "editableUntil" : "2025-09-05T19:48:00.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1964037815796499635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964037815796499635",
      "created_at" : "Fri Sep 05 18:48:00 +0000 2025",
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
            "1963924742610357613"
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
      "in_reply_to_status_id_str" : "1963892408718461938",
      "id_str" : "1963924742610357613",
      "in_reply_to_user_id" : "1598203344120815617",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963924742610357613",
      "in_reply_to_status_id" : "1963892408718461938",
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
            "1963219344754084947"
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
      "in_reply_to_status_id_str" : "1963180195120152716",
      "id_str" : "1963219344754084947",
      "in_reply_to_user_id" : "1533877060239339520",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963219344754084947",
      "in_reply_to_status_id" : "1963180195120152716",
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
            "1963145751492428618"
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
      "id_str" : "1963145751492428618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963145751492428618",
      "created_at" : "Wed Sep 03 07:43:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Swift tower: installation moved to the first week of March because of the scaffolding. #SwiftTower",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963008610668645320"
          ],
          "editableUntil" : "2025-09-02T23:38:18.000Z",
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
        "90"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1962969024826444089",
      "id_str" : "1963008610668645320",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963008610668645320",
      "in_reply_to_status_id" : "1962969024826444089",
      "created_at" : "Tue Sep 02 22:38:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow Leave a messy corner of brush, that's wren heaven. Welcome to the obsession 😄",
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
            "1962978620010791260"
          ],
          "editableUntil" : "2025-09-02T21:39:08.000Z",
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
              "60",
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
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1962978620010791260",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1962978620010791260",
      "created_at" : "Tue Sep 02 20:39:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Just now: a blackbird on the roof garden yesterday evening. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962949466788462895"
          ],
          "editableUntil" : "2025-09-02T19:43:17.000Z",
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
      "in_reply_to_status_id_str" : "1962927807399067654",
      "id_str" : "1962949466788462895",
      "in_reply_to_user_id" : "1687730195513597952",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962949466788462895",
      "in_reply_to_status_id" : "1962927807399067654",
      "created_at" : "Tue Sep 02 18:43:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_sparrow That's a wren! Wrens are among our smallest birds but their song is louder than most.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dev_sparrow",
      "in_reply_to_user_id_str" : "1687730195513597952"
    }
  }
]