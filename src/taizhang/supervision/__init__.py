"""taizhang.supervision: the supervision loop (督查督办) on the ledger, for many units at once.

Module map (pure functions first, then the database, then the web):
- warning.py     warning colour (blue/yellow/red) from deadline, milestones, progress, today; 倒排 milestones
- rates.py       completion / on-time / report timeliness / rectification rates, score, ranking, top tier
- workflow.py    the item state machine (草稿 → … → 办结, 退回, 中止) and who may move it
- models.py      Unit tree, Membership (role), Item (+ GenericForeignKey `source`), Milestone, ProgressReport,
                 Evidence, ChangeRequest, Reminder, InspectionRound, Finding, AuditEntry, LoginFailure
- permissions.py visible_items / visible_findings / visible_reports / visible_rounds: every view starts here
- services.py    every write: permission check, row lock (+ version for forms), change, audit entry
- audit.py       before/after JSON snapshots
- reporting.py   database → rates facts; monthly ranking, dispatch list, quarterly project review
- excel.py       Excel 台账 import (validate all, all-or-nothing) and export (lossless round trip)
- paperwork.py   督办单, 催办单, 通报, 整改通知 → .docx and printable HTML, each line citing item and source
- auth.py        login throttling (per username + IP) as an authentication backend plus signals
- views.py, urls.py, templates/  pages under /supervision/ and `.json` twins
- cli.py         `taizhang remind`, `taizhang unit`, `taizhang member`
"""
