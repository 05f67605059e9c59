"""A level's own share or bodies (区本级, 市直部门) stay in the name of their figure, the place going to the subject; and the
working days a service is cut to or takes (办理时限压缩至3个工作日) are figures, a deadline in working days (5个工作日内
办结) none (sentences written for these tests)."""
from __future__ import annotations

from factrun import facts_of, one


def test_the_district_s_own_share_keeps_its_qualifier():
    fs = facts_of("2024年,东坡区固定资产投资完成45亿元,其中区本级完成投资3亿元。\n")
    f = one(fs, 3)
    assert (f.subject, f.indicator) == ("东坡区", "区本级完成投资")
    fs = facts_of("2024年,东坡区一般公共预算收入12亿元,其中区本级收入5.2亿元。\n")
    assert one(fs, 5.2).indicator == "区本级收入"


def test_the_level_s_own_bodies_keep_their_name():
    fs = facts_of("东坡区2024年办件情况\n全区共受理办件1200件,办结率97%,其中区直部门办结率98%,镇街办结率96%。\n")
    assert one(fs, 98).indicator == "区直部门办结率"
    assert one(fs, 96).indicator == "镇街办结率"


def test_working_days_a_service_is_cut_to():
    fs = facts_of("全县企业开办时间压缩至0.5个工作日,不动产登记办理时限由20个工作日压缩至3个工作日。\n")
    assert one(fs, 0.5).unit == "个工作日" and one(fs, 0.5).indicator == "企业开办时间"
    assert one(fs, 3).indicator == one(fs, 20).indicator == "不动产登记办理时限"
    fs = facts_of("今年,我市工程建设项目审批时间压缩至60个工作日以内。\n")
    assert (one(fs, 60).unit, one(fs, 60).comparator) == ("个工作日", "<=")


def test_a_deadline_in_working_days_is_no_figure():
    assert facts_of("申请人提交材料后,窗口在5个工作日内办结,3个工作日内答复。\n") == []
