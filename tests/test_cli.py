"""The command line: help everywhere, JSON out, one clear line for every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from kesos_extract.cli import cli

SEED = CORPUS / "003_ef023881b5c4e780.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output) > 80


def test_extract_prints_the_contract(tmp_path):
    result = run("extract", SEED)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("schema_version", "source", "report", "text", "sections", "programs", "mentions", "tables", "checks"):
        assert key in data
    assert data["source"]["format"] == "txt" and len(data["source"]["sha256"]) == 64


def test_schema_is_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Report" and "mentions" in schema["properties"]


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "fake.pdf").write_text("this is not a pdf")
    (tmp_path / "fake.docx").write_text("nor a word file")
    (tmp_path / "report.xls").write_text("x")
    (tmp_path / "pdf_named.txt").write_bytes(b"%PDF-1.4\n...")
    (tmp_path / "folder").mkdir()
    return {
        "missing.txt": "no such file",
        "empty.txt": "is empty",
        "binary.txt": "binary",
        "fake.pdf": "not a PDF",
        "fake.docx": "not a Word",
        "report.xls": "unsupported file type",
        "pdf_named.txt": "is a PDF file",
        "folder": "is a directory",
    }


def test_bad_inputs_give_one_clear_line(tmp_path):
    for name, words in _bad_inputs(tmp_path).items():
        result = run("extract", tmp_path / name)
        assert result.exit_code == 1, (name, result.output)
        assert "Traceback" not in result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and name in lines[0] and words in lines[0], (name, lines)


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "laporan.txt"
    text = "Program Pemberdayaan Sosial dengan pagu sebesar Rp. 2.270.000.000,00 – realisasi “98,67%” café. " * 5
    path.write_bytes(text.encode("cp1252"))
    result = run("extract", path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "“98,67%”" in data["text"]
    assert [m["value"] for m in data["mentions"] if m["kind"] == "amount"][0] == 2270000000.0


def test_convert_goes_on_past_bad_files(tmp_path):
    bad = _bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text())
    out = tmp_path / "out"
    result = run("convert", *[tmp_path / n for n in bad if n != "folder"], good, "--out", out)
    assert result.exit_code == 1
    assert json.loads((out / "good.json").read_text())["source"]["format"] == "txt"
    assert "converted 1 of" in result.stderr and f"{len(bad) - 1} failed" in result.stderr
    assert "Traceback" not in result.output


def test_convert_walks_folders_with_jobs(tmp_path):
    out = tmp_path / "out"
    result = run("convert", CORPUS, "--out", out, "--jobs", "2", "--quiet")
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in out.glob("*.json")) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert result.stderr == ""


def test_console_script_runs_as_a_process():
    done = subprocess.run([sys.executable, "-m", "kesos_extract.cli", "extract", str(SEED)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema_version"] == "1"


def test_form_feeds_of_a_pdftotext_export_become_pages(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("Halaman satu dengan pagu Rp. 1.000.000,00.\fHalaman dua: realisasi 98,67%.\n")
    data = json.loads(run("extract", path).stdout)
    assert data["source"]["pages"] == 2
    assert [(m["text"], m["page"]) for m in data["mentions"]] == [("Rp. 1.000.000,00", 1), ("98,67%", 2)]
    assert "\f" not in data["text"]


def test_html_remnants_are_reduced_to_text(tmp_path):
    path = tmp_path / "berita.html"
    path.write_text("<html><head><style>p {color: red}</style><title>x</title></head><body>"
                    "<h2 style=\"a\">BAB IV</h2><p>Realisasi <b>Rp. 2.000.000,-</b> &amp; 50%</p></body></html>")
    data = json.loads(run("extract", path).stdout)
    assert "color" not in data["text"] and "BAB IV" in data["text"] and "& 50%" in data["text"]
    assert data["source"]["format"] == "html"


def test_html_page_wrapping_is_left_out(tmp_path):
    """A saved news page: its doctype, comments, menu and footer are no text of the report."""
    path = tmp_path / "berita.html"
    path.write_text("<!DOCTYPE html><html><body><!-- iklan Rp 5.000 --><nav>Beranda | Berita 2022</nav>"
                    "<article><p>Realisasi Rp 4,6 miliar dari pagu Rp 5 miliar atau 92 persen.</p></article>"
                    "<footer>Hak cipta 2022 | Rp 1.000</footer></body></html>")
    data = json.loads(run("extract", path).stdout)
    assert data["text"].strip() == "Realisasi Rp 4,6 miliar dari pagu Rp 5 miliar atau 92 persen."
    assert [m["text"] for m in data["mentions"] if m["kind"] == "amount"] == ["Rp 4,6 miliar", "Rp 5 miliar"]


def test_convert_never_overwrites_a_report_with_another(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder, name in (("a", "laporan.txt"), ("a", "laporan.md"), ("b", "laporan.txt")):
        (tmp_path / folder / name).write_text(SEED.read_text())
    out = tmp_path / "out"
    assert run("convert", tmp_path / "a", tmp_path / "b", "--out", out, "-q").exit_code == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "a/laporan.md.json", "a/laporan.txt.json", "b/laporan.json"]


def test_markdown_pipe_table(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text("# Capaian\n\n| No | Indikator | Target | Realisasi | Capaian |\n|---|---|---:|---:|---:|\n"
                    "| 1 | Lansia dilayani | 430 | 425 | 96% |\n| 2 | Anak jalanan | 100 | 100 | 100% |\n")
    data = json.loads(run("extract", path).stdout)
    [table] = data["tables"]
    assert table["header"] == ["No", "Indikator", "Target", "Realisasi", "Capaian"]
    assert [c["text"] for c in table["rows"][0]] == ["1", "Lansia dilayani", "430", "425", "96%"]
    cell = table["rows"][0][4]
    assert data["text"][cell["start"]:cell["end"]] == "96%"
    assert [(c["stated"], c["verdict"]) for c in data["checks"] if c["check"] == "row_percent"] == [
        (96.0, "mismatch"), (100.0, "consistent")]
