"""``kesos-extract audit``: formats, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from conftest import CORPUS
from kesos_extract.cli import cli

SEED_WITH_SLIPS = CORPUS / "000_73e443a0bbfd6598.txt"
CLEAN_SEED = CORPUS / "001_46945bdb9795494b.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_audit_is_a_command():
    assert "audit" in cli.commands


def test_text_report_lists_errors_with_quote():
    r = run("audit", SEED_WITH_SLIPS)
    assert r.exit_code == 0
    first = r.stdout.splitlines()[0]
    assert first.startswith(str(SEED_WITH_SLIPS)) and "12 errors" in first  # 11 percentages, 1 count
    assert "140 / 1,719 = 8.1443%" in r.stdout and "\u201c140 orang atau 23,85 %" in r.stdout


def test_fail_on_error_exit_code():
    assert run("audit", "--fail-on", "error", SEED_WITH_SLIPS).exit_code == 3
    assert run("audit", "--fail-on", "error", CLEAN_SEED).exit_code == 0


def test_formats(tmp_path):
    as_json = json.loads(run("audit", "--format", "json", SEED_WITH_SLIPS).stdout)
    assert as_json[0]["path"] == str(SEED_WITH_SLIPS) and len(as_json[0]["checks"]) > 50
    rows = list(csv.DictReader(io.StringIO(run("audit", "--format", "csv", SEED_WITH_SLIPS).stdout)))
    assert {r["verdict"] for r in rows} >= {"consistent", "mismatch", "truncated"}
    md = run("audit", "--format", "markdown", SEED_WITH_SLIPS).stdout
    assert md.startswith("# Audit") and "| severity |" in md
    out = tmp_path / "audit.html"
    assert run("audit", "--format", "html", "-o", out, SEED_WITH_SLIPS).exit_code == 0
    page = out.read_text()
    assert page.count('<mark id="check-') > 50 and 'href="#check-' in page and "<pre>" in page


def test_bad_file_named_and_others_still_audited(tmp_path):
    r = run("audit", tmp_path / "missing.txt", CLEAN_SEED)
    assert r.exit_code == 1
    assert "missing.txt: no such file" in r.stderr
    assert r.stdout.startswith(str(CLEAN_SEED))
