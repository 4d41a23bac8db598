"""Data flows one way (STYLE.md): a module never imports from a layer after it.

Order: text → ingest → library → search → (accounts, engagement, payments) → writer → api/web.
``text`` imports no Django at all; ``limits`` (rate limits, client_ip) and ``site_url`` (absolute URLs) import no other app. ``library`` may be imported by ingest; ingest may not be
imported by library; ``writer`` (the writer's tools) reads the library through the entitlement
function and is imported only by ``web`` and ``api``; nothing imports ``web`` or ``api``.
"""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "haowen"

# module → packages it must never import
FORBIDDEN = {
    "text": {"django", "haowen.ingest", "haowen.library", "haowen.search", "haowen.accounts",
             "haowen.engagement", "haowen.payments", "haowen.writer", "haowen.web", "haowen.api"},
    "library": {"haowen.ingest", "haowen.search", "haowen.accounts", "haowen.engagement", "haowen.payments",
                "haowen.writer", "haowen.web", "haowen.api"},
    "search": {"haowen.ingest", "haowen.web", "haowen.api", "haowen.engagement", "haowen.payments", "haowen.writer"},
    "ingest": {"haowen.web", "haowen.api", "haowen.writer"},
    "accounts": {"haowen.web", "haowen.api", "haowen.ingest", "haowen.writer"},
    "engagement": {"haowen.web", "haowen.api", "haowen.ingest", "haowen.writer"},
    "payments": {"haowen.web", "haowen.api", "haowen.ingest", "haowen.writer"},
    # The writer's tools work on what the entitlement function lets a reader see; they know
    # nothing of imports, the search index, comments, payments or the pages around them.
    "writer": {"haowen.ingest", "haowen.search", "haowen.engagement", "haowen.payments", "haowen.web", "haowen.api"},
    # Rate limits and client_ip() serve every app, so they import none of them.
    "limits": {"haowen.text", "haowen.ingest", "haowen.library", "haowen.search", "haowen.accounts",
               "haowen.engagement", "haowen.payments", "haowen.writer", "haowen.web", "haowen.api"},
    # haowen/site_url.py (a module, not a package): absolute URLs on SITE_URL for accounts,
    # payments, api and web alike, so it imports no app either.
    "site_url": {"haowen.text", "haowen.ingest", "haowen.library", "haowen.search", "haowen.accounts",
                 "haowen.engagement", "haowen.payments", "haowen.writer", "haowen.web", "haowen.api",
                 "haowen.limits"},
}


def _layer_files(layer: str) -> list[Path]:
    """The files of a layer: a package's modules, or the one module ``haowen/<layer>.py``."""
    module = PKG / f"{layer}.py"
    files = [module] if module.exists() else sorted((PKG / layer).rglob("*.py"))
    assert files, f"no module or package haowen/{layer}"
    return files


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_it_keeps_the_data_flow_one_way():
    violations = []
    for layer, banned in FORBIDDEN.items():
        for path in _layer_files(layer):
            if "migrations" in path.parts:
                continue
            for name in _imports(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    violations.append(f"{path.relative_to(PKG.parent)} imports {name}")
    assert not violations, "\n".join(violations)


# web and api are the top: they may import any app and nothing imports them.
TOP = {"web", "api"}


def test_every_app_of_haowen_has_a_rule():
    """A new package under haowen/ (as ``writer`` was) must say where it sits in the flow."""
    packages = {p.parent.name for p in PKG.glob("*/__init__.py")}
    assert packages - TOP - set(FORBIDDEN) == set()
    assert [layer for layer, banned in FORBIDDEN.items() if not {f"haowen.{t}" for t in TOP} <= banned] == []


# The index is fed from one place: the search app applies the index log. A bulk writer in
# ingest hands its batches to haowen.search.feed.IndexFeed and reaches nothing else of search.
INGEST_MAY_USE_OF_SEARCH = {"haowen.search.feed"}


def test_ingest_feeds_the_index_only_through_search_feed():
    reached = []
    for path in (PKG / "ingest").rglob("*.py"):
        for name in _imports(path):
            if (name == "haowen.search" or name.startswith("haowen.search.")) and name not in INGEST_MAY_USE_OF_SEARCH:
                reached.append(f"{path.relative_to(PKG.parent)} imports {name}")
    assert not reached, "\n".join(reached)


def _module_graph() -> dict[str, set[str]]:
    """``module → haowen modules it imports`` for every module of haowen/ (migrations aside),
    with relative imports resolved and imports inside functions counted: a lazy import
    hides a cycle from Python, not from a reader."""
    root = PKG.parent

    def name_of(path: Path) -> str:
        parts = list(path.relative_to(root).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    modules = {name_of(p): p for p in PKG.rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        named = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(package[: len(package) - node.level + 1] + [node.module or ""]).strip(".") if node.level else node.module
                named += [base] + [f"{base}.{alias.name}" for alias in node.names]
        edges = set()
        for target in named:
            while target and target not in modules:  # ``from x import a_function`` → module x
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add(target)
        graph[name] = edges
    return graph


def test_no_module_of_haowen_imports_itself_through_others():
    graph = _module_graph()
    assert "haowen.engagement.pageviews.counter" in graph  # the walk sees the packages
    assert "haowen.writer.templatetags.writer_tools" in graph
    cycles, done = [], set()
    for start in graph:  # a depth-first walk from every module, remembering its path
        stack, path, on_path = [(start, iter(sorted(graph[start])))], [start], {start}
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop(), path.pop(), on_path.discard(node)
                done.add(node)
            elif child in on_path:
                cycles.append(" → ".join(path[path.index(child):] + [child]))
            elif child not in done:
                stack.append((child, iter(sorted(graph[child]))))
                path.append(child)
                on_path.add(child)
    assert not cycles, "import cycles:\n" + "\n".join(sorted(set(cycles)))
