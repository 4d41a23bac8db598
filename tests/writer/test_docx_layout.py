"""The Word export as a reader sees it: exported files rendered by LibreOffice, positions measured.

Each .docx is converted to PDF by LibreOffice headless (a private profile under
``tmp_path``, stopped after 180 s); ``pdftotext -bbox-layout`` (poppler-utils) gives every
line's box in points and ``pdftoppm`` a PNG of the last page, whose dark pixels are measured
too. fonts-noto-cjk stands in for the official fonts: a fontconfig file of the test's own
maps 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体 and 方正小标宋简体 to Noto Sans Mono CJK SC, whose
metrics are theirs (a Chinese character one em, a Latin letter or digit half an em; without
the mapping LibreOffice takes Latin letters from DejaVu Sans, where ``X`` is 0.68 em and a
right-aligned ``XX县…`` line would be measured against the wrong widths). Positions are checked against GB/T 9704-2012 section 7 (see
:mod:`haowen.writer.docx_export`): 主送机关 flush left, 署名 2 characters from the right
edge, 成文日期 starting 2 characters right of the 署名, a balanced title with no character
alone on a line, the 版记 at the end. Skipped when LibreOffice or poppler-utils is missing
(CI installs both: ``.ci/run``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from haowen.writer.docx_export import GB9704, build_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"),
    pytest.mark.skipif(
        shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
        reason="poppler-utils (pdftotext, pdftoppm) is not installed: apt-get install poppler-utils",
    ),
]

SAMPLES = Path(__file__).resolve().parents[2] / "haowen" / "ingest" / "samples"
NOTICE_SAMPLES = ["关于做好20XX年防汛工作的通知.txt", "关于开展安全生产大检查的通知.html"]
PT_PER_MM = 72 / 25.4
LEFT = GB9704.left_mm * PT_PER_MM
RIGHT = (GB9704.page_width_mm - GB9704.right_mm) * PT_PER_MM
CHAR = GB9704.body_pt
#: Tolerance of a position (points): a quarter of a character.
TOL = 4.0

#: A notice with every element of GB/T 9704 section 7 and the source's half-width punctuation.
FULL_TITLE = "XX市人民政府办公室关于印发《XX市进一步优化营商环境降低市场主体制度性交易成本实施方案》的通知"
FULL_NOTICE = [
    "X政办发〔2024〕12号",
    "各县(市、区)人民政府,市政府各部门:",
    "《XX市进一步优化营商环境降低市场主体制度性交易成本实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
    "附件:1.XX市进一步优化营商环境降低市场主体制度性交易成本实施方案任务分工表",
    "2.XX市营商环境评价指标体系",
    "XX市人民政府办公室",
    "2024年3月5日",
    "(此件公开发布)",
    "抄送:市委各部门,市人大常委会办公室,市政协办公室,市法院,市检察院。",
    "XX市人民政府办公室  2024年3月5日印发",
]


@dataclass
class Line:
    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def sample(name: str) -> tuple[str, list[str]]:
    """Title and paragraphs of a bundled sample, as the importer reads it."""
    from haowen.ingest.parsers import parse_path

    (draft,) = list(parse_path(SAMPLES / name))
    return draft.title, draft.body.split("\n")


OFFICIAL_FONTS = ("仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "方正小标宋简体")
STAND_IN = "Noto Sans Mono CJK SC"


def fontconfig_file(tmp_path: Path) -> Path:
    """A fonts.conf that includes the system's and maps the official fonts to :data:`STAND_IN`."""
    rules = "".join(
        f'<match target="pattern"><test name="family"><string>{name}</string></test>'
        f'<edit name="family" mode="assign" binding="strong"><string>{STAND_IN}</string></edit></match>'
        for name in OFFICIAL_FONTS
    )
    path = tmp_path / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{rules}</fontconfig>',
        encoding="utf-8",
    )
    return path


def render(docs: dict[str, bytes], tmp_path: Path) -> dict[str, Path]:
    """Write each .docx and convert all to PDF in one LibreOffice run; name → PDF path."""
    for name, data in docs.items():
        (tmp_path / f"{name}.docx").write_bytes(data)
    profile = (tmp_path / "lo-profile").as_uri()
    cmd = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file(tmp_path))}
    run = subprocess.run(cmd + [str(tmp_path / f"{n}.docx") for n in docs], timeout=180, capture_output=True, env=env)
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    pdfs = {n: tmp_path / f"{n}.pdf" for n in docs}
    missing = [n for n, p in pdfs.items() if not p.exists()]
    assert not missing, f"LibreOffice wrote no PDF for {missing}"
    return pdfs


def lines_of(pdf: Path) -> list[Line]:
    """Every text line of ``pdf`` with its box in points (origin top left)."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout
    xml = re.sub(rb"<!DOCTYPE[^>]*>", b"", xml)
    root = ET.fromstring(xml)
    out = []
    for page_no, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            words = [w.text or "" for w in line.iter("{http://www.w3.org/1999/xhtml}word")]
            box = [float(line.get(k)) for k in ("xMin", "xMax", "yMin", "yMax")]
            out.append(Line(page_no, "".join(words), *box))
    return out


def find(lines: list[Line], text: str) -> Line:
    hits = [line for line in lines if line.text == text]
    assert len(hits) == 1, f"{text!r} is on {len(hits)} lines of {[other.text for other in lines]}"
    return hits[0]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("layout")
    docs = {"full": build_docx(FULL_TITLE, FULL_NOTICE)}
    texts = {"full": (FULL_TITLE, FULL_NOTICE)}
    for i, name in enumerate(NOTICE_SAMPLES):
        title, paragraphs = sample(name)
        docs[f"sample{i}"] = build_docx(title, paragraphs)
        texts[f"sample{i}"] = (title, paragraphs)
    pdfs = render(docs, tmp_path)
    return {name: (texts[name], lines_of(pdf), pdf) for name, pdf in pdfs.items()}


def title_lines_on_page(lines: list[Line]) -> list[Line]:
    """The title's lines: the 二号 (22 pt) lines at the top of page 1."""
    return [line for line in lines if line.page == 1 and line.height > 25]


@pytest.mark.parametrize("name", ["sample0", "sample1", "full"])
def test_the_addressee_is_flush_left_and_the_body_indented_two_characters(rendered, name):
    (title, paragraphs), lines, _ = rendered[name]
    addressee = next(line for line in lines if line.text.endswith("："))
    assert abs(addressee.x0 - LEFT) < TOL, addressee
    body = lines[lines.index(addressee) + 1]
    assert abs(body.x0 - (LEFT + 2 * CHAR)) < TOL, body
    # 28 characters to a full body line (GB/T 9704 5.2.4).
    full = [line for line in lines if line.height < 25 and abs(line.x0 - LEFT) < TOL and abs(line.x1 - RIGHT) < TOL]
    assert full and all(len(line.text) >= 27 for line in full if re.fullmatch(r"[\u4e00-\u9fff，。、；：（）《》“”]+", line.text))


@pytest.mark.parametrize("name", ["sample0", "sample1", "full"])
def test_the_signature_and_date_are_right_aligned_with_the_gb9704_offsets(rendered, name):
    (title, paragraphs), lines, _ = rendered[name]
    signature_text = next(p for p in paragraphs if p.endswith(("指挥部", "办公室")) and len(p) < 20)
    date_text = next(p for p in paragraphs if re.fullmatch(r"20[\dX]{2}年[\dX]{1,2}月[\dX]{1,2}日", p))
    date = find(lines, date_text)
    signature = lines[lines.index(date) - 1]
    assert signature.text == signature_text
    assert date.y0 > signature.y1 - 1 and date.y0 - signature.y0 < 1.5 * GB9704.line_pitch_pt  # the next line
    # 7.3.5.2: 署名右空二字 (or more, when the date is longer), 日期首字比署名首字右移二字.
    assert abs(date.x0 - (signature.x0 + 2 * CHAR)) < TOL, (signature, date)
    assert RIGHT - signature.x1 >= 2 * CHAR - TOL and RIGHT - date.x1 >= 2 * CHAR - TOL
    assert min(RIGHT - signature.x1, RIGHT - date.x1) < 2 * CHAR + TOL  # one of them 右空二字
    # The page as a picture shows it there too: dark pixels of the date's line end where its box does.
    _, _, pdf = rendered[name]
    assert abs(rightmost_ink(pdf, date) - date.x1) < TOL


def rightmost_ink(pdf: Path, line: Line, dpi: int = 144) -> float:
    """The rightmost dark pixel (in points) in ``line``'s band of its page rendered as PNG."""
    from PIL import Image

    out = pdf.with_name(f"{pdf.stem}-p{line.page}")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(line.page), "-l", str(line.page), "-singlefile", str(pdf), str(out)],
        check=True,
        timeout=60,
        capture_output=True,
    )
    image = Image.open(f"{out}.png").convert("L")
    scale = dpi / 72
    top, bottom = int(line.y0 * scale) + 2, int(line.y1 * scale) - 2
    width = image.width
    pixels = image.load()
    for x in range(width - 1, -1, -1):
        if any(pixels[x, y] < 128 for y in range(top, bottom)):
            return x / scale
    raise AssertionError(f"no ink on the line {line.text!r}")


@pytest.mark.parametrize("name", ["sample0", "sample1", "full"])
def test_the_title_is_centred_with_no_character_alone_on_a_line(rendered, name):
    (title, _), lines, _ = rendered[name]
    title_lines = title_lines_on_page(lines)
    assert "".join(line.text for line in title_lines) == title.replace(" ", "")
    centre = (LEFT + RIGHT) / 2
    for line in title_lines:
        assert len(line.text) >= 2, title_lines
        assert abs((line.x0 + line.x1) / 2 - centre) < TOL, line


def test_a_long_title_breaks_into_balanced_lines_at_word_boundaries(rendered):
    _, lines, _ = rendered["full"]
    title_lines = [line.text for line in title_lines_on_page(lines)]
    assert len(title_lines) == 3, title_lines  # 20 characters of 二号 to a line: 48 need 3
    widths = [len(t) for t in title_lines]
    assert max(widths) - min(widths) <= 5, title_lines  # not 20 + 20 + 8
    # Words whole: no line starts in the middle of 营商环境, 交易成本, 实施方案 or 通知.
    text = "".join(title_lines)
    for word in ("营商环境", "市场主体", "交易成本", "实施方案", "通知", "人民政府"):
        start = text.index(word)
        cuts = {sum(widths[: i + 1]) for i in range(len(widths) - 1)}
        assert not any(start < cut < start + len(word) for cut in cuts), (word, title_lines)


def test_the_full_notice_lays_out_every_element(rendered):
    _, lines, _ = rendered["full"]
    texts = [line.text for line in lines]
    # 发文字号 centred above the title.
    number = find(lines, "X政办发〔2024〕12号")
    assert abs((number.x0 + number.x1) / 2 - (LEFT + RIGHT) / 2) < TOL
    assert number.y1 <= title_lines_on_page(lines)[0].y0
    # Half-width punctuation of the source is full-width on the page.
    assert "各县（市、区）人民政府，市政府各部门：" in texts
    assert not any(re.search(r"[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]", t) for t in texts)
    # 附件说明: 左空二字; the second name starts under the first one's number.
    first = next(line for line in lines if line.text.startswith("附件："))
    assert abs(first.x0 - (LEFT + 2 * CHAR)) < TOL
    second = find(lines, "2.XX市营商环境评价指标体系")
    number_x = first.x0 + 3 * CHAR  # after 附件：
    assert abs(second.x0 - number_x) < TOL, (first, second)
    # 附注 under the date, 左空二字.
    note = find(lines, "（此件公开发布）")
    assert abs(note.x0 - (LEFT + 2 * CHAR)) < TOL
    assert note.y0 > find(lines, "2024年3月5日").y0
    # The 版记 comes last: 抄送 左空一字, 印发机关左空一字 and 印发日期右空一字 (4 号 = 14 pt).
    copy_line = next(line for line in lines if line.text.startswith("抄送："))
    issued = next(line for line in lines if line.text.endswith("日印发"))
    assert copy_line.y0 > note.y0 and issued.y0 > copy_line.y0
    assert abs(copy_line.x0 - (LEFT + GB9704.record_pt)) < TOL
    organ = lines[lines.index(issued) - 1]
    assert organ.text == "XX市人民政府办公室" and abs(organ.y0 - issued.y0) < 1  # one line, a tab apart
    assert abs(organ.x0 - (LEFT + GB9704.record_pt)) < TOL
    assert abs(issued.x1 - (RIGHT - GB9704.record_pt)) < TOL, issued
    assert [line.text for line in lines if line.page == issued.page and line.y0 > issued.y0] == ["—1—"]
