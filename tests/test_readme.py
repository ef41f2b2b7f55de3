"""The README's Python examples run and print what the README shows beneath them."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from conftest import ROOT


def _examples():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n((?:(?!```).)*?)```\s*```text\n(.*?)```", readme, re.S)


def test_readme_has_examples_with_output():
    assert len(_examples()) >= 2


@pytest.mark.parametrize("code,shown", _examples(), ids=lambda v: v.strip().splitlines()[-1][:40])
def test_readme_python_example_output(code, shown):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown


def test_readme_starts_with_the_two_commands():
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert "pip install . && .venv/bin/kesos-extract convert corpus --out out" in blocks[0]
    assert "pip install '.[test]' && .venv/bin/pytest" in blocks[1]
    ci = (ROOT / ".ci" / "run").read_text().replace(" --quiet", "")
    assert blocks[1].strip() in ci


def _cli_samples():
    """Each ``$ kesos-extract audit|extract ...`` line of the README's text blocks with the lines
    shown under it; a ``...`` line means the output goes on (the lines shown are its start)."""
    import shlex

    samples = []
    for block in re.findall(r"```text\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S):
        current = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = {"argv": shlex.split(line[2:]), "shown": [], "more": False}
                samples.append(current)
            elif current is not None and line == "...":
                current["more"] = True
            elif current is not None and not current["more"]:
                current["shown"].append(line)
    return [s for s in samples if s["argv"][:2] in (["kesos-extract", "audit"], ["kesos-extract", "extract"])]


def test_readme_has_cli_samples():
    assert any(s["argv"][1] == "audit" for s in _cli_samples())


@pytest.mark.parametrize("sample", _cli_samples(), ids=lambda s: " ".join(s["argv"][1:])[:60])
def test_readme_cli_sample_is_the_real_output(sample, monkeypatch, tmp_path):
    from click.testing import CliRunner

    from kesos_extract.cli import cli

    monkeypatch.chdir(ROOT)
    r = CliRunner().invoke(cli, sample["argv"][1:])
    lines = (r.stdout + r.stderr).splitlines()
    if sample["more"]:
        assert lines[: len(sample["shown"])] == sample["shown"]
    else:
        assert lines == sample["shown"]
