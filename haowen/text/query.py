"""Parse what a reader typed into search clauses. Never raises, whatever the input.

Syntax (deliberately small, no engine syntax ever reaches the engine):

* words separated by spaces: every clause must match (AND);
* ``"…"``, ``＂…＂``, ``“…”``, ``「…」`` or ``『…』``: an exact clause, matched as a substring;
* a leading ``-`` on a word or quoted clause excludes documents containing it.

Understanding (issue 15 §3), both optional and applied to word clauses only, never to quoted
or excluded ones:

* ``genre_words``: a clause that is only a genre word (讲话, 发言稿, 串词, 通知 — the taxonomy's
  own words, :func:`haowen.text.genres.query_genre`) carries that genre code in ``genre``; the
  engine then boosts the genre instead of requiring the word in the text. A clause that ends
  with a genre word the way titles do (乡镇工作总结, 领导讲话稿: 事由 + 文种, GB/T 9704-2012
  7.3.2) is read as its subject and the genre word. Words that describe a wanted copy rather
  than its content (范文, 模板, 大全, 3000字, 材料 …, :data:`DECORATION`) are dropped when the
  query has other clauses, and cut off a clause they are glued to (工作总结范文);
* ``synonyms``: a clause whose folded text is a key of the map gets the map's forms as
  ``alternatives`` (either form matches: 串词 or 主持词).

Everything else — ``AND OR NOT + * ^ : ~ [ ] { } ( )``, unbalanced quotes, emoji —
is treated as literal text; characters that are not letters, digits or CJK are
dropped from word clauses. Control and format characters (including RTL overrides)
are removed. Queries are cut to :data:`MAX_QUERY_CHARS` characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .genres import query_genre, query_genre_words
from .normalize import fold
from .segment import index_terms, is_word, segment, term_spans

__all__ = ["Clause", "ParsedQuery", "parse_query", "MAX_QUERY_CHARS", "MAX_ALTERNATIVES"]

MAX_QUERY_CHARS = 100
#: A word clause of this many words of two or more characters is a long clause: a document
#: need hold only :data:`LONG_CLAUSE_SHARE` of them (``Clause.required_words``), as a search
#: engine's minimum-should-match (Elasticsearch's ``75%``, rounded down) does. Below it a
#: compound term (安全生产大检查, 绿水青山就是金山银山) keeps every word.
LONG_CLAUSE_WORDS = 5
LONG_CLAUSE_SHARE = 0.75
MAX_CLAUSES = 12
#: Synonym forms used per clause at most (bounds the work of one query).
MAX_ALTERNATIVES = 4

_QUOTE_PAIRS = {'"': '"', "＂": "＂", "“": "”", "「": "」", "『": "』", "”": "“"}
#: Clauses that say what kind of copy a writer wants, not what it is about (dropped).
DECORATION = re.compile(r"^(?:范文|范例|例文|模板|模版|范本|样本|样板|大全|精选|全文|汇编|最新|完整版|下载|\d+字|\d+篇|材料|稿子|素材)$")
#: The same words glued to a clause (工作总结范文, 讲话稿3000字, 最新心得体会): cut off when a
#: word of two or more characters remains. 材料 is no such ending (汇报材料 is a genre word).
_DECORATION_GLUED = re.compile(
    r"^(?:最新|精选)+|(?:范文|范例|例文|模板|模版|范本|样本|样板|大全|精选|全文|汇编|完整版|下载|\d+字|\d+篇)+$"
)
_PUNCT_EDGE = re.compile(r"^[^\w\u3400-\u9fff]+|[^\w\u3400-\u9fff]+$")


@dataclass(frozen=True)
class Clause:
    """One clause: ``text`` is folded; ``terms`` its search-mode words (empty for exact).

    ``genre`` is the genre code the clause names when it is only a genre word (``""``
    otherwise); ``alternatives`` are word clauses any of which may match instead (synonyms).
    ``words`` groups ``terms`` by the word of two or more characters of the text that holds
    them (县委书记 → 县委, 书记, 县委书记; 的 在 上 are no such word); for a long clause
    :attr:`required_words` says how many of them a document must hold. ``implied`` maps each
    term that search-mode segmentation only emitted inside a longer term of the text (县委
    and 书记 inside 县委书记) to that longer term: wherever the index holds the longer term it
    holds these too, so a search need not ask for them (:func:`implied_terms`).
    """

    text: str
    exact: bool = False
    negated: bool = False
    terms: tuple[str, ...] = ()
    genre: str = ""
    alternatives: tuple["Clause", ...] = ()
    words: tuple[tuple[str, ...], ...] = ()
    implied: tuple[tuple[str, str], ...] = ()

    @property
    def is_long(self) -> bool:
        """True for a clause of :data:`LONG_CLAUSE_WORDS` words or more (a remembered title
        or sentence): a document need not hold all of them (:attr:`required_words`)."""
        return not self.exact and len(self.words) >= LONG_CLAUSE_WORDS

    @property
    def required_words(self) -> int:
        """How many of :attr:`words` a document must hold when the clause :attr:`is_long`:
        :data:`LONG_CLAUSE_SHARE` of them rounded down (a title or sentence is rarely
        remembered word for word, and a text on the same subject says most of it); its
        one-character words are not required. Else every term is (``len(words)`` here)."""
        n = len(self.words)
        return max(1, int(n * LONG_CLAUSE_SHARE)) if self.is_long else n


@dataclass
class ParsedQuery:
    """The parsed query. ``display`` is the cleaned input to echo back to the reader."""

    display: str
    clauses: list[Clause] = field(default_factory=list)
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not any(not c.negated for c in self.clauses)

    @property
    def only_excludes(self) -> bool:
        """True when every clause is an exclusion (``-词``): nothing to look for."""
        return bool(self.clauses) and all(c.negated for c in self.clauses)

    @property
    def genre_clauses(self) -> list[Clause]:
        """The positive clauses that name a genre (``genre`` set), in query order."""
        return [c for c in self.clauses if c.genre and not c.negated]

    @property
    def only_genres(self) -> bool:
        """True when every positive clause names a genre (the query lists genres)."""
        positive = [c for c in self.clauses if not c.negated]
        return bool(positive) and all(c.genre for c in positive)

    @property
    def highlight_terms(self) -> list[str]:
        """Folded strings to highlight in snippets, longest first."""
        terms: set[str] = set()
        for clause in self.clauses:
            if clause.negated:
                continue
            for c in (clause, *clause.alternatives):
                terms.add(c.text)
                terms.update(t for t in c.terms if len(t) > 1 or len(c.terms) == 1)
        return sorted((t for t in terms if t), key=len, reverse=True)


def _strip_controls(text: str) -> str:
    return "".join(
        ch if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"} else " " for ch in text
    )


def _make_clause(raw: str, exact: bool, negated: bool) -> Clause | None:
    folded = fold(raw)
    if exact:
        text = "".join(folded.split())
        if not text:
            return None
        return Clause(text=text, exact=True, negated=negated)
    text = _PUNCT_EDGE.sub("", folded.strip())
    if not text or not is_word(text):
        return None
    terms = tuple(dict.fromkeys(index_terms(text)))
    if not terms:
        return None
    spans = term_spans(text)
    return Clause(
        text="".join(text.split()), exact=False, negated=negated, terms=terms,
        words=_word_groups(text, terms, spans), implied=implied_terms(text, terms, spans),
    )


def implied_terms(
    text: str, terms: tuple[str, ...], spans: list[tuple[str, int, int]] | None = None
) -> tuple[tuple[str, str], ...]:
    """``((term, head), ...)``: the terms of ``terms`` every occurrence of which in ``text``
    lies inside a longer term's span, each with the longest term holding its first
    occurrence.

    Search mode (jieba's ``cut_for_search``) emits a long word and, inside it, its
    dictionary sub-words (第十四条 → 第十, 十四, 四条, 第十四, 十四条); it emits them wherever
    it emits the word, in a query as in a document. A term that is also a word of its own
    in ``text`` (the 协 of 协议协, the 学生 of 学生 大学生) is not implied. ``spans``:
    :func:`~haowen.text.segment.term_spans` of ``text`` when the caller has them.
    """
    spans = term_spans(text) if spans is None else spans
    known = set(terms)
    out = []
    for term in terms:
        holders = []
        for t, start, end in spans:
            if t != term:
                continue
            longer = [(e2 - s2, t2) for t2, s2, e2 in spans if s2 <= start and end <= e2 and e2 - s2 > end - start and t2 in known]
            if not longer:
                break
            holders.append(max(longer)[1])
        else:
            if holders:
                out.append((term, holders[0]))
    return tuple(out)


def _word_groups(
    text: str, terms: tuple[str, ...], spans: list[tuple[str, int, int]] | None = None
) -> tuple[tuple[str, ...], ...]:
    """``terms`` grouped by the default-mode word of two or more characters of ``text`` that
    holds them, in order (one-character words — 的 在 上, or pieces of a name the dictionary
    does not know — and words holding no term are left out)."""
    spans = term_spans(text) if spans is None else spans
    known = set(terms)
    groups: list[tuple[str, ...]] = []
    start = 0
    for word in segment(text):
        end = start + len(word)
        if len(word) >= 2 and is_word(word):
            group = tuple(dict.fromkeys(t for t, s, e in spans if start <= s and e <= end and t in known))
            if group and group not in groups:
                groups.append(group)
        start = end
    return tuple(groups)


#: Shortest genre word a typo is tolerated in (:func:`near_genre_word`).
NEAR_GENRE_MIN_CHARS = 3


@functools.cache
def _near_genre_map() -> dict[str, frozenset[str]]:
    """Genre words by each of their characters blanked (a NUL in its place): 工作总结 is
    found under 工作总 + NUL."""
    near: dict[str, set[str]] = {}
    for word in query_genre_words():
        for i in range(len(word)):
            near.setdefault(word[:i] + "\0" + word[i + 1 :], set()).add(word)
    return {key: frozenset(words) for key, words in near.items()}


#: Characters that are words of their own (particles, prepositions): a query's 的 or 在 is
#: meant, never a typo (加强党的 is no 党课).
_FUNCTION_CHARS = frozenset("的地得了着过和与及或在上下中是为对把被等之其而也都就又以于从向")


def near_genre_word(text: str, context: str = "", at: int = 0) -> str | None:
    """The genre word (:func:`haowen.text.genres.query_genre`) that ``text`` misspells by one
    character, or ``None``: 工作总节 → 工作总结, 汇报材科 → 汇报材料.

    Spelling correction of non-words only: the two have the same length, three characters
    or more (one edit from three on, as Lucene's fuzziness ``AUTO``: a two-character word is
    one character away from too many others — 党日 is no 党课), differ in one character, no
    other genre word is as near (述只报告: 述职报告 or 述廉报告 is no guess),
    and the typed character is no function character (:data:`_FUNCTION_CHARS`) and a token
    of its own in the dictionary segmentation (jieba without HMM) of ``context`` — the whole
    clause ``text`` ends, starting at ``at``; ``text`` itself when not given — so no
    dictionary word holds it: 通过 is a word and never 通知, 入党申请书 holds 申请书, not 请示.
    """
    if len(text) < NEAR_GENRE_MIN_CHARS or query_genre(text):
        return None
    near = _near_genre_map()
    found: set[tuple[str, int]] = set()
    for i in range(len(text)):
        for word in near.get(text[:i] + "\0" + text[i + 1 :], ()):
            found.add((word, i))
    if len({word for word, _ in found}) != 1:
        return None
    word, i = found.pop()
    if text[i] in _FUNCTION_CHARS:
        return None
    if not context:
        context, at = text, 0
    i += at
    start = 0
    for token in segment(context, hmm=False):
        if start <= i < start + len(token):
            return word if len(token) == 1 else None
        start += len(token)
    return None


def _split_genre_suffix(clause: Clause) -> list[Clause]:
    """``[subject, genre word]`` for a word clause ending with a genre word of two or more
    characters after a subject (领导讲话稿 → 领导, 讲话稿; 镇政府工作报告 → 镇, 政府工作报告);
    else ``[clause]``. When no genre word is spelt right at its end, an ending that is a
    genre word misspelt by one character (:func:`near_genre_word`) counts as that genre word
    as it is spelt (年度工作总节 → 年度, 工作总结; 汇报材科 → 汇报材料); 述责述廉报告 ends
    with 述廉报告 and is no misspelt 述职述廉报告."""
    text = clause.text
    if clause.exact or clause.negated or query_genre(text):
        return [clause]
    for start in range(1, len(text) - 1):  # the longest genre word first
        if query_genre(text[start:]):
            head = _make_clause(text[:start], exact=False, negated=False)
            word = _make_clause(text[start:], exact=False, negated=False)
            if head is not None and word is not None:
                return [head, word]
    for start in range(0, len(text) - 1):  # the same, one character wrong
        fixed = near_genre_word(text[start:], text, start)
        if not fixed:
            continue
        head = _make_clause(text[:start], exact=False, negated=False) if start else None
        word = _make_clause(fixed, exact=False, negated=False)
        if word is not None and (head is not None or not start):
            return [head, word] if head is not None else [word]
    return [clause]


def _ending_genre(text: str) -> str | None:
    """The genre code of the longest genre word of two or more characters that ``text`` ends
    with after at least one character (年度工作总结 → ``work-summary``), or ``None``."""
    for start in range(1, len(text) - 1):
        code = query_genre(text[start:])
        if code:
            return code
    return None


def _understand(clause: Clause, genre_words: bool, synonyms) -> Clause:
    """``clause`` with its genre code and synonym alternatives (word clauses only)."""
    if clause.exact or clause.negated:
        return clause
    alternatives: list[Clause] = []
    if synonyms:
        forms = synonyms.get(clause.text) or ()
        for form in forms:
            alt = _make_clause(str(form), exact=False, negated=False)
            if alt is not None and alt.text != clause.text and alt not in alternatives:
                alternatives.append(alt)
            if len(alternatives) >= MAX_ALTERNATIVES:
                break
    genre = ""
    if genre_words:
        forms = (clause, *alternatives)
        # A form that is a genre word, else one that ends with one the way titles do (a
        # synonym's forms are not split: 年度小结 → 年度工作总结 names 工作总结).
        genre = next((g for g in (query_genre(c.text) for c in forms) if g), "") or next(
            (g for g in (_ending_genre(c.text) for c in forms) if g), ""
        )
    if not genre and not alternatives:
        return clause
    return replace(clause, exact=False, negated=False, genre=genre, alternatives=tuple(alternatives))


def parse_query(raw: str | None, *, genre_words: bool = False, synonyms=None) -> ParsedQuery:
    """Parse ``raw`` (any string, or ``None``) into a :class:`ParsedQuery`; never raises.

    ``genre_words`` marks clauses that are only a genre word (``Clause.genre``);
    ``synonyms`` maps a folded clause text to other forms (a ``Mapping[str, Sequence[str]]``,
    e.g. ``{"串词": ["主持词"]}``), at most :data:`MAX_ALTERNATIVES` used per clause.
    """
    text = _strip_controls(raw or "")
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    parsed = ParsedQuery(display=text, truncated=truncated)
    i, n = 0, len(text)
    while i < n and len(parsed.clauses) < MAX_CLAUSES:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch in "-－" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            ch = text[i]
        if ch in _QUOTE_PAIRS:
            close = text.find(_QUOTE_PAIRS[ch], i + 1)
            if close == -1 and ch == "”":
                close = text.find("”", i + 1)
            if close != -1:
                clause = _make_clause(text[i + 1 : close], exact=True, negated=negated)
                i = close + 1
                if clause:
                    parsed.clauses.append(clause)
                continue
            i += 1  # unbalanced quote: drop the mark, read the rest as words
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in _QUOTE_PAIRS:
            j += 1
        clause = _make_clause(text[i:j], exact=False, negated=negated)
        if clause and genre_words and not negated:
            bare = _DECORATION_GLUED.sub("", clause.text)
            if bare != clause.text and len(bare) >= 2 and not DECORATION.match(bare):
                clause = _make_clause(bare, exact=False, negated=False) or clause
        if clause:
            if genre_words and not (synonyms and clause.text in synonyms):
                parts = _split_genre_suffix(clause)
            else:
                parts = [clause]
            parsed.clauses.extend(_understand(c, genre_words, synonyms) for c in parts)
        i = max(j, i + 1)
    if genre_words:
        kept = [c for c in parsed.clauses if c.negated or c.exact or not DECORATION.match(c.text)]
        if any(not c.negated for c in kept):
            parsed.clauses = kept
    del parsed.clauses[MAX_CLAUSES:]
    return parsed
