window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025199399142558879"
          ],
          "editableUntil" : "2026-02-21T14:22:17.000Z",
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
      "in_reply_to_status_id_str" : "2025169497946851721",
      "id_str" : "2025199399142558879",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2025199399142558879",
      "in_reply_to_status_id" : "2025169497946851721",
      "created_at" : "Sat Feb 21 13:22:17 +0000 2026",
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
            "2025138887916914549"
          ],
          "editableUntil" : "2026-02-21T10:21:50.000Z",
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
      "id_str" : "2025138887916914549",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2025138887916914549",
      "created_at" : "Sat Feb 21 09:21:50 +0000 2026",
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
            "2024437038219004690"
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
      "id_str" : "2024437038219004690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024437038219004690",
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
            "2023514627886418859"
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
      "in_reply_to_status_id_str" : "2023501109640955811",
      "id_str" : "2023514627886418859",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023514627886418859",
      "in_reply_to_status_id" : "2023501109640955811",
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
            "2020485500438710958"
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
      "id_str" : "2020485500438710958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020485500438710958",
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
            "2019546269615787429"
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
      "in_reply_to_status_id_str" : "2019529005861834103",
      "id_str" : "2019546269615787429",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019546269615787429",
      "in_reply_to_status_id" : "2019529005861834103",
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
            "2019515294680613224"
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
      "id_str" : "2019515294680613224",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019515294680613224",
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
            "2015507302764774767"
          ],
          "editableUntil" : "2026-01-25T20:29:21.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2015476550130729236",
      "id_str" : "2015507302764774767",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015507302764774767",
      "in_reply_to_status_id" : "2015476550130729236",
      "created_at" : "Sun Jan 25 19:29:21 +0000 2026",
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
            "2015475749016176459"
          ],
          "editableUntil" : "2026-01-25T18:23:58.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2015475749016176459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015475749016176459",
      "created_at" : "Sun Jan 25 17:23:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost help! little round bird with an orange face and chest on the roof garden. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010071223591371335"
          ],
          "editableUntil" : "2026-01-10T20:28:19.000Z",
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
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "2010071223591371335",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010071223591371335",
      "created_at" : "Sat Jan 10 19:28:19 +0000 2026",
      "favorited" : false,
      "full_text" : "From the roof: a goldfinch in the churchyard yew around 7am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998116413319808478"
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
      "id_str" : "1998116413319808478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1998116413319808478",
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
            "1995217195473437149"
          ],
          "editableUntil" : "2025-11-30T20:43:43.000Z",
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
      "id_str" : "1995217195473437149",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995217195473437149",
      "created_at" : "Sun Nov 30 19:43:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? small brown bird with a grey cap and a black bib, by the water butts around 7am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991496115092456077"
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
      "in_reply_to_status_id_str" : "1991454285298403585",
      "id_str" : "1991496115092456077",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991496115092456077",
      "in_reply_to_status_id" : "1991454285298403585",
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
            "1991412757496071184"
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
      "id_str" : "1991412757496071184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991412757496071184",
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
            "1987902331244645693"
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
      "in_reply_to_status_id_str" : "1987858995696373421",
      "id_str" : "1987902331244645693",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987902331244645693",
      "in_reply_to_status_id" : "1987858995696373421",
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
            "1987815676925579247"
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
      "id_str" : "1987815676925579247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987815676925579247",
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
            "1981158186307552260"
          ],
          "editableUntil" : "2025-10-23T01:38:14.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1981113693127312961",
      "id_str" : "1981158186307552260",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1981158186307552260",
      "in_reply_to_status_id" : "1981113693127312961",
      "created_at" : "Thu Oct 23 00:38:14 +0000 2025",
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
            "1981098455221011685"
          ],
          "editableUntil" : "2025-10-22T21:40:53.000Z",
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1981098455221011685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981098455221011685",
      "created_at" : "Wed Oct 22 20:40:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a chunky olive-green finch with yellow in its wings in the hawthorn by the bus stop at lunchtime, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979262050122597429"
          ],
          "editableUntil" : "2025-10-17T20:03:40.000Z",
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
              "48",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "id_str" : "1979262050122597429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979262050122597429",
      "created_at" : "Fri Oct 17 19:03:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a dunnock on the roof garden just now. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978928936793409774"
          ],
          "editableUntil" : "2025-10-16T21:59:59.000Z",
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
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "1978928936793409774",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978928936793409774",
      "created_at" : "Thu Oct 16 20:59:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a grey wagtail on the allotment fence just now. 🔭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978396179340331070"
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
      "id_str" : "1978396179340331070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978396179340331070",
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
            "1975996815697772840"
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
      "id_str" : "1975996815697772840",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975996815697772840",
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
            "1972617259416813627"
          ],
          "editableUntil" : "2025-09-29T11:59:38.000Z",
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
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1972598846424485516",
      "id_str" : "1972617259416813627",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972617259416813627",
      "in_reply_to_status_id" : "1972598846424485516",
      "created_at" : "Mon Sep 29 10:59:38 +0000 2025",
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
            "1972566395093388184"
          ],
          "editableUntil" : "2025-09-29T08:37:31.000Z",
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
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "1972566395093388184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972566395093388184",
      "created_at" : "Mon Sep 29 07:37:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! big grey falcon sitting on the tower ledge in the ivy on the old mill. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971492531074237186"
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
      "in_reply_to_status_id_str" : "1971483374908866791",
      "id_str" : "1971492531074237186",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971492531074237186",
      "in_reply_to_status_id" : "1971483374908866791",
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
            "1971480518588237358"
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
      "id_str" : "1971480518588237358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971480518588237358",
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
            "1969381408789626898"
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
      "id_str" : "1969381408789626898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969381408789626898",
      "created_at" : "Sat Sep 20 12:41:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Heute 14 Arten auf dem Morgenspaziergang. Highlight: Gebirgsstelze an der Schleuse.",
      "lang" : "de"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964129605502632961"
          ],
          "editableUntil" : "2025-09-06T01:52:44.000Z",
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
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1964087264002968499",
      "id_str" : "1964129605502632961",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964129605502632961",
      "in_reply_to_status_id" : "1964087264002968499",
      "created_at" : "Sat Sep 06 00:52:44 +0000 2025",
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
            "1964054674261673095"
          ],
          "editableUntil" : "2025-09-05T20:54:59.000Z",
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
      "id_str" : "1964054674261673095",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964054674261673095",
      "created_at" : "Fri Sep 05 19:54:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! big grey falcon sitting on the tower ledge on the railway bridge. what is it?",
      "lang" : "en"
    }
  }
]