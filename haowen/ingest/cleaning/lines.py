"""Line repairs before chrome is judged: preview page markers and anti-scraping junk.

* **Page markers** that a document-preview converter puts at line starts (``第3页``,
  ``第 3 页 共 9 页``, ``- 4 -``, ``— 4 —``, ``·4·``, ``～4～``, ``- 4/9 -``, ``[5]``, ``5/9``,
  ``Page 5 of 9``, ``P5``, ``p.5``, ``p2/5``, ``（5）``, ``— 第 5 页 —``, ``第5/9页``, ``[5/9]``): a marker
  alone on its line goes; a marker followed by text that continues the previous line's
  sentence (the previous line does not end one) is cut out and the two pieces are joined
  again. After a finished sentence an explicit marker (``第5页``, ``- 5 -``, ``Page 5``)
  is cut and its text stays; ``[1] 参考文献`` or ``（2）…`` is kept (a list's number).
  ``（5）`` is never a list's number one of the three lines above counts down to or one of
  the three below counts on from (``（4）`` above, ``（6）`` below).
* **A lone page number** (``7``, ``（7）``) goes only inside a sentence: the line above is
  running text ending none, the line below goes on in Chinese, and it is no list's number.
  Between paragraphs it may be a section's number and stays.
* **A marker in the middle of a line** between two Chinese halves of one sentence, with
  spaces around it (``…达到 - 3 - 四十二项…``): cut and the halves joined; ``N/M`` there
  only with a page total M that the document's other markers give.
* **An explicit marker glued inside a line or to its end** without spaces (``…达到-3-四十二项``,
  ``…惠及农户— 第3页 —`` / next line): cut, and a line whose end it was joined to the next
  when it ended no sentence. A bare ``第3页`` there stays (sentences name pages).
* **Bare numbers that count the pages** (``…提升。2``, ``推动3项目``, a lone ``4`` between
  paragraphs): 3 or more on different lines counting on by one from 1–3, two of them lone or
  at a line's end, one inside a sentence (see ``_page_sequence``); section numbers over
  headings and numbers of the text never form one.
* **Slide markers** of a presentation's text dump (``【幻灯片 3】``, ``[Slide 3]``,
  ``第3张幻灯片``) are explicit: they go wherever they stand. **Weak forms** (``Pg 3``,
  ``3 ▸``, ``◂ 3``) alone on a line go only inside a sentence (running text above that ends
  none); between paragraphs they stay.
* **Hash page numbers glued inside sentences** (``…服务#2群众…``): only as a sequence counting
  on from 2 or 3, pages apart, with no other ``#N`` in the text (see ``_hash_sequence``).
* **Buttons glued after the last sentence** of a line (``…问题。【下载完整版】``), see
  :func:`.glued.strip_glued_actions`.
* **Junk** that forum software glues after a sentence end (``。k8 Z% q1 T7 &下面…``):
  a run of short Latin / digit / symbol tokens between ``。！？`` and Chinese text.

Lines are the cleaner's ``Line`` records (``text``, ``blank_before``); functions return
new lists and never raise. Linear in the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from ...text.segment import segment
from .chrome import action_words, edge_reason, is_decorative_mark, is_junk_token, is_meta_line, strong_reason
from .glued import strip_glued_actions
from .titles import ends_in_genre
from .width import display_width as _width

__all__ = ["repair_lines", "strip_inline_junk", "ends_sentence", "PAGE_MARKER"]

_DASH = "\\-—–－―‒"
# A frame symbol of a page number glued inside a line (see _GLUED_MARKER); box-drawing
# characters (┆, ┊, ╎ …) are never a sentence's punctuation either.
_G = r"[‹›«»≡❦◆◇★☆※／\\¦§¶✿❀❖♦\u2500-\u257f]"
# One frame symbol of a framed page number (see PAGE_MARKER); a form's blanks (＿＿年) frame nothing.
_F = r"[^\w\s\u3400-\u9fff（()）＿﹍﹏]"
# … other than a quote mark (see PAGE_MARKER's frames of two different symbols).
_UNQUOTED_F = r"[^\w\s\u3400-\u9fff（()）＿﹍﹏“”‘’\"'「」『』%％]"
# A symbol of the blocks no list numbers its items with: mathematical operators, technical symbols,
# box drawing, miscellaneous symbols, dingbats, supplemental arrows and mathematical symbols
# (U+2200–23FF, U+2500–257F, U+2600–27BF, U+2900–2BFF). A number between such symbols is a
# converter's page frame ("⋒3⋓", "┆2┆", "⚛ 4 ⚛"): all 978 labelled lines opening on one are page chrome.
_SYM = "[\u2200-\u23ff\u2500-\u257f\u2600-\u27bf\u2900-\u2bff]"
# The letter P of a page's number ("P3"), in its compatibility forms too: full-width, circled,
# parenthesized, squared (NFKC folds each to P or p; a converter may print any of them).
_P = "[PpＰｐⓅⓟ⒫🄟🄿🅟🅿]"
#: A page marker at a line start; group ``rest`` is the text after it.
PAGE_MARKER = re.compile(
    rf"^(?:第\s*\d{{1,4}}\s*[页頁屏帧](?:\s*[,，/／|｜·（(]?\s*共\s*\d{{1,4}}\s*[页頁]\s*[）)]?)?"
    rf"|共\s*\d{{1,4}}\s*[页頁]\s*第\s*\d{{1,4}}\s*[页頁]"
    # "— 第 3 页 —", "（第3页）", "第3/12页", "[3/12]", "第三页"
    rf"|(?:[{_DASH}~～·•]{{1,2}}|[（(])\s*第\s*\d{{1,4}}\s*[页頁张屏](?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*[页頁张屏])?\s*(?:[{_DASH}~～·•]{{1,2}}|[）)])"
    r"|第\s*\d{1,4}\s*[/／∕⁄]\s*\d{1,4}\s*[页頁]|\[\s*\d{1,4}\s*[/／∕⁄]\s*\d{1,4}\s*\]|第[一二三四五六七八九十]{1,3}[页頁](?![面码是的上中里有为写贴印记])"
    rf"|[{_DASH}~～·•]{{1,2}}\s*\d{{1,4}}(?:\s*[/／∕⁄]\s*\d{{1,4}})?\s*[{_DASH}~～·•]{{1,2}}"
    # "- Ⅱ -", "— 第二页 —": a page counted in Roman or Chinese numerals between dashes.
    rf"|[{_DASH}~～·•]{{1,2}}\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|第[一二三四五六七八九十]{{1,3}}[页頁])\s*[{_DASH}~～·•]{{1,2}}"
    r"|(?:[Pp]age|PAGE)\s*\d{1,4}(?:\s*(?:of|[/／∕⁄])\s*\d{1,4})?"
    r"|\[\s*\d{1,4}\s*\]"
    r"|(?P<num>\d{1,4})\s*[/／∕⁄]\s*(?P<den>\d{1,4})(?![\d%])(?:\s*[页頁])?"
    # "P3", "p.3", "p. 3" (never "P2P", "p.3.1"); "（3）" (never a list's number: see
    # _is_list_number).
    rf"|{_P}(?:\.|·)?\s?\d{{1,4}}(?:\s*[/／∕⁄]\s*\d{{1,4}})?(?![A-Za-z0-9.%．/])"
    r"|[（(]\s*(?P<paren>\d{1,3})\s*[）)]"
    # "[第3页]", "【第3页】", "〔第3页 共9页〕", "《第3页》", "第3页（共9页）", "（3/9）", "==3==", "< 3 >",
    # "— Page 3 —", "3 of 9", "3/9页", "页码：3"
    r"|[\[【〔《<＜(（〈〖‹«]\s*第\s*\d{1,4}\s*(?:[/／∕⁄]\s*\d{1,4}\s*)?[页頁面屏张](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁面屏张])?\s*[\]】〕》>＞)）〉〗›»]"
    # "〖页2〗", "【页3】": the page's word before its number, in brackets
    r"|[\[【〔〖〈]\s*[页頁屏]\s*\d{1,4}\s*[\]】〕〗〉]"
    r"|第\s*\d{1,4}\s*[页頁]\s*[（(]\s*共\s*\d{1,4}\s*[页頁]\s*[）)]"
    # (… "n/m" in any pair of brackets: "〔2/5〕", "〘 1 / 1 〙", "「3/9」".)
    r"|[（(【\[〔〖〈《「『〘〚‹«｛{⌜⌞⌈⌊]\s*\d{1,4}\s*[/／∕⁄]\s*\d{1,4}\s*[）)】\]〕〗〉》」』〙〛›»｝}⌝⌟⌉⌋]"
    r"|[=＝]{1,2}\s*\d{1,4}\s*[=＝]{1,2}|[<＜]\s*\d{1,4}\s*[>＞]"
    rf"|[{_DASH}~～·•]{{1,2}}\s*(?:[Pp]age|PAGE)\s*\d{{1,4}}(?:\s*(?:of|[/／∕⁄])\s*\d{{1,4}})?\s*[{_DASH}~～·•]{{1,2}}"
    r"|\d{1,4}\s+of\s+\d{1,4}(?![A-Za-z0-9])|[页頁]码\s*[:：]?\s*\d{1,4}(?:\s*[/／∕⁄]\s*\d{1,4})?"
    # "‹3›", "〈3〉", "«3»", "〔3〕", "｛3｝": a number in any pair of angle or tortoise-shell
    # brackets ("〔2025〕" is a year of a 发文字号: at most three digits here).
    r"|[‹〈«〔｛{【〖「『〘〚⸢⸤⸠⸡]\s*\d{1,3}\s*[›〉»〕｝}】〗」』〙〛⸣⸥⸡⸠](?![\d号])"
    # "< 2 / 4 >", "— P2 —", "— 第2/4页 —", "（共3页 第1页）", and a print view's footer: the
    # page's address and "1/2".
    r"|[<＜‹〈«]\s*\d{1,4}\s*[/／∕⁄]\s*\d{1,4}\s*[>＞›〉»]"
    rf"|[{_DASH}~～·•]{{1,2}}\s*(?:[Pp]{{1,2}}\.?\s?\d{{1,4}}|第\s*\d{{1,4}}\s*(?:/\s*\d{{1,4}}\s*)?[页頁])\s*[{_DASH}~～·•]{{1,2}}"
    r"|[（(\[【]\s*共\s*\d{1,4}\s*[页頁]\s*[,，]?\s*第\s*\d{1,4}\s*[页頁]\s*[）)\]】]"
    r"|https?://\S+[ \t\u3000]+\d{1,4}\s*[/／∕⁄]\s*\d{1,4}(?=\s*$)"
    # "【幻灯片 3】", "[Slide 3]", "第3张幻灯片": a slide's number in a presentation's text dump.
    r"|[\[【〔〖(（]\s*(?:幻灯片|[Ss]lide|SLIDE)\s*\d{1,4}\s*[\]】〕〗)）]|(?:幻灯片|[Ss]lide|SLIDE)\s*\d{1,4}(?=\s*$)"
    r"|第\s*\d{1,4}\s*张幻灯片"
    # "【P2】", "[p.3]", "〔P 4〕": a page's number in brackets.
    rf"|[\[【〔〖]\s*{_P}\.?\s?\d{{1,4}}\s*[\]】〕〗]"
    # "Pg 3", "3 ▸", "◂ 3": a weak form, alone on its line, a page marker only inside a
    # sentence (see repair_lines).
    # "⋒3⋓龄；…": a number between symbols of the blocks no list uses (see _SYM), glued or not.
    rf"|{_SYM}{{1,3}}\s*\d{{1,4}}\s*{_SYM}{{1,3}}"
    # "|3|", "◆2◆", "#4#": a page number between two copies of one bar or symbol.
    r"|(?P<sym>[◆◇●■□★☆◎※#＃*＊♦])\s*\d{1,4}\s*(?P=sym)"
    # "⸰2/3⸰", "◈2/5◈": a page of a total between two copies of one frame symbol, glued or not.
    rf"|(?P<fs>{_F})\s*\d{{1,4}}\s*[/／∕⁄]\s*\d{{1,4}}\s*(?P=fs)"
    # "⪓2/3⪔", "⟬1/4⟭": … or between two different frame symbols (a mirrored pair); a quote
    # mark frames a fraction a sentence names ("“1/3”原则"), not a page.
    rf"|{_UNQUOTED_F}\s*\d{{1,4}}\s*[/／∕⁄]\s*\d{{1,4}}\s*{_UNQUOTED_F}"
    # "|3|" too, unless more bars follow on the line (a table's row: |1|张三|85分|).
    r"|[|｜¦]\s*\d{1,4}\s*[|｜¦](?!.*[|｜¦])"
    # A number alone on its line between two frames of the same length (1–3 symbols each, no
    # letter, digit, Chinese character or parenthesis): "≡ 2 ≡", "‹‹2››", "❦3❦", "／2／", "[[2]]".
    # The forms a converter picks are endless; the frame around a bare number is the class.
    rf"|{_F}\s*\d{{1,4}}\s*{_F}(?=\s*$)|{_F}{{2}}\s*\d{{1,4}}\s*{_F}{{2}}(?=\s*$)|{_F}{{3}}\s*\d{{1,4}}\s*{_F}{{3}}(?=\s*$)"
    # … and glued to the start of the line it cut, in a converter's symbols ("‹‹2››开地点为…").
    rf"|{_G}\s*\d{{1,4}}\s*{_G}|{_G}{{2}}\s*\d{{1,4}}\s*{_G}{{2}}"
    # "▎P2", "‖第2面‖", "◤第3页◢": a page's number in the P or 第N页 form behind a frame symbol
    # of the converter's own (the symbols are endless; the form of the number is the class).
    rf"|{_F}{{1,3}}\s*(?:{_P}(?:\.|·)?\s?\d{{1,4}}(?![A-Za-z0-9.%．/])|第\s*\d{{1,4}}\s*[页頁](?:\s*[/／,，·•｜|]?\s*共\s*\d{{1,4}}\s*[页頁])?)(?![/／,，·•｜|\s]*共)(?:\s*(?![/／∕⁄]){_F}{{1,3}})?"
    # (… or 面, 屏, 张, 幅, with the total after a separator: "⸨ 第1张 · 共1张 ⸩", "‖第2幅‖".)
    rf"|{_F}{{1,3}}\s*第\s*\d{{1,4}}\s*[面屏张幅帧版](?:\s*[/／,，·•｜|]?\s*共\s*\d{{1,4}}\s*[面屏张幅帧版])?\s*{_F}{{1,3}}"
    # "⬯ 页 2 之 2 ⬯", "页3之5": the page's word, its number and its total after 之 ("of"), framed or not.
    rf"|{_F}{{0,3}}\s*[页頁]\s*\d{{1,4}}\s*之\s*\d{{1,4}}\s*{_F}{{0,3}}"
    # (… or its total after a slash, framed: "⩎ 页 1 ／ 1 ⩎".)
    rf"|{_F}{{1,3}}\s*[页頁]\s*\d{{1,4}}\s*[/／∕⁄]\s*\d{{1,4}}\s*{_F}{{1,3}}"
    # "本页 1 ／ 总 1 页", "当前页 2/5", "页次：1/3": a print view's page counter under its own word.
    r"|(?:本页|当前页|页次)\s*[:：]?\s*\d{1,4}\s*[/／∕⁄]\s*(?:总|共)?\s*\d{1,4}\s*[页頁]?"
    # "第〔2〕张", "第[3]页": the page's number in brackets inside the page word.
    r"|第\s*[〔\[【(（]\s*\d{1,4}\s*[〕\]】)）]\s*[页頁张面]"
    # "No.2", "№ 3" are weak too: a list's or a file's number elsewhere.
    r"|(?P<weak>(?:[Pp][Gg]\.?\s?\d{1,4}|(?:[Nn][Oo]\.?|№)\s?\d{1,4}|\d{1,4}\s*[▸▹►▶▷»›]|[◂◃◄◀◁«‹]\s*\d{1,4})(?=\s*$))"
    r")(?P<rest>.*)$"
)
#: A page number alone on a line: ``7``, ``（7）`` (see :func:`repair_lines` for when it is one).
LONE_NUMBER = re.compile(r"^(?:[（(]\s*(?P<paren>\d{1,3})\s*[）)]|(?P<bare>\d{1,3}))$")
# The number a line starts with, as a list numbers its items: "（2）…", "2、…", "2 …", "2".
_PAREN_NUMBER = re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]")
_BARE_NUMBER = re.compile(r"^(\d{1,3})(?:[、.．)）]|\s|$)")
# A page marker in the middle of a line, with spaces on both sides, between two Chinese
# characters: "…达到 - 3 - 四十二项…", "…帮助 5/9 企业…". ("N/M" only with a total M the
# document's other markers give: a ratio in a sentence is no page.)
_MIDLINE_MARKER = re.compile(
    rf"(?<=[\u4e00-\u9fff，、“”])[ \t\u3000]+(?:[{_DASH}]\s*\d{{1,4}}(?:\s*/\s*\d{{1,4}})?\s*[{_DASH}]"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*(?P<total1>\d{1,4})\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|(?:[Pp]age|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|[·•]\s*\d{1,4}\s*[·•]"
    r"|(?P<num>\d{1,4})\s*/\s*(?P<den>\d{1,4}))[ \t\u3000]+(?=[\u4e00-\u9fff])"
)
# Page totals a document's markers give ("共 9 页", "Page 3 of 9", "3/9" at a line start).
_TOTAL = re.compile(
    rf"共\s*(\d{{1,4}})\s*页|(?:[Pp]age|PAGE)\s*\d{{1,4}}\s*(?:of|/)\s*(\d{{1,4}})|^[{_DASH}\s]*\d{{1,4}}\s*/\s*(\d{{1,4}})[{_DASH}\s]*$"
)
_FINAL = frozenset("。！？；：!?;:")
_CLOSERS = "”」』’"


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: its last character is one of ``。！？；：!?;:``
    or ``……``, also behind closing quotes (``…。”``). A quote that closes a phrase
    (``深化“721”``) ends nothing: a page or a wrap may have cut the sentence there.
    """
    core = text.rstrip(_CLOSERS) if text[-1:] in _CLOSERS else text
    if core[-1:] in "]］":
        # (A wiki's reference mark after the sentence, "…组成。[1]", ends nothing of its own.)
        core = _TRAILING_REF_MARKS.sub("", core)
    return bool(core) and (core[-1] in _FINAL or core.endswith("……"))


# Reference marks closing a line ("[1]", "[2][3]", "［4］").
_TRAILING_REF_MARKS = re.compile(r"(?:[\[［]\d{1,3}[\]］])+$")

# Junk after a sentence end: 2+ tokens of at most 4 non-CJK characters, then CJK.
# (A junk token holds no square bracket: "…。r7% ; e&[复制链接]…" leaves the button's box whole for
# the button rules. Its last token may run into the text's own number, "M^2024年": see
# _number_after_junk.)
# (An ASCII ! or ? ends a sentence only after Chinese: "r! y4 M9" is a junk run whole.)
# (… and a run before a closing quote is one too: "…降脂。c@ PJ t3^ D4 sw K”在一些…".)
_INLINE_JUNK = re.compile(r"(?:(?<=[。！？])|(?<=[\u4e00-\u9fff”」）][!?]))[ \t]*((?:[!-Z^-~]{1,4}[ \t]+){1,7}[!-Z^-~]{1,4}\d{0,6}|[!-Z^-~]{3,8})[ \t]*(?=[\u4e00-\u9fff“「（(\[【”」』]|$)")
_CLAUSE_END_JUNK = re.compile(r"(?<=[：；])[ \t]*((?:[!-~]{1,4}[ \t]+){1,7}[!-~]{1,4})[ \t]*$")
# (… glued to the text without a space when the run ends in a junk symbol: "S5% C6; Jp M!放大镜…".)
_LEADING_JUNK = re.compile(r"((?:[!-~]{1,4}[ \t]+){1,7}[!-~]{1,4})(?:[ \t]+|(?<=[#%&@*$^~!;]))(?=[\u4e00-\u9fff])")
_JUNK_SYMBOL = re.compile(r"[#%&@*$^~!;]")
_HAS_CONTENT = re.compile(r"[\w\u3400-\u9fff]")
# What a glued page marker holds (页, Page, PAGE, a dash, a tilde, a dot, an equals sign):
# only such lines are searched for one.
_GLUED_HINT = re.compile(r"[页頁面「『〘〚〖⸢⸤⸠⸡⌜⌞]|age|GE|[Pp][Gg]?\.?\s*\d|[-—–－―‒~～·•=＝|｜◆◇●■★☆◎※#＃‹›«»≡❦／\\¦§¶✿❀❖♦]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# What a sentence cut by a page marker goes on with: a Chinese character, or a template's blank (＿日止).
_GOES_ON_CHAR = re.compile(r"[\u3400-\u9fff＿×Ｘ]")
# "[1] …" on the line before: "[2] …" is the next item of a list, not a page marker.
_NUMBERED = re.compile(r"^\[\s*\d{1,4}\s*\]")
# A heading after a page break starts a new paragraph even when the page cut a sentence.
_OUTLINE_START = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])")


_FIGURE_TOKEN = re.compile(r"^\d+(?:\.\d+)?%?$")


def _is_junk_run(run: str) -> bool:
    tokens = run.split()
    if len(tokens) == 1:
        return is_junk_token(run)
    if len(tokens) >= 4 and all(len(t) == 2 and t.isdigit() for t in tokens):
        return True  # "85 93 42 28": pairs of digits, no figure of a text's, a jammer's
    if len(tokens) >= 3 and not any(ch.isalpha() for ch in run) and sum(1 for t in tokens if not any(c.isalnum() for c in t)) >= 2:
        return True  # "~ 25 @ ! !": signs alone and a figure between them, no word of any text
    if (
        len(tokens) >= 3
        and all((t.isdigit() and len(t) <= 3) or _JUNK_SYMBOL.fullmatch(t) for t in tokens)
        and sum(1 for t in tokens if t.isdigit()) >= 2
        and any(not t.isdigit() for t in tokens)
    ):
        return True  # "* 35 58": a jammer's sign alone and its pairs of digits, no figure a text writes so
    if len(tokens) < 2 or not any(ch.isalpha() for ch in run):
        return False
    # (A figure with its decimal point or percent sign, "PM 2.5", "CPI 3.2%", is a word of a text.)
    words = [t for t in tokens if not _FIGURE_TOKEN.match(t)]
    symbols = sum(1 for t in words for ch in t if not ch.isalnum())
    mixed = sum(1 for t in words if any(c.isalpha() for c in t) and any(not c.isalpha() for c in t))
    return symbols >= 1 or mixed >= 1 or len(tokens) >= 3


def strip_inline_junk(text: str) -> str:
    """``text`` without junk runs glued after a sentence end, or at the start of the line
    before Chinese text when they hold junk symbols or letters mixed with digits
    (``D5 V v8^ 明年，…``; ``PM 2.5 浓度…`` stays). See the module docstring."""
    if text[:1].isascii() and not text[:1].isspace():
        m = _LEADING_JUNK.match(text)
        if m and _is_junk_run(m.group(1)) and (_JUNK_SYMBOL.search(m.group(1)) or _mixed_tokens(m.group(1)) >= 2):
            text = text[m.end() :]
    if ("：" in text or "；" in text) and text[-1:].isascii():
        # A run of junk tokens, one of them symbols alone, closing a line after a colon or
        # a semicolon ("…协调解决以下问题：l1 .; ~"); a value there ("GDP 3.2%") has none.
        m = _CLAUSE_END_JUNK.search(text)
        tokens = m.group(1).split() if m else []
        if (
            len(tokens) >= 2
            and _is_junk_run(m.group(1))
            and _JUNK_SYMBOL.search(m.group(1))
            and any(not any(c.isalnum() for c in t) for t in tokens)
            and sum(1 for c in m.group(1) if not c.isalnum() and not c.isspace()) >= 2
        ):
            text = text[: m.start()]
    if "。" not in text and "！" not in text and "？" not in text and "!" not in text and "?" not in text:
        return text
    return _INLINE_JUNK.sub(lambda m: _number_after_junk(m, text) if _is_junk_run(m.group(1)) else m.group(0), text)


_TAIL_DIGITS = re.compile(r"\d+$")
# A model's name glued to the text after a junk symbol: letters with digits, or capitals ("$S2", "~CR12").
_MODEL_AFTER_SYMBOL = re.compile(r"[#%&@*$^~!;]((?=[A-Za-z0-9.]*[A-Za-z])(?=[A-Za-z0-9.]*\d)[A-Za-z][A-Za-z0-9.]{1,7}|[A-Z]{2,6})$")
# A capital letter that opens a Chinese word of the text, written with the Chinese character after it
# (U盘, X光, B超, A股, T恤, A级, B类, A栋, Z世代, B款): a junk run glued to such a word ends before its
# letter ("…。v6! J 61 AU盘现在…" keeps "U盘"). (Not a character that opens a word of its own
# too, 座 of 座椅, 位 of 位置, 线 of 线上: "c$ B0~ D座椅…" loses its D. 款 opens 款式 and 款项,
# rarely a sentence; a review comparing its A款 and B款 names them at every sentence's start.)
_LETTER_WORD_NEXT = frozenset("盘光超股恤级类栋世款")
# Words that open on a measure word's character and are no measure (只有, 只要: "…92只有把…" keeps no 92).
_WORDS_NOT_UNITS = frozenset({"只有", "只要", "只是", "只能", "只好", "只需", "只会"})
# The largest number a unit of the calendar takes ("3月", "25日").
_UNIT_MAX = {"月": 12, "日": 31, "号": 31, "时": 24, "点": 24}


def _number_after_junk(m: re.Match[str], text: str) -> str:
    """What stays of a junk run ``m`` cut out of ``text``: nothing, unless its last token ends,
    after a junk symbol, in a model's name glued to the text (``$S2钢…`` keeps ``S2``), or
    ends in digits glued to a unit or measure word after it (``…。M ~ 053月5日…``): those
    digits, as many as the unit takes (a month at most 12, a day 31; never a leading zero),
    are the text's own number that the junk was glued to."""
    if m.end(1) != m.end():
        return ""
    run = m.group(1)
    if len(run) >= 2 and "A" <= run[-1] <= "Z" and text[m.end() : m.end() + 1] in _LETTER_WORD_NEXT:
        return run[-1]  # "…。v6! J 61 AU盘…": the letter of the text's own "U盘"
    model = _MODEL_AFTER_SYMBOL.search(m.group(1))
    if model:
        return model.group(1)  # "…K# $S2钢比…": a model's name (S2, CR12) the text opens with, after the junk's symbol
    after = text[m.end() : m.end() + 2]
    digits = _TAIL_DIGITS.search(m.group(1))
    if not digits or not after or not _UNIT_START.match(after) or after in _WORDS_NOT_UNITS:
        return ""
    d = digits.group()
    top = _UNIT_MAX.get(after[0])
    for k in range(len(d)):
        tail = d[k:]
        if tail[0] != "0" and (top is None or int(tail) <= top):
            return tail
    return ""


def _mixed_tokens(run: str) -> int:
    return sum(1 for t in run.split() if any(c.isalpha() for c in t) and any(not c.isalpha() for c in t))


_FRAMED_HEAD = re.compile(rf"^{_F}")
_GLUED_FRAME_HEAD = re.compile(rf"^{_G}{{1,2}}\s*\d")
_SYM_FRAME_HEAD = re.compile(rf"^{_SYM}{{1,3}}\s*\d")
# A page's number in the P or 第N页 form behind frame symbols ("▎P2…", "‖第2面‖").
_FRAMED_PAGE_HEAD = re.compile(rf"^{_F}{{1,3}}\s*(?:[Pp]|第\s*\d)")
# … and a page of a total between two copies of one frame symbol ("⸰2/3⸰号和有效期…").
_FRAMED_FRACTION_HEAD = re.compile(
    rf"^(?:({_F})\s*\d{{1,4}}\s*[/／∕⁄]\s*\d{{1,4}}\s*\1|{_UNQUOTED_F}\s*\d{{1,4}}\s*[/／∕⁄]\s*\d{{1,4}}\s*{_UNQUOTED_F})"
)


def _marker(text: str) -> re.Match[str] | None:
    if (
        len(text) > 4
        and text[0] not in "第共本当[-—–－―‒~～·•PpＰｐⓅⓟ⒫🄟🄿🅟🅿（(0123456789【〔《<＜=＝页頁‹〈«｛{〖「『〘〚⸢⸤⸠⸡幻Ss◂◃◄◀◁|｜¦◆◇●■□★☆◎※#＃*＊♦Nn№"
        and not (len(text) <= 14 and _FRAMED_HEAD.match(text))
        and not _GLUED_FRAME_HEAD.match(text)
        and not _SYM_FRAME_HEAD.match(text)
        and not _FRAMED_PAGE_HEAD.match(text)
        and not _FRAMED_FRACTION_HEAD.match(text)
        and not text[0].isdigit()
        and not text.startswith(("http://", "https://"))
    ):
        return None
    m = PAGE_MARKER.match(text)
    if m and m.group("num") is not None:
        num, den = int(m.group("num")), int(m.group("den"))
        if not (1 <= num <= den) or m.group("rest").startswith(("%", "％")):
            return None  # a fraction or a ratio, not "page 3 of 5"
        if len([c for c in re.split(r"[\u3000\t]+", text.strip()) if c]) >= 3:
            return None  # a fraction that names a table's item ("4/4大提琴　10把　9500元"), not a page
    if m:
        framed = _FRAMED_FRACTION.fullmatch(text[: m.start("rest")].strip())
        if framed and not 1 <= int(framed.group(1)) <= int(framed.group(2)):
            return None  # "〘9/4〙": no page of a total (a score or a date), left to the reader
    return m


# "n/m" in a pair of brackets or frames ("〔2/5〕", "〘 1 / 1 〙").
_FRAMED_FRACTION = re.compile(r"[^\w\s]{1,2}\s*(\d{1,4})\s*[/／∕⁄]\s*(\d{1,4})\s*[^\w\s]{1,2}")
_EXPLICIT = re.compile(rf"https?://|第|共|[\[【〔〖(（]?\s*(?:幻灯片|[Ss]lide|SLIDE)|[{_DASH}~～·•（(]\s*(?:\d|第|[Pp]age|PAGE)|[\[【〔《<＜]\s*第|[=＝]|[Pp]age|PAGE|页码|\d{{1,4}}\s+of")


def _explicit(m: re.Match[str], totals: set[int]) -> bool:
    """A marker no list or sentence starts with: ``第3页``, ``- 3 -``, ``Page 3 of 9``, or
    ``3/9`` with the document's page total (not ``[3]``, ``（3）``, ``P3``)."""
    if m.group("num") is not None:
        return int(m.group("den")) in totals
    if _BOX_FRAMED.match(m.group(0)):
        return True  # "┆2┆", "╎3╎": box-drawing frames, which no list numbers its items with
    return m.group("paren") is None and _EXPLICIT.match(m.group(0)) is not None


# A number between box-drawing characters (U+2500–U+257F) or other symbols no list uses (see _SYM): a converter's page frame.
_BOX_FRAMED = re.compile(rf"^\s*{_SYM}{{1,3}}\s*\d{{1,4}}\s*{_SYM}{{1,3}}")


def _line_number(text: str, paren: bool) -> int | None:
    """The number a line starts with the way a list numbers its items (``（2）…`` when
    ``paren``, else ``2、…`` / ``2 …`` / ``2``), or None."""
    m = (_PAREN_NUMBER if paren else _BARE_NUMBER).match(text)
    return int(m.group(1)) if m else None


def _is_list_number(lines: list, k: int, n: int, paren: bool) -> bool:
    """A number ``n`` at the start of ``lines[k]`` is a list's, not a page's: it is 1, or
    one of the three lines before starts with ``n - 1`` or one of the three after with
    ``n + 1``, written the same way (a list counts on within a few lines; pages are many
    lines apart)."""
    if n <= 1:
        return True
    for j in range(max(0, k - 3), min(len(lines), k + 4)):
        if j != k and _line_number(lines[j].text.strip(), paren) == (n - 1 if j < k else n + 1):
            return True
    return False


# A number's unit or measure word: "12" above "个百分点" is the sentence's number (a PDF
# that set it apart), not a page's.
_UNIT_START = re.compile(
    r"^(?:个|万|亿|元|[%％‰]|年|月|日|号|次|人|户|项|倍|名|家|所|条|件|公里|千米|米|吨|亩|岁|天|小时|分钟|余|多|"
    r"平方|立方|套|台|辆|座|间|批|期|届|级|位|本|篇|部|支|只|头|株|棵|公顷|周|场|块|辆|栋|层|处|起|宗|笔|份|张|册|"
    # (… and the units of measure: "32毫米", "700克", "5升".)
    r"毫米|厘米|分米|毫升|升|千克|公斤|克|斤|英寸|寸|瓦|伏|秒)"
)


def _prose(text: str) -> bool:
    """A line of running text: 12 characters or more, four Chinese characters or more (a
    byline's "2025-06-07 上传" is none), no heading (an outline number with no comma after it),
    no chrome of the page (:func:`.chrome.strong_reason`)."""
    if len(text) < 12 or len(_CJK_CHAR.findall(text)) < 4:
        return False
    if len(text) <= 60 and strong_reason(text.strip()):
        return False  # a toolbar or a prompt of the page (阅读模式：单页｜双页　放大　缩小): no sentence goes on from it
    return not _OUTLINE_START.match(text) or "，" in text or "、" in text


def _rough_wrap_width(lines: list) -> int:
    """The column a hard-wrapped text seems wrapped at (display width, CJK = 2), or 0: of 8
    lines or more, 40 % within 12 % of the 75th-percentile width, which is 30 or more.

    A rough test, only for telling a lone number at a line start that cuts a sentence
    (a page marker) from a list number; the cleaner's own wrap detection, which joins
    wrapped lines, is ``clean._wrap_width``."""
    if len(lines) < 8:
        return 0
    widths = sorted(_width(ln.text) for ln in lines[:400])
    top = widths[int(len(widths) * 0.75)]
    near = sum(1 for w in widths if abs(w - top) <= 0.12 * top)
    return top if top >= 30 and near >= 0.4 * len(widths) else 0


def _page_totals(lines: list) -> set[int]:
    """Page totals the document's own markers give (``共 9 页``, ``Page 3 of 9``, a lone ``3/9``)."""
    totals: set[int] = set()
    for ln in lines:
        if "页" in ln.text or "/" in ln.text or "of" in ln.text:
            for m in _TOTAL.finditer(ln.text):
                totals.update(int(g) for g in m.groups() if g)
    return totals


def _strip_midline_markers(text: str, totals: set[int], dropped: list | None) -> str:
    """``text`` without page markers standing in the middle of a line between two halves
    of a sentence (see :data:`_MIDLINE_MARKER`); the halves are joined again."""

    def cut(m: re.Match[str]) -> str:
        if m.group("num") is not None:
            num, den = int(m.group("num")), int(m.group("den"))
            if den not in totals or not 1 <= num <= den:
                return m.group(0)
        if dropped is not None:
            dropped.append((m.group(0).strip(), "page: a page marker inside a line; the halves joined"))
        return ""

    return _MIDLINE_MARKER.sub(cut, text)


# An explicit page marker glued inside a line or to its end, without spaces around it
# (``…达到-2-百分之…``, ``…普及率达到— 第2页 —``, ``…第2页/共7页``, ``…Page 2 of 7``): a
# number between dashes, tildes or dots, or a page with its total, after Chinese text. A
# bare ``第2页`` stays (a sentence names pages: ``见报告第2页``).
_GLUED_MARKER = re.compile(
    rf"(?<=[\u4e00-\u9fff，、])[ \t\u3000]*(?:[{_DASH}~～·•]{{1,2}}\s*(?:\d{{1,4}}(?:\s*/\s*\d{{1,4}})?|第\s*\d{{1,4}}\s*页(?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*页)?"
    rf"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|第[一二三四五六七八九十]{{1,3}}页)\s*[{_DASH}~～·•]{{1,2}}"
    r"|第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页|第\s*\d{1,4}\s*/\s*\d{1,4}\s*页"
    # "┃第2页┃", "· 页 2 ·": a page named between two copies of one mark
    r"|(?P<gm>[┃│·•◆◇■□▪※])\s*(?:第\s*\d{1,4}\s*页|页\s*\d{1,4})\s*(?P=gm)"
    r"|[\[【〔《(（〈]\s*第\s*\d{1,4}\s*(?:[/／∕⁄]\s*\d{1,4}\s*)?[页面](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页面])?\s*[\]】〕》)）〉]|[=＝]{1,2}\s*\d{1,4}\s*[=＝]{1,2}"
    # A number in corner, white or quill brackets, which no simplified-Chinese sentence quotes a
    # number with ("「2」", "『3』", "〘4〙", "〖2〗", "⸡2⸠" in either order).
    r"|[「『〘〚〖⸢⸤⸠⸡⌜⌞]\s*\d{1,3}\s*[」』〙〛〗⸣⸥⸡⸠⌝⌟]"
    # "【2页】", "［3页］" inside a sentence, Chinese text on both sides (a line's end may
    # count an attachment's pages: "附件：实施方案【2页】").
    r"|[\[［【〔〖]\s*\d{1,3}\s*[页頁]\s*[\]］】〕〗](?=[ \t\u3000]*[\u4e00-\u9fff])"
    r"|第\s*\d{1,4}\s*页\s*[（(]\s*共\s*\d{1,4}\s*页\s*[）)]"
    rf"|[{_DASH}~～·•]{{1,2}}\s*(?:[Pp]age|PAGE)\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?\s*[{_DASH}~～·•]{{1,2}}"
    r"|(?:[Pp]age|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    # A number between two frames of one or two of a converter's symbols ("‹‹2››", "≡2≡", "❦3❦");
    # never quotes or brackets, which a sentence puts around its own numbers (“1+3”, 《2》).
    rf"|{_G}\s*\d{{1,4}}\s*{_G}|{_G}{{2}}\s*\d{{1,4}}\s*{_G}{{2}})[ \t\u3000]*(?=[\u4e00-\u9fff]|$)"
)


# A page number named as one by a page letter (``P2``, ``p.3``, ``Pg 4``, ``Page 2/6``) in a
# frame of any marks, brackets or none, glued inside a line or after its last sentence
# (``…上下(p2)联动…``, ``…研究支持。----- P2 -----``): the letter and the number with
# nothing but marks and spaces around them, between two pieces of Chinese text or at the
# line's end. A word with letters and digits (P2P, PM2.5, APP2) is no such marker: the
# letter stands after no other letter and no letter or digit follows the number.
_PAGE_FRAME = r"[\s\u3000\-—–－―‒~～·•=＝*＊#＃_|｜()（）\[\]【】〔〕〖〗［］｛｝{}<>＜＞《》〈〉▸▹►▶◂◃◀]"
# The letter and the number (``P2``, ``p.3``, ``Pg·4``, ``Page 2/6``), one pattern for every use below.
_LETTER_NUMBER = r"(?:[Pp](?:age|AGE|[Gg]|[Pp])?|PAGE)[.·•]?\s?\d{1,3}(?:\s?(?:/|of)\s?\d{1,3})?"
_PAGE_LETTER_MARKER = re.compile(
    rf"(?<=[\u4e00-\u9fff，、。；：！？”』」）)])(?P<m>{_PAGE_FRAME}{{0,8}}(?<![A-Za-z]){_LETTER_NUMBER}"
    rf"(?![\w.])(?:{_PAGE_FRAME}{{0,8}}))(?=[\u4e00-\u9fff“「『（(]|$)"
)
# (Behind a frame's mark, ▸P2场…, the marker may touch the word it cut.)
_LEADING_PAGE_LETTER = re.compile(
    rf"^(?:{_PAGE_FRAME}{{1,8}}{_LETTER_NUMBER}(?![A-Za-z0-9.])|{_PAGE_FRAME}{{0,8}}{_LETTER_NUMBER}(?![\w.])){_PAGE_FRAME}{{0,8}}(?=[\u4e00-\u9fff])"
)
# A line that is only a page letter's number in its frame (〔P·2〕, - P3 -, [Pg 4]).
_LONE_LETTER_PAGE = re.compile(rf"^{_PAGE_FRAME}{{0,8}}{_LETTER_NUMBER}{_PAGE_FRAME}{{0,8}}$")


# A number between dashes inside brackets (【 - 2 - 】, 〔— 3 —〕), at a line's start.
_BRACKETED_DASH_NUMBER = re.compile(rf"^[【〔\[［(（〖]\s*[{_DASH}~～]{{1,2}}\s*\d{{1,3}}\s*[{_DASH}~～]{{1,2}}\s*[】〕\]］)）〗]")


def _balanced(marker: str) -> bool:
    """True when every bracket ``marker`` opens it closes too (a page marker's frame)."""
    return sum(marker.count(c) for c in "([【〔〖［｛{<＜《〈（") == sum(marker.count(c) for c in ")]】〕〗］｝}>＞》〉）")


def _cut_page_letter_markers(text: str, dropped: list | None) -> tuple[str, bool]:
    """``text`` without page numbers named by a page letter (:data:`_PAGE_LETTER_MARKER`),
    and whether one was cut off an end that finishes no sentence (the next line goes on).
    Brackets of a marker must pair up, so a sentence's own bracket stays: ``（见P2）`` is
    kept whole only when the bracket opens before Chinese text."""
    open_end = False

    def cut(m: re.Match[str]) -> str:
        nonlocal open_end
        marker = m.group("m")
        if not _balanced(marker):
            return marker  # half of the sentence's own bracket: "（详见P2）" is a reference
        if m.end() == len(text) and not ends_sentence(text[: m.start()]):
            open_end = True
        if dropped is not None:
            dropped.append((marker.strip(), "page: a page number named by a page letter glued inside a line or to its end"))
        return ""

    return _PAGE_LETTER_MARKER.sub(cut, text), open_end


def spans_word(left: str, right: str) -> bool:
    """True when a dictionary word of the segmenter runs across the end of ``left`` into
    the start of ``right`` (``"…运输局综"``, ``"合行政…"`` → 综合): the two are one piece of
    text cut in two. Looks at four characters on each side; dictionary words only (no HMM)."""
    a, b = left[-4:], right[:4]
    if not (a and b and _CJK_CHAR.match(a[-1]) and _CJK_CHAR.match(b[0])):
        return False
    at = 0
    for token in segment(a + b, hmm=False):
        if at < len(a) < at + len(token):
            return True
        at += len(token)
    return False


def _viewer_label(head: str) -> bool:
    """``head`` is a short label of the page's viewer (``在线预览``, ``全文阅读``): at most 8
    characters, at least half of them action words."""
    words, covered = action_words(head)
    return 0 < len(head) <= 8 and words > 0 and 2 * covered >= len(head)


def _cut_glued_markers(text: str, dropped: list | None) -> tuple[str, bool]:
    """``text`` without explicit page markers glued inside it or to its end (see
    :data:`_GLUED_MARKER`), and whether one was cut off an end that finishes no sentence
    (the next line goes on)."""
    open_end = False

    def cut(m: re.Match[str]) -> str:
        nonlocal open_end
        head = text[: m.start()].strip()
        if m.end() == len(text) and not ends_sentence(head) and not ends_in_genre(head) and not _viewer_label(head):
            # (a title over the text, "…的通知（第1页）", goes on in no sentence; nor does a
            # viewer's label, "在线预览（第1页/共1页）")
            open_end = True
        if dropped is not None:
            dropped.append((m.group(0).strip(), "page: a page marker glued inside a line or to its end"))
        return ""

    return _GLUED_MARKER.sub(cut, text), open_end


# A page number in a converter's frame of its own choosing, recognised by the class of the
# frame rather than its form (``§2``, ``◂2▸``, ``>>2<<``, ``〈第2张〉``, ``[ 传真 第2页 ]``): a
# decorative symbol is a "Symbol, other" character (shapes, dingbats), an arrow, or one of the
# marks no sentence puts around its numbers (``§ ¶ ※ # * | ‹ › « » ≡``); a frame may also use
# math-like marks (``< > = ~ -``), but only on both sides of the number, where no sentence
# puts them (``含量<5毫克`` has one).
_FRAME_MARKS = frozenset("<>＜＞=＝~～_-—–－")


def _is_decor(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    # (Brackets no sentence puts around its numbers, ⸌2⸍ ⸂2⸃, frame a converter's page number.)
    return is_decorative_mark(ch) or "ARROW" in name or (
        ("BRACKET" in name or "PARENTHESIS" in name) and ch not in _COMMON_BRACKETS and unicodedata.category(ch).startswith("P")
    )


_COMMON_BRACKETS = frozenset("（）()[]［］【】〔〕《》「」『』〈〉{}｛｝〖〗<>＜＞")


def _is_frame(ch: str) -> bool:
    return _is_decor(ch) or ch in _FRAME_MARKS


_FRAMED_NUMBER = re.compile(r"(?P<f1>[^\w\s\u3400-\u9fff]{1,3})[ \t]?(?P<n>\d{1,3})[ \t]?(?P<f2>[^\w\s\u3400-\u9fff]{0,3})")


# Brackets sentences put around their own numbers and words (（2）, [1], 【注】, 〔2025〕, 《…》).
_TEXT_BRACKETS = frozenset(["（）", "()", "[]", "［］", "【】", "〔〕", "《》", "「」", "『』", "〈〉", "{}", "｛｝", "〖〗"])


def _framed(m: re.Match[str], *, both: bool) -> bool:
    """A framed page number: every frame mark a converter's, and decorative ones unless
    the number has marks on both sides (``both`` demands marks on both sides)."""
    f1, f2 = m.group("f1"), m.group("f2")
    if (
        len(f1) == len(f2) == 1
        and unicodedata.category(f1) == "Ps"
        and unicodedata.category(f2) == "Pe"
        and f1 + f2 not in _TEXT_BRACKETS
    ):
        return True  # a pair of brackets no sentence puts around a number (⦗2⦘, ⟦2⟧, ⸨2⸩)
    if len(f1) == len(f2) == 1 and unicodedata.category(f1) == "Pe" and unicodedata.category(f2) == "Ps":
        return True  # a pair of brackets turned outwards (⧙2⧘, 】2【): no sentence writes one
    if f2 and _mirrored_frame(f1, f2):
        return True  # one mark on both sides (∷2∷), or a pair of math brackets (≪2≫, ⊰2⊱)
    if not all(_is_frame(c) for c in f1 + f2) or (both and not f2):
        return False
    return bool(f2) or all(_is_decor(c) for c in f1)


# Marks a sentence puts on both sides of its own words (quotes, commas, stops) and
# the pairs of brackets it uses (_TEXT_BRACKETS): never a page number's frame by symmetry.
_SENTENCE_SIDES = frozenset("，。、；：？！,.;:?!'\"“”‘’「」『』()（）[]［］【】〔〕《》〈〉{}｛｝%％+＋")


# Signs a sentence writes beside its figures (≥3, ±2, ≈5, ~10): named so in Unicode.
_NUMBER_SIGN = re.compile(r"LESS|GREATER|EQUAL|PLUS|MINUS|MULTIPLI|DIVISION|APPROX|TILDE|PERCENT|PER MILLE|DEGREE|PRIME")


def _mirrored_frame(f1: str, f2: str) -> bool:
    """True when ``f2`` mirrors ``f1`` (the same marks read backwards, ``∷`` / ``∷``; or
    math brackets that pair up, ``≪`` / ``≫``, ``⊰`` / ``⊱``) and no mark is one a sentence
    puts around its own words: a converter's frame, whatever its marks."""
    if len(f1) != len(f2) or any(c in _SENTENCE_SIDES for c in f1 + f2):
        return False
    if f1 == f2[::-1]:
        return not any(c.isalnum() or _NUMBER_SIGN.search(unicodedata.name(c, "")) for c in f1)
    return all(
        unicodedata.category(a) == unicodedata.category(b) == "Sm" and unicodedata.mirrored(a) and unicodedata.mirrored(b) and a != b
        for a, b in zip(f1, reversed(f2))
    )


_GLUED_FRAMED = re.compile(
    r"(?<=[\u4e00-\u9fff，、])(?P<f1>[^\w\s\u3400-\u9fff，、。；：？！“”‘’（）()《》【】\[\]]{1,3})[ \t]?(?P<n>(?:第[ \t]?)?\d{1,3}(?:[ \t]?页)?)[ \t]?"
    r"(?P<f2>[^\w\s\u3400-\u9fff，、。；：？！“”‘’（）()《》【】\[\]]{1,3})(?=[\u4e00-\u9fff])"
)


def _cut_glued_framed(text: str, dropped: list | None) -> str:
    """``text`` without framed page numbers glued between two Chinese characters of a
    sentence (``…严格执>>2<<行标准…``, ``…实名收◈ 2 ◈寄…``, ``…开展﹝第2页﹞专场…``): frames on both sides, all of a
    converter's marks, a space inside each allowed."""
    def cut(m: re.Match[str]) -> str:
        if not _framed(m, both=True) or any(c in "|｜¦" for c in m.group(0)):
            return m.group(0)  # (区|214|水 is a cell of a pipe table's row)
        if any(map(_is_decor, m.group("f1"))) != any(map(_is_decor, m.group("f2"))):
            return m.group(0)  # a frame is of one kind on both sides (>>2<<, ◂2▸); 在-35℃也 is a measure
        if dropped is not None:
            dropped.append((m.group(0), "page: a framed page number glued inside a sentence"))
        return ""

    return _GLUED_FRAMED.sub(cut, text)


_PAGE_LINE_MAX = 16
_PAGE_OF_TOTAL = re.compile(r"(\d{1,3})\s*(?:[/／∕⁄]|of)\s*(\d{1,3})")
# A line ending in a date (…2025年7月4日): whole, whatever word its last character starts
# with the next line's first (日本, 月份).
_DATE_END = re.compile(r"[\d〇零一二三四五六七八九十○]\s*[年月日号]$")
#: A number named a page by a page letter or 页 (``p2``, ``Pg.3``, ``第2页``, ``扫描页2``).
_NAMED_PAGE = re.compile(rf"(?<![A-Za-z]){_LETTER_NUMBER}|\d\s*[页頁]|[页頁]\s*\d")


# An article's number opening a line (第五条, GB/T 9704-2012's 条 of a rule or a contract).
_ARTICLE_HEAD = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}条[\s\u3000]*[\u4e00-\u9fff]")


# The units a bracketed ordinal counts that are no page (an issue, a number, a batch, an article …).
_NOT_A_PAGE_UNIT = frozenset("期号届批次条款项章节辑卷册楼层")


def _framed_page_line(text: str) -> bool:
    """A short line that can only be a page's number: one number of 1–3 digits, at most
    4 Chinese characters and 4 Latin letters beside it (``〈第2张〉``, ``[ 传真 第2页 ]``,
    ``Sheet 2``), the rest a converter's marks and spaces, no sentence punctuation. Only a
    page marker where a sentence runs across it (see :func:`repair_lines`)."""
    if len(text) > _PAGE_LINE_MAX:
        return False
    if _LONE_LETTER_PAGE.match(text) and _balanced(text):
        return True  # a page named by its letter in any frame (〔P·3〕, [ Pg 3 ])
    # A page with the count of pages (``﹝2/5﹞``, ``▷2/3◁``, ``[Page 2 of 4]``) is one page number: the total
    # is read as part of the frame when it is no smaller than the page.
    text = _PAGE_OF_TOTAL.sub(lambda m: m.group(1) if int(m.group(1)) <= int(m.group(2)) else m.group(0), text)
    if len(re.findall(r"\d+", text)) != 1:
        return False
    digits = re.search(r"\d+", text)
    if len(digits.group(0)) > 3 or any(c in "，。；：！？、,.;:!?%％" for c in text):
        return False
    if _CJK_CHAR.match(text[0]):
        return False  # "留言（2）", "其他回答（2）": a count after a label; a page's frame opens the line
    after = text[digits.end() :]
    if len(_CJK_CHAR.findall(after)) > 1 or any(c.isascii() and c.isalpha() for c in after):
        return False  # "3 条评论", "2 replies": a count of things, not a page (第2页, 第2张)
    if after.strip()[:1] in _NOT_A_PAGE_UNIT:
        return False  # "（第7期）", "（第3批）": an issue's or a batch's number under a title, not a page

    cjk = len(_CJK_CHAR.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    other = [c for c in text if not (c.isdigit() or c.isspace() or _CJK_CHAR.match(c) or (c.isascii() and c.isalpha()))]
    return cjk <= 4 and latin <= 4 and (cjk + latin + len(other)) > 0 and all(
        _is_frame(c) or c in "/／" or unicodedata.category(c) in ("Ps", "Pe", "Pi", "Pf") for c in other
    )


# Bare page numbers a converter left without a marker's dashes: at a line's end after
# Chinese text or punctuation ("…进一步提升。2", "…工作人员，5"), or inside a line between
# two Chinese characters without spaces ("推动3项目"). Page numbers only when they count
# the pages (see _page_sequence).
_END_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff。！？，、；：”）])(\d{1,3})$")
_MID_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff，、])(\d{1,3})(?=[\u4e00-\u9fff])")
_LONE_BARE = re.compile(r"^\d{1,3}$")
#: Most page-sequence starts tried (the first candidates numbered 1–3), so the search stays
#: O(n log n) however many numbers a text holds.
_MAX_SEQUENCE_STARTS = 6


def _counted_frames(lines: list) -> frozenset[str]:
    """The one-sided frames (``➶``) that open two lines or more of ``lines`` before numbers counting on by
    one (``➶2笔袋…`` … ``➶3一种…``): a converter's page markers, whatever word follows the number.
    A decorative frame only (:func:`_is_decor`), never a bracket or a list's mark."""
    seen: dict[str, set[int]] = {}
    for ln in lines:
        m = _FRAMED_NUMBER.match(ln.text.strip())
        if m and not m.group("f2") and all(_is_decor(ch) for ch in m.group("f1")):
            seen.setdefault(m.group("f1"), set()).add(int(m.group("n")))
    return frozenset(f for f, ns in seen.items() if any(n + 1 in ns for n in ns))


def _page_sequence(lines: list) -> dict[int, list[tuple[str, int, int]]]:
    """Bare numbers that count a document's pages, as ``{line index: [(kind, start, end)]}``
    (``kind``: ``lone`` a line of its own, ``end`` at a line's end, ``mid`` inside a line).

    Candidates are lone numbers between two lines of running text (neither a heading),
    numbers at the end of a line of running text and numbers between two Chinese
    characters. A page sequence is 3 or more of them in document order on different lines
    counting on by one from 1, 2 or 3 (``2 … 3 … 4``), at least two of them lone or at a
    line's end (a number inside a line counts only between two others: the sequence
    around it establishes it), and at least one inside a sentence (after a line or clause
    that ends none, or inside a line). A section's numbers (``1`` over a heading) never
    qualify: a lone candidate needs running text on both sides.
    """
    cands: list[tuple[int, int, str, int, int, bool]] = []  # (value, line, kind, start, end, inside)
    for k, ln in enumerate(lines):
        t = ln.text
        if len(t) <= 3 and _LONE_BARE.match(t):
            if 0 < k < len(lines) - 1 and _prose(lines[k - 1].text) and _prose(lines[k + 1].text):
                cands.append((int(t), k, "lone", 0, len(t), not ends_sentence(lines[k - 1].text)))
            continue
        if not any(c.isdigit() for c in t):
            continue
        m = _END_NUMBER.search(t)
        if m and _prose(t[: m.start()]):
            cands.append((int(m.group(1)), k, "end", m.start(), m.end(), not ends_sentence(t[: m.start()])))
        for m in _MID_NUMBER.finditer(t):
            cands.append((int(m.group(1)), k, "mid", m.start(), m.end(), True))
    by_value: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        by_value.setdefault(c[0], []).append(i)
    starts = [i for i, c in enumerate(cands) if c[0] <= 3 and c[2] != "mid"][:_MAX_SEQUENCE_STARTS]
    best: list[int] = []
    for i in starts:
        chain = [i]
        while True:
            last = cands[chain[-1]]
            nxt = by_value.get(last[0] + 1, [])
            j = bisect.bisect_right(nxt, chain[-1])
            while j < len(nxt) and cands[nxt[j]][1] <= last[1]:
                j += 1  # (a page number per line at most)
            if j == len(nxt):
                break
            chain.append(nxt[j])
        while chain and cands[chain[-1]][2] == "mid":
            chain.pop()  # a number inside a line only between two others
        anchors = sum(1 for x in chain if cands[x][2] != "mid")
        if len(chain) >= 3 and anchors >= 2 and any(cands[x][5] for x in chain) and len(chain) > len(best):
            best = chain
    out: dict[int, list[tuple[str, int, int]]] = {}
    for x in best:
        _, k, kind, a, b, _ = cands[x]
        out.setdefault(k, []).append((kind, a, b))
    return out


# "…服务#2群众…": a converter's page number with a hash glued between two Chinese characters.
_HASH_MARKER = re.compile(r"(?<=[\u4e00-\u9fff，、])#\s?(\d{1,3})(?=[\u4e00-\u9fff])")
_HASH_ANY = re.compile(r"[#＃]\s?\d")
#: Fewest characters between two page markers (a page holds more text than that).
_MIN_PAGE_CHARS = 80


def _hash_sequence(lines: list) -> dict[int, list[tuple[int, int]]]:
    """Hash page numbers glued inside lines (``…服务#2群众…``) as ``{line index: [(start, end)]}``.

    They are page numbers only as a sequence: 2 or more, counting on by one from 2 or 3 in
    document order, each at least _MIN_PAGE_CHARS characters of text after the one before,
    and no other ``#N`` anywhere in the text (``#1机组``, ``#2机组`` name things, and a
    list's ``#2 …`` starts a line)."""
    found: list[tuple[int, int, int, int, int]] = []  # (value, line, start, end, offset)
    others = 0
    offset = 0
    for k, ln in enumerate(lines):
        t = ln.text
        if "#" in t or "＃" in t:
            hits = list(_HASH_MARKER.finditer(t))
            others += len(_HASH_ANY.findall(t)) - len(hits)
            found.extend((int(m.group(1)), k, m.start(), m.end(), offset + m.start()) for m in hits)
        offset += len(t)
    if others or len(found) < 2 or found[0][0] not in (2, 3):
        return {}
    for a, b in zip(found, found[1:]):
        if b[0] != a[0] + 1 or b[4] - a[4] < _MIN_PAGE_CHARS:
            return {}
    out: dict[int, list[tuple[int, int]]] = {}
    for _, k, a, b, _ in found:
        out.setdefault(k, []).append((a, b))
    return out


def _opens_bracket_list(lines: list, k: int, marker: str) -> bool:
    """``[n]`` at the start of ``lines[k]`` numbers a list (references): n is 1, or the next
    line starts with ``[n+1]``."""
    digits = re.match(r"\[\s*(\d{1,4})\s*\]$", marker.strip())
    if not digits:
        return False
    n = int(digits.group(1))
    below = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
    return n == 1 or below.startswith((f"[{n + 1}]", f"[ {n + 1} ]"))


# A transcript's timecode at a line's start, in brackets ("[03:10]", "【01:02:33】", "(12:05)"):
# where in the recording the line was said.
_TIMECODE = re.compile(r"^[\[【(（〔]\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[.,]\d{1,3})?\s*[\]】)）〕][ \t\u3000]*")


def _strip_timecodes(lines: list, make, dropped: list | None) -> list:
    """``lines`` without the timecodes of a transcript (:data:`_TIMECODE`) at their starts,
    when at least two lines carry one (a recording's transcript marks every paragraph; one
    bracketed time alone may be a schedule's). The text after a timecode stays."""
    marked = [k for k, ln in enumerate(lines) if _TIMECODE.match(ln.text)]
    if len(marked) < 2:
        return lines
    out = list(lines)
    for k in marked:
        m = _TIMECODE.match(out[k].text)
        if dropped is not None:
            dropped.append((m.group().strip(), "meta: a transcript's timecode"))
        out[k] = make(out[k].text[m.end() :], out[k])
    return [ln for ln in out if ln.text.strip()]


# A line that is a date, maybe with what was done that day (成文日期, 印发日期 of a 版记).
_DATE_ONLY_LINE = re.compile(
    # (… after its printer on a 版记's line: "某某局办公室　2025年6月20日印发", GB/T 9704-2012 §7.4.3.)
    r"^(?:[^\s。！？，,]{2,30}[\s\u3000]+)?[（(]?[\d〇零一二三四五六七八九十○]{2,4}\s*年\s*[\d〇零一二三四五六七八九十○]{1,3}\s*月\s*[\d〇零一二三四五六七八九十○]{1,3}\s*日[）)]?\s*(?:印发|发布|签发|印|制)?$"
)


# A row of two or more short key：value cells (页数：6页　大小：27.4KB　下载：57): a page's fields.
_KEYED_ROW = re.compile(r"^(?:[^\s：:，。]{1,6}[：:]\s*[^\s\u3000，。：:]{1,20}[\s\u3000]+)+[^\s：:，。]{1,6}[：:]\s*[^\s\u3000，。：:]{1,20}$")


# A page's mark at a line's start: a page named in a pair of brackets (『第2页』, 〔第3页〕, （续2）),
# or a number between two copies of one mark that is no Chinese character, digit or Latin letter
# (ꕤ2ꕤ, ◈2◈).
_START_MARK = re.compile(
    r"^(?:(?P<o>[(\[（【〔〖『「［｛{〈《⦅⦗〘])\s*(?:第\s*\d{1,3}\s*页|续\s*\d{1,3})\s*(?P<c>[)\]）】〕〗』」］｝}〉》⦆⦘〙])"
    r"|(?P<f>[^\u3400-\u9fff\dA-Za-z\s，。、；：！？“”‘’（）()《》【】\[\]])\s?\d{1,3}\s?(?P=f))"
)


def _balanced_pair(m: re.Match[str]) -> bool:
    """The brackets of :data:`_START_MARK` pair up (an opening and a closing one), or the
    mark is one mark on both sides."""
    if m.group("f"):
        return True
    return unicodedata.category(m.group("o")) == "Ps" and unicodedata.category(m.group("c")) == "Pe"


# A file's name at a line's end ("…培训计划.pdf"): a complete line, which no sentence goes on from.
_FILE_NAME_END = re.compile(r"\.(?:pdf|docx?|wps|txt|rtf|ofd|xlsx?|pptx?)$", re.I)
# A web address at a line's start: no sentence goes on in it.
_ADDRESS_START = re.compile(r"^(?:https?://|www\.)", re.I)
# A 版记's field (GB/T 9704-2012 §7.4: 抄送, 抄报, 分送): a complete line, which no page marker below
# cuts unless it ends on a list's mark ("抄送：县发改委、"). (An 附件 item may run on: "附件：1.2025年 / 度…".)
_RECORD_FIELD = re.compile(r"^(?:抄送|抄报|分送)\s*[:：]")


def _joined(make, above, rest: str):
    """The line ``above`` with ``rest`` (the next piece of its sentence, past a page marker)
    joined on, as ``make`` builds it. Its ``pieces`` record the display widths of the lines
    it was joined from, all but the last: the widths a hard-wrapped text's lines had before
    the marker's join (see ``clean._wrap_width``)."""
    line = make(above.text + rest, above)
    before = tuple(getattr(above, "pieces", ()))
    line.pieces = (*before, _width(above.text) - sum(before))
    return line


def repair_lines(lines: list, make, dropped: list | None = None) -> list:
    """Lines with page markers removed (pieces re-joined) and inline junk cut out.

    ``lines`` are objects with ``text`` and ``blank_before``; ``make(text, like)``
    builds a new one with ``text`` and the other attributes of the line ``like``. A line
    joined from pieces a page marker cut apart gets ``pieces`` (see :func:`_joined`).
    Returns a new list. With ``dropped`` (a list), each page marker and junk run cut
    out is appended to it as ``(text, reason)``.
    """
    lines = _strip_timecodes(lines, make, dropped)
    out: list = []
    join_next = False
    totals = _page_totals(lines)
    wrap = 0 if not any(LONE_NUMBER.match(ln.text.strip()) for ln in lines) else _rough_wrap_width(lines)
    sequence = _page_sequence(lines)
    counted_frames = _counted_frames(lines)
    hashes = _hash_sequence(lines)
    for k, ln in enumerate(lines):
        open_end = False
        if k in hashes:
            text = ln.text
            for a, b in sorted(hashes[k], reverse=True):
                if dropped is not None:
                    dropped.append((text[a:b], "page: a hash page number of the document's page sequence inside a sentence"))
                text = text[:a] + text[b:]
            ln = make(text, ln)
        if k in sequence:
            cuts = sequence[k]
            if cuts[0][0] == "lone":
                if out and not ends_sentence(out[-1].text):
                    join_next = True
                if dropped is not None:
                    dropped.append((ln.text, "page: a page number of the document's page sequence"))
                continue
            text = ln.text
            for kind, a, b in sorted(cuts, key=lambda c: -c[1]):
                if dropped is not None:
                    dropped.append((text[a:b], f"page: a page number of the document's page sequence ({kind} of a line)"))
                text = text[:a] + text[b:]
                open_end = open_end or (kind == "end" and not ends_sentence(text))
            ln = make(text, ln)
        text = ln.text
        framed_cut = _cut_glued_framed(text, dropped)
        if framed_cut != text:
            ln = make(framed_cut, ln)
            text = framed_cut
        if (
            out
            and text.strip()
            and not _prose(out[-1].text)
            and k + 1 < len(lines)
            and _framed_page_line(text.strip())
            and not LONE_NUMBER.match(text.strip())
            and not _OUTLINE_START.match(text.strip())
            and not _DATE_END.search(out[-1].text.strip())
            and spans_word(out[-1].text.strip(), lines[k + 1].text.strip())
        ):
            # A short line cut inside a word by a page's number alone on its line (东溪县市 /
            # 【 - 3 - 】 / 场监督管理局 → 市场): the pieces are one line again.
            join_next = True
            if dropped is not None:
                dropped.append((text.strip(), "page: a framed page number alone on a line inside a word"))
            continue
        if (
            out
            and text.strip()
            and k + 1 < len(lines)
            and not ends_sentence(out[-1].text)
            and _framed_page_line(text.strip())
            and _NAMED_PAGE.search(text.strip())
            and _CJK_CHAR.match(lines[k + 1].text.strip()[:1] or "x")
            and _CJK_CHAR.search(out[-1].text.strip()[-1:] or "x")
            and not _OUTLINE_START.match(lines[k + 1].text.strip())
            and edge_reason(out[-1].text.strip()) is None
        ):
            # A page named as such (┃第2页┃) alone on its line between two pieces of Chinese
            # text, the one above ending no sentence: the pieces are one line again, whatever
            # the line above is (an outline item's first half included; the page's own byline
            # cells, "2025-06-07 上传" / "4页", are no piece of a sentence).
            join_next = True
            if dropped is not None:
                dropped.append((text.strip(), "page: a named page number alone on a line inside a sentence"))
            continue
        if out and (_prose(out[-1].text) or _ARTICLE_HEAD.match(out[-1].text.strip())) and not ends_sentence(out[-1].text) and text.strip():
            # (An article's first words, "第五条　甲方超过取表日期九十日未取", are a sentence's too.)
            # A sentence runs on across a page's number in a converter's own frame: alone
            # on its line (``〈第2张〉``), or glued before the sentence's next piece
            # (``§2景区接待…``). The pieces are joined again.
            stripped = text.strip()
            below = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
            if (
                _framed_page_line(stripped)
                and not LONE_NUMBER.match(stripped)
                and not _OUTLINE_START.match(stripped)
                and (_CJK_CHAR.match(below[:1] or "x") or (below[:2] in ("＿＿", "__") and _CJK_CHAR.search(below[:8])))
                # (… or a template's blank, "＿＿元，…", that the sentence goes on with.)
                # (A number named a page, "(p2)", "〈第2页〉", needs no proof from below: the
                # sentence's last piece may be short.)
                and (_prose(below) or _NAMED_PAGE.search(stripped))
                and not _OUTLINE_START.match(below)
                # (A measure word below continues a bare number, 3 / 个人…; never one a
                # bracket closes, (扫描页2) / 个人信息…)
                and not (_UNIT_START.match(below) and unicodedata.category(stripped[-1]) != "Pe")
            ):
                join_next = True
                if dropped is not None:
                    dropped.append((stripped, "page: a framed page number alone on a line inside a sentence"))
                continue
            sm = _START_MARK.match(stripped)
            if sm and _GOES_ON_CHAR.match(stripped[sm.end() : sm.end() + 1] or "x") and _balanced_pair(sm):
                # A page named in any pair of brackets (『第2页』, （续2）) or a number between two
                # copies of one mark of any script (ꕤ2ꕤ) before the rest of the sentence.
                if dropped is not None:
                    dropped.append((sm.group(0), "page: a framed page number before the rest of a sentence; the pieces joined"))
                out[-1] = _joined(make, out[-1], stripped[sm.end() :])
                join_next = False
                continue
            fm = _FRAMED_NUMBER.match(stripped)
            if (
                fm
                and (
                    _GOES_ON_CHAR.match(stripped[fm.end() : fm.end() + 1] or "x")
                    # (… or the sentence's own figure after a frame on both sides, under a line that
                    # ends in no sentence: "…增加到27种，" / "⌦2⌫86%的受访游客…".)
                    or (fm.group("f2") and _framed(fm, both=True) and stripped[fm.end() : fm.end() + 1].isdigit() and not ends_sentence(out[-1].text))
                )
                and _framed(fm, both=False)
                # (A measure word after a bare number counts with it, ▼2级, ♡ 128 人觉得…;
                # unless a word of the dictionary runs across the cut, 乡 / ▼2 级林长 → 乡级.)
                and not (
                    not fm.group("f2")
                    and _UNIT_START.match(stripped[fm.end() :])
                    and not spans_word(out[-1].text, stripped[fm.end() :])
                    # (… unless the frame opens lines with the next page's number too: ➶2笔袋… / ➶3一种…)
                    and fm.group("f1") not in counted_frames
                )
            ):
                if dropped is not None:
                    dropped.append((fm.group(0), "page: a framed page number before the rest of a sentence; the pieces joined"))
                out[-1] = _joined(make, out[-1], stripped[fm.end() :])
                join_next = False
                continue
            lm = _LEADING_PAGE_LETTER.match(stripped)
            if lm and _balanced(lm.group(0)):
                if dropped is not None:
                    dropped.append((lm.group(0).strip(), "page: a page number named by a page letter before the rest of a sentence; the pieces joined"))
                out[-1] = _joined(make, out[-1], stripped[lm.end() :])
                join_next = False
                continue
        if out and text.strip():
            # A page's number in a frame no sentence writes (on both sides: ≪3≫, ∷3∷, ⟬3⟭,
            # 【 - 3 - 】) opening a line: the number goes. The pieces are joined into an open
            # sentence above, or into a short line (a list's item, a name) when a word of the
            # dictionary runs across the cut (县交通运输局综 / ⟪3⟫合行政执法大队 → 综合), so two
            # items are never glued; otherwise the line stays apart.
            stripped = text.strip()
            fm = _FRAMED_NUMBER.match(stripped)
            framed = bool(fm and fm.group("f2") and _framed(fm, both=True))
            # (One decorative mark before the number and a space after it, ▼3 化和…: the
            # page's, when a word of the dictionary runs across the cut.)
            one_sided = bool(
                fm and not fm.group("f2") and fm.group(0).endswith((" ", "\t")) and all(map(_is_decor, fm.group("f1")))
            )
            if not framed and not one_sided:
                fm = _BRACKETED_DASH_NUMBER.match(stripped)
            rest = stripped[fm.end() :].lstrip(" \t\u3000") if fm else ""
            both_sides = framed and not one_sided
            framed = framed or one_sided
            # (… or a date's digits after a frame on both sides, "⍌3⍌4月21日至…", under a clause that
            # ends on a colon or a semicolon: "…；检查阶段：".)
            digits_go_on = (
                both_sides
                and re.match(r"\d{1,2}月\d{1,2}日|\d{4}年", rest) is not None
                and out[-1].text.rstrip()[-1:] in "：:；;，,"
                and not re.search(r"(?:如下|以下)[：:]$", out[-1].text.rstrip())
            )
            if fm and (_GOES_ON_CHAR.match(rest[:1] or "x") or digits_go_on):
                above = out[-1].text
                if digits_go_on or (not ends_sentence(above) and ((_prose(above) and not one_sided) or (framed and spans_word(above, rest)))):
                    if dropped is not None:
                        why = "before the rest of a sentence" if _prose(above) else "inside a word of a short line"
                        dropped.append((fm.group(0), f"page: a framed page number {why}; the pieces joined"))
                    out[-1] = _joined(make, out[-1], rest)
                    join_next = False
                    continue
                if not one_sided:  # (★ 3 项任务… is a list's bullet and its count)
                    if dropped is not None:
                        dropped.append((fm.group(0), "page: a framed page number at the start of a line"))
                    text = rest
                    ln = make(text, ln)
        if (
            out
            and not (_prose(out[-1].text) and not ends_sentence(out[-1].text))
            and _NAMED_PAGE.search(text)
            and _LONE_LETTER_PAGE.match(text.strip())
            and _balanced(text)
        ):
            # A page named by its letter alone on a line (〔P·2〕, [ Pg 3 ]) where no sentence
            # runs across it (those are joined below): a table's row or a list it cut stays
            # as the page left it.
            if dropped is not None:
                dropped.append((text.strip(), "page: a page number named by a page letter alone on a line"))
            continue
        if len(text) > 3 and _GLUED_HINT.search(text):
            cut_text, glued_open = _cut_glued_markers(text, dropped)
            cut_text, letter_open = _cut_page_letter_markers(cut_text, dropped)
            if cut_text != text:
                ln = make(cut_text, ln)
                open_end = open_end or glued_open or letter_open
        text = strip_glued_actions(strip_inline_junk(ln.text))
        if dropped is not None and text != ln.text:
            dropped.append((ln.text, "junk or buttons glued to a line: cut out, the text kept"))
        if " " in text or "\t" in text or "\u3000" in text:
            # (After a marker at the line's start only: "共9页 第3页 …" is one marker.)
            m0 = _marker(text)
            at = m0.start("rest") if m0 else 0
            text = text[:at] + _strip_midline_markers(text[at:], totals, dropped)
        lone = LONE_NUMBER.match(text) if len(text) <= 5 else None
        if lone and out:
            # A page number alone on a line is one only inside a sentence: the line above
            # is running text that ends none, the line below goes on in Chinese, and it is
            # no list's number. (Between paragraphs it may be a section's number.)
            n = int(lone.group("paren") or lone.group("bare"))
            below = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
            if (
                _prose(out[-1].text)
                and not ends_sentence(out[-1].text)
                and _CJK_CHAR.match(below[:1] or "x")
                and not (lone.group("bare") and _UNIT_START.match(below))
                and not _OUTLINE_START.match(below)
                and not _is_list_number(lines, k, n, lone.group("paren") is not None)
            ):
                join_next = True
                if dropped is not None:
                    dropped.append((text, "page: a page number alone on a line inside a sentence"))
                continue
            if (
                wrap
                and _width(out[-1].text) >= 0.9 * wrap
                and _prose(below)
                and _CJK_CHAR.match(below[:1])
                and not _is_list_number(lines, k, n, lone.group("paren") is not None)
            ):
                # A hard-wrapped text: a full-width line above goes on below (its
                # paragraph did not end), though the wrap fell just after a sentence end.
                if dropped is not None:
                    dropped.append((text, "page: a page number alone on a line inside a paragraph"))
                continue
        m = _marker(text)
        if m and m.group("paren") is not None and not m.group("rest").strip():
            m = None  # a lone "（3）": judged above
        if m and m.group("paren") is not None and (not out or not _prose(out[-1].text) or _is_list_number(lines, k, int(m.group("paren")), True)):
            m = None  # "（2）…": a list's item
        if m and m.group("weak") is not None and not (out and _prose(out[-1].text) and not ends_sentence(out[-1].text)):
            m = None  # "Pg 2", "2 ▸" between paragraphs: no sentence goes on across it
        if m:
            rest = m.group("rest").strip(" \t\u3000")
            # (A line that is a date, "2025年4月2日印发", ends its block: a 版记 or a 落款.)
            # (… nor does a row of the page's fields, 页数：6页　大小：…　下载：57, go on across a marker.)
            prev_open = (
                bool(out) and not ends_sentence(out[-1].text) and not _DATE_ONLY_LINE.search(out[-1].text) and not is_meta_line(out[-1].text)
                and not _KEYED_ROW.match(out[-1].text.strip())
                and not (_RECORD_FIELD.match(out[-1].text.strip()) and out[-1].text.rstrip()[-1:] not in "、，,及和与")
                and not _FILE_NAME_END.search(out[-1].text.rstrip())
                and not (len(out[-1].text) <= 60 and strong_reason(out[-1].text.strip()))
            )
            if not rest:
                join_next = prev_open  # the next line continues the sentence cut by the page
                if dropped is not None:
                    dropped.append((text, "page: a preview converter's page marker"))
                continue
            numbered = m.group(0)[0] == "[" and (bool(out) and _NUMBERED.match(out[-1].text) or _opens_bracket_list(lines, k, text[: m.start("rest")]))
            if prev_open and not numbered:
                out[-1] = _joined(make, out[-1], rest)
                join_next = False
                if dropped is not None:
                    dropped.append((text[: m.start("rest")].strip(), "page: a page marker inside a sentence; the pieces joined"))
                continue
            if _explicit(m, totals):
                # A page break that fell after a sentence end: the marker goes, the text
                # after it stays on its line (the wrap joiner may join it on).
                if dropped is not None:
                    dropped.append((text[: m.start("rest")].strip(), "page: a page marker at a line's start"))
                text = rest
        if join_next and out and (_HAS_CONTENT.search(text[:1] or "") or text[:1] == "＿") and not _OUTLINE_START.match(text) and not _ADDRESS_START.match(text):
            # (An address under a page marker, the print page's own, goes on no sentence.)
            out[-1] = _joined(make, out[-1], text)
            join_next = False
            continue
        join_next = False
        if text is not ln.text:
            ln = make(text, ln)
        out.append(ln)
        join_next = open_end  # a page number cut off a line's open end: the next line goes on
    for k, ln in enumerate(out):
        if getattr(ln, "pieces", ()):
            # A line joined across a page marker: buttons glued to its last piece were not
            # looked at when the piece came in (…上午进行。需要定制…？联系…Q：…).
            text = strip_glued_actions(ln.text)
            if text != ln.text:
                if dropped is not None:
                    dropped.append((ln.text, "junk or buttons glued to a line: cut out, the text kept"))
                pieces = ln.pieces
                out[k] = make(text, ln)
                out[k].pieces = pieces
    return out
