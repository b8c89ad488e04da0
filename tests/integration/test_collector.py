"""The one owner of the cycle collector: an import step and a batch of sheets running together."""

from __future__ import annotations

import gc

from agentbook import collector


def test_a_step_ending_during_a_batch_leaves_the_batch_its_frozen_heap() -> None:
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector.set_aside():
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector.paused():
            assert not gc.isenabled()
            kept = [object() for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen  # not handed back early; the step's objects joined it
    assert gc.get_freeze_count() == 0 and len(kept) == 1000
    assert gc.isenabled()


def test_a_batch_ending_during_a_step_leaves_the_collector_off_until_the_step_ends() -> None:
    with collector.paused():
        with collector.set_aside():
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() == 0 and not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0
