"""benchmarks/bench_pdf_stages.py's timer: each stage's own time, its wrapped callees' time counted
under them, so that the stages add up to the whole call."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_pdf_stages import STAGES, StageTimer  # noqa: E402


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_self_times_add_up_to_the_outer_call():
    timer = StageTimer()
    inner = timer.wrap("inner", lambda: _busy(0.02))

    def outer_body():
        _busy(0.01)
        inner()
        inner()

    outer = timer.wrap("outer", outer_body)
    t0 = time.perf_counter()
    outer()
    whole = time.perf_counter() - t0
    assert timer.calls == {"outer": 1, "inner": 2}
    assert timer.self_time["inner"] >= 0.04
    assert 0.01 <= timer.self_time["outer"] < 0.04  # its callees' 0.04 s are not its own
    assert sum(timer.self_time.values()) == pytest.approx(whole, abs=0.005)


def test_a_stage_that_raises_is_timed_and_its_caller_goes_on():
    timer = StageTimer()

    def fails():
        _busy(0.01)
        raise ValueError("bad page")

    failing = timer.wrap("fails", fails)

    def caller():
        try:
            failing()
        except ValueError:
            pass

    timer.wrap("caller", caller)()
    assert timer.calls == {"fails": 1, "caller": 1}
    assert timer.self_time["fails"] >= 0.01 > timer.self_time["caller"]


def test_every_stage_names_a_function_of_the_code():
    """A stage renamed in the code would stop the benchmark: the list is kept in step here."""
    import importlib

    for label, module, attr in STAGES:
        owner = importlib.import_module(module)
        for part in attr.split("."):
            owner = getattr(owner, part, None)
            assert owner is not None, f"{label}: {module}.{attr}"
        assert callable(owner), label
