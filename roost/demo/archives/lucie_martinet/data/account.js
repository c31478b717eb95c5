window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lucie.martinet@mail.example",
      "createdVia" : "web",
      "username" : "lucie_martinet",
      "accountId" : "1301922871450402816",
      "createdAt" : "2022-05-04T07:00:00.000Z",
      "accountDisplayName" : "Lucie Martinet"
    }
  }
]