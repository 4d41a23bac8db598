"""Build the cleaner's evaluation cases: ``<part>/source_*.py`` → ``<part>/<slug>.json``.

Every page here was written by us (see ``README.md``); this script only lays the
hand-written parts out as a scraped page and writes the hand-made labels next to it.
A source module defines ``CASES``, a list of dicts:

* ``slug``, ``site`` (the invented site), ``style`` (one of :data:`STYLES`), ``genre``,
  ``kind`` (the record's kind), ``source`` (an invented URL), ``form`` (``text``: the page
  is the record's ``text``; ``html``: the page is the record's ``raw``, and ``text`` is
  its visible text, rendered the way ``../shared/corpus`` renders its saved pages);
* ``title`` (expected), optional ``title_also`` (other acceptable titles),
  ``record_title`` (what the record says; the expected title when left out; ``None``
  for a record without one), ``title_in`` (``record``, ``decorated``, ``file-name``,
  ``missing``; defaults from ``record_title``);
* ``date`` (expected ``YYYY-MM-DD`` or ``None``), optional ``date_also``, ``record_date``
  (default ``None``), ``date_in`` (``record``, ``document``, ``none``; derived);
* ``body``: the document's paragraphs, one per line (the expected body);
* ``page``: the page around it. ``{BODY}`` is replaced by the body, ``{T}`` by the
  expected title marked as a repeated title. Chrome is marked where it is written:
  ``⟦c text⟧`` inline (``c`` a class letter, see :data:`CLASSES`), or in text pages a
  whole line ``!c text``. Unmarked page lines are neutral (neither body nor chrome:
  e.g. a speaker line under a speech title; listed as ``neutral``). Body paragraphs may hold ``⟦c …⟧`` too
  (chrome glued into a line); a body line that is all chrome is chrome on a line of its own between two
  paragraphs (no body paragraph).
* layout of the body in text pages: ``indent`` (prefix of each paragraph), ``gap``
  (blank line between paragraphs), ``wrap`` (hard-wrap at this many display columns,
  CJK = 2), ``pages`` (page markers of a preview converter:
  ``dict(fmt="- {n} -", every=chars, start=n, glue=False|True|"mix")``), ``junk``
  (forum anti-scraping junk: ``dict(lines=k, glued=m)``); in HTML pages ``p_html`` (the
  format of one body paragraph, default ``<p>{}</p>``), ``junk`` and ``pages`` (a marker
  paragraph between the two halves of a cut paragraph); ``oneline`` (text pages: the
  whole body on one line, paragraphs separated only by their indent).

Checks (the build fails otherwise): the scorer gives the expected output a perfect score
and finds every chrome label in the raw input; every chrome label occurs in the input; no chrome
label occurs in the expected body (a short one that does is matched as a whole line
instead: equal to, or at the start or end of, an output paragraph); every body sentence
occurs in the input once the chrome is taken out. Match modes the scorer uses:
``substring`` (the default: the label does not occur in the expected body), and for a
label that does: ``head`` (the chrome stands before the body: left when it occurs
before the first body sentence), ``tail`` (after the body: left when it occurs after
the last body sentence), ``line`` (inside the body: left when an output paragraph
equals it, starts or ends with it), ``paragraph`` (inside the body, and a body paragraph
starts or ends with it: left only when an output paragraph equals it).

    .venv/bin/python bench/clean_eval/build.py dev holdout holdout2 holdout3 holdout4

The later parts (``holdout5`` … ``holdout342``, each blind until scored once) are built only when named, by their authors or the
lead; they are not among the default parts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import importlib.util
import json
import random
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from clean_score import Stored, norm, score_case, sentences  # noqa: E402

#: Kinds of site the pages imitate (教育门户 … 个人文集 first used in ``holdout2/``, 党建网 …
#: 人事考试网 in ``holdout3/``, the last thirteen in ``holdout4/``; ``holdout5/`` and ``holdout6/`` use them all).
STYLES = (
    "范文站", "文库预览", "政府门户", "新闻门户", "论坛", "博客", "公众号镜像", "文档分享",
    "教育门户", "企业内网", "问答社区", "个人文集",
    "党建网", "医院官网", "高校官网", "地方论坛", "资料下载站", "人事考试网",
    "招投标网", "律所网站", "社区网站", "行业协会", "企业官网", "培训机构", "范文APP",
    "公考论坛", "百科问答", "网盘分享", "搜索快照", "打印页", "邮件转发",
)  # fmt: skip

#: Chrome classes (the letter used in the markup → name printed by the scorer).
CLASSES = {
    "a": "action",  # copy/download/print/collect/share/font size, pay & preview prompts, login prompts
    "w": "contact",  # writing-service and contact prompts (QQ, 微信, phone)
    "d": "notice",  # upload notices, disclaimers, copyright footers
    "m": "meta",  # site name/slogan, breadcrumbs, author/source/editor/time/views, ICP, URL, phone, id
    "j": "junk",  # forum anti-scraping junk
    "p": "page",  # page markers of preview converters
    "t": "title",  # the title repeated in the page
    "l": "list",  # related/hot lists, prev/next, tags, comment boxes, share bars
}

_MARK = re.compile(r"⟦([a-z]) (.*?)⟧", re.S)
_SPACE_RUNS = re.compile(r"[ \t]+")
_CLOSING = set("，。、；：！？）》”’」』,.;:!?)")


class _Visible(HTMLParser):
    """Visible text the way ``shared/corpus/README.md`` renders saved pages (step 8)."""

    BLOCK = {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "section", "article", "header", "footer", "nav", "aside", "blockquote", "dd", "dt", "dl", "form", "title",
    }  # fmt: skip
    SKIP = {"script", "style", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(page: str) -> str:
    """Visible text of an HTML page: newline at block tags, trailing spaces stripped, blank runs → one."""
    parser = _Visible()
    parser.feed(page)
    parser.close()
    lines = [ln.rstrip() for ln in "".join(parser.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _label_text(raw: str, form: str) -> str:
    """The visible string of a marked span (tags dropped and entities decoded in HTML)."""
    if form == "html":
        raw = html.unescape(re.sub(r"<[^>]*>", " ", raw))
        raw = _SPACE_RUNS.sub(" ", raw)
    return raw.strip()


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _atoms(p: str) -> list[str]:
    """A paragraph as wrap units: a marked span, a run of ASCII letters/digits, or one character."""
    return re.findall(r"⟦[a-z] .*?⟧|[A-Za-z0-9.%]+|.", p, re.S)


def _atom_width(a: str) -> int:
    m = _MARK.fullmatch(a)
    return _width(m.group(2)) if m else _width(a)


def wrap(p: str, width: int, indent: str) -> list[str]:
    """Hard-wrap ``indent + p`` at ``width`` display columns; closing punctuation never starts a line."""
    lines: list[str] = []
    cur, w = indent, _width(indent)
    for a in _atoms(p):
        aw = _atom_width(a)
        if w + aw > width and cur.strip() and a not in _CLOSING:
            lines.append(cur)
            cur, w = "", 0
        cur += a
        w += aw
    if cur:
        lines.append(cur)
    return lines


def _junk(rng: random.Random) -> str:
    """Forum anti-scraping junk: 3–6 short runs of Latin letters, digits and symbols."""
    pieces = []
    for _ in range(rng.randint(3, 6)):
        shape = rng.choice(("ld", "ls", "s", "dd", "ll", "l", "lds"))
        piece = ""
        for c in shape:
            piece += rng.choice(
                {"l": "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", "d": "0123456789", "s": "%&#@*$!~^;"}[c]
            )
        pieces.append(piece)
    return " ".join(pieces)


def _glue_junk(paras: list[str], rng: random.Random, lines: int, glued: int, form: str) -> list[str]:
    paras = list(paras)
    spots = [(i, m.end()) for i, p in enumerate(paras) for m in re.finditer("。(?!$)", p)]
    for i, pos in sorted(rng.sample(spots, min(glued, len(spots))), reverse=True):
        junk = _junk(rng)
        mark = f"⟦j {junk}⟧" if form == "text" else f'<font class="jammer">⟦j {html.escape(junk)}⟧</font>'
        paras[i] = paras[i][:pos] + mark + paras[i][pos:]
    for _ in range(lines):
        k = rng.randint(1, len(paras) - 1)
        junk = _junk(rng)
        paras.insert(k, f"⟦j {junk}⟧" if form == "text" else f'<font class="jammer">⟦j {html.escape(junk)}⟧</font>')
    return paras


def _cut_point(p: str, lo: int) -> int | None:
    """A position at or after ``lo`` inside ``p`` that is not next to punctuation or inside a mark."""
    spans = [(m.start(), m.end()) for m in _MARK.finditer(p)]
    for pos in range(lo, len(p) - 4):
        if any(a <= pos < b for a, b in spans):
            continue
        if p[pos - 1] in _CLOSING or p[pos] in _CLOSING or p[pos - 1].isascii() or p[pos].isascii():
            continue
        return pos
    return None


def _insert_page_markers(blocks: list[list[str]], pages: dict, wrapped: bool, indent: int, rng) -> list[list[str]]:
    """Page markers after about every ``pages['every']`` characters, always inside a paragraph.

    Wrapped text: the marker goes between two lines of one paragraph; else the paragraph
    is cut in two at a character (possibly inside a word). ``glue`` puts the marker at
    the start of the continuation line instead of on a line of its own (``"mix"``: either).
    """
    every, n, sep = pages["every"], pages.get("start", 2), pages.get("sep", "")
    count = 0
    out: list[list[str]] = []
    for block in blocks:
        new: list[str] = []
        pending = ""  # a glued marker waiting for its continuation line
        for k, line in enumerate(block):
            if pending:
                line, pending = pending + sep + line, ""
            count += len(line)
            if count < every:
                new.append(line)
                continue
            glue = pages.get("glue", False)
            glue = rng.random() < 0.5 if glue == "mix" else glue
            marker = f"⟦p {pages['fmt'].format(n=n)}⟧"
            if wrapped:
                new.append(line)
                if k == len(block) - 1:
                    continue  # only between lines of one paragraph, so the marker cuts a sentence
                if glue:
                    pending = marker
                else:
                    new.append(marker)
            else:
                pos = _cut_point(line, max(indent + 4, len(line) // 2))
                if pos is None:
                    new.append(line)
                    continue
                new.append(line[:pos])
                new.extend([marker + sep + line[pos:]] if glue else [marker, line[pos:]])
            n += 1
            count = 0
        out.append(new)
    return out


def render_text_body(case: dict, paras: list[str], rng: random.Random) -> list[str]:
    """The body of a text page as lines (marks still in)."""
    indent = case.get("indent", "")
    pages = case.get("pages")
    width = case.get("wrap")
    if width:
        blocks = [wrap(p, width, indent) for p in paras]
    else:
        blocks = [[indent + p] for p in paras]
    if pages:
        blocks = _insert_page_markers(blocks, pages, bool(width), len(indent), rng)
    if case.get("oneline"):
        return ["".join(line for block in blocks for line in block)]
    lines: list[str] = []
    for k, block in enumerate(blocks):
        if case.get("gap") and k:
            lines.append("")
        lines.extend(block)
    return lines


def expand_text_page(case: dict, paras: list[str], rng: random.Random) -> str:
    title_mark = f"⟦t {case['title']}⟧"
    body_lines = render_text_body(case, paras, rng)
    out: list[str] = []
    for line in _template_lines(case["page"]):
        if line.startswith("!") and len(line) > 2 and line[2] == " " and line[1] in CLASSES:
            line = f"⟦{line[1]} {line[3:]}⟧"
        line = line.replace("{T}", title_mark)
        if "{BODY}" in line:
            before, after = line.split("{BODY}")
            lines = list(body_lines)
            lines[0] = before + lines[0]
            lines[-1] = lines[-1] + after
            out.extend(lines)
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _template_lines(page: str) -> list[str]:
    lines = page.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return [ln.rstrip() for ln in lines]


def expand_html_page(case: dict, paras: list[str], rng: random.Random) -> str:
    p_html = case.get("p_html", "<p>{}</p>")
    if case.get("pages"):
        blocks = _insert_page_markers([[p] for p in paras], dict(case["pages"], glue=False), False, 0, rng)
        paras = [line for block in blocks for line in block]
    body = "\n".join(p_html.format(p) for p in paras)
    page = _template_lines(case["page"])
    page = "\n".join(page).replace("{T}", f"⟦t {html.escape(case['title'])}⟧").replace("{BODY}", body)
    return page + "\n"


def neutral_lines(case: dict) -> list[str]:
    """The page's unmarked lines outside the body (a speaker or date line under a speech
    title, a document number, an HTML ``<title>``): neither body nor chrome. (Lines that
    also occur in the body are left out of the labels: the scorer could not place them.)"""
    form = case["form"]
    rng = random.Random(0)
    shell = expand_text_page(case, ["\u0001"], rng) if form == "text" else expand_html_page(case, ["\u0001"], rng)
    shell = _MARK.sub("", shell)
    text = visible_text(shell) if form == "html" else shell
    return [ln.strip() for ln in text.replace("\u0001", "").split("\n") if ln.strip()]


def _title_in(case: dict) -> str:
    if "title_in" in case:
        return case["title_in"]
    rt = case.get("record_title", case["title"])
    if rt is None:
        return "missing"
    if rt == case["title"]:
        return "record"
    if re.search(r"\.(?:pdf|wps|docx?|txt|rtf)\s*$", rt, re.I):
        return "file-name"
    return "decorated"


def _check_date(value: str | None) -> None:
    if value is not None:
        dt.date.fromisoformat(value)


def build_case(case: dict, part: str) -> dict:
    """One case dict from a source entry (see the module docstring). Raises ValueError for bad labels."""
    slug = case["slug"]
    form = case["form"]
    if case["style"] not in STYLES:
        raise ValueError(f"{slug}: unknown style {case['style']!r}")
    if case.get("pages") and case.get("junk"):
        raise ValueError(f"{slug}: pages and junk in one case are not supported")
    rng = random.Random(int(hashlib.sha1(slug.encode()).hexdigest()[:8], 16))
    paras = [ln.strip() for ln in case["body"].strip().split("\n") if ln.strip()]
    if form == "html":
        paras = [html.escape(p, quote=False) for p in paras]
    if case.get("junk"):
        paras = _glue_junk(paras, rng, case["junk"].get("lines", 0), case["junk"].get("glued", 0), form)
    marked = expand_text_page(case, paras, rng) if form == "text" else expand_html_page(case, paras, rng)

    page = _MARK.sub(lambda m: m.group(2), marked)
    text = visible_text(page) if form == "html" else page
    text_norm = norm(text)

    body = [_MARK.sub("", p) for p in case["body"].strip().split("\n") if p.strip()]
    body = [p.strip() for p in body if p.strip()]  # a line that is all chrome: a box between two paragraphs
    body_norm = norm("\n".join(body))
    body_paras = [norm(p) for p in body]
    sents = sentences(body)
    # Where the body starts and ends in the normalised input (page markers may cut the
    # first or last sentence, so a short piece of it is looked for).
    body_start = text_norm.find(sents[0][:12])
    body_end = text_norm.rfind(sents[-1][-12:]) + len(sents[-1][-12:])

    chrome: list[dict] = []
    for m in _MARK.finditer(marked):
        cls, raw = m.group(1), m.group(2)
        if cls not in CLASSES:
            raise ValueError(f"{slug}: unknown chrome class {cls!r} in {raw!r}")
        label = _label_text(raw, form)
        key = norm(label)
        if not key:
            raise ValueError(f"{slug}: empty chrome label")
        if key not in text_norm:
            raise ValueError(f"{slug}: chrome label {label!r} is not in the input")
        match = "substring"
        if key in body_norm:
            prefix = _MARK.sub(lambda m: m.group(2), marked[: m.start()])
            at = len(norm(visible_text(prefix) if form == "html" else prefix))
            if at + len(key) <= body_start:
                match = "head"
            elif at >= body_end:
                match = "tail"
            elif key in body_paras:
                raise ValueError(f"{slug}: chrome label {label!r} inside the body is also a whole body paragraph")
            elif any(p.startswith(key) or p.endswith(key) for p in body_paras):
                match = "paragraph"
            else:
                match = "line"
        chrome.append({"text": label, "class": CLASSES[cls], "match": match})
    stripped = text_norm
    for c in sorted(chrome, key=lambda c: -len(c["text"])):
        if c["match"] == "substring":
            stripped = stripped.replace(norm(c["text"]), "")
    for s in sents:
        if s not in stripped:
            raise ValueError(f"{slug}: body sentence not in the input once chrome is out: {s!r}")

    _check_date(case.get("date"))
    for d in case.get("date_also", []):
        _check_date(d)
    record_title = case.get("record_title", case["title"])
    record_date = case.get("record_date")
    if record_date is not None and case.get("date") != record_date:
        raise ValueError(f"{slug}: the record gives the date {record_date}; the expected date must be it")
    date_in = "record" if record_date else ("document" if case.get("date") else "none")
    record = {
        "id": f"clean-eval-{part}-{slug}",
        "source": case["source"],
        "kind": case["kind"],
        "title": record_title,
        "date": record_date,
        "text": text,
        "raw": page if form == "html" else text,
    }
    return {
        "id": record["id"],
        "part": part,
        "site": case["site"],
        "style": case["style"],
        "genre": case["genre"],
        "form": form,
        "notes": case.get("notes", ""),
        "expect": {
            "title": case["title"],
            "title_also": case.get("title_also", []),
            "title_in": _title_in(case),
            "date": case.get("date"),
            "date_also": case.get("date_also", []),
            "date_in": case.get("date_in", date_in),
            "first_sentence": sents[0],
            "last_sentence": sents[-1],
            "body": body,
            "chrome": chrome,
            "neutral": [x for x in neutral_lines(case) if norm(x) not in body_norm],
        },
        "record": record,
    }


def self_check(case: dict) -> None:
    """The scorer on the labels themselves: a perfect output scores perfectly, and the raw
    input (the page text as the body) shows every chrome label as left. Raises ValueError."""
    exp = case["expect"]
    perfect = score_case(case, Stored(exp["title"], "\n".join(exp["body"]), exp["date"]), "")
    flawless = perfect.title_ok and perfect.date_ok and perfect.starts_right and perfect.ends_right
    flawless = flawless and not (perfect.chrome_left or perfect.lost or perfect.cut)
    if not flawless or perfect.paragraphs_whole != perfect.paragraphs:
        raise ValueError(f"{case['id']}: the expected output does not score perfectly: {perfect}")
    raw = score_case(case, Stored("", case["record"]["text"], None), "")
    missed = [c["text"] for c in exp["chrome"] if c not in raw.chrome_left]
    if missed:
        raise ValueError(f"{case['id']}: chrome the scorer cannot see even in the raw input: {missed}")


def load_sources(part_dir: Path) -> list[dict]:
    cases: list[dict] = []
    for path in sorted(part_dir.glob("source_*.py")):
        spec = importlib.util.spec_from_file_location(f"clean_eval_{part_dir.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases.extend(module.CASES)
    return cases


def build_part(part: str) -> list[dict]:
    part_dir = HERE / part
    built = []
    seen: set[str] = set()
    for case in load_sources(part_dir):
        if case["slug"] in seen:
            raise ValueError(f"{part}: slug {case['slug']!r} used twice")
        seen.add(case["slug"])
        built.append(build_case(case, part))
        self_check(built[-1])
    for old in part_dir.glob("*.json"):
        old.unlink()
    for b in built:
        slug = b["id"].removeprefix(f"clean-eval-{part}-")
        (part_dir / f"{slug}.json").write_text(json.dumps(b, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return built


def main(argv: list[str]) -> int:
    parts = argv or ["dev", "holdout", "holdout2", "holdout3", "holdout4"]
    for part in parts:
        built = build_part(part)
        chars = [len("".join(b["expect"]["body"])) for b in built]
        chrome = sum(len(b["expect"]["chrome"]) for b in built)
        styles = sorted({b["style"] for b in built})
        print(
            f"{part}: {len(built)} cases ({sum(b['form'] == 'html' for b in built)} HTML), body {min(chars, default=0)}–"
            f"{max(chars, default=0)} characters, {chrome} chrome labels, styles: {' '.join(styles)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
