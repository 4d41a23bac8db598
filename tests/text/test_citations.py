"""Cited documents: 《…》 titles and 文号 in every bracket form, and an article's own 文号."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.citations import Citation, doc_number_key, extract_citations, own_doc_number


def test_it_reads_titles_and_numbers_in_every_bracket_form():
    paragraphs = [
        "根据《国务院关于印发XX方案的通知》（国发〔2023〕5号）和国办发[2022]12号文件精神，按照X政办发（2024）012号要求。",
        "贯彻落实国发〔2023〕5号，执行《中华人民共和国安全生产法》。依据京政发【2021】3号、黔府办发(2020)7号。",
    ]
    assert extract_citations(paragraphs) == [
        Citation("title", "国务院关于印发XX方案的通知", "国发〔2023〕5号", 1, 0),
        Citation("number", "国办发〔2022〕12号", "", 1, 0),
        Citation("number", "X政办发〔2024〕12号", "", 1, 0),  # no leading zero
        Citation("title", "中华人民共和国安全生产法", "", 1, 1),
        Citation("number", "京政发〔2021〕3号", "", 1, 1),
        Citation("number", "黔府办发〔2020〕7号", "", 1, 1),
    ]


def test_it_counts_a_document_cited_twice_once():
    cites = extract_citations(["依照《安全生产法》。", "违反《安全生产法》的，依法处理。", "见国发〔2023〕5号；国发[2023]5号"])
    assert [(c.text, c.count) for c in cites] == [("安全生产法", 2), ("国发〔2023〕5号", 2)]


@pytest.mark.parametrize("text", ["书名号里只有一个字《a》", "《》", "第5号文件", "2023年5号楼", "国发2023年5号", "《未闭合的书名号"])
def test_it_takes_nothing_that_is_no_citation(text):
    assert extract_citations([text]) == []


def test_it_keeps_to_the_limit_and_never_raises():
    many = ["、".join(f"《文件{i}号》" for i in range(200))]
    assert len(extract_citations(many, limit=10)) == 10
    assert extract_citations([]) == [] and extract_citations(["", None]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="《》〈〉国发办〔〕[]()（）【】2023号5X和的根据 ，。", max_size=40), max_size=8))
def test_extract_citations_never_raises_and_keys_use_six_angle_brackets(paragraphs):
    for c in extract_citations(paragraphs):
        assert c.count >= 1 and 0 <= c.paragraph < len(paragraphs)
        if c.kind == "number":
            assert "〔" in c.text and c.text.endswith("号")


def test_an_articles_own_number_comes_from_its_first_lines_or_its_title():
    assert own_doc_number("关于X的通知", ["X政办发〔2024〕12号", "各县（市、区）人民政府：", "正文。"]) == "X政办发〔2024〕12号"
    assert own_doc_number("国务院关于印发X的通知（国发〔2023〕5号）", ["正文。"]) == "国发〔2023〕5号"
    # A 文号 cited in the body is not the document's own.
    assert own_doc_number("关于X的通知", ["各单位：", "根据国发〔2023〕5号文件精神。"]) == ""
    assert doc_number_key("国 发", "2023", "005") == "国发〔2023〕5号"


def test_it_finds_citations_in_real_texts(shared_dir):
    rows = {}
    with open(shared_dir / "corpus" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["id"]] = row
    # A 新闻联播 transcript citing the fire law; a judicial interpretation citing its predecessors by 文号.
    news = extract_citations(rows["xwlb-7850af239465"]["text"].split("\n"))
    assert "中华人民共和国消防法" in [c.text for c in news if c.kind == "title"]
    law = extract_citations(rows["law-dc510d4d3721"]["text"].split("\n"))
    assert {c.number for c in law if c.number} >= {"法释〔2016〕17号", "法释〔2000〕37号"}
