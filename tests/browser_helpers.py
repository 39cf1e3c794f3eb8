"""Helpers for tests that drive a real browser: Debian's Chromium, headless, via Playwright.

Importing this module skips the importing test module when Playwright or the
Chromium binary (``/usr/bin/chromium``, or ``$KG_CHROMIUM``) is missing; CI
installs both.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]

if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)) and not shutil.which(str(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


def headless_chromium() -> Iterator[Any]:
    """A headless Chromium (fresh temporary profile) for a module-scoped fixture to yield."""
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
        except sync_api.Error as error:  # pragma: no cover - a broken Chromium
            pytest.skip(f"Chromium does not start: {str(error).splitlines()[0]}")
        yield launched
        launched.close()
