window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026649225508031332"
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
      "in_reply_to_status_id_str" : "2026631357770891433",
      "id_str" : "2026649225508031332",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026649225508031332",
      "in_reply_to_status_id" : "2026631357770891433",
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
            "2026608679169690740"
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
      "id_str" : "2026608679169690740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026608679169690740",
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
            "2023527126910897435"
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
      "in_reply_to_status_id_str" : "2023518989959824161",
      "id_str" : "2023527126910897435",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023527126910897435",
      "in_reply_to_status_id" : "2023518989959824161",
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
            "2020595991868212679"
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
      "in_reply_to_status_id_str" : "2020574588334768705",
      "id_str" : "2020595991868212679",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020595991868212679",
      "in_reply_to_status_id" : "2020574588334768705",
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
            "2020573422318129121"
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
      "id_str" : "2020573422318129121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020573422318129121",
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
            "2014671404530139635"
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
      "id_str" : "2014671404530139635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014671404530139635",
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
            "2006835664604236289"
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
      "id_str" : "2006835664604236289",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2006835664604236289",
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
            "1992906909696918367"
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
      "id_str" : "1992906909696918367",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1992906909696918367",
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
            "1991810562294549871"
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
      "id_str" : "1991810562294549871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991810562294549871",
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
            "1987276945797023600"
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
      "id_str" : "1987276945797023600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987276945797023600",
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
            "1987197206612280175"
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
        "43"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1987167401887925339",
      "id_str" : "1987197206612280175",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987197206612280175",
      "in_reply_to_status_id" : "1987167401887925339",
      "created_at" : "Sat Nov 08 16:35:09 +0000 2025",
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
            "1987152138816586174"
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
      "id_str" : "1987152138816586174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987152138816586174",
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
            "1984001816520035465"
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
      "in_reply_to_status_id_str" : "1984000726000340318",
      "id_str" : "1984001816520035465",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984001816520035465",
      "in_reply_to_status_id" : "1984000726000340318",
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
            "1983997513162293985"
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
      "id_str" : "1983997513162293985",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1983997513162293985",
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
            "1979102487711845176"
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
      "id_str" : "1979102487711845176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979102487711845176",
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
            "1977058320650470661"
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
      "id_str" : "1977058320650470661",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1977058320650470661",
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
            "1970415763866781661"
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
      "id_str" : "1970415763866781661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970415763866781661",
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
            "1966450696769767788"
          ],
          "editableUntil" : "2025-09-12T11:35:55.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1966448004027124261",
      "id_str" : "1966450696769767788",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966450696769767788",
      "in_reply_to_status_id" : "1966448004027124261",
      "created_at" : "Fri Sep 12 10:35:55 +0000 2025",
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
            "1966410515340201267"
          ],
          "editableUntil" : "2025-09-12T08:56:15.000Z",
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
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1966410515340201267",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966410515340201267",
      "created_at" : "Fri Sep 12 07:56:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? dark sickle-shaped bird screaming round the rooftops, on the TV aerial at No. 14 at lunchtime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964142064076849884"
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
      "in_reply_to_status_id_str" : "1964099064071456988",
      "id_str" : "1964142064076849884",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964142064076849884",
      "in_reply_to_status_id" : "1964099064071456988",
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
            "1964080474916651843"
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
      "id_str" : "1964080474916651843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964080474916651843",
      "created_at" : "Fri Sep 05 21:37:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost les enfants peuvent venir aux balades du samedi ?",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963329275368704258"
          ],
          "editableUntil" : "2025-09-03T20:52:30.000Z",
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
      "in_reply_to_status_id_str" : "1963308853302528837",
      "id_str" : "1963329275368704258",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963329275368704258",
      "in_reply_to_status_id" : "1963308853302528837",
      "created_at" : "Wed Sep 03 19:52:30 +0000 2025",
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
            "1963289039408203196"
          ],
          "editableUntil" : "2025-09-03T18:12:37.000Z",
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
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "1963289039408203196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1963289039408203196",
      "created_at" : "Wed Sep 03 17:12:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a tiny pink and white ball with a very long tail in the hawthorn by the bus stop yesterday evening, any idea what it is?",
      "lang" : "en"
    }
  }
]