"""Pure-Python Chinese text core: normalisation, segmentation, query parsing, snippets.

Nothing in this package imports Django, so it is fast to test and reusable from
scripts and benchmarks. See ``tests/text/test_import_rule.py``.
"""
