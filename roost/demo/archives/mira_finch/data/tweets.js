window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027209053665627153"
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
      "in_reply_to_status_id_str" : "2027195409592748334",
      "id_str" : "2027209053665627153",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027209053665627153",
      "in_reply_to_status_id" : "2027195409592748334",
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
            "2024414711812194941"
          ],
          "editableUntil" : "2026-02-19T10:24:13.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2024414711812194941",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024414711812194941",
      "created_at" : "Thu Feb 19 09:24:13 +0000 2026",
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
            "2021166850910192716"
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
      "id_str" : "2021166850910192716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021166850910192716",
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
            "2018390711706845830"
          ],
          "editableUntil" : "2026-02-02T19:27:00.000Z",
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
        "123"
      ],
      "favorite_count" : "13",
      "id_str" : "2018390711706845830",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018390711706845830",
      "created_at" : "Mon Feb 02 18:27:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? glossy dark bird with speckles that shimmer green and purple, on the roof garden just now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018123613453158951"
          ],
          "editableUntil" : "2026-02-02T01:45:39.000Z",
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
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2018081016100163238",
      "id_str" : "2018123613453158951",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018123613453158951",
      "in_reply_to_status_id" : "2018081016100163238",
      "created_at" : "Mon Feb 02 00:45:39 +0000 2026",
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
            "2018037995122200496"
          ],
          "editableUntil" : "2026-02-01T20:05:26.000Z",
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
      "id_str" : "2018037995122200496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018037995122200496",
      "created_at" : "Sun Feb 01 19:05:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the yellow bird with a black stripe down its chest on the allotment fence at lunchtime?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017349542153162255"
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
      "in_reply_to_status_id_str" : "2017314159004877932",
      "id_str" : "2017349542153162255",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017349542153162255",
      "in_reply_to_status_id" : "2017314159004877932",
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
            "2017295163002718506"
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
      "id_str" : "2017295163002718506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017295163002718506",
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
            "2013952063312758917"
          ],
          "editableUntil" : "2026-01-21T13:29:23.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2013921134513620899",
      "id_str" : "2013952063312758917",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013952063312758917",
      "in_reply_to_status_id" : "2013921134513620899",
      "created_at" : "Wed Jan 21 12:29:23 +0000 2026",
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
            "2013917535799739897"
          ],
          "editableUntil" : "2026-01-21T11:12:11.000Z",
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
      "id_str" : "2013917535799739897",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013917535799739897",
      "created_at" : "Wed Jan 21 10:12:11 +0000 2026",
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
            "2011035751736936008"
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
      "in_reply_to_status_id_str" : "2010993351516621185",
      "id_str" : "2011035751736936008",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011035751736936008",
      "in_reply_to_status_id" : "2010993351516621185",
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
            "2010972149309116057"
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
      "id_str" : "2010972149309116057",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010972149309116057",
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
            "2010843650490500572"
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
      "in_reply_to_status_id_str" : "2010821361960616153",
      "id_str" : "2010843650490500572",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010843650490500572",
      "in_reply_to_status_id" : "2010821361960616153",
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
            "2010802269487106522"
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
      "id_str" : "2010802269487106522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2010802269487106522",
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
            "2005391592114750264"
          ],
          "editableUntil" : "2025-12-28T22:33:08.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2005365415465321431",
      "id_str" : "2005391592114750264",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005391592114750264",
      "in_reply_to_status_id" : "2005365415465321431",
      "created_at" : "Sun Dec 28 21:33:08 +0000 2025",
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
            "2005353314898412341"
          ],
          "editableUntil" : "2025-12-28T20:01:02.000Z",
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
      "id_str" : "2005353314898412341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005353314898412341",
      "created_at" : "Sun Dec 28 19:01:02 +0000 2025",
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
            "2004135140779098225"
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
      "in_reply_to_status_id_str" : "2004126320159754853",
      "id_str" : "2004135140779098225",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004135140779098225",
      "in_reply_to_status_id" : "2004126320159754853",
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
            "2004104488807566984"
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
      "id_str" : "2004104488807566984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004104488807566984",
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
            "2002084540436841858"
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
      "id_str" : "2002084540436841858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002084540436841858",
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
            "1997949184451412357"
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
      "id_str" : "1997949184451412357",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997949184451412357",
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
            "1983631361449001118"
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
      "id_str" : "1983631361449001118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983631361449001118",
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
            "1981835995186595017"
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
      "id_str" : "1981835995186595017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981835995186595017",
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
            "1980744275276727949"
          ],
          "editableUntil" : "2025-10-21T22:13:30.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1980744275276727949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980744275276727949",
      "created_at" : "Tue Oct 21 21:13:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! dark grey bird with a rusty red tail that keeps quivering in the ivy on the old mill. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979627318590964247"
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
      "id_str" : "1979627318590964247",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1979627318590964247",
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
            "1978098813294874021"
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
      "in_reply_to_status_id_str" : "1978066798175323154",
      "id_str" : "1978098813294874021",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978098813294874021",
      "in_reply_to_status_id" : "1978066798175323154",
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
            "1978038595672866900"
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
      "id_str" : "1978038595672866900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978038595672866900",
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
            "1975877845654569519"
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
      "id_str" : "1975877845654569519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975877845654569519",
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
            "1967489827803365555"
          ],
          "editableUntil" : "2025-09-15T08:25:03.000Z",
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
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1967489827803365555",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967489827803365555",
      "created_at" : "Mon Sep 15 07:25:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! tiny blue and yellow bird hanging upside down on the railway bridge. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966499966733519890"
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
      "in_reply_to_status_id_str" : "1966493973072187298",
      "id_str" : "1966499966733519890",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966499966733519890",
      "in_reply_to_status_id" : "1966493973072187298",
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
            "1966472863138843727"
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
      "id_str" : "1966472863138843727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966472863138843727",
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
            "1964604099657468436"
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
      "id_str" : "1964604099657468436",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964604099657468436",
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
            "1963932711787694011"
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
      "in_reply_to_status_id_str" : "1963924742609833178",
      "id_str" : "1963932711787694011",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963932711787694011",
      "in_reply_to_status_id" : "1963924742609833178",
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
            "1963892408720165039"
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
      "id_str" : "1963892408720165039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963892408720165039",
      "created_at" : "Fri Sep 05 09:10:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost ¿a qué hora es la charla sobre vencejos en la biblioteca?",
      "lang" : "es"
    }
  }
]