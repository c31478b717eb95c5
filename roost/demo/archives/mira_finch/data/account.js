window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "mira.finch@mail.example",
      "createdVia" : "web",
      "username" : "mira_finch",
      "accountId" : "1598203344120815617",
      "createdAt" : "2022-11-19T07:00:00.000Z",
      "accountDisplayName" : "Mira Castellanos"
    }
  }
]