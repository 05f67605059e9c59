"""The tagger's HMM (jieba's ``posseg.viterbi``, run on every stretch of single characters no dictionary word covers)
is answered by ``jieba_dict.viterbi``, which takes each step's maximum over the previous states with numpy at once.
It must give exactly jieba's answer (the same log-probability, the same route of states, ties to the same state) on
any run of characters, and the tagger's words and tags must not move.  Runs invented or drawn at random."""
from __future__ import annotations

import random

from taizhang.extract import jieba_dict


def _tables():
    pseg = jieba_dict.posseg()
    return pseg, (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)


def _runs():
    pseg, (states, *_) = _tables()
    rnd = random.Random(32)
    known = sorted(states)
    yield from ("岚", "嵐溪", "甲乙丙", "某某某", "拨付青苗", "邹平杨宝岭", "陈云飞", "琊琛瑀", "A", "12", "的了吗呢")
    for _ in range(1500):
        yield "".join(rnd.choice(known) for _ in range(rnd.randint(1, 10)))
    for _ in range(500):  # characters the HMM's table may not know
        yield "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(1, 8)))


def test_the_hmm_answers_as_jieba_s_own_viterbi():
    pseg, args = _tables()
    own = jieba_dict._JIEBA_VITERBI[0]
    assert own is not None and pseg.viterbi is jieba_dict.viterbi
    for run in _runs():
        assert jieba_dict.viterbi(run, *args) == own(run, *args), run


def test_the_tagger_s_words_and_tags_stay_jieba_s():
    pseg, args = _tables()
    own = jieba_dict._JIEBA_VITERBI[0]
    phrases = ("岚溪县拨付青苗、肥料和人工等补偿款", "邹平杨宝岭陈云飞报道", "新增幼儿园学位三百个", "甲镇琊琛瑀村道路硬化")
    ours = [[(w.word, w.flag) for w in pseg.lcut(p)] for p in phrases]
    pseg.viterbi = own
    try:
        theirs = [[(w.word, w.flag) for w in pseg.lcut(p)] for p in phrases]
    finally:
        pseg.viterbi = jieba_dict.viterbi
    assert ours == theirs
