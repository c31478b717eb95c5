window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jonas.im.garten@mail.example",
      "createdVia" : "web",
      "username" : "jonas_im_garten",
      "accountId" : "1466023391857029121",
      "createdAt" : "2024-03-29T07:00:00.000Z",
      "accountDisplayName" : "Jonas Brehm"
    }
  }
]