"""Numerals as written in Chinese government text: 3.56, 12,345.6, 三, 十四, 两, 八千八百, 百 (in 百亿).

Only already matched spans are parsed here (the fact finder's regexes decide what a
number is); parsing never raises and returns ``None`` for anything it cannot read.
Magnitude characters 万/亿 are *not* folded into the value: the schema keeps them
in the unit as written (3.56亿元 → value 3.56, unit 亿元).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import rx

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

# Regex fragments shared by the fact finder.
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral must start with a digit character or 十: bare 百/千/万 are words (千家万户, 万人).
CHINESE = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*"
NUMBER_RE = rx.compile(rf"{ARABIC}|{CHINESE}")

# 翻一番 / 翻两番: a multiple of growth.
FAN_RE = rx.compile(r"翻([一两二三])番")


def parse_arabic(s: str) -> float | None:
    """'12,345.6' → 12345.6; None when not a plain decimal."""
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def parse_chinese(s: str) -> float | None:
    """Chinese numerals up to the 亿 range: 三 → 3, 十四 → 14, 二十 → 20, 八千八百 → 8800, 一万二 → 12000.

    Digit-by-digit strings (二〇三五) read positionally.  Returns None on characters
    that are not numerals.
    """
    if not s or any(c not in DIGITS and c not in SMALL_UNITS and c not in BIG_UNITS for c in s):
        return None
    if all(c in DIGITS for c in s):  # 二〇三五 → 2035
        v = 0
        for c in s:
            v = v * 10 + DIGITS[c]
        return float(v)
    total = 0  # completed 亿/万 groups
    section = 0  # current group below 万
    digit = None
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            u = SMALL_UNITS[c]
            section += (1 if digit is None else digit) * u
            digit = None
        else:  # 万 / 亿
            u = BIG_UNITS[c]
            section += digit or 0
            digit = None
            if u == 100_000_000:
                total = (total + section) * u
            else:
                total += section * u
            section = 0
    if digit is not None:
        prev = s[-2] if len(s) >= 2 else ""
        if prev in SMALL_UNITS and SMALL_UNITS[prev] >= 100:  # 一百五 → 150
            section += digit * SMALL_UNITS[prev] // 10
        elif prev in BIG_UNITS:  # 一万二 → 12000
            total += digit * BIG_UNITS[prev] // 10
        else:
            section += digit
    return float(total + section)


@lru_cache(maxsize=8192)
def parse_number(s: str) -> float | None:
    """Arabic, Chinese or mixed (3.5万 is *not* mixed here: 万 belongs to the unit); memoised (a short string)."""
    s = (s or "").strip()
    if not s:
        return None
    if s[0].isdigit():
        return parse_arabic(s)
    return parse_chinese(s)


def joined_pair(s: str) -> tuple[float, float] | None:
    """Two digit characters one apart, the smaller first (三四, 四五, 七八): two numbers side by side, as 位列四五名
    (the fourth and the fifth places) or 三四个 (three or four) write them, never the positional 34 or 45 a year's
    digits (二〇三五) are read as; None for anything else."""
    if len(s) != 2 or s[0] not in DIGITS or s[1] not in DIGITS or "两" in s:
        return None
    a, b = DIGITS[s[0]], DIGITS[s[1]]
    return (float(a), float(b)) if a >= 1 and b == a + 1 else None


def is_chinese(s: str) -> bool:
    return bool(s) and not s[0].isdigit()


def fan_multiple(word: str) -> float | None:
    """翻一番 → 2, 翻两番 → 4 (doubling n times)."""
    m = FAN_RE.fullmatch(word)
    if not m:
        return None
    n = DIGITS.get(m.group(1))
    return float(2 ** n) if n else None


def parse_chinese_decimal(s: str) -> float | None:
    """A numeral written in words with a decimal point: 六十二点五 → 62.5 (digits after 点 read one by one)."""
    whole, _, frac = (s or "").partition("点")
    v = parse_chinese(whole)
    if v is None or (frac and any(c not in DIGITS for c in frac)):
        return None
    return v + (float("0." + "".join(str(DIGITS[c]) for c in frac)) if frac else 0.0)


def fraction_value(numerator: float, denominator: float) -> float | None:
    """A proper fraction as the number it is (1/4 → 0.25, 1/3 → 0.333…, to a float's precision: a value read back is
    compared with the fraction's own quotient, and 0.3333 is not 1/3): None when it is none."""
    if not denominator or not 0 < numerator < denominator:
        return None
    return numerator / denominator
