"""Import pipeline: files → decoded text → cleaned paragraphs → library drafts.

``decode`` (bytes → str, never mojibake), ``clean`` (paragraphs without site chrome)
and ``parsers`` (one per format) are pure Python; ``services`` saves drafts through
``haowen.library.services`` and re-cleans stored raw input. Commands:
``manage.py import_documents PATH …`` and ``manage.py reclean [--all | ID …]``.
"""
