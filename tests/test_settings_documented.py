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
