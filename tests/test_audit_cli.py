"""``kesos-extract audit``: formats, grouping, exit codes, bad input and bad output."""

from __future__ import annotations

import csv
import errno
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from kesos_extract.cli import cli

SEED_WITH_SLIPS = CORPUS / "000_73e443a0bbfd6598.txt"
CLEAN_SEED = CORPUS / "001_46945bdb9795494b.txt"
SEED_PRINTED_TWICE = next(CORPUS.glob("004_*.txt"))  # its indicator tables are printed up to four times


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_audit_is_a_command():
    assert "audit" in cli.commands


def test_text_report_lists_errors_with_quote_and_cause():
    r = run("audit", SEED_WITH_SLIPS)
    assert r.exit_code == 0
    first = r.stdout.splitlines()[0]
    assert first.startswith(str(SEED_WITH_SLIPS)) and "13 errors" in first  # 11 percentages, 1 count, 1 total of listed parts
    assert "140 / 1,719 = 8.1443%" in r.stdout and "\u201c140 orang atau 23,85 %" in r.stdout
    assert "likely cause: truncation: 97.7497 cut to 97" in r.stdout


def test_text_report_lists_a_repeated_finding_once_with_each_place():
    out = run("audit", SEED_PRINTED_TWICE).stdout
    first = out.splitlines()[0]
    errors = int(re.search(r"(\d+) errors", first).group(1))
    warnings = int(re.search(r"(\d+) warnings", first).group(1))
    distinct = int(re.search(r"(\d+) distinct findings", first).group(1))
    assert distinct < errors + warnings
    listed = [ln for ln in out.splitlines() if ln.startswith("  [")]
    assert len(listed) == distinct
    assert sum(1 for ln in listed if "425 / 430 = 98.8372%" in ln) == 1
    block = out[out.index("425 / 430 = 98.8372%"):].split("\n  [")[0]
    assert len(re.findall(r"line \d+: \u201c", block)) == 4  # the same row in four places


def test_fail_on_error_exit_code():
    assert run("audit", "--fail-on", "error", SEED_WITH_SLIPS).exit_code == 3
    assert run("audit", "--fail-on", "error", CLEAN_SEED).exit_code == 0


def test_json_and_csv_formats():
    as_json = json.loads(run("audit", "--format", "json", SEED_WITH_SLIPS).stdout)
    assert as_json[0]["path"] == str(SEED_WITH_SLIPS) and len(as_json[0]["checks"]) > 50
    assert {f["verdict"] for f in as_json[0]["findings"]} == {"mismatch", "truncated"}
    rows = list(csv.DictReader(io.StringIO(run("audit", "--format", "csv", SEED_WITH_SLIPS).stdout)))
    assert len(rows) == len(as_json[0]["checks"])  # every check, one row per place
    assert {r["verdict"] for r in rows} >= {"consistent", "mismatch", "truncated"}
    assert all(r["section"] and r["finding"] and r["line"] for r in rows)


def test_csv_groups_repeated_places_under_one_finding():
    rows = list(csv.DictReader(io.StringIO(run("audit", "--format", "csv", SEED_PRINTED_TWICE).stdout)))
    by_finding: dict[str, list[dict]] = {}
    for r in rows:
        by_finding.setdefault(r["finding"], []).append(r)
    repeated = [rs for rs in by_finding.values() if len(rs) > 1 and rs[0]["verdict"] == "mismatch"]
    assert repeated
    for rs in repeated:
        assert {(r["check"], r["stated"], r["expected"]) for r in rs} == {(rs[0]["check"], rs[0]["stated"], rs[0]["expected"])}
        assert all(int(r["places"]) == len(rs) for r in rs)


def test_markdown_groups_findings_by_section():
    md = run("audit", "--format", "markdown", SEED_WITH_SLIPS).stdout
    assert md.startswith("# Audit")
    headings = re.findall(r"^### (.+)$", md, re.M)
    assert headings and all("Program" in h for h in headings)
    assert "   - likely cause: truncation: 97.7497 cut to 97" in md
    assert "| check | mismatch |" in md and "| section | checks | errors | warnings |" in md
    rows = re.findall(r"^\| (13\. URUSAN SOSIAL.*?) \| (\d+) \| (\d+) \| (\d+) \|$", md, re.M)
    assert sum(int(r[1]) for r in rows) == 85 and sum(int(r[2]) for r in rows) == 13  # the summary line's counts


def test_html_is_one_self_contained_page(tmp_path):
    out = tmp_path / "audit.html"
    assert run("audit", "--format", "html", "-o", out, SEED_WITH_SLIPS).exit_code == 0
    page = out.read_text()
    assert page.count("<mark ") > 50 and 'href="#r1-at-' in page and '<pre class="text">' in page
    assert "<svg" in page and "Program Pengembangan Kesejahteraan Sosial" in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)|<link |<script[^>]*src|@import|url\(""", page)
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert set(re.findall(r'href="#([^"]+)"', page)) <= ids  # every link leads somewhere (the browser test clicks them)


def test_several_files_get_an_index(tmp_path):
    out = tmp_path / "audit.html"
    assert run("audit", "--format", "html", "-o", out, SEED_WITH_SLIPS, CLEAN_SEED).exit_code == 0
    index = out.read_text().split('<section id="index">')[1].split("</section>")[0]
    assert index.count("<tr>") == 3  # the header and one row per report
    assert f'<a href="#r1">{SEED_WITH_SLIPS}</a>' in index and f'<a href="#r2">{CLEAN_SEED}</a>' in index


def test_bad_file_named_and_others_still_audited(tmp_path):
    r = run("audit", tmp_path / "missing.txt", CLEAN_SEED)
    assert r.exit_code == 1
    assert "missing.txt: no such file" in r.stderr
    assert r.stdout.startswith(str(CLEAN_SEED))


@pytest.mark.parametrize("fmt", ["html", "csv", "markdown", "json", "text"])
def test_failed_audit_writes_no_file(tmp_path, fmt):
    out = tmp_path / f"audit.{fmt}"
    r = run("audit", "--format", fmt, "-o", out, tmp_path / "missing.txt")
    assert r.exit_code == 1 and not out.exists() and list(tmp_path.iterdir()) == []
    assert "no report could be read" in r.stderr


def _a_file(tmp):
    (tmp / "notes.txt").write_text("not a folder")
    return tmp / "notes.txt" / "audit.html"


OUTPUT_PROBLEMS = [
    # (case, output path from tmp_path, the words the one-line error must carry)
    ("missing folder", lambda tmp: tmp / "no" / "such" / "folder" / "audit.html", "folder {tmp}/no/such/folder does not exist"),
    ("output is a folder", lambda tmp: tmp, "it is a folder"),
    ("folder is a file", _a_file, "{tmp}/notes.txt is not a folder"),
    # sysfs refuses new files even to root: an unwritable folder wherever the tests run as root
    ("unwritable folder", lambda tmp: Path("/sys/kesos-audit.html"), "cannot create a file in /sys"),
]


@pytest.mark.parametrize("case,target,words", OUTPUT_PROBLEMS, ids=[c[0] for c in OUTPUT_PROBLEMS])
def test_output_problem_is_one_line_and_no_file(tmp_path, case, target, words):
    out = target(tmp_path)
    if not out.parent.exists() and case == "unwritable folder":
        pytest.skip("no /sys here")
    before = sorted(tmp_path.rglob("*"))
    r = run("audit", "--format", "html", "-o", out, CLEAN_SEED)
    assert r.exit_code == 4
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"kesos-extract: cannot write {out}: ") and words.format(tmp=tmp_path) in r.stderr
    assert sorted(tmp_path.rglob("*")) == before and not (out.exists() and out.is_file())


def test_full_disk_leaves_no_file(tmp_path, monkeypatch):
    import kesos_extract.reporting.output as output

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "write", full)
    out = tmp_path / "audit.html"
    r = run("audit", "--format", "html", "-o", out, CLEAN_SEED)
    assert r.exit_code == 4
    assert r.stderr == f"kesos-extract: cannot write {out}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []  # neither the report nor its temporary file
