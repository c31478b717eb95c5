window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1987516866021950556",
      "user_id" : "1712044508321947648",
      "created_at" : "Sun Nov 09 13:45:21 +0000 2025",
      "deleted_at" : "Sun Nov 09 14:14:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1969518813938847724",
      "user_id" : "1712044508321947648",
      "created_at" : "Sat Sep 20 21:47:31 +0000 2025",
      "deleted_at" : "Sat Sep 20 21:53:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1967888916011287077",
      "user_id" : "1712044508321947648",
      "created_at" : "Tue Sep 16 09:50:53 +0000 2025",
      "deleted_at" : "Tue Sep 16 10:07:53 +0000 2025"
    }
  }
]