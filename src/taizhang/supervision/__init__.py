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
- unitnames.py   a unit name as written (市发改局, 各镇（街道）, 「县发改局、县住建局」) → the unit tree; data/*.tsv
- deadlines.py   a 完成时限 as written (…底前, 上半年, 每月25日前, 长期坚持, 立行立改) → date, cycle or none
- importer/      offices' own Excel ledgers as they are: header synonyms (data/), sections, merged cells, preview
                 plan, batches, saved layouts; one short write; export in the office's layout and the standard one
- excel.py       Excel 台账 entry points (import_ledger, export_ledger, template) over importer/
- import_views.py, import_cli.py  the import pages (upload → preview → confirm → batch) and `taizhang items import`
- paperwork.py   督办单, 催办单, 通报, 整改通知 → .docx and printable HTML, each line citing item and source
- auth.py        login throttling (per username + IP) as an authentication backend plus signals
- views.py, urls.py, templates/  pages under /supervision/ and `.json` twins
- cli.py         `taizhang remind`, `taizhang unit`, `taizhang member`
"""
