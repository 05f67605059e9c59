"""Rankings and scores: tables with a column of ranks or scores, ranking lines, ranks by grade."""
from __future__ import annotations

from pathlib import Path

import pytest

from factrun import facts_of

SAMPLES = Path(__file__).parent / "samples" / "tables"


def _by_subject(fs, measure):
    return sorted((f.subject, f.value) for f in fs if f.measure == measure)


# --------------------------------------------------------------------------- tables

def test_one_cell_a_line_table_opened_by_its_rank_column():
    fs = facts_of((SAMPLES / "ranking_rank_first.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("县交通运输局", 3), ("县住建局", 2), ("县农业农村局", 5), ("县城管局", 1),
                                       ("县水利局", 4)]
    scores = {f.subject: f for f in fs if f.measure == "level"}
    assert scores["县住建局"].value == 92.25
    assert scores["县住建局"].unit == "" and scores["县住建局"].unit_implied == "分"
    assert all(f.kind == "actual" for f in fs)


def test_full_marks_columns_and_a_total_are_scores_and_the_rank_column_ranks():
    fs = facts_of((SAMPLES / "ranking_one_cell_a_line.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("白马乡", 3), ("青川镇", 1)]
    qing = sorted(f.value for f in fs if f.subject == "青川镇" and f.measure == "level")
    assert qing == [19, 37.5, 38, 94.5]
    assert "(20分)" not in next(f for f in fs if f.value == 19).indicator


@pytest.mark.parametrize("text", [
    "东坡县2022年第三季度项目建设考核排名情况\n\n单位\t考核得分\t名次\n岚溪镇\t95.6\t1\n青石镇\t90.2\t2\n白马乡\t88\t3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n| 名次 | 单位 | 考核得分 |\n| 1 | 岚溪镇 | 95.6 |\n| 2 | 青石镇 | 90.2 |\n"
    "| 3 | 白马乡 | 88 |\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n序号  乡镇  考核得分  排名\n1  岚溪镇  95.60  1\n2  青石镇  90.20  2\n"
    "3  白马乡  88.00  3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n\n镇（街道）\n考核得分\n名次\n岚溪镇\n95.6\n1\n青石镇\n90.2\n2\n白马乡\n88\n3\n",
    "东坡县2022年第三季度项目建设考核排名情况\n现将结果通报如下:\n序号\n乡镇\n考核得分\n排名\n1\n岚溪镇\n95.6\n1\n2\n青石镇\n90.2\n2\n"
    "3\n白马乡\n88\n3\n",
])
def test_rank_and_score_columns_in_every_table_layout(text):
    fs = facts_of(text + "请各单位认真研究。\n")
    assert _by_subject(fs, "rank") == [("岚溪镇", 1), ("白马乡", 3), ("青石镇", 2)]
    assert _by_subject(fs, "level") == [("岚溪镇", 95.6), ("白马乡", 88), ("青石镇", 90.2)]
    assert {f.period for f in fs} == {"2022-Q3"}  # one table, one time, its last row's as well


def test_a_serial_number_column_is_no_rank():
    text = ("青川市2023年重点项目完成情况\n\n序号\n单位\n完成投资(亿元)\n1\n岚溪县\n12.5\n2\n东坡县\n9.8\n3\n北川区\n7.2\n")
    fs = facts_of(text)
    assert [f for f in fs if f.measure == "rank"] == []
    assert sorted(f.value for f in fs) == [7.2, 9.8, 12.5]


# --------------------------------------------------------------------------- ranking lines

RANK_LINES = """青川市2024年第一季度重点项目建设考核情况通报

一、综合考核排名
第一名:岚溪县96.2分
第二名 东坡县 91分
第三名：青山镇(87.5分)
"""


def test_ranking_lines_give_each_name_its_rank_and_score():
    fs = facts_of(RANK_LINES)
    assert _by_subject(fs, "rank") == [("东坡县", 2), ("岚溪县", 1), ("青山镇", 3)]
    assert _by_subject(fs, "level") == [("东坡县", 91), ("岚溪县", 96.2), ("青山镇", 87.5)]
    for f in fs:
        assert f.kind == "actual"
        assert "重点项目建设考核" in f.indicator or "综合考核" in f.indicator
        assert f.indicator.endswith("排名" if f.measure == "rank" else "得分")
    r = next(f for f in fs if f.subject == "岚溪县" and f.measure == "rank")
    s = next(f for f in fs if f.subject == "岚溪县" and f.measure == "level")
    assert (r.unit, s.unit) == ("名", "分")
    assert r.period == s.period


@pytest.mark.parametrize("sentence, name, rank, score", [
    ("在投资完成率方面,排名第二的是东坡县(91分)。", "东坡县", 2, 91),
    ("西山区以88.6分位列第三,较上季度前移两位。", "西山区", 3, 88.6),
    ("北川区综合得分85.3分,排名第四。", "北川区", 4, 85.3),
    ("排在末位的是南岭县,得分72.4分。", "南岭县", None, 72.4),
    ("河口镇得分79分,位居全县第5名。", "河口镇", 5, 79),
])
def test_a_ranked_sentence_names_who_holds_the_rank_and_the_score(sentence, name, rank, score):
    fs = facts_of("青川市2024年第一季度重点项目建设考核情况通报\n\n" + sentence + "\n")
    assert [(f.subject, f.value) for f in fs if f.measure == "rank"] == ([(name, rank)] if rank else [])
    assert [(f.subject, f.value) for f in fs if f.unit == "分"] == [(name, score)]


def test_a_score_with_no_rank_or_scoring_word_stays_no_fact():
    fs = facts_of("岚溪县2024年第一季度工作简报\n\n全县共有青川镇等8个乡镇,其中3分之一已完成改造。\n")
    assert [f for f in fs if f.unit == "分"] == []


def test_a_rank_labelled_by_is_and_scores_in_brackets_after_listed_names():
    fs = facts_of("青川市2024年第一季度重点项目建设考核情况通报\n\n第一名为岚溪县,得分96.2分;第二名是东坡县,得分91分。\n"
                  "单项考核中,北川区(88分)、南岭县(86.5分)进步较快。\n")
    assert _by_subject(fs, "rank") == [("东坡县", 2), ("岚溪县", 1)]
    assert _by_subject(fs, "level") == [("东坡县", 91), ("北川区", 88), ("南岭县", 86.5), ("岚溪县", 96.2)]
    assert next(f for f in fs if f.value == 88).evidence == "北川区(88分)"


def test_a_grade_labelling_a_list_of_names_is_no_rank_nor_one_inside_a_sentence_without_ranking_words():
    fs = facts_of("东坡县2023年度乡镇综合考核结果\n\n第一等次:青川镇、白马乡;第二等次:河口镇。\n")
    assert [f for f in fs if f.measure == "rank"] == []
    fs = facts_of("东坡县2023年度乡镇综合考核结果\n\n青川镇、白马乡均居全县第一等次。\n")
    assert [(f.value, f.measure) for f in fs] == [(1, "rank")]
    fs = facts_of("东坡县2023年工作要点\n\n推动各项工作迈入青川市第一方阵。\n")
    assert [f for f in fs if f.measure == "rank"] == []


# --------------------------------------------------------------------------- singles: changes and enumerations

@pytest.mark.parametrize("sentence, value", [
    ("全县新开工项目较去年增加159个。", 159),
    ("新登记市场主体较上年同期多1200户。", 1200),
    ("规上企业较上月减少3家。", 3),
    ("县财政收入较去年增加1.2亿元。", 1.2),
    ("新建学校比上年多4所。", 4),
])
def test_a_change_from_a_base_set_by_bi_or_jiao_is_a_delta(sentence, value):
    fs = facts_of("岚溪县2024年上半年经济运行情况\n\n" + sentence + "\n")
    assert [(f.value, f.measure) for f in fs] == [(value, "delta")]


def test_a_count_of_the_items_just_listed_is_no_fact_whichever_word_joins_the_last_two():
    fs = facts_of("岚溪县2024年民生实事\n\n重点聚焦教育、医疗和养老等3个领域,实施民生项目12个。\n"
                  "围绕文旅、康养等5个领域招引项目。\n")
    assert sorted(f.value for f in fs) == [5, 12]


def test_a_discourse_first_second_third_is_no_rank():
    fs = facts_of("岚溪县2024年工作安排\n\n第一、加强组织领导,压实责任;\n第二、强化督查考核,每月通报;\n第三是抓好宣传,营造氛围。\n")
    assert [f for f in fs if f.measure == "rank"] == []


def test_ranks_written_as_ordinals_in_cells_of_their_own():
    for text in ("东坡县2024年5月集镇环境卫生考评排名\n\n排名\n单位\n得分\n第一名\n青川镇\n96.5\n第二名\n东坡镇\n92\n"
                 "第三名\n白马乡\n88.5\n",
                 "东坡县2024年5月集镇环境卫生考评排名\n\n名次\n乡镇\n得分\n一\n青川镇\n96.5\n二\n东坡镇\n92\n三\n白马乡\n88.5\n",
                 "东坡县2024年5月集镇环境卫生考评排名\n\n乡镇\n得分\n名次\n青川镇\n96.5\n第1名\n东坡镇\n92\n第2名\n"
                 "白马乡\n88.5\n第3名\n"):
        fs = facts_of(text)
        assert _by_subject(fs, "rank") == [("东坡镇", 2), ("白马乡", 3), ("青川镇", 1)]
        assert _by_subject(fs, "level") == [("东坡镇", 92), ("白马乡", 88.5), ("青川镇", 96.5)]
        assert {f.indicator for f in fs} == {"集镇环境卫生考评排名", "集镇环境卫生考评得分"}


def test_numbered_rows_under_a_title_that_ranks_by_score_are_rank_name_and_score():
    fs = facts_of("东坡县2024年5月集镇环境卫生考评得分排名\n\n1\n青川镇\n96.5\n2\n东坡镇\n92\n3\n白马乡\n88.5\n4\n河口镇\n85\n")
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("河口镇", 4), ("白马乡", 3), ("青川镇", 1)]
    assert _by_subject(fs, "level") == [("东坡镇", 92), ("河口镇", 85), ("白马乡", 88.5), ("青川镇", 96.5)]
    # numbered rows under a title that ranks nothing stay no facts
    fs = facts_of("东坡县2024年5月集镇环境卫生工作情况\n\n1\n青川镇\n96.5\n2\n东坡镇\n92\n3\n白马乡\n88.5\n")
    assert [f for f in fs if f.measure == "rank"] == []


def test_a_ranking_printed_twice_side_by_side_gives_two_rows_a_line():
    fs = facts_of((SAMPLES / "ranking_side_by_side.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("水头镇", 6), ("河口镇", 4), ("白马乡", 3), ("石井镇", 5),
                                       ("青川镇", 1)]
    assert dict(_by_subject(fs, "level"))["石井镇"] == 80


@pytest.mark.parametrize("text", [
    "东坡县2024年5月码头整治考评结果\n\n排名 乡镇 得分\n1 青川镇 96.5\n2 东坡镇 92\n3 白马乡 88.5\n",
    "东坡县2024年5月码头整治考评结果\n\n排名\n乡镇\n得分\n1 青川镇 96.5\n2 东坡镇 92\n3 白马乡 88.5\n",
])
def test_rows_set_apart_by_blanks_under_a_header_opened_by_the_rank(text):
    fs = facts_of(text)
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("白马乡", 3), ("青川镇", 1)]
    assert {f.indicator for f in fs} == {"码头整治考评排名", "码头整治考评得分"}


@pytest.mark.parametrize("sentence, name, value, what", [
    ("青川镇综合考核位列全市第一,较上季度前移2位。", "青川镇", 1, "综合考核"),
    ("县住建局在县直部门考评中排名第二。", "县住建局", 2, "县直部门考评"),
    ("东坡街道满意度排名第3位。", "东坡街道", 3, "满意度"),
])
def test_a_body_opening_the_clause_holds_the_rank_named_after_it(sentence, name, value, what):
    fs = facts_of("青川市2024年第一季度重点项目建设考核情况通报\n\n" + sentence + "\n")
    rank = next(f for f in fs if f.measure == "rank")
    assert (rank.subject, rank.value) == (name, value)
    assert rank.indicator == what + "排名"
    for f in fs:
        assert f.subject == name  # the move (前移2位) is the same body's


def test_the_set_a_rank_is_taken_in_is_no_body_holding_it():
    fs = facts_of("青川市2023年生态环境状况\n\n全市空气质量综合指数为2.54,全省排名第2,同比上升4名。\n")
    assert {f.subject for f in fs} == {"青川市"}


def test_a_ranking_one_cell_a_line_whose_rows_carry_a_cell_of_prose():
    fs = facts_of((SAMPLES / "ranking_with_prose_cells.txt").read_text(encoding="utf-8"))
    assert _by_subject(fs, "rank") == [("东坡镇", 2), ("白马乡", 3), ("青川镇", 1)]
    assert _by_subject(fs, "level") == [("东坡镇", 92), ("白马乡", 88.5), ("青川镇", 96.5)]
    assert len(fs) == 6


@pytest.mark.parametrize("text", [
    "南岭市2019年5月份码头整治考评情况通报\n\n排名\n镇（街道）\n得分\n1\n青川镇\n96.5\n2\n东坡街道\n92\n3\n白马乡\n88.5\n",
    "南岭市2019年5月份码头整治考评情况通报\n\n单 位\n考评得分\n排 名\n青川镇\n96.5\n1\n东坡街道\n92\n2\n白马乡\n88.5\n3\n",
])
def test_a_label_column_named_with_brackets_or_blanks_opens_the_table(text):
    fs = facts_of(text)
    assert _by_subject(fs, "rank") == [("东坡街道", 2), ("白马乡", 3), ("青川镇", 1)]


def test_a_rank_counted_from_the_bottom_is_the_named_body_s_too():
    fs = facts_of("青川市2024年第一季度重点项目建设考核情况通报\n\n排名倒数第一的是南岭县(62分)。\n河口镇综合考核排名倒数第二。\n")
    assert _by_subject(fs, "rank") == [("南岭县", 1), ("河口镇", 2)]
    assert _by_subject(fs, "level") == [("南岭县", 62)]


def test_ranking_lines_without_a_time_of_their_own_hold_for_their_heading_s():
    fs = facts_of("南岭市城乡生活垃圾治理工作督查通报\n\n一、3月份督查排名\n第一名:青川镇87.5分\n第二名:东坡镇85分\n")
    assert len(fs) == 4 and {f.period for f in fs} == {"?-M03"}
    assert all(f.indicator.startswith("督查") for f in fs)  # the heading's words, not a ranking line's


def test_a_ranking_one_cell_a_line_with_blank_lines_whose_rank_column_opens_the_header():
    # 名次 before the label column's word 村(社区): every row opens with its rank, the score column (成绩) writes no
    # unit, the reward column states its own
    text = ("白沙镇2023年度村(社区)人居环境考评结果公示\n\n"
            "名次\n\n村(社区)\n\n考评成绩\n\n奖励金(元)\n\n"
            "1\n\n石门村\n\n97.5\n\n8000\n\n2\n\n柳溪村\n\n93.0\n\n5000\n\n3\n\n新塘社区\n\n90.5\n\n3000\n\n"
            "公示期为7天。\n")
    fs = facts_of(text)
    assert _by_subject(fs, "rank") == [("新塘社区", 3), ("柳溪村", 2), ("石门村", 1)]
    scores = sorted((f.subject, f.value, f.value_unit, f.indicator) for f in fs if f.measure == "level" and f.value_unit != "元")
    assert scores == [("新塘社区", 90.5, "", "考评成绩"), ("柳溪村", 93.0, "", "考评成绩"), ("石门村", 97.5, "", "考评成绩")]
    assert sorted((f.subject, f.value) for f in fs if f.value_unit == "元") == [("新塘社区", 3000), ("柳溪村", 5000),
                                                                         ("石门村", 8000)]
    assert {f.period for f in fs if f.value_unit != "元"} == {"2023"}
    assert len(fs) == 9
