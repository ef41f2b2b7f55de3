"""A headless Chromium driven by Selenium, from the system's packages (Debian: ``apt-get install
chromium chromium-driver``; Selenium from the test extras). Nothing is downloaded: where either is
missing, :func:`missing` says what, and the callers skip or stop with that reason.
"""

from __future__ import annotations

import shutil
from typing import Optional

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _find(names) -> Optional[str]:
    for n in names:
        path = shutil.which(n)
        if path:
            return path
    return None


def missing() -> Optional[str]:
    """Why no headless browser can be started here, or None when one can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install '.[test]')"
    if not _find(BROWSERS):
        return "no Chromium on PATH (Debian: apt-get install chromium chromium-driver)"
    if not _find(["chromedriver"]):
        return "no chromedriver on PATH (Debian: apt-get install chromium-driver)"
    return None


def start(width: int = 1280, height: int = 900):
    """A headless Chromium WebDriver; the caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = _find(BROWSERS)  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=_find(["chromedriver"])), options=opts)
