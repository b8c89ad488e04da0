"""The rules of the code's shape, checked on the source: the Store API is the only door to the
data, and the package's imports form no cycle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "agentbook"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|ATTACH)\b")
FORBIDDEN_ATTRIBUTES = {"db", "conn", "transaction", "execute", "executemany", "executescript", "read_one"}
DRIVERS = {"sqlcipher3", "sqlite3", "psycopg"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms_generated" not in p.parts)


def _outside_store() -> list[Path]:
    return [p for p in _modules() if p.relative_to(PACKAGE).parts[0] != "store"]


def test_nothing_outside_the_store_touches_a_connection_or_writes_sql() -> None:
    found = []
    for path in _outside_store():
        where = path.relative_to(PACKAGE)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in FORBIDDEN_ATTRIBUTES
                and not (isinstance(node.value, ast.Name) and node.value.id == "args")  # argparse's --db
            ):
                found.append(f"{where}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                found.append(f"{where}:{node.lineno} SQL {node.value[:40]!r}")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{where}:{node.lineno} import {n}" for n in names if n.split(".")[0] in DRIVERS]
    assert found == []


def test_the_store_knows_no_qt_and_the_domain_neither_qt_nor_sql() -> None:
    found = []
    for path in _modules():
        layer = path.relative_to(PACKAGE).parts[0]
        if layer not in ("store", "domain"):
            continue
        banned = {"PySide6"} | (DRIVERS if layer == "domain" else set())
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{path.relative_to(PACKAGE)} imports {n}" for n in names if n.split(".")[0] in banned]
    assert found == []


def _imports_of(path: Path) -> set[str]:
    """agentbook modules *path* imports at module level or inside functions (both make a cycle)."""
    module = ".".join(("agentbook", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")[: -node.level] if path.name != "__init__.py" else module.split(".")
                base = ".".join([*parent, base] if base else parent)
            if base.startswith("agentbook"):
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    out.add(candidate if _exists(candidate) else base)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("agentbook")}
    out.discard(module)
    return {m for m in out if _exists(m)}


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").exists() or (PACKAGE / relative / "__init__.py").exists()


def _name(path: Path) -> str:
    return ".".join(("agentbook", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


def test_the_imports_of_the_package_form_no_cycle() -> None:
    """A cycle means two modules that cannot be understood, tested or moved apart."""
    graph = {_name(p): _imports_of(p) for p in _modules()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt.endswith(".__init__") or nxt not in graph:
                continue
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


# The few modules every feature folder shares; everything else lives in the folder of its feature.
SHARED_AT_TOP = {
    "store": {"__init__", "api", "repositories", "settings", "errors"},
    "ui": {"__init__", "i18n", "formatting", "worker", "errors", "list_model", "clipboard"},
}


def test_the_top_of_store_and_ui_holds_folders_and_a_few_shared_modules() -> None:
    loose = {
        layer: sorted(p.stem for p in (PACKAGE / layer).glob("*.py") if p.stem not in shared)
        for layer, shared in SHARED_AT_TOP.items()
    }
    assert loose == {"store": [], "ui": []}
