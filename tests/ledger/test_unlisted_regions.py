"""A place the gazetteer lacks (an invented county, 岚溪县 of 贵州省) becomes a Region of its own in the ledger: made by
the ordinary and the bulk ingest, under the parent the text names, with a synthetic code no page shows; the facts
of two of its documents link as those of a gazetteer county do.  The documents are run through the real extractor."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from taizhang.extract import parquet
from taizhang.extract.regions import gazetteer
from taizhang.ledger import bulk, canon, ingest
from taizhang.ledger.models import Document, Fact, FactLink, Region

PLACE = "岚溪县"  # invented: not in the gazetteer (checked below)

PLAN = """贵州省{p}2026年国民经济和社会发展计划

{p}人民政府
2026年1月10日

2026年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%，一般公共预算收入达到12.5亿元，城镇居民人均可支配收入增长6%。全县上下要坚定信心，扎实推进{p}高质量发展。
"""

BULLETIN = """{p}2026年国民经济和社会发展统计公报

{p}统计局
2027年3月15日

2026年，全县地区生产总值增长6.8%，一般公共预算收入完成12.9亿元，城镇居民人均可支配收入增长6.2%。{p}经济运行总体平稳。
"""

REAL = "湄潭县"  # a county of 贵州省 the gazetteer holds


@pytest.fixture
def real_extractor(settings):
    settings.TAIZHANG_EXTRACTOR = "taizhang.extract.extract_file"


def _ingest(name: str, text: str):
    res = ingest.ingest_bytes(name, text.encode("utf-8"))
    assert res.status == "stored", res.message
    return res.document


def _links(docs) -> set[tuple[str, str]]:
    return {(l.target.indicator_name, l.relation) for l in FactLink.objects.filter(
        target__document__in=docs, other__document__in=docs).select_related("target")}


def test_the_invented_places_are_not_in_the_gazetteer():
    gz = gazetteer()
    for n in (PLACE, "岚溪", "青川市", "明州市", "明州", "岚溪经济开发区"):
        assert not gz.named(n), n
    assert {r.name for r in gz.named(REAL)} == {REAL}


def test_synthetic_codes_fit_the_column_and_never_look_like_the_gazetteers():
    a, b = canon.unlisted_code(PLACE, "520000"), canon.unlisted_code(PLACE, "")
    assert a == canon.unlisted_code(PLACE, "520000") and a != b != canon.unlisted_code("岚溪区", "520000")
    field = Region._meta.get_field("code")
    assert all(len(c) == field.max_length and c[0] == "U" and re.fullmatch(r"U[0-9A-F]{11}", c) for c in (a, b))
    assert not any(r.code.startswith("U") for r in gazetteer().regions if r.code)


def test_the_prefix_fallback_never_makes_an_unlisted_name_another_place():
    gz = gazetteer()
    assert canon.region_code_for("青川市") is None  # not 青川县 of 四川省
    assert canon.region_code_for("岚溪经济开发区") is None
    assert canon.region_code_for("明州市") is None
    assert canon.region_code_for(PLACE) is None
    # real names resolve as before, the fallback for an organ's name too
    assert canon.region_code_for("贵州省") == "520000"
    assert canon.region_code_for(REAL) in {r.code for r in gz.named(REAL)}
    zj = gz.named("湛江市")[0].code
    assert canon.region_code_for("湛江市人民政府") == zj
    assert canon.region_code_for("青川县") in {r.code for r in gz.named("青川县")}


def test_a_zone_named_after_a_gazetteer_place_lies_in_it(db):
    gz = gazetteer()
    assert canon.region_code_for("湛江经开区") == gz.named("湛江市")[0].code  # as before
    # a document that speaks as a zone the gazetteer lacks places it in a region of its own, under its parent
    zone = canon.unlisted_regions(["岚溪经济开发区", "贵州省"], "贵州省岚溪经济开发区管委会")["岚溪经济开发区"]
    assert (zone.level, zone.parent.code, canon.is_unlisted_code(zone.code)) == (3, "520000", True)


def test_unlisted_levels_from_the_suffix():
    assert canon.unlisted_level(PLACE) == (3, "岚溪")
    assert canon.unlisted_level("青川市") == (2, "青川")
    assert canon.unlisted_level("岚溪经济开发区") == (3, "岚溪")
    assert canon.unlisted_level("云峰镇") is None  # a town: the ledger's regions stop at counties
    assert canon.unlisted_level("工业园区") is None and canon.unlisted_level("城区") is None
    assert canon.unlisted_level(REAL) is None and canon.unlisted_level("贵州省") is None


def test_the_parent_is_the_division_written_before_the_name(db):
    got = canon.unlisted_regions(["青川市", PLACE, "贵州省"], "贵州省青川市岚溪县人民政府：全县……")
    county, city = got[PLACE], got["青川市"]
    assert (county.level, county.parent_id, county.short) == (3, city.pk, "岚溪")
    assert (city.level, city.parent.code, city.parent.name) == (2, "520000", "贵州省")
    assert canon.unlisted_regions([PLACE], "岚溪县人民政府")[PLACE] == county  # no parent named: the one of its name


def test_met_first_without_its_parent_then_with_it_is_one_place(db):
    bare = canon.unlisted_regions([PLACE], "岚溪县人民政府")[PLACE]
    assert bare.parent_id is None
    later = canon.unlisted_regions([PLACE, "贵州省"], "贵州省岚溪县人民政府")[PLACE]
    assert later.pk == bare.pk and later.parent.code == "520000"
    # another 岚溪县 under another province is another place; a text naming neither province then takes none
    other = canon.unlisted_regions([PLACE, "云南省"], "云南省岚溪县")[PLACE]
    assert other.pk != bare.pk and other.parent.code == "530000"
    assert PLACE not in canon.unlisted_regions([PLACE], "岚溪县人民政府")


def _check_ledger(place: str, docs) -> Region:
    plan, bulletin = docs
    region = plan.region
    assert region is not None and bulletin.region_id == region.pk
    up, r = [], region
    while r.parent_id is not None:
        r = r.parent
        up.append(r.name)
    assert (region.name, region.level, up[-1]) == (place, 3, "贵州省")
    facts = Fact.objects.filter(document__in=docs)
    assert facts.count() == 6 and set(facts.values_list("region_id", flat=True)) == {region.pk}
    assert _links(docs) == {("地区生产总值", "actual"), ("一般公共预算收入", "actual"),
                            ("城镇居民人均可支配收入", "actual")}
    return region


@pytest.mark.django_db
def test_two_documents_of_an_unlisted_county_link_as_those_of_a_gazetteer_county(real_extractor):
    real = [_ingest("real-plan.txt", PLAN.format(p=REAL)), _ingest("real-bulletin.txt", BULLETIN.format(p=REAL))]
    known = _check_ledger(REAL, real)
    assert known.code == canon.region_code_for(REAL) and not canon.is_unlisted_code(known.code)

    docs = [_ingest("plan.txt", PLAN.format(p=PLACE)), _ingest("bulletin.txt", BULLETIN.format(p=PLACE))]
    region = _check_ledger(PLACE, docs)
    assert region.code == canon.unlisted_code(PLACE, "520000")
    assert len(_links(docs)) == len(_links(real))


@pytest.mark.django_db
def test_the_order_of_the_documents_does_not_matter(real_extractor):
    docs = [_ingest("bulletin.txt", BULLETIN.format(p=PLACE)), _ingest("plan.txt", PLAN.format(p=PLACE))]
    _check_ledger(PLACE, docs[::-1])
    assert Region.objects.filter(name=PLACE).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers,bulletin_first", [(1, False), (1, True), (2, True)])
def test_the_bulk_load_makes_the_same_region(tmp_path: Path, workers: int, bulletin_first: bool):
    """Two processes on PostgreSQL too: the region is made once, in load order, before they store."""
    from taizhang.extract import extract_file
    src, out = tmp_path / "in", tmp_path / "pq"
    src.mkdir()
    rows = {t: [] for t in parquet.TABLES}
    texts = [("plan.txt", PLAN.format(p=PLACE)), ("bulletin.txt", BULLETIN.format(p=PLACE))]
    for seq, (name, text) in enumerate(texts[::-1] if bulletin_first else texts):
        p = src / name
        p.write_text(text, encoding="utf-8")
        data = p.read_bytes()
        for t, rs in parquet.extraction_rows(extract_file(p), hashlib.sha256(data).hexdigest(), seq, str(p),
                                             len(data)).items():
            rows[t].extend(rs)
    parquet.write_part(out, "a", rows)
    res = bulk.ingest_parquet(out, batch_docs=1, workers=workers)
    assert res.documents == 2 and Region.objects.filter(name=PLACE).count() == 1
    docs = list(Document.objects.order_by("published"))
    region = _check_ledger(PLACE, docs)
    # made from the first document that names it, with or without its parent: the code stays as made
    assert region.code == canon.unlisted_code(PLACE, "" if bulletin_first else "520000")


@pytest.mark.django_db
def test_pages_show_the_name_never_the_code(real_extractor, client_in):
    docs = [_ingest("plan.txt", PLAN.format(p=PLACE)), _ingest("bulletin.txt", BULLETIN.format(p=PLACE))]
    region = docs[0].region
    ind = Fact.objects.filter(document__in=docs, indicator_name="地区生产总值").first().indicator
    fact = Fact.objects.filter(document__in=docs).first()
    for url in ("/targets/", f"/targets/?region={region.pk}", "/actuals/", f"/actuals/?region={region.pk}",
                "/targets.csv", "/targets.json", "/actuals.xlsx", "/pipeline/", f"/pipeline/?region={region.pk}",
                f"/documents/{docs[0].pk}/", f"/facts/{fact.pk}/", f"/indicators/{ind.pk}/", "/documents/",
                "/dashboard.json", "/"):
        page = client_in.get(url)
        assert page.status_code == 200, url
        body = page.content
        if url.endswith(".xlsx"):
            import io

            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(body))
            body = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row).encode()
        assert region.code.encode() not in body, url
    page = client_in.get(f"/targets/?region={region.pk}").content.decode()
    assert PLACE in page and "地区生产总值" in page
    assert f"（{PLACE}）" in client_in.get(f"/facts/{fact.pk}/").content.decode()


@pytest.mark.django_db
def test_the_admin_shows_no_synthetic_code(admin_client):
    region = canon.unlisted_regions([PLACE, "贵州省"], "贵州省岚溪县")[PLACE]
    listing = admin_client.get("/admin/ledger/region/").content.decode()
    assert PLACE in listing and "未收录（无区划代码）" in listing and region.code not in listing
    assert "520000" in listing  # a gazetteer code still shows
    form = admin_client.get(f"/admin/ledger/region/{region.pk}/change/")
    assert form.status_code == 200 and region.code not in form.content.decode()
