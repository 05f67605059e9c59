r"""The scan for full names before a division's suffix in a text that calls itself 全县/全市 (context._self_reference)
finds the spans the lazy pattern ``[\u4e00-\u9fff]{1,14}?县`` finds, a ``find`` per suffix instead of a run tried at
every Han character (``context.han_runs_to``)."""
import random
import re

from taizhang.extract.context import han_runs_to


def _pattern_spans(text, suffix, most=14):
    return [m.span() for m in re.finditer(rf"[\u4e00-\u9fff]{{1,{most}}}?{suffix}", text)]


def test_spans_are_the_lazy_patterns_on_invented_reports():
    texts = [
        "岚溪县人民政府关于2025年全县重点项目推进情况的通报。全县共有项目48个,岚溪县经济开发区完成投资12亿元。",
        "临湖市市场监管局、临湖市城市管理局:市委市政府要求全市各县市区抓好落实。",
        "县县县 县,县a县1县\n县", "", "县", "甲县", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未县城北县",
    ]
    for text in texts:
        for suffix in ("县", "市", "区", "旗", "州", "盟"):
            assert han_runs_to(text, suffix) == _pattern_spans(text, suffix), (text, suffix)


def test_spans_are_the_lazy_patterns_on_random_text():
    rnd = random.Random(11)
    for alphabet in ("县市区旗全我本甲乙丙城乡,。 a1\n", "县市甲乙丙丁戊己庚辛"):
        for _ in range(20000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 50)))
            for suffix in ("县", "市"):
                assert han_runs_to(text, suffix) == _pattern_spans(text, suffix), (text, suffix)
            assert han_runs_to(text, "县", 3) == _pattern_spans(text, "县", 3), text
