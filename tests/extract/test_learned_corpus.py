"""Annotated pages become training examples: found facts beside the gold facts they match."""
import json

import pytest

from taizhang.extract.learned import corpus

PAGE = "岚溪县2031年工作报告\n2030年,全县地区生产总值增长6.5%,完成固定资产投资120亿元。\n"


def _corpus(tmp_path, golds):
    root = tmp_path / "setA"
    (root / "docs").mkdir(parents=True)
    (root / "gold" / "facts").mkdir(parents=True)
    (root / "docs" / "page.txt").write_text(PAGE, encoding="utf-8")
    with open(root / "gold" / "facts" / "page.jsonl", "w", encoding="utf-8") as fh:
        for g in golds:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return root


def _gold(value, token, indicator, unit):
    s = PAGE.index(token)
    return {"doc": "page.txt", "vstart": s, "vend": s + len(token), "value": value, "unit": unit,
            "indicator": indicator}


def test_found_facts_are_paired_with_the_gold_and_the_rest_listed_as_missed(tmp_path):
    root = _corpus(tmp_path, [_gold(6.5, "6.5", "地区生产总值", "%"), _gold(120, "120", "固定资产投资", "亿元"),
                              _gold(7, "2031", "不是一个数", "")])
    pages = list(corpus.iter_pages([root]))
    assert len(pages) == 1
    page = pages[0]
    assert page.corpus == "setA" and page.name == "page.txt"
    assert [(f.value, g["indicator"]) for f, g in page.pairs] == [(6.5, "地区生产总值"), (120, "固定资产投资")]
    assert [g["indicator"] for g in page.missed] == ["不是一个数"]  # 2031 is a year, and 7 is not its number


def test_a_gold_file_without_its_page_is_an_error_not_a_hole(tmp_path):
    root = _corpus(tmp_path, [])
    (root / "gold" / "facts" / "other.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="other"):
        list(corpus.iter_pages([root]))


def test_a_broken_gold_line_names_its_file_and_line(tmp_path):
    root = _corpus(tmp_path, [])
    (root / "gold" / "facts" / "page.jsonl").write_text('{"doc": "page.txt"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"page.jsonl:2"):
        list(corpus.iter_pages([root]))
