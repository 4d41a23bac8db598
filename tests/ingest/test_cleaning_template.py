"""A site's template found across a batch of its pages (ingest.cleaning.template, ingest.sites).

Every input here is written for this test (sites, places and people invented).
"""

from __future__ import annotations

import json

from haowen.ingest.clean import clean_document, cleaning_context, page_edge_keys
from haowen.ingest.cleaning.template import TemplateCounter, line_key
from haowen.ingest.sites import batch_templates, site_of_file, site_of_line

HEADER = ["石桥镇人民政府", "镇情概况　政务公开　便民服务", "石桥在线 / 公示公告"]
FOOTER = ["石桥镇党政综合办维护", "地址：石桥镇南街18号"]
NOTICES = [
    ("关于开展秋季森林防火巡查的通知", "为做好秋季森林防火工作，现将有关事项通知如下。", "各村要组织护林员每日巡山，发现火情及时报告。"),
    ("关于做好冬季安全生产检查的通知", "为做好冬季安全生产工作，现将有关事项通知如下。", "各企业要全面排查用电用气隐患，建立整改台账。"),
    ("关于做好春耕备耕物资保障的通知", "为做好春耕备耕工作，现将有关事项通知如下。", "供销社要提前储备化肥种子，确保供应充足。"),
    ("关于落实汛期值班值守制度的通知", "为做好汛期防汛工作，现将有关事项通知如下。", "汛期实行二十四小时值班，确保信息畅通。"),
]


def _page(k: int) -> tuple[str, list[str]]:
    """A page of the site and the body the import should keep."""
    title, first, second = NOTICES[k]
    body = ["各村（社区）：", first, "一、明确责任", second, "特此通知。", "石桥镇人民政府", f"2024年{k + 3}月{k + 5}日"]
    return "\n".join([*HEADER, title, *body, *FOOTER]), body


def _templates() -> frozenset[int]:
    counter = TemplateCounter()
    for k in range(len(NOTICES)):
        counter.add("shiqiao", page_edge_keys(_page(k)[0]))
    return counter.templates()["shiqiao"]


def test_template_lines_go_at_the_edges_and_the_signature_they_repeat_stays():
    template = _templates()
    page, body = _page(0)
    # Without the template the footer goes too, as short lines under the 落款 (nothing else
    # marks it); the template is what names it the site's.
    assert clean_document(page, NOTICES[0][0]).paragraphs == body
    result = clean_document(page, NOTICES[0][0], explain=True, template=template)
    assert result.paragraphs == body  # "石桥镇人民政府" above the date is the signature
    reasons = dict(result.dropped)
    assert reasons["石桥镇党政综合办维护"].startswith("after the body: template")
    assert reasons["石桥在线 / 公示公告"].startswith("before the body: template")


def test_recurring_sentences_salutations_and_headings_are_never_template():
    template = _templates()
    for line in ("各村（社区）：", "特此通知。", "一、明确责任"):
        assert line_key(line) not in template
    # Recurring body lines in the middle of a page are never dropped either.
    page = "\n".join(["石桥镇人民政府", "各村（社区）：", "现将有关事项通知如下。", "石桥在线 / 公示公告", "请认真抓好落实。"])
    assert clean_document(page, "某通知", template=template).paragraphs == page.split("\n")[1:]


def test_a_line_is_template_only_on_enough_pages_and_enough_of_them():
    counter = TemplateCounter()
    for k in range(10):
        counter.add("a", {1, 2} if k < 3 else {1})  # key 2 on 3 pages of 10: not 40 %
    counter.add("b", {7})
    counter.add("b", {7})  # 2 pages: fewer than 3
    assert counter.templates() == {"a": frozenset({1})}


def test_the_counter_forgets_the_rarest_keys_and_sites_to_stay_bounded():
    counter = TemplateCounter(max_keys_per_site=100, max_sites=10)
    for page in range(50):
        counter.add("big", {0, *range(1000 + 10 * page, 1010 + 10 * page)})  # one key on every page
    assert counter.templates()["big"] == frozenset({0})
    assert len(counter._counts["big"]) <= 100
    for site in range(40):
        counter.add(f"one-page-{site}", {site})
    assert len(counter._counts) <= 10 and counter.pages("big") == 50


def test_the_pipeline_context_reaches_clean_document():
    template = _templates()
    page, body = _page(1)
    with cleaning_context(explain=True, template=template):
        result = clean_document(page, NOTICES[1][0])
    assert result.paragraphs == body and result.dropped
    assert clean_document(page, NOTICES[1][0]).dropped == []  # outside the block: the defaults


def test_a_site_name_taken_for_a_title_is_no_title_where_it_is_template():
    page, body = _page(2)
    result = clean_document(page.split("\n", 1)[1], HEADER[0], template=_templates())
    assert result.title == NOTICES[2][0] and result.paragraphs == body


def test_sites_of_records_and_files(tmp_path):
    assert site_of_line(b'{"id": "1", "source": "https://www.Shiqiao.gov.cn/tzgg/1.html", "text": "x"}') == "shiqiao.gov.cn"
    assert site_of_line(b'{"id": "1", "source": "bench:synth", "text": "https://elsewhere.cn/"}') == ""
    assert site_of_file(tmp_path / "pages" / "a.html") == str((tmp_path / "pages").resolve())
    assert site_of_file(tmp_path / "pages" / "a.docx") == ""


def test_batch_templates_reads_the_sites_with_enough_pages(tmp_path):
    records = [
        {"id": f"s{k}", "source": f"https://www.shiqiao.gov.cn/tzgg/{k}.html", "text": _page(k)[0]} for k in range(4)
    ]
    records += [{"id": f"o{k}", "source": f"https://other.example.cn/{k}", "text": _page(k)[0]} for k in range(2)]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{not json\n", encoding="utf-8")
    found = batch_templates([path], max_bytes=None)
    assert set(found.templates) == {"shiqiao.gov.cn"}  # the other site has 2 pages only
    assert line_key("石桥镇党政综合办维护") in found.templates["shiqiao.gov.cn"]
    chunk = [(1, json.dumps(records[0]).encode()), (5, json.dumps(records[4]).encode())]
    assert found.for_lines(chunk) == found.templates["shiqiao.gov.cn"]
    assert found.for_lines(chunk[1:]) == frozenset()
