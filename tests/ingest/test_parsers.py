"""Parsers: each format gives the right title, body, date and genre code; each failure a clear reason."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from haowen.ingest import parsers
from haowen.ingest.parsers import ImportProblem, ParsedDoc, parse_path, parse_raw
from haowen.text.genres import resolve

from .conftest import SPEECH

SEED_CHROME = (
    "阅读全文", "想阅读完全部图文内容", "如果喜欢本篇内容", "尚未有人赏赞", "请选择打赏类型", "¥0.01", "赏赞",
    "分享:", "微信扫一扫", "精选留言", "我要留言", "关于本文", "本文标题", "链接地址", "相关内容", "热门推荐",
    "本周热门", "本月热门", "二维码", "微信订阅号", "联系客服",
)


def one(path, **kw) -> ParsedDoc:
    items = list(parse_path(path, **kw))
    assert len(items) == 1, items
    if isinstance(items[0], ImportProblem):
        raise items[0]
    return items[0]


def problem(path, **kw) -> ImportProblem:
    items = list(parse_path(path, **kw))
    assert len(items) == 1 and isinstance(items[0], ImportProblem), items
    return items[0]


# --- the seed page -------------------------------------------------------------------------


def test_it_parses_the_seed_page(seed_page):
    doc = one(seed_page)
    assert doc.title == "在区委务虚会上的讲话"
    assert doc.published_on == dt.date(2022, 3, 11)
    assert doc.imported_views == 185
    assert doc.paragraphs[0].startswith("同志们")
    assert doc.source_url == "http://www.haowensou.com//index/article/detail/detail_id/3578.html"
    assert doc.kind == "remarks" and doc.raw_format == "seed"
    assert doc.raw == seed_page.read_bytes()
    body = doc.body
    for chrome in SEED_CHROME:
        assert chrome not in body, chrome
    assert "在区委务虚会上的讲话" not in doc.paragraphs  # the repeated title is not body
    assert doc.paragraphs[-1].startswith("同志们,今年XX的各项工作千头万绪")


def test_it_detects_the_scraped_format_by_content_not_by_name(write):
    page = "某某工作总结\n2023-01-05 42\n\n某某工作总结\n\n  今年以来，我们扎实推进各项工作。\n\n阅读全文\n赏赞\n链接地址:http://example.com/a/1.html\n"
    doc = one(write("whatever.md", page))
    assert (doc.title, doc.published_on, doc.imported_views, doc.raw_format) == ("某某工作总结", dt.date(2023, 1, 5), 42, "seed")
    assert doc.paragraphs == ["今年以来，我们扎实推进各项工作。"]
    assert doc.source_url == "http://example.com/a/1.html" and doc.kind == "work-summary"


def test_it_cuts_seed_chrome_even_without_read_more(write):
    page = "标题甲\n2021-02-03 7\n标题甲\n正文第一句。\n如果喜欢本篇内容,请赞赏鼓励哦!\n¥1\n赏赞\n"
    assert one(write("a.txt", page)).paragraphs == ["正文第一句。"]


# --- txt / md ------------------------------------------------------------------------------


def test_it_takes_the_first_line_of_a_text_file_as_the_title(write):
    doc = one(write("speech.txt", SPEECH))
    assert doc.title == "在全县经济工作会议上的讲话"
    assert doc.paragraphs == ["同志们：", "这次会议的主要任务是总结去年工作，部署今年任务。", "一、认清形势", "今年以来，全县经济运行总体平稳，主要指标好于预期。"]
    assert doc.kind == "remarks" and doc.raw_format == "txt" and doc.published_on is None
    assert doc.source == "speech.txt" and doc.external_id.startswith("file:")


def test_it_strips_markdown_marks_from_the_title(write):
    doc = one(write("report.md", "# 关于乡村振兴的调研报告\n\n## 一、基本情况\n\n全镇共有十二个行政村。\n"))
    assert doc.title == "关于乡村振兴的调研报告"
    assert doc.paragraphs == ["一、基本情况", "全镇共有十二个行政村。"]
    assert doc.kind == "research" and doc.raw_format == "md"


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig", "utf-16-le", "gb18030"])
def test_it_reads_text_files_in_chinese_encodings(write, encoding):
    path = write(f"speech-{encoding}.txt", SPEECH.replace("\n", "\r\n").encode(encoding))
    doc = one(path)
    assert doc.title == "在全县经济工作会议上的讲话"
    assert doc.paragraphs[-1] == "今年以来，全县经济运行总体平稳，主要指标好于预期。"
    assert doc.raw == path.read_bytes()  # the original bytes, not a re-encoding


# --- html ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="gbk">
<title>关于开展安全生产大检查的通知 | 某县人民政府</title>
<script>var x = "不应出现的脚本文字";</script></head><body>
<div class="bar">下载 打印 收藏 【字号：加大 还原 减小】</div>
<div class="crumb">网站首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article"><h1>关于开展安全生产大检查的通知</h1>
<div class="info">来源：县安委办　发布日期：2023-05-08　访问量：1203</div>
<p>各乡镇人民政府，县直有关单位：</p>
<p>为深刻吸取近期事故教训，全面排查整治各类安全风险隐患，经县政府同意，决定在全县范围内开展安全生产大检查。现将有关事项通知如下。</p>
<p>一、检查重点</p>
<p>重点检查道路交通、建筑施工、危险化学品和人员密集场所，做到全覆盖、无死角。各单位要落实责任，确保检查取得实效。</p>
<p>二、工作要求</p>
<p>各乡镇、各部门要高度重视，主要负责同志亲自部署，对发现的隐患立即整改，整改不了的要落实管控措施。</p>
</div>
<div class="footer"><p>扫一扫在手机打开当前页</p><p>上一篇：关于做好防汛工作的通知</p><p>某ICP备00000000号-1</p></div>
</body></html>"""


def _check_page(doc):
    assert doc.title == "关于开展安全生产大检查的通知"
    assert doc.published_on == dt.date(2023, 5, 8)
    assert doc.kind == "notice" and doc.raw_format == "html"
    assert doc.paragraphs[0] == "各乡镇人民政府，县直有关单位："
    assert "一、检查重点" in doc.paragraphs
    body = doc.body
    for chrome in ("字号", "网站首页", "访问量", "扫一扫", "上一篇", "ICP", "脚本"):
        assert chrome not in body, chrome


def test_it_parses_an_html_page(write):
    path = write("notice.html", PAGE.encode("gbk"))
    doc = one(path)
    _check_page(doc)
    assert doc.raw == path.read_bytes()


def test_it_falls_back_to_plain_html_text_when_trafilatura_finds_nothing(write, monkeypatch):
    monkeypatch.setattr(parsers.html, "_extract_with_trafilatura", lambda html: ("", "", ""))
    _check_page(one(write("notice.htm", PAGE.encode("gbk"))))


# --- docx ----------------------------------------------------------------------------------


def test_it_parses_a_docx_file(write, make_docx):
    data = make_docx(
        paragraphs=["同志们：", "今天召开全县工作会议，主要任务是部署今年工作。", "二、工作要求", "要压实责任，狠抓落实。"],
        heading="在全县工作会议上的讲话",
        table=[["指标", "完成值"], ["地区生产总值", "XX亿元"]],
    )
    doc = one(write("speech.docx", data))
    assert doc.title == "在全县工作会议上的讲话"
    assert doc.paragraphs[:4] == ["同志们：", "今天召开全县工作会议，主要任务是部署今年工作。", "二、工作要求", "要压实责任，狠抓落实。"]
    assert doc.paragraphs[4:] == ["指标\u3000完成值", "地区生产总值\u3000XX亿元"]
    assert doc.kind == "remarks" and doc.raw_format == "docx"


def test_it_takes_a_docx_title_from_its_core_properties(write, make_docx):
    data = make_docx(title="XX县优化营商环境实施方案", paragraphs=["XX县优化营商环境实施方案", "一、总体要求", "持续优化营商环境。"])
    doc = one(write("plan.docx", data))
    assert doc.title == "XX县优化营商环境实施方案"
    assert doc.paragraphs == ["一、总体要求", "持续优化营商环境。"]
    assert doc.kind == "implementation"


def test_it_reports_a_broken_docx(write):
    assert "not a valid .docx file" in str(problem(write("broken.docx", b"PK\x03\x04 this is not a zip")))


# --- JSON Lines ----------------------------------------------------------------------------


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_it_parses_json_lines_and_maps_fields(write):
    lines = [
        _line(id="a-1", source="https://www.news.cn/x/c.html (via github:o/r@1:f.json)", kind="speech", title="在座谈会上的讲话", date="2025-12-31", text="同志们：\n今天召开座谈会。"),
        _line(id="law-1", source="github:LawRefBook/Laws@2f4c:某某条例.md", kind="other", title="某某市物业管理条例", date=None, text="# 某某市物业管理条例\n\n<!-- INFO END -->\n\n第一条 为了规范物业管理，制定本条例。"),
        _line(id="gwr-1", source="github:x/y@1:z.jsonl", kind="other", title="关于政府工作报告的决议", date=None, text="会议批准这个报告。"),
        _line(id="r-1", source="github:x/y@1:all.csv#row1", kind="news", title=None, date="2020-05-19", text="\u3000\u3000回信北京科技大学全体留学生：\u3000\u3000你们好！来信收悉。"),
    ]
    path = write("docs.jsonl", "\n".join(lines) + "\n")
    docs = list(parse_path(path))
    assert all(isinstance(d, ParsedDoc) for d in docs)
    a, law, gwr, rmrb = docs
    assert (a.external_id, a.kind, a.published_on, a.line_no) == ("a-1", "remarks", dt.date(2025, 12, 31), 1)
    assert a.source.startswith("https://www.news.cn/") and a.source_url == "https://www.news.cn/x/c.html"
    assert a.raw == lines[0].encode("utf-8") and a.raw_format == "jsonl"
    assert law.kind == "laws" and law.paragraphs == ["第一条 为了规范物业管理，制定本条例。"] and law.source_url == ""
    assert gwr.kind == "resolution"
    assert rmrb.title == "回信北京科技大学全体留学生" and rmrb.kind == "news"
    assert rmrb.paragraphs == ["回信北京科技大学全体留学生：", "你们好！来信收悉。"]


def test_it_reports_each_malformed_json_line_and_goes_on(write):
    good = _line(id="g", source="s", kind="news", title="好的一行", date=None, text="这是一条正常的新闻。")
    lines = [good, "{not json", "[1, 2]", _line(id="x", title="没有正文"), good.replace('"g"', '"g2"'), ""]
    path = write("mixed.jsonl", "\n".join(lines).encode("utf-8") + b"\n\xff\xfe{}\n")
    items = list(parse_path(path))
    docs = [i for i in items if isinstance(i, ParsedDoc)]
    problems = [str(i) for i in items if isinstance(i, ImportProblem)]
    assert [d.external_id for d in docs] == ["g", "g2"]
    assert problems == [
        f"{path}:2: line is not valid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:3: line is a JSON list, expected an object with a 'text' field",
        f"{path}:4: record has no 'text' (a non-empty string is required)",
        f"{path}:7: line is not valid UTF-8 (JSON Lines must be UTF-8): invalid start byte at byte 0",
    ]


def test_it_limits_each_json_line_not_the_whole_file(write):
    small = _line(id="s", source="s", kind="news", title="短", date=None, text="短新闻。")
    big = _line(id="b", source="s", kind="news", title="长", date=None, text="长" * 500 + "。")
    path = write("sized.jsonl", small + "\n" + big + "\n")
    items = list(parse_path(path, max_bytes=300))
    assert isinstance(items[0], ParsedDoc)
    assert isinstance(items[1], ImportProblem) and "record is 1,5" in str(items[1]) and "over the import limit of 300 bytes" in str(items[1])


# --- failure modes of whole files ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file: 0 bytes"),
        ("blank.txt", b"  \n\n\t\n", "empty file: only whitespace"),
        ("title-only.txt", "只有标题\n".encode(), "empty body"),
        ("binary.txt", bytes(range(256)) * 8, "binary data"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        ("garbage.txt", b"\x81\x20" * 64, "cannot decode"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n  \n", "empty file: no JSON lines"),
        ("chrome-only.html", "<html><body><p>扫一扫在手机打开当前页</p></body></html>".encode(), "empty body"),
    ],
)
def test_it_reports_a_clear_reason_for_a_bad_file(write, name, data, reason):
    p = problem(write(name, data))
    assert reason in str(p)
    assert str(p).startswith(str(p.path) + ": ") and p.path.endswith(name)


def test_it_refuses_a_file_over_the_size_limit_before_reading_it(write):
    p = problem(write("big.txt", SPEECH * 20), max_bytes=1000)
    assert "over the import limit of 1,000 bytes (IMPORT_MAX_BYTES)" in str(p)


def test_it_reports_a_missing_file(tmp_path):
    assert "cannot read" in str(problem(tmp_path / "nope.txt"))


# --- raw round trip --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "md", "seed", "html", "docx", "jsonl"])
def test_it_reparses_stored_raw_input_to_the_same_document(write, make_docx, fmt):
    sources = {
        "txt": ("a.txt", SPEECH.encode("gbk")),
        "md": ("a.md", "# 报告\n\n正文第一段。\n"),
        "seed": ("a.txt", "标题乙\n2022-01-02 3\n标题乙\n  正文第一段。\n阅读全文\n"),
        "html": ("a.html", PAGE.encode("gbk")),
        "docx": ("a.docx", make_docx(paragraphs=["标题丙", "正文第一段。"])),
        "jsonl": ("a.jsonl", _line(id="j", source="s", kind="news", title="标题丁", date=None, text="正文第一段。") + "\n"),
    }
    name, data = sources[fmt]
    doc = one(write(name, data))
    assert doc.raw_format == fmt
    again = parse_raw(doc.raw, doc.raw_format)
    assert (again.title, again.paragraphs) == (doc.title, doc.paragraphs)


def test_it_refuses_an_unknown_raw_format():
    with pytest.raises(ImportProblem, match="unknown raw format"):
        parse_raw(b"x", "pptx")


# --- the corpus ----------------------------------------------------------------------------


def test_it_parses_every_corpus_row(corpus_dir, corpus_rows):
    """Every row parses; the only problems are rows holding nothing but Markdown front matter."""
    docs, problems = [], []
    for name in ("documents.jsonl", "scraped_pages.jsonl"):
        for item in parse_path(corpus_dir / name):
            (problems if isinstance(item, ImportProblem) else docs).append(item)
    assert len(docs) + len(problems) == len(corpus_rows)
    front_matter_only = {i for i, r in corpus_rows.items() if r["text"].strip().startswith("---") and r["title"] == "_index"}
    assert {corpus_rows_id(p, corpus_dir) for p in problems} == front_matter_only
    assert all(p.reason == "empty body: the record holds only Markdown front matter, no document text" for p in problems)
    for doc in docs:
        assert doc.title and doc.paragraphs and resolve(doc.kind) is not None
        assert all(p == p.strip() and p and "\n" not in p for p in doc.paragraphs)
    html_rows = [d for d in docs if d.raw_format == "html"]
    assert len(html_rows) == 4 and all(d.raw.lstrip().lower().startswith(b"<") for d in html_rows)


def corpus_rows_id(p: ImportProblem, corpus_dir) -> str:
    """The id of the row a problem points at (path:line)."""
    with open(p.path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if n == p.line_no:
                return json.loads(line)["id"]
    raise AssertionError(p)


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        ([",对制约本地发展的瓶颈因素及解决办法了如指掌。"], "对制约本地发展的瓶颈因素及解决办法了如指掌"),
        (["同志们:按照安排部署,今天召开全县安全生产工作会议。"], "按照安排部署,今天召开全县安全生产工作会议"),
        (["同志们：", "这次会议的主要任务是总结去年工作。"], "这次会议的主要任务是总结去年工作"),
        (["各位代表，同志们：现在，我代表县人民政府向大会报告工作。"], "现在，我代表县人民政府向大会报告工作"),
        (["新华社北京11月19日电构建新发展格局，推动高质量发展，是一项重大任务"], "新华社北京11月19日电构建新发展格局，推动高质量发展，是一…"),
        ([], ""),
    ],
)
def test_it_derives_a_title_from_the_first_sentence_without_salutation_or_leading_marks(paragraphs, title):
    from haowen.ingest.parsers import derive_title

    assert derive_title(paragraphs) == title
