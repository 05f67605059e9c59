"""Cross-document project linking (``extract.linking``): one library function for the CLI and ingest.

Sentences are written for the test; the places are real prefectures so the gazetteer can group them.
"""
from __future__ import annotations

import pytest

from taizhang.extract import extract_text
from taizhang.extract import linking
from taizhang.extract.linking import area_keys, area_prefix, link_batch, link_projects

PLAN = "赣州市2024年重点项目计划\n加快赣州南康家具智造产业园建设，年内完成投资20亿元。\n"
NEWS = "赣州市重点项目观摩\n南康家具智造产业园完成投资8亿元，形象进度达60%。\n"
ELSEWHERE = "湛江市重点项目观摩\n南康家具智造产业园完成投资8亿元。\n"


def _names(ex) -> list[str]:
    return [p.name for p in ex.projects]


def test_a_short_name_takes_the_fuller_name_of_another_document_about_the_same_area():
    plan, news = extract_text(PLAN, "plan.txt"), extract_text(NEWS, "news.txt")
    assert "赣州南康家具智造产业园" in _names(plan) and "南康家具智造产业园" in _names(news)
    assert area_keys(plan) == area_keys(news) == {"360700"}
    result = link_projects([plan, news])
    assert result.renamed >= 1
    assert "赣州南康家具智造产业园" in _names(news) and "南康家具智造产业园" not in _names(news)


def test_documents_about_other_areas_are_not_linked():
    plan, other = extract_text(PLAN, "plan.txt"), extract_text(ELSEWHERE, "other.txt")
    link_projects([plan, other])
    assert "南康家具智造产业园" in _names(other)


def test_names_already_known_for_the_area_are_candidates():
    news = extract_text(NEWS, "news.txt")
    link_projects([news], known={"360700": ["赣州南康家具智造产业园"]})
    assert "赣州南康家具智造产业园" in _names(news)
    news = extract_text(NEWS, "news.txt")
    link_projects([news], known={"440800": ["赣州南康家具智造产业园"]})  # another area's names: no
    assert "南康家具智造产业园" in _names(news)


def test_link_batch_puts_names_back_and_returns_the_error(monkeypatch):
    plan, news = extract_text(PLAN, "plan.txt"), extract_text(NEWS, "news.txt")
    before = _names(plan) + _names(news)

    def half_done(extractions, known=None):
        for ex in extractions:
            for p in ex.projects:
                p.name = "半途"
        raise RuntimeError("测试")

    monkeypatch.setattr(linking, "link_projects", half_done)
    errors = link_batch([plan, news])
    assert [(e.doc, e.stage, e.reason) for e in errors] == [("", "link", "RuntimeError: 测试")]
    assert _names(plan) + _names(news) == before
    with pytest.raises(RuntimeError):
        link_batch([plan, news], strict=True)


@pytest.mark.parametrize("key, prefix", [("360700", "3607"), ("110000", "11"), ("360702", "360702"), ("x:y", "x:y")])
def test_area_prefix(key, prefix):
    assert area_prefix(key) == prefix


UNLISTED_PLAN = "岚溪县2024年重点项目计划\n岚溪县人民政府\n加快岚溪云峰家具智造产业园建设，年内完成投资20亿元。全县共安排项目50个。\n"
UNLISTED_NEWS = "岚溪县重点项目观摩\n县委县政府组织观摩，全县项目进展顺利。云峰家具智造产业园完成投资8亿元，形象进度达60%。\n"
OTHER_UNLISTED = "东坡县重点项目观摩\n县委县政府组织观摩，全县项目进展顺利。云峰家具智造产业园完成投资8亿元，形象进度达60%。\n"


def test_documents_about_a_place_the_gazetteer_lacks_link_as_an_area_of_their_own():
    plan, news = extract_text(UNLISTED_PLAN, "plan.txt"), extract_text(UNLISTED_NEWS, "news.txt")
    assert area_keys(plan) == area_keys(news) == {"U:岚溪县"}
    assert link_projects([plan, news]).renamed >= 1
    assert "岚溪云峰家具智造产业园" in _names(news) and "云峰家具智造产业园" not in _names(news)


def test_another_unlisted_place_is_another_area():
    plan, other = extract_text(UNLISTED_PLAN, "plan.txt"), extract_text(OTHER_UNLISTED, "other.txt")
    assert area_keys(other) == {"U:东坡县"}
    link_projects([plan, other])
    assert "云峰家具智造产业园" in _names(other)


@pytest.mark.parametrize("name, place", [("岚溪县", True), ("岚溪经济开发区", True), ("青川市", True), ("城区", False),
                                         ("县", False), ("某某示范区", False), ("云峰镇", False)])
def test_unlisted_place(name, place):
    assert linking.unlisted_place(name) is place
