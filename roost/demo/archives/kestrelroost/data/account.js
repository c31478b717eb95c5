window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "kestrelroost@mail.example",
      "createdVia" : "web",
      "username" : "kestrelroost",
      "accountId" : "1712044508321947648",
      "createdAt" : "2022-10-19T07:00:00.000Z",
      "accountDisplayName" : "Kestrel Street Roost 🐦"
    }
  }
]