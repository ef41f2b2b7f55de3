"""The HTML audit report in a real headless Chromium (Debian's chromium + chromedriver, driven by
Selenium): every finding link leads to a highlighted claim painted with the finding's verdict,
no error is painted over by a lesser verdict, every in-page link resolves, nothing is fetched.

Run on the seeds (corpus/*.txt, one page for all five: the index too) and on their PDF exports
(tests/fixtures/renditions/*.pdf) and DOCX exports. Skipped, with the reason, where no browser is installed;
.ci/run installs one.
"""

from __future__ import annotations

import sys

import pytest

from conftest import CORPUS, ROOT
from kesos_extract.reporting import build_views, render_html

sys.path.insert(0, str(ROOT / "tools"))
import headless  # noqa: E402

pytestmark = pytest.mark.skipif(headless.missing() is not None, reason=f"no headless browser: {headless.missing()}")

EXPORTS = ROOT / "tests" / "fixtures" / "exports"  # the seeds as LibreOffice exports them (make_exports.py)
INPUTS = {
    "seeds": sorted(CORPUS.glob("*.txt")),
    "seed-pdfs": sorted(EXPORTS.glob("*.pdf")),
    "seed-docx": sorted(EXPORTS.glob("*.docx")),
}

# Runs in the page: follows every finding link and returns what is wrong (empty when all is well).
FOLLOW_LINKS = r"""
const problems = [];
const colour = v => { const probe = document.createElement('span'); probe.className = 'v-' + v;
  document.body.appendChild(probe); const c = getComputedStyle(probe).backgroundColor; probe.remove(); return c; };
const links = [...document.querySelectorAll('a.place')];
for (const a of links) {
  const id = decodeURIComponent(a.getAttribute('href').slice(1));
  const target = document.getElementById(id);
  if (!target) { problems.push(`${a.textContent}: #${id} does not exist`); continue; }
  a.click();
  if (document.querySelector(':target') !== target) problems.push(`#${id}: following the link does not target it`);
  if (target.tagName !== 'MARK') { problems.push(`#${id} is a ${target.tagName}, not a highlight`); continue; }
  const checks = target.dataset.checks.split(' ');
  const verdicts = target.dataset.verdicts.split(' ');
  const v = a.dataset.verdict;
  if (!checks.includes(a.dataset.check)) problems.push(`#${id} does not highlight check ${a.dataset.check}`);
  if (!verdicts.includes(v)) problems.push(`#${id} is not highlighted as ${v} (${verdicts})`);
  const bg = getComputedStyle(target).backgroundColor;
  if (bg !== colour(verdicts[0])) problems.push(`#${id} is painted ${bg}, not as its worst verdict ${verdicts[0]}`);
  if (verdicts[0] !== v) {
    const deco = getComputedStyle(target).textDecorationLine;
    if (!target.classList.contains('s-' + v) || deco === 'none')
      problems.push(`#${id}: its ${v} is hidden under ${verdicts[0]}`);
  }
  const box = target.getBoundingClientRect();
  if (box.bottom < 0 || box.top > window.innerHeight) problems.push(`#${id} is not scrolled into view`);
}
// no error highlight hidden by a lesser one, anywhere in the text
const red = colour('mismatch');
for (const m of document.querySelectorAll('mark[data-verdicts~="mismatch"]'))
  if (getComputedStyle(m).backgroundColor !== red) problems.push(`a mismatch at #${m.id || '?'} is painted ${getComputedStyle(m).backgroundColor}`);
for (const a of document.querySelectorAll('a[href^="#"]'))
  if (!document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))) problems.push(`link ${a.getAttribute('href')} leads nowhere`);
return {problems: problems, links: links.length, fetched: performance.getEntriesByType('resource').map(e => e.name)};
"""


@pytest.fixture(scope="module")
def browser():
    driver = headless.start()
    yield driver
    driver.quit()


@pytest.mark.parametrize("inputs", sorted(INPUTS), ids=str)
def test_every_finding_link_lands_on_its_highlight(inputs, browser, tmp_path):
    from kesos_extract import extract

    files = INPUTS[inputs]
    assert files, f"no inputs for {inputs}"
    reports = [extract(f) for f in files]
    page = tmp_path / "audit.html"
    page.write_text(render_html(reports), encoding="utf-8")
    browser.get(page.as_uri())
    result = browser.execute_script(FOLLOW_LINKS)
    places = sum(len(f.places) for v in build_views(reports) for f in v.findings)
    assert result["links"] == places > 0
    assert result["problems"] == []
    assert result["fetched"] == []  # self-contained: nothing loaded from anywhere


def test_index_links_each_report(browser, tmp_path):
    from kesos_extract import extract

    reports = [extract(f) for f in INPUTS["seeds"]]
    page = tmp_path / "audit.html"
    page.write_text(render_html(reports), encoding="utf-8")
    browser.get(page.as_uri())
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#index tbody tr')].map(tr => [...tr.cells].map(td => td.textContent));")
    assert [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows] == [
        (r.source.path, len(r.checks), sum(c.severity == "error" for c in r.checks),
         sum(c.severity == "warning" for c in r.checks)) for r in reports]
    targets = browser.execute_script(
        "return [...document.querySelectorAll('#index tbody tr td:first-child a')]"
        ".map(a => document.getElementById(a.getAttribute('href').slice(1)).querySelector('h2').textContent);")
    assert targets == [r.source.path for r in reports]
