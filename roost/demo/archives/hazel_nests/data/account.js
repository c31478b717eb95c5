window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hazel.nests@mail.example",
      "createdVia" : "web",
      "username" : "hazel_nests",
      "accountId" : "1290443171800051712",
      "createdAt" : "2022-08-16T07:00:00.000Z",
      "accountDisplayName" : "Hazel Pryce"
    }
  }
]