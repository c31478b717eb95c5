window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dev.sparrow@mail.example",
      "createdVia" : "web",
      "username" : "dev_sparrow",
      "accountId" : "1687730195513597952",
      "createdAt" : "2021-12-19T07:00:00.000Z",
      "accountDisplayName" : "Dev Raman"
    }
  }
]