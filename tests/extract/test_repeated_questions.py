"""Questions the readers of one document ask again of the same words are answered once: the time expressions of a
string (periods.find_periods) and how often a text speaks as each division (docregions.speaker_counts).  The kept
answer must be the one the scan gives, and a caller that changes what it got must not change what the next
caller gets."""
from taizhang.extract import docregions, periods


_TEXTS = [
    ("2025年,全县地区生产总值增长6.1%;1—9月,规上工业增加值增长8.2%,比上半年提高1.3个百分点。", 2025),
    ("今年主要预期目标是:地区生产总值增长5%左右,“十五五”时期年均增长5.5%。", 2026),
    ("截至10月底,全区42个重点项目完成投资35.6亿元,占年度计划的81%。", None),
    ("", 2024),
]


def test_find_periods_kept_answer_is_the_scan():
    for text, year in _TEXTS:
        fresh = list(periods._found_periods.__wrapped__(text, year))
        assert periods.find_periods(text, year) == fresh
        assert periods.find_periods(text, year) == fresh  # asked again: the kept answer


def test_find_periods_each_caller_gets_its_own_list():
    text, year = _TEXTS[0]
    first = periods.find_periods(text, year)
    assert first
    first.clear()
    first.append(None)
    again = periods.find_periods(text, year)
    assert again and None not in again and again is not first


_SPEAKING = [
    "全县上下攻坚克难,全县地区生产总值增长6%。我县立足全省大局,全县新开工项目45个。",
    "全市规上工业增加值增长7.1%,全市固定资产投资增长9.3%;全省排名第二。",
    "我区融入成渝,全区新增市场主体1.2万户。",
]


def test_speaker_counts_kept_answer_is_the_count():
    for text in _SPEAKING:
        fresh = docregions._count_speakers(text[:docregions.UNLISTED_SCAN_CHARS])
        assert docregions.speaker_counts(text) == fresh
        assert docregions.speaker_counts(text) == fresh
        assert docregions.speaker_counts(text, 10) == docregions._count_speakers(text[:10])


def test_speaker_counts_each_caller_gets_its_own_dict():
    text = _SPEAKING[0]
    got = docregions.speaker_counts(text)
    assert got["县"] >= 2
    got["县"] = -1
    assert docregions.speaker_counts(text)["县"] >= 2
