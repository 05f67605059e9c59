"""Page chrome of class-less (old-style) government pages: menu rows, lists of dated links, a far <title>.

Pages written for the test (the fictional 岚溪县); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text

PAGE = """<html><head><meta charset="utf-8"><title>岚溪县重点项目建设情况通报-岚溪县人民政府网</title></head><body>
<table><tr><td><a href="/">网站首页</a></td><td><a>政务公开</a></td><td><a>办事服务</a></td><td><a>公众互动</a></td></tr></table>
<table><tr><td>热点信息</td></tr>
<tr><td><a>岚溪县召开重点项目集中开工动员会</a> 2025-03-02</td></tr>
<tr><td><a>青岚大道北延段开工建设</a> 2025-02-18</td></tr></table>
<table><tr><td align="center"><b>岚溪县重点项目建设情况通报</b></td></tr>
<tr><td>发布时间：2025-07-16　来源：县发展和改革局</td></tr>
<tr><td><p>今年以来，全县上下全力推进项目建设，白石河水库大坝主体完工，城东体育公园尚未开工。</p>
<p>序号\t项目名称\t总投资\t形象进度</p></td></tr></table>
</body></html>"""


def test_menu_row_and_dated_link_list_are_chrome_not_content():
    ex = extract_text(PAGE, "t.html")
    view = ex.doc.view
    for chrome in ("网站首页", "办事服务", "热点信息", "动员会", "青岚大道北延段", "2025-02-18"):
        assert chrome not in view
    assert "白石河水库大坝主体完工" in view and "项目名称" in view  # a table header row is no menu
    assert [p.mention for p in ex.projects] == ["白石河水库", "城东体育公园"]
    assert ex.record.published == "2025-07-16"


def test_page_title_with_the_site_name_gives_way_to_the_headline():
    ex = extract_text(PAGE, "t.html")
    assert ex.record.title == "岚溪县重点项目建设情况通报"
    assert "岚溪县人民政府网" not in ex.doc.view
    bare = ("<html><head><title>岚溪县重点项目建设情况通报-岚溪县人民政府网</title></head><body>"
            "<p>今年以来，全县上下紧盯年度目标任务，全力推进项目建设，现将情况通报如下。</p></body></html>")
    assert extract_text(bare, "t.html").record.title == "岚溪县重点项目建设情况通报"


def test_a_wechat_articles_head_and_tail_are_chrome():
    text = ("岚溪县“十五五”规划纲要出炉\n岚溪发布 2026年01月09日 18:30\n点击蓝字 关注我们\n"
            "1月7日，岚溪县人民代表大会开幕，纲要提出，到2030年全县地区生产总值突破350亿元。\n"
            "编辑 | 王晓雨\n审核 | 陈晨\n阅读原文\n分享 收藏 点赞 在看\n微信扫一扫关注该公众号\n")
    ex = extract_text(text, "t.txt")
    assert [n.text for n in ex.record.noise] == ["点击蓝字 关注我们", "编辑 | 王晓雨", "审核 | 陈晨", "阅读原文",
                                                 "分享 收藏 点赞 在看", "微信扫一扫关注该公众号"]
    assert ex.record.published == "2026-01-09"


def test_a_forums_member_card_is_chrome_and_its_counters_no_figures():
    from factrun import facts_of
    for page in ("清河论坛\n主题 2万 帖子 3万 积分 15万\n", "清河论坛\n老张\n1万\n主题\n14万\n积分\n查看: 1234 | 回复: 12\n",
                 "清河论坛\n2万 主题 | 3万 帖子\n"):
        fs = facts_of(page + "清河县今年新增城镇就业1200人。\n")
        assert [f.value for f in fs] == [1200], page


def test_inline_pinyin_is_read_through_with_offsets_kept():
    from factrun import facts_of
    text = "清河縣政府工作報(bào)告\n全縣地區(qū)生產(chǎn)總(zǒng)值增長(zhǎng)6.5%,糧(liáng)食產(chǎn)量達(dá)到30萬(wàn)噸(dūn),新開(kāi)工項(xiàng)目12宗。\n"
    fs = facts_of(text)
    g = next(f for f in fs if f.value == 6.5)
    assert (g.measure, g.indicator) == ("growth", "地區生產總值")
    t = next(f for f in fs if f.value == 30)
    assert t.indicator == "糧食產量" and text[t.vstart:t.vend] == "30"
    assert next(f for f in fs if f.value == 12).indicator == "新開工項目"
    from taizhang.extract.cleaner import NOISE_REASONS, clean
    edits = [e for e in clean(text) if e.reason == "ruby"]
    assert text[edits[0].start:edits[0].end] == "(bào)" and all(e.reason not in NOISE_REASONS for e in edits)
