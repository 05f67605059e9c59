"""taizhang.ledger: documents, their extractions and the grounded ledger (targets, actuals, projects, tasks)."""
