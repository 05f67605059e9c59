"""Values, units and page furniture in ways of writing met in unseen documents (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.cleaner import NOISE_REASONS, clean
from taizhang.extract.pipeline import extract_text


def test_a_change_of_a_rate_per_mille_is_in_thousandth_points():
    fs = facts_of("岚溪县2023年国民经济和社会发展统计公报\n全县人口死亡率5.1‰,比上年下降0.2个千分点;"
                  "人口出生率2.3‰,比上年提高1.1千分点。\n")
    assert sorted((f.value, f.unit, f.measure) for f in fs) == [
        (0.2, "个千分点", "delta"), (1.1, "千分点", "delta"), (2.3, "‰", "share"), (5.1, "‰", "share")]
    assert "死亡率" in one(fs, 0.2).indicator
    assert "出生率" in one(fs, 1.1).indicator


def test_a_count_in_chinese_numerals_after_a_hedge_is_a_figure():
    fs = facts_of("岚溪县召开人民代表大会\n2024年1月9日,县人大会议开幕,近三百名代表参会,超五十家企业参展,"
                  "逾二十个单位列席。\n")
    assert sorted((f.value, f.unit, f.comparator) for f in fs) == [(20, "个", ">"), (50, "家", ">"), (300, "名", "~")]
    assert "代表" in one(fs, 300).indicator


def test_a_hedge_word_alone_makes_no_figure_of_a_duration_or_a_neighbourhood():
    fs = facts_of("岚溪县召开人民代表大会\n最近三个月,附近两个村的群众,近两个多月以来的意见。\n")
    assert [f.value for f in fs] == []


def test_the_top_three_written_as_jia_is_a_rank_in_either_script():
    for text in ("岚溪县经济运行情况\n2023年,全县地区生产总值增速居全市前三甲,综合考核位列全省第一方阵。\n",
                 "嵐溪縣經濟運行情況\n2023年,全縣地區生產總值增速居全市前三甲,綜合考核位列全省第一方陣。\n"):
        fs = facts_of(text)
        top = one(fs, 3)
        assert (top.measure, top.comparator) == ("rank", "<=")
        assert one(fs, 1).measure == "rank"


def _noise_texts(raw: str, fmt: str = "txt") -> list[str]:
    return [raw[e.start:e.end] for e in clean(raw, fmt) if e.reason in NOISE_REASONS]


def test_a_page_counter_inside_a_dateline_is_furniture():
    raw = "岚溪县重点项目督查通报\n来源：岚溪县发改局 发布时间：2024-03-05 浏览次数：1234次\n2024年,全县新开工项目12个。\n"
    assert "浏览次数：1234次" in _noise_texts(raw)
    fs = facts_of(raw)
    assert [f.value for f in fs] == [12]
    raw2 = "岚溪县重点项目督查通报\n发布时间：2024-03-05 阅读：87 点击：56次\n2024年,全县新开工项目12个。\n"
    assert [f.value for f in facts_of(raw2)] == [12]


def test_links_to_columns_with_their_article_counts_are_furniture():
    raw = ("岚溪县重点项目督查通报\n2024年,全县新开工项目12个。\n督查通报（3篇）\n工作动态12篇\n政策文件 【5篇】\n")
    noise = _noise_texts(raw)
    assert {"督查通报（3篇）", "工作动态12篇", "政策文件 【5篇】"} <= set(noise)
    assert [f.value for f in facts_of(raw)] == [12]
    html = ("<html><body><div><a href='/a'>重点项目督查通报3篇</a></div>"
            "<h1>岚溪县重点项目督查通报</h1><p>2024年,全县新开工项目12个。</p></body></html>")
    ex = extract_text(html, "t.html")
    assert [f.value for f in ex.facts] == [12]


def test_articles_written_or_issued_are_a_figure_not_furniture():
    fs = facts_of("岚溪县督查工作总结\n2024年,全县督查工作成效明显:\n印发督查通报3篇\n编发工作简报12篇\n")
    assert sorted(f.value for f in fs) == [3, 12]


def test_links_to_the_previous_and_next_article_are_furniture_with_or_without_a_colon():
    raw = ("岚溪县重点项目督查通报\n2024年,全县新开工项目12个。\n上一篇 岚溪县一季度新开工项目38个\n"
           "下一篇：岚溪县签约项目15个\n上一条:全县完成投资50亿元\n")
    assert [f.value for f in facts_of(raw)] == [12]
