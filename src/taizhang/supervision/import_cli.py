"""`taizhang items import FILE [--dry-run] [--create-units] [--json]`: an office's own Excel ledger from the
command line, through the same plan and write as the import page (supervision/importer/)."""
from __future__ import annotations

import argparse


def _setup() -> None:
    from ..commands import setup_django
    setup_django()


def cmd_items_import(args: argparse.Namespace) -> int:
    """`taizhang items import FILE`: an office's own Excel ledger, read as it is; --dry-run writes nothing."""
    _setup()
    import json
    from pathlib import Path

    from .importer import Options, apply_plan, plan_import, summary

    path = Path(args.file)
    if not path.is_file():
        print(json.dumps({"items": 0, "errors": [{"message": f"文件不存在: {path}"}], "dropped_columns": []},
                         ensure_ascii=False) if args.json else f"文件不存在: {path}")
        return 2
    key = {"auto": None, "code": "code", "title": "title", "none": ""}[args.match_by]
    options = Options(create_units=args.create_units, key_field=key, immediate_days=args.immediate_days)
    with path.open("rb") as f:
        plan = plan_import(f, path.name, options)
    applied = None
    if plan.ok and plan.to_update and not args.dry_run and not args.allow_updates:
        # nothing is overwritten without being shown first: the updates are listed, and written on a second run
        from .importer import CellError
        plan.errors.append(CellError(0, "任务编号", f"{plan.to_update} 行将更新已有事项(见 updates);核对后加 "
                                                  f"--allow-updates 再导入"))
    if plan.ok and not args.dry_run:
        actor = None
        if args.user:
            from django.contrib.auth import get_user_model
            actor = get_user_model().objects.filter(username=args.user).first()
            if actor is None:
                print(f"no such user: {args.user}")
                return 2
        from django.core.exceptions import PermissionDenied
        try:
            applied = apply_plan(plan, actor, check_permission=actor is not None)
        except PermissionDenied as e:
            print(f"{args.user}: {e}")
            return 2
    out = summary(plan, applied)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        verb = "将" if args.dry_run or not plan.ok else "已"
        print(f"{path.name}: {verb}新增 {out['created']} 条,{verb}更新 {out['updated']} 条"
              f"(其中分组 {out['sections']} 条)")
        for s in out["sheets"]:
            print(f"  工作表「{s['name']}」表头第{s['header_rows'][0]}-{s['header_rows'][1]}行, {s['rows']} 行数据,"
                  f" 跳过合计行 {s['totals_skipped']} 行")
            for c in s["columns"]:
                print(f"    {c['header']!s:<16} → {c['label']}")
        for u in out["updates"]:
            print(f"  第{u['row']}行更新事项 #{u['item']}: " + "; ".join(f"{k}: {o} → {n}" for k, o, n in u["changes"]))
        if out["unknown_units"]:
            names = "、".join(out["units_created"] if applied else out["unknown_units"])
            print(("已创建单位: " if applied else "将创建单位: " if args.create_units
                   else "单位树中没有的单位(加 --create-units 创建): ") + names)
        for w in out["warnings"][:50]:
            print(f"  提示 {w['sheet']} 第{w['row']}行「{w['column']}」: {w['message']}")
        for e in out["errors"]:
            print(f"  错误 {e['sheet']} 第{e['row']}行「{e['column']}」: {e['message']}")
    return 0 if plan.ok else 1


def register(sub) -> None:
    p = sub.add_parser("items", help="supervised items: import an office's own Excel ledger")
    isub = p.add_subparsers(dest="items_command", required=True)
    q = isub.add_parser("import", help="import an Excel ledger as it is (preview with --dry-run)")
    q.add_argument("file")
    q.add_argument("--dry-run", action="store_true", help="read and validate only; write nothing")
    q.add_argument("--create-units", action="store_true", help="create units the unit tree does not have yet")
    q.add_argument("--json", action="store_true", help="print one JSON object (items, errors, dropped_columns, ...)")
    q.add_argument("--match-by", choices=["auto", "code", "title", "none"], default="auto",
                   help="how rows meet existing items: auto = by 任务编号 when the sheet has one (default)")
    q.add_argument("--immediate-days", type=int, default=None, help="deadline for 立即办理/立行立改, in days")
    q.add_argument("--allow-updates", action="store_true",
                   help="write rows that update existing items (without it they are only listed)")
    q.add_argument("--user", help="record the import under this username")
    q.set_defaults(func=cmd_items_import)
