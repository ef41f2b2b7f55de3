#!/usr/bin/env python3
"""What the LibreOffice exports of the seeds give against the seeds' text.

    python benchmarks/compare_exports.py                  # tests/fixtures/exports against corpus/
    python benchmarks/compare_exports.py --json           # the same figures as JSON
    python benchmarks/compare_exports.py --cmd "kesos-extract extract" --gold ../shared/gold
    python benchmarks/compare_exports.py --corpus ../shared/dev --gold ../shared/dev/gold --exports DIR
        # any texts and their exports (soffice --headless --convert-to pdf|docx --outdir DIR ...)

For each seed and each format (the text itself, the PDF and the DOCX that
tests/fixtures/make_exports.py makes), it runs ``<cmd> FILE`` (the CLI, as a user would) and
prints:

- tables: how many tables the report has;
- table checks / programs: right / found against the gold answers, as the gold scorer
  (shared/tools/score_gold.py) counts them, run on a folder of the exports named as the seeds;
- alarms: checks with verdict ``mismatch``; ``false``: alarms of the export that the text does
  not raise, ``lost``: alarms of the text that the export does not raise. Two alarms are the
  same when they are the same check of the same stated figure against the same expected one.

Measured, never asserted (the test over the exports asserts what is reached).
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPORTS = ROOT / "tests" / "fixtures" / "exports"
FORMATS = ("txt", "pdf", "docx")


def _default_cmd() -> str:
    exe = Path(sys.executable).with_name("kesos-extract")
    return f"{shlex.quote(str(exe)) if exe.exists() else 'kesos-extract'} extract"


def _default_scorer() -> Path:
    shared = ROOT.parent / "shared" / "tools" / "score_gold.py"
    return shared if shared.exists() else ROOT / "tests" / "score_gold.py"


def _default_gold() -> Path:
    shared = ROOT.parent / "shared" / "gold"
    return shared if shared.exists() else ROOT / "tests" / "gold"


def alarm_key(check: dict) -> tuple:
    """What makes two alarms of two renderings of one report the same alarm."""
    def r(x):
        return None if x is None else round(float(x), 4)
    return check.get("check"), r(check.get("stated")), r(check.get("expected"))


def alarms(report: dict) -> Counter:
    return Counter(alarm_key(c) for c in report.get("checks") or [] if c.get("verdict") == "mismatch")


def run(cmd: str, path: Path) -> dict:
    done = subprocess.run(shlex.split(cmd) + [str(path)], capture_output=True, text=True, timeout=600)
    if done.returncode:
        raise RuntimeError(f"{path}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)


def source(stem: str, fmt: str, exports: Path, corpus: Path = CORPUS) -> Path:
    return corpus / f"{stem}.txt" if fmt == "txt" else exports / f"{stem}.{fmt}"


def gold_scores(cmd: str, scorer: Path, gold: Path, files: list[Path]) -> dict:
    """The gold scorer's figures per seed stem, over ``files`` copied under the seeds' names."""
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, Path(tmp) / f.name)
        done = subprocess.run([sys.executable, str(scorer), "--json", "--cmd", cmd, "--seeds", tmp,
                               "--gold", str(gold)], capture_output=True, text=True, check=True)
    docs = json.loads(done.stdout)["documents"]
    return {name.rsplit(".", 1)[0]: res for name, res in docs.items()}


def measure(cmd: str, scorer: Path, gold: Path, exports: Path, corpus: Path = CORPUS) -> dict:
    stems = sorted(p.stem for p in corpus.glob("*.txt"))
    out: dict = {}
    for fmt in FORMATS:
        files = [source(s, fmt, exports, corpus) for s in stems if source(s, fmt, exports, corpus).exists()]
        scores = gold_scores(cmd, scorer, gold, files)
        for f in files:
            report = run(cmd, f)
            res = scores.get(f.stem, {})
            out.setdefault(f.stem, {})[fmt] = {
                "tables": len(report.get("tables") or []),
                "table_checks": [res.get("table_checks_right", 0), res.get("table_checks_total", 0)],
                "programs": [res.get("programs_found", 0), res.get("programs_total", 0)],
                "alarms": sorted(alarms(report).elements()),
            }
    for per in out.values():
        text = Counter(per["txt"]["alarms"])
        for fmt, got in per.items():
            mine = Counter(got["alarms"])
            got["false"] = sorted((mine - text).elements())
            got["lost"] = sorted((text - mine).elements())
    return out


def _row(label: str, got: dict) -> str:
    tc, pr = got["table_checks"], got["programs"]
    return (f"{label:<30} {got['tables']:>6} {f'{tc[0]}/{tc[1]}':>8} {f'{pr[0]}/{pr[1]}':>8} "
            f"{len(got['alarms']):>6} {len(got['false']):>5} {len(got['lost']):>5}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cmd", default=_default_cmd(), help="command printing one report's JSON")
    ap.add_argument("--scorer", type=Path, default=_default_scorer())
    ap.add_argument("--gold", type=Path, default=_default_gold())
    ap.add_argument("--exports", type=Path, default=EXPORTS,
                    help="folder of the exports (SEED.pdf, SEED.docx)")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="folder of the texts the exports were made from (with --gold of their answers)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the false and lost alarms")
    args = ap.parse_args()
    figures = measure(args.cmd, args.scorer, args.gold, args.exports, args.corpus)
    if args.json:
        print(json.dumps(figures, indent=1, default=list))
        return 0
    print(f"{'seed / format':<30} {'tables':>6} {'tchecks':>8} {'programs':>8} {'alarms':>6} {'false':>5} {'lost':>5}")
    totals = {fmt: Counter() for fmt in FORMATS}
    for stem, per in figures.items():
        for fmt, got in per.items():
            print(_row(f"{stem[:12]} {fmt}", got))
            t = totals[fmt]
            t["tables"] += got["tables"]
            t["tc"] += got["table_checks"][0]
            t["tc_total"] += got["table_checks"][1]
            t["pr"] += got["programs"][0]
            t["pr_total"] += got["programs"][1]
            t["alarms"] += len(got["alarms"])
            t["false"] += len(got["false"])
            t["lost"] += len(got["lost"])
            if args.verbose:
                for kind in ("false", "lost"):
                    for a in got[kind]:
                        print(f"    {kind}: {a}")
    print()
    for fmt, t in totals.items():
        print(_row(f"all {fmt}", {"tables": t["tables"], "table_checks": [t["tc"], t["tc_total"]],
                                  "programs": [t["pr"], t["pr_total"]], "alarms": [0] * t["alarms"],
                                  "false": [0] * t["false"], "lost": [0] * t["lost"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
