"""Test documents: our own sentences (never corpus text), shaped like a work report, a mid-year bulletin and
the next year's report, so linking has targets, actuals, restatements and projects to connect."""

REPORT_2023 = """湛江市2023年政府工作报告
2023年1月10日
地区：湛江市
一、2023年主要目标
全年力争地区生产总值增长6%，固定资产投资增长10%。
到2025年地区生产总值达到5000亿元。
（一）加快推进交通建设
确保城际高铁项目开工建设，计划投资300亿元。
（二）抓好问题整改
持续推进环保督察反馈问题整改落实，<b>不留死角</b>。
1.推动新能源基地6月底前竣工。
名词解释：三个一是指一个目标一张清单一套机制
"""

MIDYEAR_2023 = """湛江市2023年上半年经济运行情况
2023年7月20日
地区：湛江市
上半年全市地区生产总值增长4.5%，固定资产投资增长12%。
城际高铁项目完成投资80亿元。
"""

REPORT_2024 = """湛江市2024年政府工作报告
2024年1月15日
地区：湛江市
一、2024年主要目标
到2026年地区生产总值达到4800亿元。
（一）加快推进交通建设
确保城际高铁项目竣工，完成投资200亿元。
"""

UNREADABLE = "无法读取的文件\n"


def ingest_text(name: str, text: str, user=None):
    """Ingest a test text as if uploaded (the fake extractor must be configured)."""
    from taizhang.ledger import ingest
    return ingest.ingest_bytes(name, text.encode("utf-8"), user=user)


def remigrate(before: str, meanwhile) -> None:
    """Migrate the ledger back to ``before`` (a migration name), run ``meanwhile`` there (a change no trigger of the
    later migrations sees), then forward to the newest migration: what an existing ledger's upgrade goes through."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    MigrationExecutor(connection).migrate([("ledger", before)])
    meanwhile()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
