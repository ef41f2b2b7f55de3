"""Build ``catalogue/nomenclature.json`` from the source lists in ``catalogue/sources/``.

    python -m kesos_extract.catalogue_build            # rewrite the data file
    python -m kesos_extract.catalogue_build --check    # exit 1 if the committed file is stale

The two CSVs (``code,level,name,source``) are copies of ``shared/catalogue-sources``; their
README, copied beside them, says where each row comes from. Every row becomes one entry per
regulation its sources stand for, so an entry is unique by (code, regulation, name) and carries
the ids of the sources that give it (P1, S1-S5: the README's table). Nothing is added by hand:
spellings seen in reports go to ``catalogue/aliases.yaml`` instead.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Optional

import regex

from .grammar import data_dir

CSV_FILES = ("permendagri-13-2006-sosial.csv", "permendagri-90-2019-sosial.csv")

# Each source of the README: the text that identifies it in a row's `source`, and the regulation
# its rows stand for.
SOURCES: dict[str, dict[str, str]] = {
    "P1": {"marker": "simda-id/simcan backup_dbmaster/simcan_master_parameter_20201120.sql",
           "regulation": "Permendagri 13/2006",
           "citation": "simda-id/simcan backup_dbmaster/simcan_master_parameter_20201120.sql "
                       "@a9a961a040c047b28ab1101f8e5ac9f88afb4258 (Permendagri 13/2006 as amended by 59/2007; "
                       "bidang Sosial recoded from SIMDA's 1.06 to 1.13)"},
    "S1": {"marker": "simda-id/simcan backup_dbmaster/update_parameter_kep050.sql",
           "regulation": "Kepmendagri 050-3708/2020",
           "citation": "simda-id/simcan backup_dbmaster/update_parameter_kep050.sql "
                       "@e906c7722847eb4cc328266d7e94f4633dcde1c5 (Kepmendagri 050-3708/2020)"},
    "S2": {"marker": "simda-id/simcan backup_dbmaster/simcan_data_master_parameter_20200816.sql",
           "regulation": "Permendagri 90/2019",
           "citation": "simda-id/simcan backup_dbmaster/simcan_data_master_parameter_20200816.sql "
                       "@0a9162593096f1c8dd578ef38cd8675f9ed725ba (Permendagri 90/2019 lampiran, before 050-3708)"},
    "S3": {"marker": "irunwazed/sepeda",
           "regulation": "Kepmendagri 050-3708/2020",
           "citation": "irunwazed/sepeda public/u9722465_sepeda-6.sql @b944af4f08c2e6d46c010f8b1d7046165deef2c6 "
                       "(kab/kota dump 2022-08; equal to 050-3708/2020 but for punctuation)"},
    "S4": {"marker": "AldiAlfatih/BAPPEDA",
           "regulation": "Kepmendagri 050-5889/2021",
           "citation": "AldiAlfatih/BAPPEDA database/seeders/{Program,Kegiatan,SubKegiatan}Seeder.php "
                       "@fc5f5f54ff7ac8fc922a09774b9f02522a5aff06 (kab/kota subset budgeted 2024-25)"},
    "S5": {"marker": "Kyozen-1/emonev",
           "regulation": "Kepmendagri 050-5889/2021",
           "citation": "Kyozen-1/emonev database/new_emonev_2.sql @304b0ddde6884a39a5fed7998579ab3977b86c03 "
                       "(kegiatan tagged 2021 sesudah perubahan, 050-5889/2021)"},
}

GENERATED_BY = ("python -m kesos_extract.catalogue_build, from catalogue/sources/*.csv: do not edit. The official "
                "nomenclature of urusan sosial: Permendagri 13/2006 (1.13, reports up to 2020) and the Permendagri "
                "90/2019 family (1.06: 90/2019 lampiran, Kepmendagri 050-3708/2020, 050-5889/2021; reports from 2021). "
                "One entry per code, regulation and spelling; `source` lists ids of `sources`. Spellings seen in "
                "reports are in aliases.yaml, not here.")


def _parent(code: str, level: str) -> Optional[str]:
    parts = code.split(".")
    if level == "program":
        return None
    if code.startswith("1.13."):
        return ".".join(parts[:3])  # 1.13.PP.KK -> 1.13.PP
    if level == "kegiatan":
        return ".".join(parts[:3])  # 1.06.PP.L.KK -> 1.06.PP
    return ".".join(parts[:5])  # 1.06.PP.L.KK.NNNN -> 1.06.PP.L.KK


def _government(code: str, level: str, name: str) -> str:
    if code.startswith("1.13."):
        return "both"
    if level == "program":
        upper = name.upper()
        if upper.endswith("PROVINSI"):
            return "provinsi"
        if upper.endswith("KABUPATEN/KOTA"):
            return "kab/kota"
        return "both"
    return {"1": "provinsi", "2": "kab/kota"}[code.split(".")[3]]


def _source_ids(source: str) -> list[str]:
    ids = [sid for sid, s in SOURCES.items() if s["marker"] in source]
    if not ids:
        raise ValueError(f"no known source in {source!r}")
    return ids


def build(source_dir: Path) -> dict:
    entries: dict[tuple[str, str, str], dict] = {}
    for file in CSV_FILES:
        with (source_dir / file).open(encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                name = " ".join(row["name"].split())
                code, level = row["code"].strip(), row["level"].strip()
                if not regex.fullmatch(r"1\.13\.\d\d(\.\d\d)?|1\.06\.\d\d(\.[12]\.\d\d(\.\d{4})?)?", code):
                    raise ValueError(f"{file}:{line}: bad code {code!r}")
                for sid in _source_ids(row["source"]):
                    key = (code, SOURCES[sid]["regulation"], name)
                    e = entries.setdefault(key, {
                        "code": code, "level": level, "parent": _parent(code, level), "name": name,
                        "regulation": SOURCES[sid]["regulation"], "government": _government(code, level, name),
                        "source": []})
                    if sid not in e["source"]:
                        e["source"].append(sid)
    ordered = sorted(entries.values(), key=lambda e: (not e["code"].startswith("1.13"), e["code"], e["regulation"], e["name"]))
    return {"generated_by": GENERATED_BY,
            "description": "Programs, kegiatan and sub kegiatan of urusan sosial in the official nomenclature.",
            "sources": {sid: s["citation"] for sid, s in SOURCES.items()},
            "entries": ordered}


def render(data: dict) -> str:
    """JSON (read in milliseconds, where YAML took a tenth of a second), one entry per line."""
    head = {k: v for k, v in data.items() if k != "entries"}
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('  "entries": [')
    lines += [f"    {json.dumps(e, ensure_ascii=False)}," for e in data["entries"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kesos_extract.catalogue_build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the data file is not what the sources give")
    args = parser.parse_args(argv)
    folder = Path(str(data_dir("catalogue")))
    text = render(build(folder / "sources"))
    target = folder / "nomenclature.json"
    if args.check:
        if target.read_text(encoding="utf-8") != text:
            print(f"{target} is stale: run python -m kesos_extract.catalogue_build", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
