window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023736254972166708"
          ],
          "editableUntil" : "2026-02-17T13:28:17.000Z",
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
        "31"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "2023709918935518297",
      "id_str" : "2023736254972166708",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023736254972166708",
      "in_reply_to_status_id" : "2023709918935518297",
      "created_at" : "Tue Feb 17 12:28:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost labels printed 🏷️",
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
            "2023679128551296576"
          ],
          "editableUntil" : "2026-02-17T09:41:17.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2023679128551296576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023679128551296576",
      "created_at" : "Tue Feb 17 08:41:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can I leave the donated bikes in the shed over winter?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023310047790761036"
          ],
          "editableUntil" : "2026-02-16T09:14:41.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2023310047790761036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023310047790761036",
      "created_at" : "Mon Feb 16 08:14:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Swifts screaming over the shed while I fixed a chain. Summer is officially here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017049157300650483"
          ],
          "editableUntil" : "2026-01-30T02:36:08.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2017016773077632526",
      "id_str" : "2017049157300650483",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017049157300650483",
      "in_reply_to_status_id" : "2017016773077632526",
      "created_at" : "Fri Jan 30 01:36:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost cheers! adding it to my list",
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
            "2016980202941712291"
          ],
          "editableUntil" : "2026-01-29T22:02:08.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2016980202941712291",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016980202941712291",
      "created_at" : "Thu Jan 29 21:02:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost can anyone ID this? bird with a pinkish chest and white wing bars, along the canal path yesterday evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015331381115357387"
          ],
          "editableUntil" : "2026-01-25T08:50:18.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2015331381115357387",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2015331381115357387",
      "created_at" : "Sun Jan 25 07:50:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Donated bikes ready to go to new homes: 5 kids' bikes and 2 adult ones. Come to the shed Thursday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012850647404381892"
          ],
          "editableUntil" : "2026-01-18T12:32:45.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2012825259279649943",
      "id_str" : "2012850647404381892",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012850647404381892",
      "in_reply_to_status_id" : "2012825259279649943",
      "created_at" : "Sun Jan 18 11:32:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost you're the best, thanks",
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
            "2012820595216220335"
          ],
          "editableUntil" : "2026-01-18T10:33:20.000Z",
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
      "id_str" : "2012820595216220335",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012820595216220335",
      "created_at" : "Sun Jan 18 09:33:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost help! all-black bird with a bright orange-yellow beak on the library gutter. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008533597357477573"
          ],
          "editableUntil" : "2026-01-06T14:38:21.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2008531714112359135",
      "id_str" : "2008533597357477573",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008533597357477573",
      "in_reply_to_status_id" : "2008531714112359135",
      "created_at" : "Tue Jan 06 13:38:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost fair enough, shed it is 🔧",
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
            "2008523698797545138"
          ],
          "editableUntil" : "2026-01-06T13:59:01.000Z",
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
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "2008523698797545138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008523698797545138",
      "created_at" : "Tue Jan 06 12:59:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@kestrelroost could we put a couple of bike racks on the roof terrace? people keep carrying bikes up the stairs for the repair night",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005050221755106952"
          ],
          "editableUntil" : "2025-12-27T23:56:39.000Z",
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
        "48"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2005005929905390789",
      "id_str" : "2005050221755106952",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2005050221755106952",
      "in_reply_to_status_id" : "2005005929905390789",
      "created_at" : "Sat Dec 27 22:56:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost found a thorn. three tubes later 🙈",
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
            "2005003270719539131"
          ],
          "editableUntil" : "2025-12-27T20:50:05.000Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "2005003270719539131",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2005003270719539131",
      "created_at" : "Sat Dec 27 19:50:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost anyone know how to fix a slow puncture that keeps coming back?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997415544215178343"
          ],
          "editableUntil" : "2025-12-06T22:19:10.000Z",
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
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1997415544215178343",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997415544215178343",
      "created_at" : "Sat Dec 06 21:19:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Repair night tally: 9 punctures, 4 brake cables, 2 wheels trued, 1 bike that was beyond saving. Good night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993759318016658749"
          ],
          "editableUntil" : "2025-11-26T20:10:38.000Z",
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
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1993759318016658749",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993759318016658749",
      "created_at" : "Wed Nov 26 19:10:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost help! small brown bird with a grey cap and a black bib on the railway bridge. what is it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990330204362244254"
          ],
          "editableUntil" : "2025-11-17T09:04:33.000Z",
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
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1990330204362244254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990330204362244254",
      "created_at" : "Mon Nov 17 08:04:33 +0000 2025",
      "favorited" : false,
      "full_text" : "New truing stand in the shed thanks to a donation from the library. 🔧💚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978744106584377361"
          ],
          "editableUntil" : "2025-10-16T09:45:32.000Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1978744106584377361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978744106584377361",
      "created_at" : "Thu Oct 16 08:45:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Chain oil is not a salad dressing. Wipe off the excess. Your trousers will thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975248952269342289"
          ],
          "editableUntil" : "2025-10-06T18:17:03.000Z",
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
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1975248952269342289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975248952269342289",
      "created_at" : "Mon Oct 06 17:17:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost what's the chunky olive-green finch with yellow in its wings in the hawthorn by the bus stop at lunchtime?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969099056887628991"
          ],
          "editableUntil" : "2025-09-19T18:59:33.000Z",
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
        "54"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1969065405986636523",
      "id_str" : "1969099056887628991",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969099056887628991",
      "in_reply_to_status_id" : "1969065405986636523",
      "created_at" : "Fri Sep 19 17:59:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost amazing, I'll bring the truing stand too",
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
            "1969036045857066541"
          ],
          "editableUntil" : "2025-09-19T14:49:10.000Z",
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
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1969036045857066541",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969036045857066541",
      "created_at" : "Fri Sep 19 13:49:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost is the bike repair night still on for Thursday? I've got a pile of donated wheels",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967538488193715507"
          ],
          "editableUntil" : "2025-09-15T11:38:25.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1967538488193715507",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967538488193715507",
      "created_at" : "Mon Sep 15 10:38:25 +0000 2025",
      "favorited" : false,
      "full_text" : "PSA: check your tyre pressure. Half the 'broken' bikes I see just need air.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964754971513981643"
          ],
          "editableUntil" : "2025-09-07T19:17:43.000Z",
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
        "64"
      ],
      "favorite_count" : "5",
      "id_str" : "1964754971513981643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964754971513981643",
      "created_at" : "Sun Sep 07 18:17:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost the roof door key is missing from the hook again 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963245408158484348"
          ],
          "editableUntil" : "2025-09-03T15:19:15.000Z",
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
        "46"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1963219344754084947",
      "id_str" : "1963245408158484348",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963245408158484348",
      "in_reply_to_status_id" : "1963219344754084947",
      "created_at" : "Wed Sep 03 14:19:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost I'll be there with the trailer 🚲",
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
            "1963180195120152716"
          ],
          "editableUntil" : "2025-09-03T11:00:07.000Z",
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
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1963145751492428618",
      "id_str" : "1963180195120152716",
      "in_reply_to_user_id" : "1712044508321947648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963180195120152716",
      "in_reply_to_status_id" : "1963145751492428618",
      "created_at" : "Wed Sep 03 10:00:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@kestrelroost need a hand carrying stuff? the bike trailer can take a lot",
      "lang" : "en",
      "in_reply_to_screen_name" : "kestrelroost",
      "in_reply_to_user_id_str" : "1712044508321947648"
    }
  }
]