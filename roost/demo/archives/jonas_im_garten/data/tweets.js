window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025514605719191926"
          ],
          "editableUntil" : "2026-02-22T11:14:48.000Z",
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
      "favorite_count" : "13",
      "id_str" : "2025514605719191926",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2025514605719191926",
      "created_at" : "Sun Feb 22 10:14:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Just now: a jay on the railway bridge yesterday evening. #RoofBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024437038217956980"
          ],
          "editableUntil" : "2026-02-19T11:52:56.000Z",
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
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "2024437038217956980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024437038217956980",
      "created_at" : "Thu Feb 19 10:52:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Karde, Sonnenblume, Fetthenne: mein Wintergarten ist ein Vogelbuffet.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023514627885369894"
          ],
          "editableUntil" : "2026-02-16T22:47:37.000Z",
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
        "47"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2023501109642790034",
      "id_str" : "2023514627885369894",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023514627885369894",
      "in_reply_to_status_id" : "2023501109642790034",
      "created_at" : "Mon Feb 16 21:47:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost ich mache montags und donnerstags",
      "lang" : "de",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022333467006599497"
          ],
          "editableUntil" : "2026-02-13T16:34:06.000Z",
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
        "43"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2022317818060737892",
      "id_str" : "2022333467006599497",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022333467006599497",
      "in_reply_to_status_id" : "2022317818060737892",
      "created_at" : "Fri Feb 13 15:34:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost ok now I need to see it again",
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
            "2022301678376324972"
          ],
          "editableUntil" : "2026-02-13T14:27:47.000Z",
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
        "138"
      ],
      "favorite_count" : "5",
      "id_str" : "2022301678376324972",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022301678376324972",
      "created_at" : "Fri Feb 13 13:27:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? bird with a red face and flashes of gold on its wings, in the hawthorn by the bus stop yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020485500438317607"
          ],
          "editableUntil" : "2026-02-08T14:10:56.000Z",
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
        "84"
      ],
      "favorite_count" : "8",
      "id_str" : "2020485500438317607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020485500438317607",
      "created_at" : "Sun Feb 08 13:10:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Wer hat meine Gartenschere ausgeliehen? Grüner Griff, bitte zurück in den Schuppen 😅",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019546269613297502"
          ],
          "editableUntil" : "2026-02-05T23:58:46.000Z",
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
        "67"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2019529005859212815",
      "id_str" : "2019546269613297502",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019546269613297502",
      "in_reply_to_status_id" : "2019529005859212815",
      "created_at" : "Thu Feb 05 22:58:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost und Wasser? bei Frost ist die Tränke immer zugefroren",
      "lang" : "de",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019515294679696492"
          ],
          "editableUntil" : "2026-02-05T21:55:41.000Z",
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
        "74"
      ],
      "favorite_count" : "3",
      "id_str" : "2019515294679696492",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019515294679696492",
      "created_at" : "Thu Feb 05 20:55:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost was kann man im Winter auf dem Dachgarten für die Vögel tun?",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006493481654421536"
          ],
          "editableUntil" : "2025-12-31T23:31:39.000Z",
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
        "39"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2006458136254877271",
      "id_str" : "2006493481654421536",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006493481654421536",
      "in_reply_to_status_id" : "2006458136254877271",
      "created_at" : "Wed Dec 31 22:31:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost you lot know everything 😄",
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
            "2006425219355381072"
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
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "2006425219355381072",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006425219355381072",
      "created_at" : "Wed Dec 31 18:00:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the soft beige dove with a thin black collar on the railway bridge just now?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998116413321512896"
          ],
          "editableUntil" : "2025-12-08T20:44:10.000Z",
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
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1998116413321512896",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1998116413321512896",
      "created_at" : "Mon Dec 08 19:44:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Gießplan für den Dachgarten hängt im Schuppen. Bitte eintragen!",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991496115090623387"
          ],
          "editableUntil" : "2025-11-20T14:17:28.000Z",
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
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991454285298795852",
      "id_str" : "1991496115090623387",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991496115090623387",
      "in_reply_to_status_id" : "1991454285298795852",
      "created_at" : "Thu Nov 20 13:17:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ich weiß 😄 ich bin Jonas",
      "lang" : "de",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991412757492534426"
          ],
          "editableUntil" : "2025-11-20T08:46:14.000Z",
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
        "63"
      ],
      "favorite_count" : "8",
      "id_str" : "1991412757492534426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991412757492534426",
      "created_at" : "Thu Nov 20 07:46:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost gibt es am Samstag auch eine Führung auf Deutsch?",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987958380768791744"
          ],
          "editableUntil" : "2025-11-10T19:59:47.000Z",
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
        "37"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1987931658855779824",
      "id_str" : "1987958380768791744",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987958380768791744",
      "in_reply_to_status_id" : "1987931658855779824",
      "created_at" : "Mon Nov 10 18:59:47 +0000 2025",
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
            "1987930220210949922"
          ],
          "editableUntil" : "2025-11-10T18:07:53.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1987930220210949922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987930220210949922",
      "created_at" : "Mon Nov 10 17:07:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the pinkish bird with a flash of bright blue on the wing at the feeder by the lift at dusk?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987902331244773510"
          ],
          "editableUntil" : "2025-11-10T16:17:03.000Z",
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
        "57"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1987858995698599113",
      "id_str" : "1987902331244773510",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987902331244773510",
      "in_reply_to_status_id" : "1987858995698599113",
      "created_at" : "Mon Nov 10 15:17:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ok, dann machen wir einen Gießplan für alle",
      "lang" : "de",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987815676925708411"
          ],
          "editableUntil" : "2025-11-10T10:32:43.000Z",
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
        "72"
      ],
      "favorite_count" : "5",
      "id_str" : "1987815676925708411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987815676925708411",
      "created_at" : "Mon Nov 10 09:32:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost unsere Tomaten auf dem Dach sind geplatzt. zu viel Wasser?",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980557333588607060"
          ],
          "editableUntil" : "2025-10-21T09:50:39.000Z",
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
        "113"
      ],
      "favorite_count" : "8",
      "id_str" : "1980557333588607060",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980557333588607060",
      "created_at" : "Tue Oct 21 08:50:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the tiny brown bird with a cocked tail and a huge voice on the allotment fence this morning?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978396179342688818"
          ],
          "editableUntil" : "2025-10-15T10:43:00.000Z",
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
        "85"
      ],
      "favorite_count" : "5",
      "id_str" : "1978396179342688818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978396179342688818",
      "created_at" : "Wed Oct 15 09:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Zwei neue Nistkästen fertig. Meine Nachbarn fanden das Hämmern um 8 Uhr weniger toll.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975996815696724632"
          ],
          "editableUntil" : "2025-10-08T19:48:47.000Z",
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
        "77"
      ],
      "favorite_count" : "8",
      "id_str" : "1975996815696724632",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975996815696724632",
      "created_at" : "Wed Oct 08 18:48:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Die ersten Krokusse auf dem Dach sind offen und schon die erste Hummel dran 🐝",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974953392462628419"
          ],
          "editableUntil" : "2025-10-05T22:42:36.000Z",
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
        "43"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1974923491267838011",
      "id_str" : "1974953392462628419",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974953392462628419",
      "in_reply_to_status_id" : "1974923491267838011",
      "created_at" : "Sun Oct 05 21:42:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost so that's what it was! thanks",
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
            "1974895183912373900"
          ],
          "editableUntil" : "2025-10-05T18:51:18.000Z",
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
        "115"
      ],
      "favorite_count" : "5",
      "id_str" : "1974895183912373900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974895183912373900",
      "created_at" : "Sun Oct 05 17:51:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the yellow-bellied bird bobbing its tail by the canal on the library gutter yesterday evening?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973538875002847710"
          ],
          "editableUntil" : "2025-10-02T01:01:49.000Z",
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
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1973496533501480169",
      "id_str" : "1973538875002847710",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973538875002847710",
      "in_reply_to_status_id" : "1973496533501480169",
      "created_at" : "Thu Oct 02 00:01:49 +0000 2025",
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
            "1973463943759924358"
          ],
          "editableUntil" : "2025-10-01T20:04:04.000Z",
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
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1973463943759924358",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1973463943759924358",
      "created_at" : "Wed Oct 01 19:04:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! big grey falcon sitting on the tower ledge on the railway bridge. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971492531076072088"
          ],
          "editableUntil" : "2025-09-26T09:30:22.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1971483374912409468",
      "id_str" : "1971492531076072088",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971492531076072088",
      "in_reply_to_status_id" : "1971483374912409468",
      "created_at" : "Fri Sep 26 08:30:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost danke, dann bauen wir am Samstag noch zwei",
      "lang" : "de",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971480518591121702"
          ],
          "editableUntil" : "2025-09-26T08:42:38.000Z",
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
        "62"
      ],
      "favorite_count" : "2",
      "id_str" : "1971480518591121702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971480518591121702",
      "created_at" : "Fri Sep 26 07:42:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost wann ist die beste Zeit, Nistkästen aufzuhängen?",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970221820783493229"
          ],
          "editableUntil" : "2025-09-22T21:21:01.000Z",
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
        "100"
      ],
      "favorite_count" : "8",
      "id_str" : "1970221820783493229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970221820783493229",
      "created_at" : "Mon Sep 22 20:21:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! tiny blue and yellow bird hanging upside down on the library gutter. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969381408788056815"
          ],
          "editableUntil" : "2025-09-20T13:41:31.000Z",
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
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1969381408788056815",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969381408788056815",
      "created_at" : "Sat Sep 20 12:41:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Heute 14 Arten auf dem Morgenspaziergang. Highlight: Gebirgsstelze an der Schleuse.",
      "lang" : "de"
    }
  }
]