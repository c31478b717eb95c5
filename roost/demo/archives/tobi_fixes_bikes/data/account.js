window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tobi.fixes.bikes@mail.example",
      "createdVia" : "web",
      "username" : "tobi_fixes_bikes",
      "accountId" : "1533877060239339520",
      "createdAt" : "2023-02-24T07:00:00.000Z",
      "accountDisplayName" : "Tobi Okonkwo"
    }
  }
]