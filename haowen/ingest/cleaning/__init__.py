"""Cleaning by concern, used by :mod:`haowen.ingest.clean` (pure Python, no Django).

* :mod:`.lines` — page markers of preview converters (at a line start, alone, mid-line),
  anti-scraping junk;
* :mod:`.chrome` — site chrome recognised by its class (actions, contact prompts,
  notices, meta lines, lists and boxes) with generic signals, each verdict with a reason,
  and the page meta and list patterns clean.py applies to a page's leading and trailing
  blocks (meta rows, toolbars, nav rows, breadcrumbs, tag lines, list headers, data rows);
* :mod:`.glued` — chrome glued to a body line (a button after its last sentence, a byline
  before its first, a box between two sentences) cut off with the line's text kept;
* :mod:`.titles` — title decoration, a title found in the page's leading lines;
* :mod:`.dates` — the publish date written in the document itself;
* :mod:`.template` — a site's template: lines recurring across a batch of its pages;
* :mod:`.width` — a line's display width in columns, for hard-wrapped text.

No rule here holds one site's strings: the signals are class vocabularies (the words
every download button, pay prompt or disclaimer is made of), character-class shares,
URL / phone / id patterns, punctuation, length, position, and recurrence across one
site's pages.
"""
