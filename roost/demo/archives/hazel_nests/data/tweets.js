window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027151725918423826"
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
      "in_reply_to_status_id_str" : "2027130632761901713",
      "id_str" : "2027151725918423826",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027151725918423826",
      "in_reply_to_status_id" : "2027130632761901713",
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
            "2026946768440787147"
          ],
          "editableUntil" : "2026-02-26T10:05:43.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2026946768440787147",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2026946768440787147",
      "created_at" : "Thu Feb 26 09:05:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Spotted: a grey wagtail in the ivy on the old mill yesterday evening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021718732021040465"
          ],
          "editableUntil" : "2026-02-11T23:51:22.000Z",
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
      "in_reply_to_status_id_str" : "2021681142667415170",
      "id_str" : "2021718732021040465",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2021718732021040465",
      "in_reply_to_status_id" : "2021681142667415170",
      "created_at" : "Wed Feb 11 22:51:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost ha, I'd never have guessed",
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
            "2021648188021539755"
          ],
          "editableUntil" : "2026-02-11T19:11:03.000Z",
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
        "106"
      ],
      "favorite_count" : "13",
      "id_str" : "2021648188021539755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021648188021539755",
      "created_at" : "Wed Feb 11 18:11:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the small brown bird with a grey cap and a black bib along the canal path around 7am?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019834381776195085"
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
      "id_str" : "2019834381776195085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019834381776195085",
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
            "2018670951257736014"
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
      "id_str" : "2018670951257736014",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018670951257736014",
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
            "2017892348015149332"
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
      "in_reply_to_status_id_str" : "2017875172337780555",
      "id_str" : "2017892348015149332",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017892348015149332",
      "in_reply_to_status_id" : "2017875172337780555",
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
            "2017856977448207160"
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
      "id_str" : "2017856977448207160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017856977448207160",
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
            "2014783779063991187"
          ],
          "editableUntil" : "2026-01-23T20:34:20.000Z",
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
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "2014783779063991187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014783779063991187",
      "created_at" : "Fri Jan 23 19:34:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost spotted a dark grey bird with a rusty red tail that keeps quivering on the TV aerial at No. 14 yesterday evening, any idea what it is?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013507552957172186"
          ],
          "editableUntil" : "2026-01-20T08:03:04.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2013507552957172186",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013507552957172186",
      "created_at" : "Tue Jan 20 07:03:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost help! dark sickle-shaped bird screaming round the rooftops on the railway bridge. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011339365766008631"
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
      "id_str" : "2011339365766008631",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011339365766008631",
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
            "2010275332081584343"
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
      "id_str" : "2010275332081584343",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010275332081584343",
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
            "2005733321650474632"
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
      "id_str" : "2005733321650474632",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2005733321650474632",
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
            "2003730332239135987"
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
      "id_str" : "2003730332239135987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003730332239135987",
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
            "1996413574247874664"
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
      "in_reply_to_status_id_str" : "1996370167397352077",
      "id_str" : "1996413574247874664",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996413574247874664",
      "in_reply_to_status_id" : "1996370167397352077",
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
            "1996333723088062291"
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
      "id_str" : "1996333723088062291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996333723088062291",
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
            "1990438616183999838"
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
      "in_reply_to_status_id_str" : "1990417015517217505",
      "id_str" : "1990438616183999838",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990438616183999838",
      "in_reply_to_status_id" : "1990417015517217505",
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
            "1990403333699273534"
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
      "id_str" : "1990403333699273534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990403333699273534",
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
            "1989056847787461344"
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
      "id_str" : "1989056847787461344",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989056847787461344",
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
            "1983014359664691438"
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
      "in_reply_to_status_id_str" : "1982969094736707833",
      "id_str" : "1983014359664691438",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983014359664691438",
      "in_reply_to_status_id" : "1982969094736707833",
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
            "1982957245829614408"
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
      "in_reply_to_status_id_str" : "1982951415744170587",
      "id_str" : "1982957245829614408",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982957245829614408",
      "in_reply_to_status_id" : "1982951415744170587",
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
            "1982916754017355688"
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
      "id_str" : "1982916754017355688",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982916754017355688",
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
            "1978944076529798411"
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
      "in_reply_to_status_id_str" : "1978929564236513867",
      "id_str" : "1978944076529798411",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978944076529798411",
      "in_reply_to_status_id" : "1978929564236513867",
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
            "1978890418797546137"
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
      "id_str" : "1978890418797546137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978890418797546137",
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
            "1974262258705238098"
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
      "in_reply_to_status_id_str" : "1974231946469049090",
      "id_str" : "1974262258705238098",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974262258705238098",
      "in_reply_to_status_id" : "1974231946469049090",
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
            "1974207816638398695"
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
      "id_str" : "1974207816638398695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974207816638398695",
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
            "1971860601649236890"
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
      "id_str" : "1971860601649236890",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1971860601649236890",
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
            "1970639432270875826"
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
      "in_reply_to_status_id_str" : "1970612504840112741",
      "id_str" : "1970639432270875826",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970639432270875826",
      "in_reply_to_status_id" : "1970612504840112741",
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
            "1970572268882759206"
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
      "id_str" : "1970572268882759206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970572268882759206",
      "created_at" : "Tue Sep 23 19:33:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost when do we clear out the old nests from the boxes?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967290056212612349"
          ],
          "editableUntil" : "2025-09-14T19:11:14.000Z",
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
        "33"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1967264412234679629",
      "id_str" : "1967290056212612349",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967290056212612349",
      "in_reply_to_status_id" : "1967264412234679629",
      "created_at" : "Sun Sep 14 18:11:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost wow, nature is wild",
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
            "1967224776064106558"
          ],
          "editableUntil" : "2025-09-14T14:51:50.000Z",
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
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "1967224776064106558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967224776064106558",
      "created_at" : "Sun Sep 14 13:51:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! glossy dark bird with speckles that shimmer green and purple on the allotment fence. what is it?",
      "lang" : "en"
    }
  }
]