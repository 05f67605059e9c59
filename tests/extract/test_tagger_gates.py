"""jieba's dictionary-only cut of a window, the region layer's, is ``dictionary_cut`` (one loop; the same words).
The tagger's HMM is asked only when its guess could change an answer: the dictionary's route through a phrase
(``jieba_dict.dictionary_words``) already gives every word of two or more characters the tagger emits, tagged as it
tags them, and the readers that ask about a phrase's first or last word or its number of words answer from it."""
import functools
import random

from taizhang.extract import figure, indicators, meta
from taizhang.extract.jieba_dict import dictionary_cut, dictionary_words, jieba, posseg

# invented phrases of the kinds the readers are asked about: bare verbs, counted nouns, names run together
PHRASES = [
    "办结", "已开工", "正在推进", "未按时限推进", "督办事项", "重点项目", "已办结", "整改到位", "部分属实", "基本达到",
    "新开工项目", "受理信访举报", "死亡", "培训", "转移就业", "农村劳动力转移就业", "开展实地督导", "招引重点项目",
    "完成投资", "新增就业", "提供就业岗位", "加快建设项目", "王晓岚说", "赵青川同志", "李澜溪主持", "强调指出",
    "书记处书记", "主任委员会", "岚溪县", "甲乙丙", "滨江新城建设", "核查属实", "尚在办理", "建成投运",
]


def _tagged(phrase):
    return [(w.word, w.flag) for w in posseg().lcut(phrase)]


def test_route_words_join_to_the_phrase_and_only_han_is_routed():
    for p in PHRASES:
        words = dictionary_words(p)
        assert words is not None and "".join(w for w, _ in words) == p
    assert dictionary_words("") is None
    assert dictionary_words("5G基站") is None  # the tagger cuts digits and letters apart first
    assert dictionary_words("办结,已开工") is None


def test_every_word_of_two_characters_or_more_is_the_taggers_with_its_tag():
    for p in PHRASES:
        tagged, at, pos = _tagged(p), {}, 0
        for w, f in tagged:
            at[pos] = (w, f)
            pos += len(w)
        pos = 0
        for w, f in dictionary_words(p):
            if len(w) >= 2:
                assert at.get(pos) == (w, f), (p, w)
            pos += len(w)


def _bare_verb_by_tagger(phrase):
    if not phrase or len(phrase) > 10:
        return False
    toks = _tagged(phrase)
    return bool(toks) and toks[-1][1] == "v" and all(
        not f.startswith(("n", "vn", "j")) or w in figure._DANGLING_WORDS or w in figure._DEGREE_PART_WORDS or
        (i > 0 and toks[i - 1][1] == "p") for i, (w, f) in enumerate(toks))


def test_bare_verb_answers_as_the_tagger_does():
    for p in PHRASES:
        assert figure._bare_verb.__wrapped__(p) == _bare_verb_by_tagger(p), p


def test_noun_phrase_and_name_answer_as_the_tagger_does(monkeypatch):
    routed = {p: (figure._bare_verb.__wrapped__(p), indicators.noun_phrase.__wrapped__(p),
                  meta._name_in.__wrapped__(p[:6])) for p in PHRASES}
    import taizhang.extract.jieba_dict as jd
    monkeypatch.setattr(indicators, "dictionary_words", lambda p: None)
    monkeypatch.setattr(meta, "dictionary_words", lambda p: None)
    monkeypatch.setattr(figure, "dictionary_words", lambda p: None)
    assert jd.dictionary_words("办结") is not None
    for p in PHRASES:
        assert routed[p] == (figure._bare_verb.__wrapped__(p), indicators.noun_phrase.__wrapped__(p),
                             meta._name_in.__wrapped__(p[:6])), p


def test_the_hmm_is_asked_less(monkeypatch):
    calls = []
    real = posseg().lcut

    @functools.wraps(real)
    def counting(p, *a, **k):
        calls.append(p)
        return real(p, *a, **k)
    monkeypatch.setattr(posseg(), "lcut", counting)
    for p in ["督办事项", "重点项目", "新开工项目", "滨江新城建设"]:
        figure._bare_verb.__wrapped__(p)
    assert calls == []  # their last word is a dictionary noun: no verb ends them, whatever the HMM says


BULLETIN = ("岚溪县2026年上半年完成地区生产总值186.5亿元,同比增长6.2%;召开县委常委会议12次,赴青川镇调研。"
            "滨江新城5G基站建设完成1,200个(ＡＢＣ片区);临湖区经济技术开发区新签约项目8个,总投资42亿元。"
            "会同县发改局开展实地督导,王晓岚主持会议并讲话。\n二、2026年工作安排 A.B_c#d+e 100%增长-2.1")


def test_dictionary_cut_is_jiebas_cut_without_hmm():
    rnd = random.Random(17)
    windows = [BULLETIN, "", " ", "\n", "abc123 def", "5G基站\n 建设", "岚溪县委", "召开县委", "市场", "经济技术开发区"]
    windows += [BULLETIN[a:a + rnd.randint(1, 24)] for a in (rnd.randrange(len(BULLETIN)) for _ in range(400))]
    for w in windows:
        assert dictionary_cut(w) == tuple(jieba().cut(w, HMM=False)), w


def test_the_route_is_the_same_from_its_memo(monkeypatch):
    """The words' log-probabilities ``_route`` keeps (``_WORD_LOGP``) give jieba's own route whether the memo is
    empty, holds every string met, or starts over every few strings."""
    from taizhang.extract import jieba_dict
    rnd = random.Random(23)
    windows = [BULLETIN, "岚溪县委", "召开县委", "经济技术开发区", "临湖区经济技术开发区新签约项目"]
    windows += [BULLETIN[a:a + rnd.randint(1, 24)] for a in (rnd.randrange(len(BULLETIN)) for _ in range(300))]
    want = [tuple(jieba().cut(w, HMM=False)) for w in windows]
    cold = []
    for w in windows:
        jieba_dict._WORD_LOGP[:] = [None, 0, {}]
        cold.append(dictionary_cut(w))
    warm = [dictionary_cut(w) for w in windows]
    monkeypatch.setattr(jieba_dict, "_WORD_LOGP_CAP", 5)
    small = [dictionary_cut(w) for w in windows]
    assert cold == want and warm == want and small == want
