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
