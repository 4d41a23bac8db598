# ruff: noqa: E702  (a part's header, written blind)
"""holdout49 part b: cases 12–23 laid out by _kit.py (invented sites and documents)."""
import importlib.util as _u
from pathlib import Path as _P
_s = _u.spec_from_file_location('h49kit', _P(__file__).with_name('_kit.py')); _k = _u.module_from_spec(_s); _s.loader.exec_module(_k)
CASES = _k.make(12, 24)
