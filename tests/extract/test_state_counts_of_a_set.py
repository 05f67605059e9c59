"""A notice names the set of items it supervises once, whole (the body that handed them over, the meeting that decided
them), then counts it by state: a count of one state is named by the set's short name and the state, a share right
after it by the same name and 占比."""
from factrun import facts_of, one


def test_the_body_that_handed_the_items_over_is_left_out_of_a_state_count():
    fs = facts_of("截至5月1日,丁县督察组移交甲县的第九批信访件40件,已办结22件,正在办理18件。")
    assert "督察组" in one(fs, 40).indicator  # the count naming the set keeps its words
    for v, state in ((22, "已办结"), (18, "正在办理")):
        ind = one(fs, v).indicator
        assert "督察组" not in ind and "第九批信访件" in ind and state in ind, ind


def test_a_bracketed_part_of_a_handed_set_names_the_set_short():
    fs = facts_of("截至6月3日,甲县共收到戊联络组交办信访件310件(来电205件,来信105件)。")
    for v, part in ((205, "来电"), (105, "来信")):
        ind = one(fs, v).indicator
        assert "联络组" not in ind and "交办信访件" in ind and part in ind, ind


def test_the_problems_a_team_found_keep_their_verb_without_the_team():
    fs = facts_of("己巡察组反馈的问题64个,已完成整改57个,基本完成5个,未完成2个。")
    ind = one(fs, 57).indicator
    assert "巡察组" not in ind and "反馈问题" in ind and "整改" in ind, ind


def test_the_meetings_ordinal_is_left_out_of_a_state_count_and_its_share():
    fs = facts_of("2025年甲县第三次县长办公会议议定事项30件,截至8月5日,已办结12件,占40%;正在办理18件,占60%。")
    for v in (12, 40, 18, 60):
        ind = one(fs, v).indicator
        assert "第三次" not in ind and "议定事项" in ind, (v, ind)
    assert "正在办理" in one(fs, 60).indicator and one(fs, 60).indicator.endswith("占比")


def test_the_ordinal_stays_where_it_tells_two_meetings_apart():
    fs = facts_of("2025年甲县第二次县长办公会议议定事项20项,完成18项,完成率90%;第四次县长办公会议议定事项12项,"
                  "完成7项,完成率58.3%。")
    assert "第二次" in one(fs, 18).indicator and "第四次" in one(fs, 7).indicator


def test_the_items_a_team_found_are_no_recipient_of_its_handing_over():
    fs = facts_of("庚县第二检查组反馈的问题30个,已完成26个问题的整改。")
    assert "问题" in one(fs, 26).indicator

