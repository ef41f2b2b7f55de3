"""The README's first Python example runs and prints what the README shows beneath it."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT


def test_readme_python_example_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    shown = re.search(r"```python\n.*?```\s*```text\n(.*?)```", readme, re.S).group(1)
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
