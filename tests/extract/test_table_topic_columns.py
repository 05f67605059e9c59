"""A table's cell names what the table counts, not its column alone: a notice's table of places or bodies whose columns
name only the measure (奖励金, 办结率, 件数) under a notice titled 关于…的通报, or under a caption of its own, gives each
cell the topic and the column (河道保洁考评奖励金), as every reader of such a table writes it.  A column that already
says the topic, or a long one, keeps its name; rows of projects and rank columns are not touched.  All pages here are
invented (青禾镇, 柳溪村 …)."""
from __future__ import annotations

from factrun import facts_of, one

from taizhang.extract.facts import _notice_topic, _table_topic, _topic_column


NOTICE = ("青禾镇人民政府关于青禾镇7月份河道保洁考评情况的通报\n"
          "发布日期:2031-08-04\n\n"
          "各村(社区):\n"
          "镇河长办7月下旬逐村察看河道保洁,结果通报如下:\n"
          "一、考评结果\n"
          "村(社区) | 考评成绩 | 奖励金(元) |\n"
          "柳溪村 | 96.5 | 3600 |\n"
          "石桥村 | 94 | 2400 |\n"
          "东坪社区 | 91.5 | 1200 |\n")


def test_a_bare_column_under_a_notice_takes_what_the_notice_reports_on():
    fs = facts_of(NOTICE)
    prize = one(fs, 3600)
    assert (prize.subject, prize.indicator, prize.unit) == ("柳溪村", "河道保洁考评奖励金", "元")
    assert one(fs, 1200).indicator == "河道保洁考评奖励金"


def test_a_column_that_already_says_part_of_the_topic_keeps_its_own_words():
    assert one(fs := facts_of(NOTICE), 96.5).indicator == "考评成绩"
    assert one(fs, 94).subject == "石桥村"


def test_the_topic_of_a_notice_is_its_titles_object_without_place_time_and_ends():
    assert _notice_topic("青禾镇人民政府关于青禾镇7月份河道保洁考评情况的通报") == "河道保洁考评"
    assert _notice_topic("关于2031年二季度信访件办理情况的通报") == "信访件办理"
    assert _notice_topic("青禾镇2031年河道保洁工作总结") == ""


def test_a_tables_own_caption_names_its_topic_before_the_notice_does():
    assert _table_topic("丙山州重点项目推进情况表", "河道保洁考评") == "重点项目"
    assert _table_topic("一、考评结果", "河道保洁考评") == "河道保洁考评"
    assert _table_topic("各乡镇督办件办理情况(截止时间:2031年6月30日)", "") == "督办件"  # (the rows' kind, the cut-off)
    assert _table_topic("甲县2031年重点工作", "") == ""  # (a headline, written as no caption)


def test_only_a_bare_column_not_already_naming_the_topic_takes_it():
    assert _topic_column("信访件", "办结率") == "信访件办结率"
    assert _topic_column("重点项目", "项目个数") == ""  # (long: a full name of its own)
    assert _topic_column("重点项目", "项目") == ""  # (the topic says it already)
    assert _topic_column("环境考评", "考评分") == "环境考评分"  # (written once)


PROJECTS = ("关于丁县8月份重点项目督查情况的通报\n"
            "发布日期:2031-09-02\n\n"
            "现将8月份督查情况通报如下:\n"
            "项目名称 | 总投资(亿元) | 完成率 |\n"
            "丁县新材料产业园 | 12.5 | 64% |\n"
            "丁县物流中心 | 8.2 | 71% |\n")


def test_rows_of_projects_keep_their_columns_names():
    fs = facts_of(PROJECTS)
    assert "重点项目" not in one(fs, 12.5).indicator
    assert "重点项目" not in one(fs, 64).indicator


CAPTIONED = ("戊市2031年上半年工作简报\n"
             "发布日期:2031-07-12\n\n"
             "上半年,全市各项工作有序推进。\n"
             "各县市区民生实事推进情况表\n"
             "县市区 | 件数 | 已办结 | 办结率 |\n"
             "甲川县 | 36 | 30 | 83.3% |\n"
             "乙源区 | 28 | 27 | 96.4% |\n")


def test_a_bare_column_under_a_caption_takes_the_captions_topic():
    fs = facts_of(CAPTIONED)
    assert one(fs, 36).indicator == "民生实事件数"
    assert "民生实事" in one(fs, 27).indicator  # (a count's column names the thing after it: 已办结民生实事)
    rate = one(fs, 96.4)
    assert (rate.subject, rate.indicator) == ("乙源区", "民生实事办结率")
