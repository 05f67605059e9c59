"""The bulk paths' building blocks: bigrams by translation table, postings written as COPY text, rows updated
without bulk_update, regions resolved without a query per name."""
from __future__ import annotations

import random
import unicodedata
from types import SimpleNamespace

import pytest

from taizhang.ledger import bulk, canon, linking, searchindex
from taizhang.ledger.models import Project, Region, SearchGram


def _naive(text: str) -> set[str]:
    def word(c):
        return not (c.isspace() or unicodedata.category(c)[0] in "PSZC")
    t = (text or "").lower()
    return {t[i:i + 2] for i in range(len(t) - 1) if word(t[i]) and word(t[i + 1])}


ALPHABET = "整改落实高铁岚溪县ABCabc12３４，。、；：“”（）\t\n\r\\ _-+%‰¥·\u0301\u3000\u200bİÉ"


def test_grams_equal_the_character_by_character_definition():
    rng = random.Random(4)
    for _ in range(2000):
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 30)))
        assert searchindex.grams(s) == _naive(s), repr(s)
    assert searchindex.grams("整改，落实") == {"整改", "落实"}
    assert searchindex.grams(None) == set()


def test_posting_codes_of_many_texts_at_once_are_each_texts_grams():
    """The bulk path's arrays: every item's postings are the codes of its own grams, none across the space that
    joins two texts, in the items' order and each item's codes ascending; empty and missing texts give none, an id given twice both times."""
    rng = random.Random(11)
    alphabet = ALPHABET + "\ud800𠀀𠀁"  # a lone surrogate is no word character, as for grams
    items = [(rng.randrange(1, 2 ** 40), "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))))
             for _ in range(3000)]
    items += [(5, ""), (6, None), (7, "整改"), (7, "落实"), (8, "İİ")]  # İ lowers to two characters
    ids, codes = searchindex.posting_codes(items)
    got = list(zip(ids.tolist(), codes.tolist()))
    want = [(i, searchindex.code(g)) for i, text in items for g in sorted(searchindex.grams(text),
                                                                        key=searchindex.code)]
    assert got == want
    assert (7, searchindex.code("整改")) in got and (7, searchindex.code("改落")) not in got
    assert searchindex.posting_codes([])[0].size == 0


def test_postings_rows_in_copy_binary_format():
    """Each posting is one 32-byte row of COPY's binary format: three fields, kind as two bytes, item and code as
    eight, big-endian."""
    import struct

    import numpy as np
    raw = searchindex._binary_rows(2, np.array([7, 2 ** 40], np.int64), np.array([searchindex.code("整改"), 5]))
    assert len(raw) == 64
    assert struct.unpack(">hihiqiq", raw[:32]) == (3, 2, 2, 8, 7, 8, searchindex.code("整改"))
    assert struct.unpack(">hihiqiq", raw[32:]) == (3, 2, 2, 8, 2 ** 40, 8, 5)


def test_no_gram_needs_escaping_in_copy_text():
    grams = searchindex.grams(ALPHABET * 3)
    assert grams and not any(c in g for g in grams for c in "\t\n\r\\")


@pytest.mark.django_db
def test_postings_of_awkward_text_are_the_grams():
    items = [SimpleNamespace(pk=7, search="整改\t落实\\高铁\n岚溪"), SimpleNamespace(pk=8, search="ＡＢ+ab")]
    n = searchindex.index_items(Project, items, replace=False)
    got = set(SearchGram.objects.values_list("item_id", "gram"))
    assert got == {(i.pk, searchindex.code(g)) for i in items for g in searchindex.grams(i.search)}
    assert n == len(got)
    texts = [(9, "整改\t落实\\高铁\n岚溪"), (10, "ＡＢ+ab 𠀀𠀁")]  # the bulk path's COPY text: the same rows
    m = searchindex.insert_item_postings(SearchGram.TASK, texts)
    got = set(SearchGram.objects.filter(kind=SearchGram.TASK).values_list("item_id", "gram"))
    assert got == {(i, searchindex.code(g)) for i, t in texts for g in searchindex.grams(t)} and m == len(got)
    assert searchindex.code("𠀀𠀁") in {g for _, g in got}


def test_bigram_codes_are_distinct_and_give_back_the_bigram():
    rng = random.Random(8)
    chars = [chr(c) for c in (0x30, 0x41, 0x61, 0xe9, 0x4e00, 0x6574, 0x9fa5, 0xff21, 0x20000, 0x2a6d6, 0x10fffd)]
    seen = {}
    for a in chars:
        for b in chars:
            c = searchindex.code(a + b)
            assert 0 < c < 2 ** 63 and seen.setdefault(c, a + b) == a + b
            assert chr(c >> 21) + chr(c & (2 ** 21 - 1)) == a + b
    for _ in range(2000):
        a, b = chr(rng.randrange(1, 0x110000)), chr(rng.randrange(1, 0x110000))
        assert seen.setdefault(searchindex.code(a + b), a + b) == a + b


@pytest.mark.django_db
def test_update_rows_writes_the_fields_and_nothing_else():
    ps = [Project.objects.create(name=f"自拟项目{i}", category="交通", mention_count=1) for i in range(5)]
    for i, p in enumerate(ps):
        p.mention_count, p.stage, p.flags, p.flagged = 10 + i, "completed", ["not_mentioned"], True
        p.investment_planned = None if i % 2 else 2.5 * i
        p.category = "changed in memory only"
    linking.update_rows(Project, ps[:4], ["mention_count", "stage", "flags", "flagged", "investment_planned"])
    for i, p in enumerate(Project.objects.order_by("id")):
        if i < 4:
            assert (p.mention_count, p.stage, p.flags, p.flagged) == (10 + i, "completed", ["not_mentioned"], True)
            assert p.investment_planned == (None if i % 2 else 2.5 * i)
        else:
            assert (p.mention_count, p.stage, p.flags) == (1, "unknown", [])
        assert p.category == "交通"


@pytest.mark.django_db
def test_bulk_context_resolves_a_region_once_and_as_region_for_does():
    ctx = bulk._Context()
    for name in ("岚溪县", "湛江市", "湛江市人民政府", "全市", ""):
        got = ctx.region(name)
        want = canon.region_for(name)
        assert (got.pk if got else None) == (want.pk if want else None)
    assert ctx.region("湛江市") is not None and Region.objects.filter(name="湛江市").count() == 1
    before = Region.objects.count()
    again = bulk._Context()  # a second load starts from the regions the ledger has
    assert again.region("湛江市").pk == ctx.region("湛江市").pk and Region.objects.count() == before


@pytest.mark.django_db
def test_indicator_resolver_answers_as_indicator_for():
    from taizhang.ledger.models import Indicator
    Indicator.objects.create(name="自拟指数", synonyms=["自拟别名"])
    resolve = canon.IndicatorResolver()
    for name in ("自拟指数", "自拟别名", "GDP", "生产总值", "地区生产总值", "新的自拟指标", " 新的自拟指标 ", "gdp", ""):
        got, want = resolve(name), canon.indicator_for(name)
        assert (got.pk if got else None) == (want.pk if want else None), name
    assert Indicator.objects.filter(name="新的自拟指标").count() == 1
    assert resolve("GDP").name == "地区生产总值"


@pytest.mark.django_db
def test_bulk_context_creates_regions_with_their_ancestors_as_region_for_does():
    names = ["徐闻县", "湛江市", "海淀区", "重庆市", "万州区", "浦东新区", "岚溪县", "全市", ""]

    def rows():
        return set(Region.objects.values_list("code", "name", "short", "level", "parent__code"))
    Region.objects.all().delete()
    ctx = bulk._Context()
    ctx.prepare(names)
    got = rows()
    assert len(got) > 6  # counties, their prefectures and provinces
    resolved = {n: (ctx.region(n).code if ctx.region(n) else None) for n in names}
    Region.objects.all().delete()
    want = {n: (r.code if (r := canon.region_for(n)) else None) for n in names}
    assert rows() == got and resolved == want


@pytest.mark.django_db(transaction=True)
def test_the_migration_recodes_the_postings_already_stored():
    """A ledger migrated back to 0007 holds the bigrams as two-character strings; forward to 0008 each becomes its
    code, and the search finds what it found."""
    from django.db import connection

    from taizhang.ledger.models import Fact

    from . import texts
    texts.ingest_text("r23.txt", texts.REPORT_2023)
    codes = set(SearchGram.objects.values_list("kind", "item_id", "gram"))
    found = list(searchindex.search(Fact.objects.all(), "生产总值").values_list("id", flat=True))
    assert codes and found
    at_0007 = set()

    def read_strings():
        with connection.cursor() as cur:
            cur.execute("SELECT kind, item_id, gram FROM ledger_searchgram")
            at_0007.update(cur.fetchall())
    texts.remigrate("0007_tallies_task_covering", read_strings)
    assert at_0007 == {(k, i, chr(g >> 21) + chr(g & (2 ** 21 - 1))) for k, i, g in codes}
    assert set(SearchGram.objects.values_list("kind", "item_id", "gram")) == codes
    assert list(searchindex.search(Fact.objects.all(), "生产总值").values_list("id", flat=True)) == found
