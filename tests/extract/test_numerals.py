"""Numerals, units and the numeral grammar's edge cases (own sentences only)."""
import pytest

from taizhang.extract.numerals import NUMBER_RE, fan_multiple, parse_chinese, parse_number
from taizhang.extract.units import base_unit, unit_class


@pytest.mark.parametrize("text,value", [
    ("3.56", 3.56), ("12,345.6", 12345.6), ("0.5", 0.5), ("2100", 2100.0),
    ("三", 3.0), ("十", 10.0), ("十四", 14.0), ("二十", 20.0), ("两", 2.0), ("三十", 30.0),
    ("八千八百", 8800.0), ("一百零五", 105.0), ("一百五", 150.0), ("一万二", 12000.0),
    ("五百", 500.0), ("九十九", 99.0), ("二〇三五", 2035.0), ("十一", 11.0),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "多", "3.5.6", "万"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None or text == "万" and parse_chinese(text) is not None


def test_bare_magnitude_is_not_a_numeral():
    # 千家万户 and 万人 are words, not numbers: a Chinese numeral starts with a digit character or 十
    assert NUMBER_RE.match("千家万户") is None
    assert NUMBER_RE.match("万人游") is None
    assert NUMBER_RE.match("三项").group() == "三"


def test_fan_multiple():
    assert fan_multiple("翻一番") == 2
    assert fan_multiple("翻两番") == 4
    assert fan_multiple("翻番") is None


@pytest.mark.parametrize("unit,cls,base", [
    ("亿元", "level", "元"), ("万元", "level", "元"), ("万人", "count", "人"), ("个", "count", "个"),
    ("%", "percent", "%"), ("个百分点", "points", "个百分点"), ("万亩", "level", "亩"), ("倍", "multiple", "倍"),
    ("万", "magnitude", "万"), ("", "none", ""), ("公顷", "level", "公顷"), ("亿美元", "level", "美元"),
])
def test_unit_class(unit, cls, base):
    assert unit_class(unit) == cls
    assert base_unit(unit) == base
