"""Operator-owned moderation: the policy file (`policy`), its trained classifiers (`classifier`, `labeled`,
`train`), the server's hook (`hook`) and `/v1/moderations` (`api`), and the audit log reader (`audit`)."""
