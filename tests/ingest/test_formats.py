"""Import formats of issue 13 §3: .pdf, .doc/.wps/.rtf through LibreOffice, .docx figures,
and the files a folder import skips.

Every input is a real file made here: PDFs drawn with reportlab (CJK text in the
built-in STSong-Light CID font) or converted from a python-docx document by LibreOffice;
.doc/.wps/.rtf files converted by LibreOffice. Tests that need LibreOffice skip, saying
so, where it is not installed; a fake ``soffice`` on PATH stands in for its failures.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from haowen.ingest.parsers import ImportProblem, parse_bytes, parse_path, parse_raw
from haowen.ingest.parsers import office as office_parser
from haowen.ingest.parsers.docx import FIGURE_PLACEHOLDER
from haowen.ingest.parsers.pdf import PAGE_NUMBER
from haowen.ingest.services import import_paths
from haowen.library.models import Article

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (Debian package libreoffice-writer-nogui)"
)


def one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def problem(path, **kwargs) -> str:
    item = one(parse_path(path, **kwargs))
    assert isinstance(item, ImportProblem), item
    return str(item)


# --- PDF files drawn with reportlab --------------------------------------------------------

TITLE = "关于做好汛期防洪排涝工作的通知"
SALUTATION = "各镇人民政府、街道办事处，县直各部门："
# The first paragraph's first line (38 characters after a 2-character indent) ends with
# "。" although the paragraph goes on: the layout, not the punctuation, joins it.
PARAGRAPHS = [
    "入汛以来，我县降雨明显偏多，部分河道水位持续上涨，防汛形势十分严峻。各地各部门务必"
    "高度重视，压实责任，全力做好防洪排涝各项工作，确保人民群众生命财产安全。",
    "一、加强监测预警",
    "水利、气象、自然资源等部门要加密会商研判，及时发布预警信息，做到早发现、早报告、早处置。"
    "对山洪灾害易发区、地质灾害隐患点和低洼易涝区域，要落实专人巡查值守，发现险情立即组织群众转移。" * 3,
    "二、强化应急准备",
    "各镇街要备足备齐抢险物资和救援装备，组织应急队伍开展实战演练，确保一旦发生险情能够拉得出、"
    "冲得上、打得赢。要严格执行二十四小时值班和领导带班制度，保持通信畅通，重要情况第一时间报告。" * 6,
    "三、严肃工作纪律",
    "对工作不力、措施不实、造成严重后果的，依纪依规严肃追究有关单位和人员的责任。" * 2,
]
SIGNATURE = ["某某县防汛抗旱指挥部", "2024年6月18日"]


def _cid_canvas(buf, **kwargs):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(buf, pagesize=(595.27, 841.89), pageCompression=1, **kwargs)


def make_pdf(
    paragraphs=PARAGRAPHS,
    *,
    title=TITLE,
    head="某某县人民政府办公室  政务信息",
    foot="- {n} -",
    encrypt=None,
    size=12.0,
) -> bytes:
    """A PDF of ``title``, ``SALUTATION``, ``paragraphs`` and ``SIGNATURE`` laid out like a
    notice: A4, 12 pt STSong-Light, 2-character first-line indents, outline headings
    flush left, a running ``head`` and a ``foot`` page number (``{n}``, ``{total}``) on
    every page, the signature right-aligned. Returns the file's bytes."""
    buf = io.BytesIO()
    c = _cid_canvas(buf, encrypt=encrypt)
    width, height = 595.27, 841.89
    left, right = 72.0, width - 72.0
    per_line = int((right - left) // size)
    pitch = size * 1.6
    lines: list[tuple[str, str, float]] = [("center", title, 18.0), ("left", SALUTATION, size)]
    for p in paragraphs:
        if p[:2] in ("一、", "二、", "三、"):
            lines.append(("left", p, size))
            continue
        first, rest = p[: per_line - 2], p[per_line - 2 :]
        lines.append(("indent", first, size))
        while rest:
            lines.append(("left", rest[:per_line], size))
            rest = rest[per_line:]
    lines += [("right", s, size) for s in SIGNATURE]
    # Pages: as many lines as fit between the head and the foot.
    fit = int((height - 72 - 80) // pitch)
    pages = [lines[i : i + fit] for i in range(0, len(lines), fit)]
    for n, page in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        if head:
            c.drawString(left, height - 40, head)
        if foot:
            c.drawCentredString(width / 2, 30, foot.format(n=n, total=len(pages)))
        y = height - 80
        for how, text, font in page:
            c.setFont("STSong-Light", font)
            if how == "center":
                c.drawCentredString(width / 2, y, text)
                y -= pitch
            elif how == "right":
                c.drawRightString(right, y, text)
            else:
                c.drawString(left + (2 * size if how == "indent" else 0), y, text)
            y -= pitch
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_pdf_becomes_whole_paragraphs_without_running_heads_or_page_numbers(write):
    data = make_pdf()
    doc = one(parse_path(write("notice.pdf", data)))
    assert doc.raw_format == "pdf" and doc.raw == data and doc.extra["pages"] >= 2
    assert doc.title == TITLE
    # Every paragraph whole again, across line ends ("。" at a line end included) and
    # across the page break; headings stay apart; nothing of the running head or feet.
    assert doc.paragraphs == [SALUTATION, *PARAGRAPHS, *SIGNATURE]
    assert "政务信息" not in doc.body and "- 1 -" not in doc.body
    assert doc.published_on.isoformat() == "2024-06-18"


@pytest.mark.parametrize(
    "foot", ["{n}", "第{n}页", "第 {n} 页 共 {total} 页", "{n}/{total}", "Page {n} of {total}", "— {n} —"]
)
def test_page_numbers_in_any_usual_form_are_dropped(write, foot):
    doc = one(parse_path(write("notice.pdf", make_pdf(foot=foot, head=""))))
    assert doc.paragraphs == [SALUTATION, *PARAGRAPHS, *SIGNATURE]


def test_body_lines_that_repeat_at_the_same_place_on_every_page_are_kept(write):
    # Five-line paragraphs, 35 lines a page: every page starts and ends with the same
    # line of the same paragraph, at the same height. Not in the margin: not a running head.
    p = ("各地要认真贯彻落实会议精神，切实抓好各项工作任务的落实，确保取得实效，" * 6)[:183]
    doc = one(parse_path(write("repeat.pdf", make_pdf([p] * 30))))
    assert doc.paragraphs == [SALUTATION, *[p] * 30, *SIGNATURE]


def test_page_number_pattern_is_a_whole_line_only():
    for line in ("3", "- 12 -", "—3—", "第3页", "第 3 页 共 9 页", "共9页 第3页", "3/9", "3 / 9", "Page 3 of 9", "p. 4", "- iv -"):
        assert PAGE_NUMBER.match(line), line
    for line in ("2024年", "第3页的表格见附件", "3个重点", "一、总体要求", "GB/T 9704"):
        assert not PAGE_NUMBER.match(line), line


def test_a_number_line_inside_a_page_is_text_not_a_page_number(write):
    # "2024" alone on a line in the middle of a page is not at an edge: it stays.
    doc = one(parse_path(write("n.pdf", make_pdf([PARAGRAPHS[0], "2024", PARAGRAPHS[2]]))))
    assert "2024" in doc.paragraphs


def test_a_pdf_encrypted_only_against_copying_is_read(write):
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = make_pdf(encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    assert one(parse_path(write("locked.pdf", data))).paragraphs == [SALUTATION, *PARAGRAPHS, *SIGNATURE]


def test_a_pdf_that_needs_a_password_is_a_clear_problem(write):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = write("secret.pdf", make_pdf(encrypt=StandardEncryption("user-secret", ownerPassword="owner")))
    assert problem(path) == f"{path}: encrypted PDF: it needs a password to open; save an unprotected copy and import that"


def test_a_scanned_pdf_without_a_text_layer_is_a_clear_problem(write):
    buf = io.BytesIO()
    c = _cid_canvas(buf)
    for _ in range(2):  # a "scan": only shapes, no text
        c.rect(72, 72, 400, 600, fill=1)
        c.showPage()
    c.save()
    path = write("scan.pdf", buf.getvalue())
    assert problem(path) == (
        f"{path}: no text layer: the PDF's 2 pages hold only images (a scan?); "
        "run OCR on it first (e.g. ocrmypdf) and import the result"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, "not a valid PDF file: "),
        (make_pdf()[:900], "not a valid PDF file: "),  # cut off after its first objects
        (b"\xd0\xcf\x11\xe0 not a pdf at all", "not a PDF file: it does not start with %PDF-"),
    ],
)
def test_a_corrupt_pdf_is_a_clear_problem(write, data, reason):
    path = write("broken.pdf", data)
    assert problem(path).startswith(f"{path}: {reason}")


def bomb_pdf(pages: int, decoded: bytes) -> bytes:
    """A hand-made PDF of ``pages`` pages, each drawn by one Flate stream holding ``decoded``."""
    import zlib

    stream = zlib.compress(decoded, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages)).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages)
    font = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + font + b" /Contents %d 0 R >>" % (4 + 2 * i))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out, offsets = [b"%PDF-1.4\n"], []
    for number, body in enumerate(objects, 1):
        offsets.append(sum(map(len, out)))
        out.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = sum(map(len, out))
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return b"".join(out)


@pytest.mark.parametrize(
    "decoded",
    [b"q Q\n" * 3_750_000, b" " * 60_000_000],  # 15 MB of operators; 60 MB, over the decoded limit
    ids=["tokens", "bytes"],
)
def test_a_pdf_decompression_bomb_is_a_problem_in_bounded_time(write, decoded):
    path = write("bomb.pdf", bomb_pdf(12, decoded))
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    reason = problem(path)
    assert reason.startswith(f"{path}: page 1 of the PDF is over the reader's limits (") and reason.endswith(
        "a decompression bomb or a drawing, not a text document"
    )
    assert time.monotonic() - started < 30  # pypdf's own limits: 4 minutes and 1 GB


def test_pdf_text_over_the_import_limit_is_a_problem(write):
    data = make_pdf(PARAGRAPHS * 8)  # compressed: the file is far smaller than its text
    path = write("big.pdf", data)
    assert "over the import limit (IMPORT_MAX_BYTES)" in problem(path, max_bytes=len(data) + 10)
    assert "the PDF's text is over" in problem(path, max_bytes=len(data) + 10)


def test_a_pdf_is_found_by_content_whatever_its_name(write):
    doc = one(parse_path(write("download", make_pdf())))
    assert doc.raw_format == "pdf" and doc.title == TITLE


def test_reclean_reads_a_stored_pdf_again():
    data = make_pdf()
    assert parse_raw(data, "pdf").paragraphs == [SALUTATION, *PARAGRAPHS, *SIGNATURE]


@pytest.mark.django_db
def test_a_pdf_is_imported_from_a_folder(tmp_path, write):
    write("in/notice.pdf", make_pdf())
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.summary() == "imported 1, unchanged 0, updated 0, failed 0"
    article = Article.objects.get()
    assert article.title == TITLE and article.raw_format == "pdf" and PARAGRAPHS[2] in article.body


# --- LibreOffice -------------------------------------------------------------------------


def soffice_convert(source: Path, to: str, tmp_path: Path) -> Path:
    """Convert ``source`` with LibreOffice (a private profile under ``tmp_path``); return the new file."""
    out = tmp_path / f"converted-{to}"
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
         "--convert-to", to, "--outdir", str(out), str(source)],
        check=True, timeout=180, capture_output=True, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    return out / (source.stem + "." + to)


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A small valid PNG (red pixels), made without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def figure_docx() -> bytes:
    """A notice with a logo above its title, a figure between paragraphs, one inside a
    paragraph, one in a table cell, and an embedded object (``w:object``)."""
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_picture(io.BytesIO(png_bytes()))
    d.add_paragraph("关于举办春季田径运动会的通知")
    d.add_paragraph("各学院：为丰富校园文化生活，学校定于四月中旬举办春季田径运动会。")
    d.add_picture(io.BytesIO(png_bytes()))
    p = d.add_paragraph("运动员入场路线如下：")
    p.add_run().add_picture(io.BytesIO(png_bytes()))
    p.add_run("请各队按图示路线入场。")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "会徽"
    table.cell(0, 1).paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes()))
    embedded = d.add_paragraph("报名表见附件：")
    embedded.add_run()._r.append(OxmlElement("w:object"))
    d.add_paragraph("校体育运动委员会")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


FIGURE_BODY = [
    FIGURE_PLACEHOLDER,
    "各学院：为丰富校园文化生活，学校定于四月中旬举办春季田径运动会。",
    FIGURE_PLACEHOLDER,
    "运动员入场路线如下：",
    FIGURE_PLACEHOLDER,
    "请各队按图示路线入场。",
    "会徽\u3000" + FIGURE_PLACEHOLDER,
    "报名表见附件：",
    FIGURE_PLACEHOLDER,
    "校体育运动委员会",
]
#: The same through a .doc: LibreOffice drops the empty ``w:object`` (it embeds nothing).
DOC_BODY = FIGURE_BODY[:8] + FIGURE_BODY[9:]


def test_docx_images_and_objects_leave_a_placeholder_where_they_were(write):
    doc = one(parse_path(write("sports.docx", figure_docx())))
    assert doc.title == "关于举办春季田径运动会的通知"  # never the logo's placeholder
    assert doc.paragraphs == FIGURE_BODY
    assert doc.extra["figures"] == 5


@pytest.mark.django_db
def test_the_import_summary_counts_image_placeholders(tmp_path, write):
    write("in/sports.docx", figure_docx())
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.summary() == "imported 1, unchanged 0, updated 0, failed 0, image placeholders 5"
    assert Article.objects.get().body.count(FIGURE_PLACEHOLDER) == 5
    again = import_paths([tmp_path / "in"], workers=1)  # nothing new: nothing counted
    assert again.summary() == "imported 0, unchanged 1, updated 0, failed 0"


@needs_soffice
@pytest.mark.django_db
def test_a_doc_file_is_imported_through_import_documents(tmp_path, write):
    source = write("src/sports.docx", figure_docx())
    doc_file = soffice_convert(source, "doc", tmp_path)
    assert doc_file.read_bytes().startswith(office_parser.OLE2_MAGIC)  # a real Word 97-2003 file
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(doc_file, folder / "运动会通知.doc")
    write("in/scores.xls", b"\xd0\xcf\x11\xe0")
    write("in/photo.png", png_bytes())
    write("in/more/photo2.png", png_bytes())
    out = io.StringIO()
    call_command("import_documents", str(folder), "--no-progress", "--no-tags", verbosity=2, stdout=out)
    lines = out.getvalue().splitlines()
    assert "imported 1, unchanged 0, updated 0, failed 0, image placeholders 4; skipped 3 files: .png 2, .xls 1" in lines
    assert f"skipped (no parser for .xls): {folder / 'scores.xls'}" in lines
    article = Article.objects.get()
    assert article.title == "关于举办春季田径运动会的通知" and article.raw_format == "doc"
    assert article.body.split("\n") == DOC_BODY
    # ``reclean`` converts the stored .doc again and gets the same text.
    assert parse_raw(bytes(article.raw), "doc").paragraphs == DOC_BODY


@needs_soffice
@pytest.mark.parametrize("fmt", ["rtf", "wps"])
def test_rtf_and_wps_files_are_converted(tmp_path, write, fmt):
    source = write("src/sports.docx", figure_docx())
    # LibreOffice writes RTF itself; a WPS file is a Word 97-2003 compound file.
    converted = soffice_convert(source, "rtf" if fmt == "rtf" else "doc", tmp_path)
    doc = one(parse_path(write(f"sports.{fmt}", converted.read_bytes())))
    assert doc.raw_format == fmt and doc.title == "关于举办春季田径运动会的通知"
    assert [p for p in doc.paragraphs if p != FIGURE_PLACEHOLDER] == [p for p in FIGURE_BODY if p != FIGURE_PLACEHOLDER]


def test_a_hand_written_rtf_with_cjk_text(tmp_path, write):
    rtf = (
        r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil SimSun;}}"
        r"\f0\fs24 \u20851?\u20110?\u21152?\u24378?\u31649?\u29702?\u30340?\u36890?\u30693?\par "
        r"\u21508?\u21333?\u20301?\u35201?\u35748?\u30495?\u33853?\u23454?\u12290?\par }"
    ).encode("ascii")
    if SOFFICE is None:
        assert "libreoffice-writer-nogui" in problem(write("n.rtf", rtf))
        return
    doc = one(parse_path(write("n.rtf", rtf)))
    assert (doc.title, doc.paragraphs) == ("关于加强管理的通知", ["各单位要认真落实。"])


def test_a_doc_that_is_not_a_doc_is_a_clear_problem(write):
    path = write("notes.doc", "这只是一段纯文本，不是 Word 文件。")
    assert problem(path) == (
        f"{path}: not a .doc file: it starts with {'这只是一段纯文本'.encode()[:12]!r}, which is neither a "
        "Word 97-2003/WPS file, RTF, .docx nor a web page"
    )


def test_a_renamed_docx_or_web_page_under_a_doc_name_is_read_as_what_it_is(write, make_docx):
    doc = one(parse_path(write("plan.doc", make_docx("某县实施方案", ["持续优化营商环境。"]))))
    assert (doc.title, doc.paragraphs, doc.raw_format) == ("某县实施方案", ["持续优化营商环境。"], "docx")
    page = "<html><head><title>关于开展检查的通知</title></head><body><p>现决定开展安全检查，请认真落实。</p></body></html>"
    doc = one(parse_path(write("notice.doc", page)))
    assert doc.raw_format == "html" and doc.title == "关于开展检查的通知"


def test_without_libreoffice_a_doc_is_one_problem_saying_what_to_install(tmp_path, write, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    path = write("old.doc", office_parser.OLE2_MAGIC + b"\x00" * 600)
    assert problem(path) == (
        f"{path}: cannot read .doc files: LibreOffice is not installed "
        "(install the Debian package libreoffice-writer-nogui, or save the file as .docx)"
    )


def fake_soffice(tmp_path: Path, monkeypatch, script: str) -> Path:
    """Put an executable ``soffice`` running ``script`` (sh) first on PATH; return its folder."""
    folder = tmp_path / "fake-bin"
    folder.mkdir(exist_ok=True)
    exe = folder / "soffice"
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return folder


@pytest.mark.django_db
def test_a_failed_conversion_is_a_problem_and_the_library_stays_as_it_was(tmp_path, write, monkeypatch):
    fake_soffice(tmp_path, monkeypatch, 'echo "Error: source file could not be loaded"\nexit 3\n')
    write("in/old.doc", office_parser.OLE2_MAGIC + b"\x00" * 600)
    write("in/good.txt", "关于开展检查的通知\n\n现决定开展安全检查，请认真落实。\n")
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.summary() == "imported 1, unchanged 0, updated 0, failed 1"
    assert report.problems == [
        f"{tmp_path}/in/old.doc: LibreOffice could not convert this .doc file "
        "(exit status 3; it said: Error: source file could not be loaded)"
    ]
    assert list(Article.objects.values_list("title", flat=True)) == ["关于开展检查的通知"]


def test_a_conversion_that_hangs_is_stopped_at_the_timeout(tmp_path, write, monkeypatch):
    pid_file = tmp_path / "pid"
    fake_soffice(tmp_path, monkeypatch, f'echo $$ > "{pid_file}"\nexec sleep 60\n')
    monkeypatch.setattr(office_parser, "CONVERT_TIMEOUT_SECONDS", 1)
    path = write("slow.wps", office_parser.OLE2_MAGIC + b"\x00" * 600)
    started = time.monotonic()
    assert problem(path) == (
        f"{path}: LibreOffice did not convert the .wps file within 1 s (CONVERT_TIMEOUT_SECONDS); "
        "the conversion was stopped"
    )
    assert time.monotonic() - started < 20
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):  # killed and reaped, not left running
        os.kill(pid, 0)


def test_converted_output_over_the_import_limit_is_never_read(tmp_path, write, monkeypatch):
    # A converter that writes a 5 MB "docx": the limit applies to what it wrote.
    fake_soffice(
        tmp_path, monkeypatch,
        'while [ "$1" != "--outdir" ]; do shift; done\nmkdir -p "$2"\n'
        'head -c 5000000 /dev/zero > "$2/input.docx"\n',
    )  # fmt: skip
    data = office_parser.OLE2_MAGIC + b"\x00" * 600
    items = list(parse_bytes(data, "big.doc", max_bytes=1_000_000))
    assert [str(i) for i in items] == [
        "big.doc: the .doc file converts to a .docx of 5,000,000 bytes, over the import limit of "
        "1,000,000 bytes (IMPORT_MAX_BYTES)"
    ]


@needs_soffice
def test_a_docx_converted_to_pdf_by_libreoffice_reads_back_its_paragraphs(tmp_path, make_docx):
    body = [SALUTATION, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], *SIGNATURE]
    source = tmp_path / "notice.docx"
    source.write_bytes(make_docx(paragraphs=[TITLE, *body]))
    pdf = soffice_convert(source, "pdf", tmp_path)
    doc = one(parse_path(pdf))
    assert doc.title == TITLE
    assert doc.paragraphs == body


@pytest.mark.django_db
def test_a_folder_import_counts_and_lists_what_it_skipped(tmp_path, write):
    write("in/notice.txt", "关于开展检查的通知\n\n现决定开展安全检查，请认真落实。\n")
    write("in/a.xls", b"x")
    write("in/sub/b.xls", b"x")
    write("in/logo.png", b"x")
    write("in/Makefile", b"x")
    write("in/.DS_Store", b"x")  # hidden: not a document, not listed
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.summary() == (
        "imported 1, unchanged 0, updated 0, failed 0; skipped 4 files: .xls 2, (no suffix) 1, .png 1"
    )
    assert [p.name for p in report.skipped] == ["Makefile", "a.xls", "logo.png", "b.xls"]
