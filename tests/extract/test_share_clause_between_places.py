"""A city's bulletin splits its total by its counties, each item a short name, its figure and its share of the
whole (其中,某市平台受理12000个,占38.7%;江安12345受理8000个,占25.8%;长宁…).  The share clause (占25.8%) belongs to
the item before it, as a change clause does (增长5%): the neighbour of 长宁 is 江安's item, a place, not a thing
named 占.  Read as a list of things (黄金17吨,占…;白银…), the counties' short names were no places and their
figures went to the city.

Every text is written for these tests; the places are real so that the gazetteer knows them.
"""
from __future__ import annotations

import pytest

from factrun import facts_of, one


@pytest.mark.parametrize("text,value,subject", [
    ("2024年5月,全市12345平台共受理来电31000个。其中,宜宾市平台受理12000个,占38.7%;江安12345受理8000个,占25.8%;"
     "长宁12345受理5000个,占16.1%。\n", 8000, "江安县"),
    ("2024年5月,全市12345平台共受理来电31000个。其中,宜宾市平台受理12000个,占38.7%;江安12345受理8000个,占25.8%;"
     "长宁12345受理5000个,占16.1%。\n", 16.1, "长宁县"),
    ("上半年,全市签约项目总投资310亿元。其中,南通市区签约120亿元,占38.7%;海安签约80亿元,占25.8%;"
     "如皋签约50亿元,占16.1%。\n", 80, "海安市"),
    ("上半年,全市签约项目总投资310亿元。其中,南通市区签约120亿元,占38.7%;海安签约80亿元,占25.8%;"
     "如皋签约50亿元,占16.1%。\n", 25.8, "海安市"),
])
def test_a_share_clause_is_the_item_before_it_not_a_thing_beside_a_county(text, value, subject):
    assert one(facts_of(text), value).subject == subject
