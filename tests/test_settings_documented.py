"""Every environment variable the settings read appears in the README's configuration table."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_documents_every_environment_variable():
    settings_src = (ROOT / "haowen" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'env_(?:str|bool|int|list|secret)\(\s*"([A-Z0-9_]+)"', settings_src))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1]
    documented = set(re.findall(r"`([A-Z0-9_]+)`", table))
    missing = sorted(names - documented)
    assert not missing, f"settings read undocumented environment variables: {missing}"
    assert len(names) > 10


def _settings_read_by_the_code() -> dict[str, set[str]]:
    """``NAME → files`` for every ``settings.NAME`` and ``getattr(settings, "NAME", …)`` in haowen/
    (migrations left out: they run against the settings of their time)."""
    import ast

    names: dict[str, set[str]] = {}
    for path in (ROOT / "haowen").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "settings":
                if node.attr.isupper():
                    names.setdefault(node.attr, set()).add(where)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == "settings"
                and isinstance(node.args[1], ast.Constant)
            ):
                names.setdefault(node.args[1].value, set()).add(where)
    return names


def test_every_setting_the_code_reads_is_defined_and_ours_are_documented():
    from django.conf import global_settings, settings

    read = _settings_read_by_the_code()
    assert len(read) > 30
    undefined = sorted(f"{n} ({', '.join(sorted(w))})" for n, w in read.items() if not hasattr(settings, n))
    assert not undefined, f"the code reads settings that haowen/settings.py does not define: {undefined}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([A-Z0-9_]+)`", readme.split("## Configuration", 1)[1]))
    ours = {n for n in read if not hasattr(global_settings, n)}
    undocumented = sorted(ours - documented)
    assert not undocumented, f"settings the code reads that the README's Configuration section does not name: {undocumented}"


def test_the_code_reads_settings_without_a_second_default():
    """``settings.py`` sets each default once: no ``getattr(settings, NAME, default)`` in haowen/
    (migrations aside: they must run after a setting they read is gone), which would repeat
    the default and drift from it (``PAGE_CACHE_SECONDS`` was 60 there and 0 in a module)."""
    import ast

    repeated = []
    for path in (ROOT / "haowen").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
                and len(node.args) >= 3
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == "settings"
            ):
                repeated.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not repeated, f"settings read with a default of their own (set it in settings.py): {repeated}"
