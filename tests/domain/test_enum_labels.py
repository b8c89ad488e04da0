"""A coded value read from its label or code: the first member, in declaration order, whose label
or code the text is, for every coded enumeration and every label and code there is."""

from __future__ import annotations

import inspect

from agentbook.domain import enums as E

CODED = [
    c for _n, c in inspect.getmembers(E, inspect.isclass) if issubclass(c, E.LabeledEnum) and c is not E.LabeledEnum
]


def scanned(cls: type[E.LabeledEnum], label: str) -> E.LabeledEnum | None:
    text = label.strip()
    return next((m for m in cls if text in (m.label, m.value)), None)


def test_from_label_answers_as_a_scan_of_the_members() -> None:
    words = {w for c in CODED for m in c for w in (m.label, m.value, f" {m.label}\t")} | {"", "x", "其他", " "}
    assert len(CODED) > 10
    for cls in CODED:
        for word in words:
            assert cls.from_label(word) is scanned(cls, word), (cls, word)
