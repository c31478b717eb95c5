window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027151725917766603"
          ],
          "editableUntil" : "2026-02-26T23:40:08.000Z",
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
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2027130632764263991",
      "id_str" : "2027151725917766603",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027151725917766603",
      "in_reply_to_status_id" : "2027130632764263991",
      "created_at" : "Thu Feb 26 22:40:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost I can bring the hole saws, 25, 28 and 32 mm",
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
            "2021657998983823734"
          ],
          "editableUntil" : "2026-02-11T19:50:02.000Z",
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
              "51",
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
      "favorite_count" : "0",
      "id_str" : "2021657998983823734",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021657998983823734",
      "created_at" : "Wed Feb 11 18:50:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a jay in the churchyard yew this morning. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019834381776325690"
          ],
          "editableUntil" : "2026-02-06T19:03:37.000Z",
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
        "92"
      ],
      "favorite_count" : "13",
      "id_str" : "2019834381776325690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019834381776325690",
      "created_at" : "Fri Feb 06 18:03:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Robin followed me round the roof the whole time I was weeding. Best colleague I've ever had.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018670951258784913"
          ],
          "editableUntil" : "2026-02-03T14:00:34.000Z",
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
        "40"
      ],
      "favorite_count" : "5",
      "id_str" : "2018670951258784913",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018670951258784913",
      "created_at" : "Tue Feb 03 13:00:34 +0000 2026",
      "favorited" : false,
      "full_text" : "First swift of the year over the mill! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017892348014628365"
          ],
          "editableUntil" : "2026-02-01T10:26:41.000Z",
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
        "42"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2017875172340140212",
      "id_str" : "2017892348014628365",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017892348014628365",
      "in_reply_to_status_id" : "2017875172340140212",
      "created_at" : "Sun Feb 01 09:26:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost daily water on the rota then",
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
            "2017856977448602373"
          ],
          "editableUntil" : "2026-02-01T08:06:08.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2017856977448602373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017856977448602373",
      "created_at" : "Sun Feb 01 07:06:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost should bird baths be cleaned as often as feeders?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011339365762336150"
          ],
          "editableUntil" : "2026-01-14T08:27:28.000Z",
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
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "2011339365762336150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011339365762336150",
      "created_at" : "Wed Jan 14 07:27:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Counted the tomatoes. 212. Someone has been taking them without telling me 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010275332078963863"
          ],
          "editableUntil" : "2026-01-11T09:59:22.000Z",
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
        "81"
      ],
      "favorite_count" : "3",
      "id_str" : "2010275332078963863",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010275332078963863",
      "created_at" : "Sun Jan 11 08:59:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Sunday feeder cleaning done. Seven feeders, one bottle brush, a lot of hot water.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006450162201135839"
          ],
          "editableUntil" : "2025-12-31T20:39:31.000Z",
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
              "59",
              "69"
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
      "id_str" : "2006450162201135839",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006450162201135839",
      "created_at" : "Wed Dec 31 19:39:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Spotted: a kestrel along the canal path yesterday evening. #RoofBirds 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005733321651651013"
          ],
          "editableUntil" : "2025-12-29T21:11:03.000Z",
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
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "2005733321651651013",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2005733321651651013",
      "created_at" : "Mon Dec 29 20:11:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Nest box check: blue tits in box 2, great tits in box 4, box 1 and 3 empty. Fingers crossed for next year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003730332239003989"
          ],
          "editableUntil" : "2025-12-24T08:31:53.000Z",
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2003730332239003989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003730332239003989",
      "created_at" : "Wed Dec 24 07:31:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Sunday feeder cleaning done. Seven feeders, one bottle brush, a lot of hot water. Same time next week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996413574247485389"
          ],
          "editableUntil" : "2025-12-04T03:57:42.000Z",
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
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1996370167397092309",
      "id_str" : "1996413574247485389",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996413574247485389",
      "in_reply_to_status_id" : "1996370167397092309",
      "created_at" : "Thu Dec 04 02:57:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost that's wonderful news 💙",
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
            "1996333723090030023"
          ],
          "editableUntil" : "2025-12-03T22:40:24.000Z",
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
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "1996333723090030023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996333723090030023",
      "created_at" : "Wed Dec 03 21:40:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost how is the swift tower project going?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990438616184522600"
          ],
          "editableUntil" : "2025-11-17T16:15:21.000Z",
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
        "87"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1990417015520233340",
      "id_str" : "1990438616184522600",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990438616184522600",
      "in_reply_to_status_id" : "1990417015520233340",
      "created_at" : "Mon Nov 17 15:15:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost I'll tell the building manager, they had the hedge trimmer out last April",
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
            "1990403333699404314"
          ],
          "editableUntil" : "2025-11-17T13:55:09.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1990403333699404314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990403333699404314",
      "created_at" : "Mon Nov 17 12:55:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is it true that we shouldn't cut the hedges in spring?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989056847787199219"
          ],
          "editableUntil" : "2025-11-13T20:44:42.000Z",
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
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1989056847787199219",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989056847787199219",
      "created_at" : "Thu Nov 13 19:44:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! bird with a pinkish chest and white wing bars in the hawthorn by the bus stop. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983014359667180485"
          ],
          "editableUntil" : "2025-10-28T04:34:00.000Z",
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
      "in_reply_to_status_id_str" : "1982969094738153285",
      "id_str" : "1983014359667180485",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983014359667180485",
      "in_reply_to_status_id" : "1982969094738153285",
      "created_at" : "Tue Oct 28 03:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost done, four boxes up! 🐦🏠",
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
            "1982957245828433259"
          ],
          "editableUntil" : "2025-10-28T00:47:03.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1982951415746398887",
      "id_str" : "1982957245828433259",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982957245828433259",
      "in_reply_to_status_id" : "1982951415746398887",
      "created_at" : "Mon Oct 27 23:47:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost so the north side by the water tank?",
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
            "1982916754017880420"
          ],
          "editableUntil" : "2025-10-27T22:06:09.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1982916754017880420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982916754017880420",
      "created_at" : "Mon Oct 27 21:06:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost where's the best place to hang the new nest boxes on the roof? the wall by the stairs gets full sun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982063102427532784"
          ],
          "editableUntil" : "2025-10-25T13:34:03.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1982037869496110882",
      "id_str" : "1982063102427532784",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982063102427532784",
      "in_reply_to_status_id" : "1982037869496110882",
      "created_at" : "Sat Oct 25 12:34:03 +0000 2025",
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
            "1982032639196135558"
          ],
          "editableUntil" : "2025-10-25T11:33:00.000Z",
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
        "113"
      ],
      "favorite_count" : "8",
      "id_str" : "1982032639196135558",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982032639196135558",
      "created_at" : "Sat Oct 25 10:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? bird with a pinkish chest and white wing bars, on the railway bridge around 7am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981813402883588292"
          ],
          "editableUntil" : "2025-10-24T21:01:50.000Z",
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
        "109"
      ],
      "favorite_count" : "2",
      "id_str" : "1981813402883588292",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981813402883588292",
      "created_at" : "Fri Oct 24 20:01:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the chunky olive-green finch with yellow in its wings along the canal path this morning?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978944076528747688"
          ],
          "editableUntil" : "2025-10-16T23:00:09.000Z",
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
        "41"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1978929564235989204",
      "id_str" : "1978944076528747688",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978944076528747688",
      "in_reply_to_status_id" : "1978929564235989204",
      "created_at" : "Thu Oct 16 22:00:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost it belongs to No. 9 I think",
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
            "1978890418797674745"
          ],
          "editableUntil" : "2025-10-16T19:26:56.000Z",
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
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "1978890418797674745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978890418797674745",
      "created_at" : "Thu Oct 16 18:26:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost a cat keeps sitting under the feeder on the roof. any ideas that don't hurt the cat?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974831884841386571"
          ],
          "editableUntil" : "2025-10-05T14:39:46.000Z",
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
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1974831884841386571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974831884841386571",
      "created_at" : "Sun Oct 05 13:39:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? plain brown and grey bird shuffling under the feeder, along the canal path around 7am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974778075405484604"
          ],
          "editableUntil" : "2025-10-05T11:05:57.000Z",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1974778075405484604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974778075405484604",
      "created_at" : "Sun Oct 05 10:05:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! soft beige dove with a thin black collar along the canal path. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974262258707727491"
          ],
          "editableUntil" : "2025-10-04T00:56:17.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1974231946471804602",
      "id_str" : "1974262258707727491",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974262258707727491",
      "in_reply_to_status_id" : "1974231946471804602",
      "created_at" : "Fri Oct 03 23:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost soaking them now, the robin is already waiting 😂",
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
            "1974207816641151016"
          ],
          "editableUntil" : "2025-10-03T21:19:57.000Z",
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
        "72"
      ],
      "favorite_count" : "5",
      "id_str" : "1974207816641151016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974207816641151016",
      "created_at" : "Fri Oct 03 20:19:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the rule with mealworms? I heard dried ones are bad",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973741063847805075"
          ],
          "editableUntil" : "2025-10-02T14:25:14.000Z",
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
      "id_str" : "1973741063847805075",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1973741063847805075",
      "created_at" : "Thu Oct 02 13:25:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Sighting: a robin by the water butts yesterday evening. #MillbrookBirds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971860601650938735"
          ],
          "editableUntil" : "2025-09-27T09:52:57.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1971860601650938735",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1971860601650938735",
      "created_at" : "Sat Sep 27 08:52:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Built three starling boxes from old floorboards. Bigger hole, 45 mm, deeper box.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970639432269827305"
          ],
          "editableUntil" : "2025-09-24T01:00:28.000Z",
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
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1970612504838671494",
      "id_str" : "1970639432269827305",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970639432269827305",
      "in_reply_to_status_id" : "1970612504838671494",
      "created_at" : "Wed Sep 24 00:00:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost boiling water or just brush them out?",
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
            "1970572268881709421"
          ],
          "editableUntil" : "2025-09-23T20:33:35.000Z",
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
        "64"
      ],
      "favorite_count" : "2",
      "id_str" : "1970572268881709421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970572268881709421",
      "created_at" : "Tue Sep 23 19:33:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost when do we clear out the old nests from the boxes?",
      "lang" : "en"
    }
  }
]