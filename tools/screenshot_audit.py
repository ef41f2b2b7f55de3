"""Screenshot of the HTML audit report on seed 004 for the README (docs/audit_004.png).

    .venv/bin/python tools/screenshot_audit.py [--out docs/audit_004.png]

Renders ``kesos-extract audit --format html`` of corpus/004_*.txt to a temporary file, opens it in
headless Chromium (Debian's chromium + chromium-driver, driven by Selenium: see tools/headless.py)
and saves three strips: the top of the page (summary), the first findings, and the highlighted
text where the first error's link leads, quantised to a small palette PNG (Pillow).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import headless  # noqa: E402


def _shot(driver, top: int, height: int):
    from PIL import Image

    image = Image.open(io.BytesIO(driver.get_screenshot_as_png()))
    return image.crop((0, top, image.width, top + height))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "audit_004.png")
    ap.add_argument("--width", type=int, default=1100)
    args = ap.parse_args()
    why = headless.missing()
    if why:
        print(f"screenshot_audit: {why}", file=sys.stderr)
        return 1
    from PIL import Image

    from kesos_extract import extract
    from kesos_extract.reporting import render_html

    seed = next((ROOT / "corpus").glob("004_*.txt"))
    report = extract(seed)
    report.source.path = f"corpus/{seed.name}"  # as the README's command line shows it
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "audit.html"
        page.write_text(render_html([report]), encoding="utf-8")
        driver = headless.start(args.width, 1000)
        try:
            driver.get(page.as_uri())
            shots = [_shot(driver, 0, 560)]
            # the findings, then the text where the first error's link leads, as a reader would go
            driver.execute_script("document.getElementById('r1-findings').scrollIntoView();")
            shots.append(_shot(driver, 0, 470))
            driver.execute_script("document.querySelector('li.finding.error a.place').click();"
                                  "window.scrollBy(0, -110);")
            shots.append(_shot(driver, 0, 300))
        finally:
            driver.quit()
    sheet = Image.new("RGB", (args.width, sum(s.height for s in shots) + 6 * (len(shots) - 1)), "#666666")
    y = 0
    for s in shots:
        sheet.paste(s, (0, y))
        y += s.height + 6
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(args.out, optimize=True)
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{sheet.width}x{sheet.height}, {args.out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
