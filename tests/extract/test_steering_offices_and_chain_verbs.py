"""An office steering its place's work, a purpose clause and a city's deed are no subjects of their own (invented).

市委巡察办统筹推进巡察整改,共督促整改问题236个: the office acts for the city, the issues are the city's; 某市发展改革委
牵头建立项目调度机制 is no work's name (a clause ending in 项目); 为加快建立重大项目协调推进机制,… opens with a purpose; 遵义市
召开市委…会议 names no 召开市 (a city and what it does, 召开|市委).
"""
from factrun import facts_of, one


def test_an_office_steering_the_city_s_work_gives_its_figures_to_the_city():
    fs = facts_of("青山市2025年巡察整改情况通报\n\n市委巡察办统筹推进巡察整改，共督促整改问题236个，追责问责48人。\n"
                  "青山市发展改革委牵头建立项目调度机制，累计协调解决问题215个。\n")
    assert one(fs, 236).subject == "青山市"
    assert one(fs, 48).subject == "青山市"
    assert one(fs, 215).subject == "青山市"
    fs = facts_of("临水县2025年巡察整改情况\n\n县委巡察办切实发挥统筹协调作用，对涉及的45个党组织整改方案进行联审。\n")
    assert one(fs, 45).subject == "临水县"


def test_an_office_doing_its_own_work_keeps_its_row():
    fs = facts_of("青山市2025年建议提案办理情况\n\n市交通局承办建议提案32件，办结率100%。\n")
    assert one(fs, 32).subject == "市交通局"


def test_a_purpose_clause_opening_the_sentence_is_no_name():
    fs = facts_of("某省2025年重大项目推进情况\n\n为加快建立重大项目协调推进机制，省发展改革委按月梳理问题，报请省政府召开6次专题协调会。\n")
    assert one(fs, 6).subject == ""


def test_a_city_and_what_it_does_names_no_lower_place():
    fs = facts_of("日前，遵义市召开市委巡察整改工作推进会。会议通报，今年以来督促被巡察单位落实整改措施1200余项，"
                  "问责和约谈300余人次。\n")
    assert one(fs, 1200).subject == "遵义市"
    assert one(fs, 300).subject == "遵义市"
