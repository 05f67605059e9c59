"""The import pages: upload → preview (columns → fields, changeable) → confirm → batch page and office export."""
from __future__ import annotations

import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from taizhang.supervision.models import ImportBatch, ImportLayout, Item, Unit

from .excel_layouts import key_projects, overview


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _upload(c, data: bytes, name="台账.xlsx"):
    return c.post("/supervision/excel/import/", {"file": SimpleUploadedFile(name, data)})


def test_office_layout_goes_through_the_preview(world, media):
    c = _client(world.supervisor)
    n = Item.objects.count()
    r = _upload(c, overview())
    html = r.content.decode()
    assert r.status_code == 400                         # units unknown to the tree: errors until chosen
    assert "导入预览" in html and "县级包抓领导" in html and "责任股室" in html
    assert "县卫健局" in html and Item.objects.count() == n
    token = re.search(r"/supervision/excel/preview/([\w-]+)/", html).group(1)
    selects = dict(re.findall(r'name="(map-0:\d+)".*?<option value="(\w+)" selected', html))
    assert selects["map-0:4"] == "extra"               # 责任股室 kept as an attribute
    # the supervisor sends 责任人 to 备注 and lets the units be created, then confirms
    post = {**selects, "map-0:5": "remarks", "create_units": "1", "key": "auto", "immediate_days": "10",
            "action": "preview"}
    r = c.post(f"/supervision/excel/preview/{token}/", post)
    assert r.status_code == 200 and "将新增 <b id=\"n-create\">3</b>" in r.content.decode()
    r = c.post(f"/supervision/excel/preview/{token}/", {**post, "action": "confirm"})
    batch = ImportBatch.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/supervision/excel/batches/{batch.id}/"
    assert Item.objects.count() == n + 3 and Unit.objects.filter(name="县卫健局").exists()
    assert Item.objects.get(title="创建省级卫生县城").remarks == "何某"
    assert ImportLayout.objects.get().mapping["责任人"] == "remarks"
    page = c.get(f"/supervision/excel/batches/{batch.id}/").content.decode()
    assert "创建省级卫生县城" in page and "按原表格式导出" in page
    item = Item.objects.get(title="创建省级卫生县城")
    detail = c.get(f"/supervision/items/{item.id}/").content.decode()
    assert 'class="item-extra"><th>责任股室</th><td>爱卫股' in detail


def test_batch_export_in_office_layout_via_view(world, media):
    c = _client(world.supervisor)
    r = _upload(c, key_projects())
    token = re.search(r"/supervision/excel/preview/([\w-]+)/", r.content.decode()).group(1)
    c.post(f"/supervision/excel/preview/{token}/", {"create_units": "1", "action": "confirm"})
    batch = ImportBatch.objects.get()
    r = c.get(f"/supervision/excel/batches/{batch.id}/export.xlsx")
    assert r.status_code == 200
    rows = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
    assert rows[2][4:7] == ("总投资", "年度计划投资", "1-6月完成投资")
    # a unit's liaison gets no office export of the whole batch
    assert _client(world.reporter_a).get(f"/supervision/excel/batches/{batch.id}/export.xlsx").status_code == 404


def test_expired_preview_token_says_so(world, media):
    r = _client(world.supervisor).post("/supervision/excel/preview/nope/", {"action": "confirm"})
    assert r.status_code == 302 and r["Location"] == "/supervision/excel/import/"


def test_template_download(world):
    r = _client(world.viewer_a).get("/supervision/excel/template.xlsx")
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["台账", "填写说明"]
    assert list(wb["台账"].iter_rows(min_row=2, max_row=2, values_only=True))[0][3] == "工作任务"


def test_import_pages_are_for_managers_only(world):
    for user in (world.reporter_a, world.viewer_a):
        c = _client(user)
        assert c.get("/supervision/excel/import/").status_code == 403
        assert c.post("/supervision/excel/preview/x/", {}).status_code == 403


def test_units_to_create_are_chosen_one_by_one(world, media):
    c = _client(world.supervisor)
    r = _upload(c, overview())
    html = r.content.decode()
    token = re.search(r"/supervision/excel/preview/([\w-]+)/", html).group(1)
    assert 'name="create_unit" value="县卫健局"' in html
    # only two of the three units ticked: the third still stops the import, and says which
    r = c.post(f"/supervision/excel/preview/{token}/", {"create_unit": ["县卫健局", "县城管局"], "action": "confirm"})
    assert r.status_code == 400 and "县自然资源局" in r.content.decode() and not ImportBatch.objects.exists()
    r = c.post(f"/supervision/excel/preview/{token}/", {"create_unit": ["县卫健局", "县城管局", "县自然资源局"],
                                                        "action": "confirm"})
    assert r.status_code == 302 and Unit.objects.filter(name__in=["县卫健局", "县城管局", "县自然资源局"]).count() == 3
