"""``agentbook --self-test`` run in this process: every step passes, and a failing one is named."""

from __future__ import annotations

import io

from agentbook import selftest
from agentbook.__main__ import main


def test_every_step_passes(qapp):
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    report = out.getvalue()
    for name, _step in selftest.STEPS:
        assert f"  ok   {name}" in report
    assert "self-test passed" in report


def test_a_failing_step_is_named_and_fails_the_run(qapp):
    def broken(_ctx: selftest.Context) -> str:
        raise selftest.SelfTestError("the printer caught fire")

    out = io.StringIO()
    code = selftest.run(out, steps=(("qt", selftest.step_qt), ("pdf", broken), ("excel", selftest.step_excel)))
    assert code == 1
    report = out.getvalue()
    assert "FAIL pdf" in report and "the printer caught fire" in report
    assert "self-test FAILED at step 'pdf'" in report
    assert "excel" not in report.split("FAILED")[-1]  # nothing runs after the failure


def test_the_command_line_flag_runs_it(monkeypatch):
    monkeypatch.setattr(selftest, "run", lambda: 7)
    assert main(["--self-test"]) == 7
