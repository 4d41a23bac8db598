"""The cleaner's modules bind each module-level name once.

The cleaning rules are hundreds of module-level regexes and helpers; a second ``_NAME = …`` or
``def _name`` further down a module silently replaces the first for every rule that uses it (a
rule written for one class then tests another). Seven such shadowings were caught by hand in
issue 13's rounds 37-44 before they were committed; this test catches the next one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

_INGEST = Path(__file__).resolve().parents[2] / "haowen" / "ingest"
_MODULES = sorted([_INGEST / "clean.py", *(_INGEST / "cleaning").glob("*.py"), *(_INGEST / "parsers").glob("*.py")])


def _bound_names(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) for each module-level binding: assignments (every target of a chained
    ``A = B = …``), annotated assignments, functions and classes."""
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
    return out


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(_INGEST)))
def test_no_module_level_name_is_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for name, line in _bound_names(ast.parse(path.read_text(encoding="utf-8"))):
        if name == "__all__":
            continue
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert not twice, f"{path.name} binds these names twice: " + ", ".join(twice)


def test_the_check_finds_a_shadowed_rule():
    tree = ast.parse("import re\n_RULE = re.compile('a')\ndef f():\n    return _RULE\n_RULE = re.compile('b')\n")
    names = [n for n, _ in _bound_names(tree)]
    assert names.count("_RULE") == 2
