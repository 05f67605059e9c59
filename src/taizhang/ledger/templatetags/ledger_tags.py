"""Template filters for the ledger pages, and the list pages' rows written in Python."""
import unicodedata
from html import escape as _html_escape

from django import template
from django.utils.safestring import mark_safe

from taizhang import labels as L

register = template.Library()


@register.filter
def num(value) -> str:
    """4.5 → '4.5', 5000.0 → '5000', None → '' (values as a person writes them)."""
    if value is None or value == "":
        return ""
    try:
        return f"{float(value):.6g}" if abs(float(value)) < 1e15 else str(value)
    except (TypeError, ValueError):
        return str(value)


FLAG_LABELS = {"lowered": "目标下调", "deadline_moved": "时限推迟", "not_mentioned": "近期未提及"}


@register.filter
def flag_label(flag: str) -> str:
    return FLAG_LABELS.get(flag, flag)


@register.filter
def can(access, ability: str) -> bool:
    """``{% if request.ledger|can:"review" %}``: whether the ledger's access policy grants the reader an ability,
    so a page offers only the links and forms its reader may use."""
    return bool(access is not None and hasattr(access, "can") and access.can(ability))


# --------------------------------------------------------------------------- list rows
#
# A list page's 50 rows and its ~90 facet links written in Python: the same HTML, character for character, as the
# loops they replace wrote through the template engine (whose per-variable look-up, localisation, escaping and
# filter calls cost most of a list page's own time).  tests/ledger/test_list_rows.py renders both and compares.

class _Truncator:
    """``truncatechars`` as Django's filter does it (NFC, combining characters not counted, the translated
    ellipsis), with the ellipsis looked up once per page instead of twice per cell."""

    def __init__(self):
        from django.utils.translation import pgettext
        self.template = pgettext("String to return when truncating text", "%(truncated_text)s…")
        self.marker = self._add("")

    def _add(self, text: str) -> str:
        t = self.template
        if "%(truncated_text)s" in t:
            return t % {"truncated_text": text}
        return text if text.endswith(t) else f"{text}{t}"

    def __call__(self, value, length: int) -> str:
        text = unicodedata.normalize("NFC", str(value))
        if length <= 0:
            return ""
        if len(text) <= length:
            return text
        truncate_len = length
        for char in self.marker:
            if not unicodedata.combining(char):
                truncate_len -= 1
                if truncate_len == 0:
                    break
        s_len, end_index = 0, None
        for i, char in enumerate(text):
            if unicodedata.combining(char):
                continue
            s_len += 1
            if end_index is None and s_len > truncate_len:
                end_index = i
            if s_len > length:
                return self._add(text[:end_index or 0])
        return text


def _e(value) -> str:
    """``conditional_escape`` without its lazy-argument wrapper and the SafeString it makes of every cell."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return _html_escape(str(value))


@register.simple_tag
def fact_rows(page, list_name: str) -> str:
    """The fact list's rows (``list_facts.html``): the targets list with each target's latest actual and gap."""
    cut = _Truncator()
    targets = list_name == "targets"
    out = []
    for f in page:
        flags = "".join(f' <span class="badge flag">{_e(flag_label(fl))}</span>' for fl in (f.flags or ()))
        extra = ""
        if targets:
            latest = ""
            if f.latest:
                latest = (f'{_e(num(f.latest.value))}{_e(f.latest.unit)} <span class="muted small">'
                          f'{_e(L.period_label(f.latest.period, "actual"))}</span>')
            gap = _e(num(f.latest_gap)) if f.latest_gap is not None else ""
            extra = f'<td class="num latest">{latest}</td>\n  <td class="num gap">{gap}</td>'
        out.append(
            f'\n  <tr data-id="{f.pk}"><td><a href="/facts/{f.pk}/">{_e(f.indicator_name or "（未命名）")}</a>{flags}</td>'
            f'\n  <td>{_e(f.subject)}</td><td>{_e(L.period_label(f.period, f.kind or "target"))}</td>'
            f'<td class="num">{_e(L.comparator_value(f.comparator, f.value, f.unit))}</td>'
            f'\n  {extra}'
            f'\n  <td class="small">{_e(cut(f.evidence, 70))}</td><td class="small">'
            f'<a href="/documents/{f.document_id}/#off-{f.estart}">{_e(cut(f.document.name, 20))}</a></td>'
            f'\n  <td><span class="badge {_e(f.review_state)}">{_e(f.get_review_state_display())}</span></td></tr>\n  ')
    if not out:
        return mark_safe('<tr><td colspan="9" class="muted">没有符合条件的条目。</td></tr>')
    return mark_safe("".join(out))


@register.simple_tag
def task_rows(page) -> str:
    """The task list's rows (``list_tasks.html``)."""
    cut = _Truncator()
    out = []
    for t in page:
        out.append(
            f'\n  <tr data-id="{t.pk}"><td><a href="/tasks/{t.pk}/">{_e(cut(t.title, 90))}</a></td>'
            f'<td>{_e(L.label(t.kind, "task_kind"))}</td><td>{_e(L.period_label(t.deadline, "target"))}</td>'
            f'\n  <td class="small"><a href="/documents/{t.document_id}/#off-{t.start}">{_e(cut(t.document.name, 20))}</a></td>'
            f'\n  <td><span class="badge {_e(t.review_state)}">{_e(t.get_review_state_display())}</span></td></tr>\n  ')
    if not out:
        return mark_safe('<tr><td colspan="5" class="muted">没有符合条件的任务。</td></tr>')
    return mark_safe("".join(out))


@register.simple_tag
def project_rows(page) -> str:
    """The project list's rows (``list_projects.html``)."""
    out = []
    for p in page:
        try:
            stale = "not_mentioned" in p.flags
        except TypeError:  # no flags: the template's ``in`` was false
            stale = False
        badge = ' <span class="badge flag">近期未提及</span>' if stale else ""
        out.append(
            f'\n  <tr data-id="{p.pk}"><td><a href="/projects/{p.pk}/">{_e(p.name)}</a>{badge}</td>'
            f'<td>{_e(p.get_stage_display())}</td>'
            f'\n  <td class="num">{_e(num(p.investment_planned))}</td><td class="num">{_e(num(p.investment_completed))}</td>'
            f'\n  <td class="num">{p.mention_count}</td><td>{_e(L.date_label(p.last_seen))}</td>'
            f'<td><span class="badge {_e(p.review_state)}">{_e(p.get_review_state_display())}</span></td></tr>\n  ')
    if not out:
        return mark_safe('<tr><td colspan="7" class="muted">没有符合条件的项目。</td></tr>')
    return mark_safe("".join(out))


@register.simple_tag
def facet_blocks(facets) -> str:
    """The facets' headings and value links (``_facets.html``): a period by its words, other labels cut to 18."""
    cut = _Truncator()
    out = []
    for facet, rows in facets:
        items = []
        for r in rows:
            if facet.param == "period":
                text = L.period_label(r["label"], "target") or r["label"]
            else:
                text = cut(r["label"], 18)
            items.append(f'\n    <li class="{"sel" if r["selected"] else ""}"><a href="{_e(r["href"])}">{_e(text)}</a>'
                         f'<span class="muted">{r["count"]}</span></li>\n    ')
        body = "".join(items) if items else '<li class="muted">（无）</li>'
        out.append(f'\n  <h3>{_e(facet.label)}</h3>\n  <ul data-facet="{_e(facet.param)}">\n    {body}\n  </ul>\n  ')
    return mark_safe("".join(out))


def _csrf_input(context) -> str:
    """What ``{% csrf_token %}`` writes, with the page's one token."""
    token = context.get("csrf_token")
    if not token or str(token) == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(str(token))}">'


@register.simple_tag(takes_context=True)
def link_rows(context, links_out, links_in) -> str:
    """The fact page's link rows (``fact.html``): its actuals and restatements, with the link forms for a reader
    who may link, then the targets it is linked from."""
    cut = _Truncator()
    request = context.get("request")
    forms = can(getattr(request, "ledger", None), "link")
    csrf = _csrf_input(context) if forms and links_out else ""
    out = []
    for lk in links_out:
        o = lk.other
        form = ""
        if forms:
            form = (f'<form method="post" action="/links/{lk.pk}/">{csrf}<button name="action" value="confirm" '
                    f'class="secondary">确认</button> <button name="action" value="break" class="danger">解除</button>\n'
                    f' <input name="other" size="5" placeholder="改为#"><button name="action" value="change" '
                    f'class="secondary">改关联</button></form>')
        gap = _e(num(lk.gap)) if lk.gap is not None else ""
        out.append(
            f'\n<tr class="link-{_e(lk.state)}"><td>{_e(lk.get_relation_display())}</td><td><a href="/facts/{lk.other_id}/">'
            f'{_e(cut(o.evidence, 40))}</a></td>\n<td class="small">{_e(L.date_label(o.document.published))} '
            f'{_e(cut(o.document.name, 16))}</td><td>{_e(L.period_label(o.period, o.kind or "target"))}</td>\n'
            f'<td class="num">{_e(num(o.value))}{_e(o.unit)}</td><td class="num">{gap}</td>\n'
            f'<td><span class="badge {_e(lk.origin)}">{_e(lk.get_origin_display())}</span> <span class="badge">'
            f'{_e(lk.get_state_display())}</span></td>\n<td>{form}</td></tr>\n')
    if not out and not links_in:
        out.append('<tr><td colspan="8" class="muted">暂无关联</td></tr>')
    out.append("\n")
    for lk in links_in:
        t = lk.target
        gap = _e(num(lk.gap)) if lk.gap is not None else ""
        out.append(
            f'\n<tr><td>{_e(lk.get_relation_display())}（本条为后续）</td><td><a href="/facts/{lk.target_id}/">'
            f'{_e(cut(t.evidence, 40))}</a></td>\n<td class="small">{_e(L.date_label(t.document.published))}</td>'
            f'<td>{_e(L.period_label(t.period, t.kind or "target"))}</td><td class="num">{_e(num(t.value))}{_e(t.unit)}</td>\n'
            f'<td class="num">{gap}</td><td><span class="badge {_e(lk.origin)}">{_e(lk.get_origin_display())}</span> '
            f'<span class="badge">{_e(lk.get_state_display())}</span></td><td></td></tr>\n')
    return mark_safe("".join(out))


@register.simple_tag
def sentence_items(sentences) -> str:
    """The fact page's sources (``fact.html``): each sentence with its document, date and relation."""
    return mark_safe("".join(
        f'<li><span class="badge">{_e(rel)}</span> <a href="/documents/{d.pk}/#off-{other.estart}">'
        f'{_e(d.title or d.name)}</a>（{_e(L.date_label(d.published))}）：{_e(ev)}</li>'
        for d, ev, other, rel in sentences))


@register.simple_tag(takes_context=True)
def mention_rows(context, mentions) -> str:
    """The project page's timeline (``project.html``): each mention with its link form and review buttons (as
    ``_review_buttons.html`` writes them) for a reader who may link and review."""
    cut = _Truncator()
    request = context.get("request")
    access = getattr(request, "ledger", None)
    link, review = can(access, "link"), can(access, "review")
    csrf = _csrf_input(context) if (link or review) and mentions else ""
    back = _e(request.get_full_path()) if review else ""
    out = []
    for m in mentions:
        d = m.document
        form = ""
        if link:
            form = (f'<form method="post" action="/mentions/{m.pk}/link/">{csrf}<button name="action" value="confirm" '
                    f'class="secondary">确认</button> <button name="action" value="break" class="danger">拆出</button>\n'
                    f'<input name="project" size="8" placeholder="改到项目名"><button name="action" value="change" '
                    f'class="secondary">改</button></form>')
        buttons = ""
        if review:
            buttons = (f'<form method="post" action="/review/mention/{m.pk}/" class="inline">{csrf}\n'
                       f'  <input type="hidden" name="next" value="{back}">\n'
                       f'  <button name="action" value="accept" class="secondary" data-action="accept">确认</button>\n'
                       f'  <button name="action" value="reject" class="danger" data-action="reject">驳回</button>\n'
                       f'</form>')
        out.append(
            f'\n<tr><td>{_e(L.date_label(d.published) or "日期未知")}</td><td class="small"><a href="/documents/'
            f'{m.document_id}/#off-{m.start}">{_e(cut(d.title or d.name, 20))}</a></td>\n'
            f'<td>{_e(m.get_stage_display())}</td><td class="num">{_e(num(m.investment_planned))}</td>'
            f'<td class="num">{_e(num(m.investment_completed))}</td>\n'
            f'<td class="small">{_e(cut(m.evidence, 80))}</td>\n'
            f'<td class="small"><span class="badge {_e(m.link_origin)}">{_e(m.get_link_origin_display())}</span> '
            f'{_e(m.get_link_state_display())}\n{form}</td>\n'
            f'<td>{buttons}\n<span class="badge {_e(m.review_state)}">{_e(m.get_review_state_display())}</span></td></tr>\n')
    return mark_safe("".join(out))


@register.simple_tag
def indicator_fact_rows(facts) -> str:
    """The indicator page's newest facts (``indicator.html``)."""
    cut = _Truncator()
    return mark_safe("".join(
        f'<tr><td>{_e(f.get_kind_display())}</td><td>{_e(f.subject)}</td>'
        f'<td>{_e(L.period_label(f.period, f.kind or "target"))}</td><td class="num"><a href="/facts/{f.pk}/">'
        f'{_e(num(f.value))}{_e(f.unit)}</a></td><td class="small">{_e(cut(f.evidence, 60))}</td>'
        f'<td>{_e(L.date_label(f.document.published))}</td></tr>' for f in facts))
