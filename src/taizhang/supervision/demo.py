"""`taizhang demo`: the whole story on the bundled samples of our fictional county 岚溪县.

1. extract the samples (report.html) and ingest them into the ledger, except the later progress report;
2. the unit tree of 岚溪县 and one user per role (logins printed);
3. 立项 through the same path a supervisor uses (intake.create): the 2026 task plan's first two chapters become
   an item tree with lead and co-units read from the text, goals and deadlines; the third chapter is left for the
   visitor to make from the 立项 page;
4. a liaison signs for an item and reports, the supervisor accepts the report;
5. the later progress report is ingested: its figures become proposals on the items (the ledger's ingest signal),
   one of them accepted;
6. an inspection round with a finding on the late reservoir item, and today's reminders (催办) for late items.
Running it again changes nothing but the passwords (documents are duplicates, units/users/items/round exist).
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PLAN = "lanxi_2026_tasks.txt"
LATER = "lanxi_2026_q3_progress.txt"
COUNTY = "岚溪县"
DEPARTMENTS = ["岚溪县人民政府督查室", "岚溪县发展和改革局", "岚溪县统计局", "岚溪县工业和信息化局", "岚溪县商务局",
               "岚溪县市场监督管理局", "岚溪县财政局", "岚溪县交通运输局", "岚溪县水利局", "岚溪县自然资源局",
               "岚溪县生态环境局", "岚溪县人力资源和社会保障局", "岚溪县教育体育局", "岚溪县住房和城乡建设局",
               "岚溪县农业农村局"]
TOWNS = ["桃坑镇", "城关镇"]
# username, role, unit (None: all units), what the person does
USERS = [
    ("demo", "admin", None, "系统管理员"),
    ("ducha", "supervisor", "岚溪县人民政府督查室", "督查人员:立项、交办、审核、督查"),
    ("lingdao", "leader", None, "领导:查看全部事项和排名"),
    ("fagai", "liaison", "岚溪县发展和改革局", "县发改局联络员"),
    ("gongxin", "liaison", "岚溪县工业和信息化局", "县工信局联络员"),
    ("shuili", "liaison", "岚溪县水利局", "县水利局联络员"),
    ("renshe", "liaison", "岚溪县人力资源和社会保障局", "县人社局联络员"),
    ("chakan", "viewer", "岚溪县发展和改革局", "县发改局查看人员"),
]
ROUND_NAME = "2026年第三季度重点任务专项督查"


@dataclass
class DemoResult:
    password: str
    logins: list[tuple[str, str, str]] = field(default_factory=list)   # username, role label, description
    documents: list[tuple[str, str, str]] = field(default_factory=list)  # name, status label, message
    items: int = 0
    proposals: int = 0
    rounds: int = 0
    notes: list[str] = field(default_factory=list)   # what did not go as the story expects, said out loud


def sample_files() -> list[Path]:
    return [p for p in sorted(SAMPLES.glob("*")) if p.is_file() and not p.name.startswith((".", "_"))
            and p.suffix.lower() in {".txt", ".html", ".htm", ".pdf", ".docx"}]


def ensure_units() -> dict[str, object]:
    from .models import Unit
    county, _ = Unit.objects.get_or_create(name=COUNTY, defaults={"kind": Unit.Kind.COUNTY, "order": 0})
    out = {COUNTY: county}
    for i, name in enumerate(DEPARTMENTS, 1):
        out[name], _ = Unit.objects.get_or_create(name=name, defaults={"kind": Unit.Kind.DEPARTMENT, "order": i})
    for i, name in enumerate(TOWNS, 100):
        out[name], _ = Unit.objects.get_or_create(name=name, defaults={"kind": Unit.Kind.TOWN, "parent": county,
                                                                         "order": i})
    return out


def ensure_users(password: str, units: dict) -> list[tuple[str, str, str]]:
    from django.contrib.auth import get_user_model

    from .models import Membership, Role
    User = get_user_model()
    out = []
    for username, role, unit, what in USERS:
        user, _ = User.objects.get_or_create(username=username)
        if role == Role.ADMIN:
            user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        Membership.objects.update_or_create(user=user, defaults={"role": role, "unit": units.get(unit)})
        out.append((username, Role(role).label, what))
    return out


def _ingest(paths, result: DemoResult) -> None:
    from taizhang.ledger import ingest
    if not paths:
        return
    batch = ingest.ingest_paths(paths)
    for it in batch.items.all():
        result.documents.append((it.name, it.get_status_display(), it.message))


def run(password: str | None = None, out: Path | None = None, extract: bool = True) -> DemoResult:
    """Build the demo database (Django must be set up and migrated)."""
    from django.contrib.auth import get_user_model

    from taizhang.ledger.models import Document

    from . import intake, proposals, services
    from .models import InspectionRound, Item, Proposal, Status

    password = password or os.environ.get("TAIZHANG_DEMO_PASSWORD") or secrets.token_urlsafe(9)
    result = DemoResult(password)
    files = sample_files()
    if extract and out is not None and files:
        from taizhang.cli import main
        main(["extract", *map(str, files), "--out", str(out)])
    _ingest([p for p in files if p.name != LATER], result)
    units = ensure_units()
    result.logins = ensure_users(password, units)
    User = get_user_model()
    sup = User.objects.get(username="ducha")

    plan_doc = Document.objects.filter(name=PLAN).first()
    if plan_doc is None:
        result.notes.append(f"样例方案 {PLAN} 未入库,未能立项")
    elif not Item.objects.exists():
        chapters = list(plan_doc.sections.filter(parent__isnull=True).order_by("order"))
        if len(chapters) < 3:
            result.notes.append(f"样例方案只识别出 {len(chapters)} 个章节(应为 3 个)")
        made = intake.create(sup, [f"section:{s.pk}" for s in chapters[:2]], assign=True).created
        _first_report(made, units)
        proposals.propose_for_items(made)  # figures already in the ledger (the 2023 reports) are older: none
    later = [p for p in files if p.name == LATER]
    _ingest(later, result)               # the ingest signal proposes progress on the items
    pending = Proposal.objects.filter(state=Proposal.State.PENDING, kind=Proposal.Kind.ACTUAL) \
        .order_by("id").first()
    if pending is not None and not Proposal.objects.exclude(state=Proposal.State.PENDING).exists():
        proposals.decide(sup, pending.pk, True, "与统计局数据核对一致")
    if not InspectionRound.objects.filter(name=ROUND_NAME).exists():
        _inspection(sup, units)
    services.issue_reminders(actor=sup)  # today's 催办 for the late items (once a day)
    result.items = Item.objects.count()
    result.proposals = Proposal.objects.count()
    if not result.proposals:
        result.notes.append("进展报告未生成任何进展建议")
    result.rounds = InspectionRound.objects.count()
    return result


def _first_report(items, units) -> None:
    """The 县发改局 liaison signs for the GDP item and reports; the supervisor accepts the report."""
    from django.contrib.auth import get_user_model

    from . import services
    from .models import Status
    User = get_user_model()
    liaison, sup = User.objects.get(username="fagai"), User.objects.get(username="ducha")
    mine = [i for i in items if i.lead_unit_id == units["岚溪县发展和改革局"].id and i.status == Status.ASSIGNED]
    if not mine:
        return
    item = mine[0]
    services.transition(liaison, item.id, Status.ACCEPTED)
    report = services.submit_report(liaison, item.id, 60, "一季度地区生产总值增长5.8%,二季度起重点项目集中开工,"
                                    "增速逐季回升。", problems="工业投资增速放缓", next_steps="开展重点项目赛马比拼")
    services.review_report(sup, report.id, True)


def _inspection(sup, units) -> None:
    """One round over the project units, a finding on the reservoir item (its 6月底 node has passed)."""
    from django.utils import timezone

    from . import services
    from .models import Item
    today = timezone.localdate()
    scope = [units[n].id for n in ("岚溪县水利局", "岚溪县交通运输局", "岚溪县工业和信息化局")]
    rnd = services.create_round(sup, ROUND_NAME, "县政府督查室第一督查组", today - dt.timedelta(days=14),
                                today - dt.timedelta(days=7), scope)
    item = Item.objects.filter(lead_unit=units["岚溪县水利局"]).order_by("id").first()
    services.add_finding(sup, rnd.id, units["岚溪县水利局"].id,
                         "桃坑水库大坝主体工程未按6月底节点完成,施工组织不力,进度滞后。", "major",
                         today + dt.timedelta(days=30), item.id if item else None)


def print_result(r: DemoResult) -> None:
    for name, status, msg in r.documents:
        print(f"  {status}  {name}" + (f"  {msg}" if msg else ""))
    print(f"督办事项 {r.items} 项,进展建议 {r.proposals} 条,督查轮次 {r.rounds} 轮")
    print("登录账号(密码相同):")
    for username, role, what in r.logins:
        print(f"  {username:8} {role:6} {what}")
    for note in r.notes:
        print(f"注意:{note}")
    print("试一试:用 ducha 登录,在「从台账立项」为方案第三章立项,在「进展建议」采纳或驳回;用 fagai 登录签收并报送进展。")
    print(f"login: username=demo password={r.password}")
