from taizhang.extract.normalize import _table, normalize_chars


def test_traditional_and_full_width_characters_map_one_to_one():
    s = "嵐溪縣２０２５年ＧＤＰ增長６．５％，　總投資１２億元"
    out = normalize_chars(s)
    assert out == "岚溪县2025年GDP增长6.5%, 总投资12亿元"
    assert len(out) == len(s)


def test_the_list_table_and_the_dict_table_agree_with_and_without_astral_characters():
    t = _table()
    for s in ["青川市經濟發展（一）１—３月", "𠀀青川市經濟𠀀發展，", "\udc80學校\ud800", "", "abc"]:
        assert normalize_chars(s) == s.translate(t)
    assert normalize_chars("𠀀學") == "𠀀学"


def test_long_texts_take_the_array_path_and_agree_with_the_table():
    from taizhang.extract import normalize

    t = _table()
    base = "嵐溪縣２０２５年ＧＤＰ增長６．５％，　總投資１２億元。青川市經濟發展（一）１—３月\n"
    long_texts = [base * 20, "𠀀" + base * 20, base * 20 + "\udc80", "abc" * 200]
    assert all(len(s) >= normalize._VECTOR_MIN for s in long_texts)
    for s in long_texts:
        out = normalize_chars(s)
        assert out == s.translate(t)
        assert len(out) == len(s)
    assert normalize._bmp_array() is not None  # numpy is installed with the extractor's dependencies
