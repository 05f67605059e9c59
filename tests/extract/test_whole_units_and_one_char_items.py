"""Energy written out in 小时 (亿千瓦小时, 万兆瓦小时) and gas at standard conditions (万标准立方米) are one unit each,
not the 千瓦 / 立方米 their heads share with a power or a volume (the 小时 had been left to the name: 用电量小时); a
product named in one character in a series of products (梨3.5万吨 after 苹果产量12万吨, 牛8万头 after 生猪出栏…) names
its own figure, not the measure before plus its name (苹果产量梨).

Every sentence is written for these tests; the places are real so that the gazetteer knows them."""
from __future__ import annotations

from factrun import facts_of, one


def test_energy_in_hours_is_one_unit():
    fs = facts_of("岚县2023年国民经济和社会发展统计公报\n全年全社会用电量12.5亿千瓦小时，同比增长6.2%。"
                  "全县光伏发电量3.6万兆瓦小时。\n")
    f = one(fs, 12.5)
    assert (f.unit, f.measure, f.indicator) == ("亿千瓦小时", "level", "全社会用电量")
    assert one(fs, 6.2).indicator == "全社会用电量"
    assert one(fs, 3.6).unit == "万兆瓦小时"


def test_gas_at_standard_conditions_is_one_unit():
    fs = facts_of("某市2024年上半年能源运行情况\n上半年全市天然气供应量3200万标准立方米，同比增长4.5%。\n")
    f = one(fs, 3200)
    assert (f.unit, f.measure) == ("万标准立方米", "level")
    assert f.indicator == "天然气供应量"


def test_a_one_character_product_names_its_own_figure():
    fs = facts_of("某县2023年国民经济和社会发展统计公报\n全年水果产量25万吨，其中苹果产量12万吨，梨3.5万吨，"
                  "葡萄2万吨。全年肉类总产量4.5万吨，其中猪肉3.2万吨，鱼0.6万吨。\n")
    assert one(fs, 3.5).indicator == "梨产量"
    assert one(fs, 2).indicator == "葡萄产量"
    assert "猪肉" not in one(fs, 0.6).indicator and one(fs, 0.6).indicator.startswith("鱼")
