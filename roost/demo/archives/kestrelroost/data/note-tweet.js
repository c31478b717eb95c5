window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1991980522138239937",
      "updatedAt" : "2025-11-21T21:22:20.000Z",
      "lifecycle" : {
        "value" : "post_tweet",
        "name" : "PostTweet",
        "originalName" : "post_tweet",
        "annotations" : { }
      },
      "createdAt" : "2025-11-21T21:22:20.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "A year of Kestrel Street Roost. When we started, it was three of us and a bird feeder on the roof. Now there are more than a hundred of us, a garden that feeds bees from March to November, six new nest boxes on the street, a bike repair night, a seed swap, and a swift tower on the way. We have counted 47 species from the roof, including a black redstart that we still can't quite believe. Thank you for every walk in the rain, every bag of compost, every cup of tea. Here's to the next year. 🐦💚",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1985685022620779663",
      "updatedAt" : "2025-11-04T12:26:16.000Z",
      "lifecycle" : {
        "value" : "post_tweet",
        "name" : "PostTweet",
        "originalName" : "post_tweet",
        "annotations" : { }
      },
      "createdAt" : "2025-11-04T12:26:16.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Some house rules for the roof garden, because we keep getting asked: it's open to everyone in the building from 8am to 9pm. Please close the roof door behind you, it slams in the wind. No pesticides, no slug pellets. Water the troughs on your rota day. Feeders get cleaned on Sundays. If you see a nest, enjoy it from a distance and tell nobody where it is. Dogs are welcome on a lead, cats stay downstairs. And if you pick a tomato, tell Hazel, she counts them.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1981815514495191924",
      "updatedAt" : "2025-10-24T20:10:13.000Z",
      "lifecycle" : {
        "value" : "post_tweet",
        "name" : "PostTweet",
        "originalName" : "post_tweet",
        "annotations" : { }
      },
      "createdAt" : "2025-10-24T20:10:13.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Why we count birds. A single count tells you very little. But the same hour, on the same roof, every season, for years, tells a story: which birds are arriving, which ones are quietly disappearing, and whether the things we do, the nest boxes, the clean feeders, the wild corners, actually help. Our greenfinch numbers are creeping back up since we started the weekly feeder cleaning. That's not luck, that's all of you. Please join the next count, one hour is all it takes.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1966213165666012249",
      "updatedAt" : "2025-09-11T18:52:03.000Z",
      "lifecycle" : {
        "value" : "post_tweet",
        "name" : "PostTweet",
        "originalName" : "post_tweet",
        "annotations" : { }
      },
      "createdAt" : "2025-09-11T18:52:03.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Swift tower, the full story. Swifts have nested in the gaps under Millbrook's old roofs for as long as anyone remembers. Every renovation closes those gaps, and the birds that come back from Africa each May find their homes gone. So we asked the council for the old mill wall, and they said yes. 24 nest chambers go up in March. Swifts are loyal to a site once they find it, but finding it can take a few seasons, so we'll play their calls from a small speaker to invite them in. If you hear screaming over the mill next summer, that's the sound of it working.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]