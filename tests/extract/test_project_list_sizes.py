"""Sizes inside the names of a 、-list of works closed by 等…项目 are no facts, and a long list of sized works that
is never closed that way is read in time linear in its clause (it once sent the regex engine into backtracking
without end)."""
import subprocess
import sys
import textwrap

from taizhang.extract import facts

PLACES = "凤岭 青石 北岭 南湾 东坪 西岗 白沙 黄泥 龙潭 石门 桃源 梅溪 松林 竹园 柳岸 杏花 枫桥 荷塘 芦洲 金鸡".split()


def test_size_in_an_item_of_a_project_list_is_no_fact():
    text = "全县推进华岭30兆瓦生物质发电、青石2万吨饲料加工等一批项目，完成投资12.5亿元。"
    end = text.index("兆瓦") + 2
    assert facts._item_of_project_list(text, end)
    assert facts._item_of_project_list(text, text.index("万吨") + 2)


def test_list_without_its_closing_words_is_no_project_list():
    text = "全县推进华岭30兆瓦生物质发电、青石2万吨饲料加工，完成投资12.5亿元。"
    assert not facts._item_of_project_list(text, text.index("兆瓦") + 2)
    # the closing words must come before the clause ends
    text = "全县推进华岭30兆瓦生物质发电、青石2万吨饲料加工。另有甲乙等项目"
    assert not facts._item_of_project_list(text, text.index("兆瓦") + 2)


def _long_list(n: int) -> str:
    items = [f"{PLACES[i % len(PLACES)]}{i + 2}万吨农产品加工及{i + 10}兆瓦光伏发电" for i in range(n)]
    return "2025年，全县重点推进" + "、".join(items) + "建设，进展顺利。\n"


def test_long_list_of_sized_works_is_read_in_linear_time(tmp_path):
    """Run in a child process with a generous bound: before, fourteen items took over a minute and each one more multiplied it."""
    doc = tmp_path / "docs"
    doc.mkdir()
    (doc / "list.txt").write_text("凤岭县重点项目进展\n\n" + _long_list(40), encoding="utf-8")
    code = textwrap.dedent(f"""
        from taizhang.extract.pipeline import extract_file
        extract_file({str(doc / 'list.txt')!r})
    """)
    done = subprocess.run([sys.executable, "-c", code], timeout=300, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = _long_list(40)
    assert not facts._item_of_project_list(text, text.index("兆瓦") + 2)
