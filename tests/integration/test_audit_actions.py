"""Every action the program writes to the audit log has words a person reads in the viewer.

The actions are collected from the source, so a new ``audit("…")`` or ``record_event("…")`` call
without a label fails here rather than showing an English code to the agent.
"""

from __future__ import annotations

import ast
from pathlib import Path

from agentbook.domain.audit_labels import ACTION_LABELS, ENTITY_LABELS

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "agentbook"
LOGGERS = {"audit", "record_event"}


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text("utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def written_actions() -> dict[str, str]:
    """action → where it is written: literals given to the loggers, and literals given to every
    function that passes an ``action`` parameter on (its default too)."""
    trees = _trees()
    forwarders: dict[str, int | None] = {}  # function name → position of its ``action`` parameter
    found: dict[str, str] = {}
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in node.args.args]
                kwonly = [a.arg for a in node.args.kwonlyargs]
                if "action" in names or "action" in kwonly:
                    position = names.index("action") if "action" in names else None
                    forwarders[node.name] = None if position is None else position - (names[:1] in (["self"], ["cls"]))
                    defaults = dict(zip(names[::-1], node.args.defaults[::-1], strict=False))
                    defaults |= {a.arg: d for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)}
                    if (value := _literal(defaults.get("action"))) is not None:
                        found.setdefault(value, f"{path.name}:{node.lineno}")
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "add_argument":  # argparse's own action= keyword
                continue
            if name in LOGGERS:
                position: int | None = 0
            elif name in forwarders:
                position = forwarders[name]
            else:
                continue
            candidates = [k.value for k in node.keywords if k.arg == "action"]
            if position is not None and len(node.args) > position:
                candidates.append(node.args[position])
            for candidate in candidates:
                if (value := _literal(candidate)) is not None:
                    found.setdefault(value, f"{path.name}:{node.lineno}")
    return found


def test_the_collector_sees_the_known_ways_of_writing_an_action() -> None:
    actions = written_actions()
    assert {"create", "open", "reveal", "export_excel", "print", "demo_data", "bulk_load"} <= set(actions)


def test_every_written_action_has_a_chinese_label() -> None:
    missing = {action: where for action, where in written_actions().items() if action not in ACTION_LABELS}
    assert missing == {}


def test_every_audited_kind_of_record_has_a_chinese_label() -> None:
    """Each repository's ``entity`` (what the audit viewer's 对象 column shows) has its words."""
    declared = {}
    for path, tree in _trees():
        for node in ast.walk(tree):
            is_entity = isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["entity"]
            if is_entity and (value := _literal(node.value)) is not None:
                declared.setdefault(value, f"{path.name}:{node.lineno}")
    assert {"customer", "policy", "payment"} <= set(declared)
    assert {e: where for e, where in declared.items() if e not in ENTITY_LABELS} == {}
