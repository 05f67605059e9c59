"""A campaign's progress report titled by its month and opened by 自…启动至X月底 reports running totals as of the
month's end (..Y-MX), in every paragraph, not the month's flow (Y-MX) nor the month the campaign started."""
from factrun import context_of, periods_of

REPORT = ("岚溪县项目建设攻坚行动7月份进展情况\n\n"
          "攻坚行动自4月15日启动至7月底，全县累计完成投资9.8亿元，占目标任务的57%。新开工项目14个，竣工项目5个。\n\n"
          "从项目推进情况看，工业项目完成投资6.2亿元，占目标任务的63%；城建项目完成投资2.1亿元。\n")


def test_the_title_month_is_the_cutoff_the_lead_opens_on():
    ctx, _ = context_of(REPORT)
    assert ctx.period == "..?-M07"


def test_every_progress_figure_runs_to_the_months_end():
    got = periods_of(REPORT, (9.8, 57, 14, 5, 6.2, 63, 2.1))
    assert got == {v: "..?-M07" for v in (9.8, 57, 14, 5, 6.2, 63, 2.1)}


def test_a_month_titled_report_without_a_cutoff_keeps_the_month():
    text = ("岚溪县7月份重点项目推进情况\n\n"
            "7月份，全县新开工项目6个，完成投资1.3亿元。\n\n"
            "从项目推进情况看，工业项目完成投资0.8亿元。\n")
    ctx, _ = context_of(text)
    assert ctx.period == "?-M07"
    assert periods_of(text, (0.8,)) == {0.8: "?-M07"}
