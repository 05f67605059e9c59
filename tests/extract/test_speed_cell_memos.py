"""The answers kept for a table's header cells, row labels and lines, and for short strings read in simplified script,
are the answers read afresh (invented tables and strings; every cell asked twice, and after other texts)."""
from taizhang.extract import normalize, structures

# invented header cells, row labels and stray lines of tables written as text (甲县, 岚溪县, 青川镇 are invented)
CELLS = [
    "单位", "单 位", "序号", "地区", "镇（街道）", "县（市、区、管委会）", "责任单位", "牵头领导", "完成时限",
    "项目名称", "项目内容", "目标任务", "当前进度", "截至9月底进展情况", "完成情况",
    "总投资(亿元)", "总投资（万元）", "年度计划(亿元)", "1-6月完成", "1-9月累计", "本月", "累计", "上年同期",
    "2026年", "2026年一季度", "3月末", "增速%", "同比±%", "比上年增减百分点", "同比±百分点", "(±%)", "±%",
    "增长(%)", "比年初增减额", "完成率(%)", "办结率", "受理量", "户数", "得分", "考核得分", "总分",
    "组织领导(20分)", "排名", "综合排名", "名次", "扣分原因", "其中:轻工业", "#男性", "1.农业",
    "每万人口发明专利拥有量[1]", "拥有量①", "新开工项目数", "开工率", "竣工项目数", "岚溪县", "青川镇",
    "甲县", "84210", "98.5%", "—", "", " ", "全县今年新开工项目12个,完成投资8.5亿元。",
]

# an invented report holding two tables written one cell a line (a ranking with a column of prose; a plain one)
TEXT = (
    "岚溪县2026年1-6月重点项目推进情况\n"
    "排名\n乡镇\n得分\n扣分原因\n"
    "1\n青川镇\n96.5\n个别工地堆放杂物,未及时清理\n"
    "2\n白沙镇\n93.0\n进度滞后\n"
    "3\n石门乡\n90.5\n| 资料不全 |\n"
    "\n"
    "单位\n新开工项目数\n开工率(%)\n"
    "甲县\n12\n85.7\n"
    "乙县\n9\n—\n"
    "丙县\n15、37\n6.5，7\n"
    "|\n||||\n 84210 |\n"
    "全县今年新开工项目12个,完成投资8.5亿元。\n"
)

READERS = ["column_role", "_split_unit", "_header_word", "_column_named", "_measure_name", "_time_column",
           "_change_column", "_time_head", "frame_role", "_row_label"]


def test_a_cell_readers_kept_answers_are_its_fresh_answers():
    for name in READERS:
        reader = getattr(structures, name)
        fresh = reader.__wrapped__  # the reader without its kept answers
        for cell in CELLS + CELLS[::-1]:
            assert reader(cell) == fresh(cell), (name, cell)


def test_a_lines_kept_kind_is_its_fresh_kind_for_every_line_of_every_text():
    other = TEXT.replace("青川镇", "临江镇").replace("12", "21")  # an equal-length text of other cells
    for text in (TEXT, other, TEXT, TEXT[:60]):
        lines = structures._lines(text)
        for _ in range(2):
            for s, e in lines + lines[::-1]:
                assert structures._line_kind(text, s, e) == structures._line_kind_read(text, s, e), (text[s:e],)
    text = TEXT
    kinds = [structures._line_kind(text, *ln) for ln in structures._lines(text)]
    assert {"v", "t", "blank", ""} <= set(kinds)  # the text has lines of every kind


def test_a_table_is_read_the_same_with_its_answers_kept():
    first = structures.find_table_cells(TEXT)
    assert first
    assert structures.find_table_cells(TEXT) == first
    assert structures.find_table_cells(TEXT + "\n") == first


SHORT = ["岚溪县人民政府關於2026年重點項目的通知", "瞭解反覆", "ＡＢＣ１２３，全县", "甲縣完成投資８．５億元",
         "", "全县", "𠀀甲縣", "\ud800甲縣"]


def test_a_short_strings_kept_reading_is_its_fresh_reading():
    for s in SHORT + SHORT + [s * 40 for s in SHORT]:  # short ones (kept) and long ones (read afresh)
        assert normalize.normalize_chars(s) == normalize._phrases(s, normalize._chars(s)), s
        assert len(normalize.normalize_chars(s)) == len(s)
    assert normalize.normalize_chars("甲縣") is normalize._normalize_short("甲縣")
