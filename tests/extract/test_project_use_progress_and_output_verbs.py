"""Stage verbs of official reports read after a work's name: 投用 (the short form of 投入使用), progress made (取得重大
进展), mass production begun (量产); and a wholesale market as a work.  Sentences written for these tests (never
corpus text)."""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def stages(text: str) -> dict[str, str]:
    return {p.mention: p.stage for p in extract_text(text).projects}


def test_put_to_use_in_its_short_form_is_completed_as_its_long_form():
    assert stages("今年以来,石桥镇文化馆正式投用,接待读者逾3万人次。") == {"石桥镇文化馆": "completed"}
    assert stages("今年以来,石桥镇文化馆投入使用。") == {"石桥镇文化馆": "completed"}
    # a use still to come is no completion
    assert stages("石桥镇文化馆即将投用。") == {"石桥镇文化馆": "under_construction"}


def test_progress_made_on_the_works_is_under_way():
    assert stages("上半年,柳湾大桥项目取得重大进展,主塔已完成八成。") == {"柳湾大桥项目": "under_construction"}


def test_mass_production_begun_runs_the_plant():
    assert stages("下半年,东坪锂电池产业园实现量产。") == {"东坪锂电池产业园": "operating"}


def test_a_wholesale_market_is_a_work():
    assert stages("北关农副产品批发市场建成投用,商户入驻率达九成。") == {"北关农副产品批发市场": "completed"}
