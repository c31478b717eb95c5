window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "2019471119165816865",
      "user_id" : "1712044508321947648",
      "created_at" : "Thu Feb 05 18:00:09 +0000 2026",
      "deleted_at" : "Thu Feb 05 18:05:09 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1997647721431567583",
      "user_id" : "1712044508321947648",
      "created_at" : "Sun Dec 07 12:41:45 +0000 2025",
      "deleted_at" : "Sun Dec 07 13:18:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1963286072500028460",
      "user_id" : "1712044508321947648",
      "created_at" : "Wed Sep 03 17:00:50 +0000 2025",
      "deleted_at" : "Wed Sep 03 17:19:50 +0000 2025"
    }
  }
]