"""Property tests (hypothesis) for the pure text core: fold, segment, parse_query.

The importer's cleaning property lives with the ingest tests.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from haowen.text.normalize import fold
from haowen.text.query import MAX_CLAUSES, MAX_QUERY_CHARS, ParsedQuery, parse_query
from haowen.text.segment import segment

# Any Unicode text, surrogates included (they reach us from broken scraped pages and
# from URL-decoded query strings), plus a Chinese-heavy alphabet so segmentation and
# traditional/simplified folding are exercised, not just ASCII noise.
CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
DOCUMENT_ALPHABET = st.one_of(
    CHINESE,
    st.sampled_from("，。：；！？（）“”「」、——…XxＸｘ×＊*０１２３ＡＢａｂ 　\t\u200b\ufeff\u202e區會議經濟發展"),
    st.characters(),
)
# The first call builds fold's translation table (about a second): no per-example deadline.
PROPERTY = settings(deadline=None)

TEXT = st.one_of(st.text(), st.text(alphabet=DOCUMENT_ALPHABET, max_size=300))
# Text that can be stored (UTF-8 encodable: no lone surrogates): what documents hold
# and what segmentation receives (parse_query replaces surrogates before segmenting).
STORABLE_ALPHABET = st.one_of(
    CHINESE,
    st.sampled_from("，。：；！？（）“”「」、——…XxＸｘ×＊*０１２３ＡＢａｂ 　\t\u200b\ufeff\u202e區會議經濟發展"),
    st.characters(codec="utf-8"),
)
STORABLE_TEXT = st.one_of(st.text(alphabet=st.characters(codec="utf-8")), st.text(alphabet=STORABLE_ALPHABET, max_size=300))


@PROPERTY
@given(TEXT)
@example("ＸＸ區委會議２０２２")
@example("Ⅻ①ﬁ\u0130")  # characters whose NFKC or lower-case form is longer than one character
def test_it_folds_idempotently_and_one_character_to_one(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


def _not_idempotent() -> list[str]:
    out = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        once = fold(ch)
        if fold(once) != once:
            out.append(f"U+{cp:04X} {ch} → {once} → {fold(once)}")
    return out


def test_it_folds_every_code_point_idempotently():
    """Exhaustive over all code points (1.1 M, about a second): the property test's random
    examples rarely land on the few characters that break it."""
    assert _not_idempotent() == []


@PROPERTY
@given(STORABLE_TEXT)
@example("同志们：今天我们召开务虚会，研究XX区明年工作。")
@example("  \n\n\t")
def test_it_segments_without_losing_or_reordering_characters(text):
    tokens = segment(text)
    assert "".join(tokens) == text
    assert all(tokens)  # no empty tokens


@PROPERTY
@given(STORABLE_TEXT)
@example("同志们：今天我们召开务虚会")
def test_it_segments_folded_text_back_to_the_folded_text(text):
    folded = fold(text)
    assert "".join(segment(folded)) == folded


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), TEXT, st.text(alphabet='"“”「」『』＂-－ ', max_size=40)))
@example('"未闭合 -"" “”「 -务虚会 AND OR NOT ( ) [ ] ^ ~ * :')
@example("\ud800\udfff")
def test_it_parses_any_query_without_raising(raw):
    parsed = parse_query(raw)
    assert isinstance(parsed, ParsedQuery)
    assert len(parsed.display) <= MAX_QUERY_CHARS
    assert len(parsed.clauses) <= MAX_CLAUSES
    assert all(c.text for c in parsed.clauses)
    # What the engine sees is folded text only (fold is idempotent on it).
    assert all(fold(c.text) == c.text for c in parsed.clauses)
    parsed.highlight_terms  # computing the snippet terms never raises either
