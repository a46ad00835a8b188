"""Helpers for browser tests: Debian's Chromium through Playwright, axe, screenshots.

Used by tests/browser/conftest.py and the browser tests:
``from tests.browser.harness import ...`` (the repository root is on sys.path when pytest
runs as ``python -m pytest`` from it, as scripts/test does).

- ``launch_chromium(playwright)`` starts /usr/bin/chromium headless with the flags this
  machine needs (no sandbox as root, no background network traffic on a closed network).
- ``chromium_browser()`` does the same as a context manager, Playwright included.
- ``new_page(browser)`` opens a page as a Dutch parent's browser would (nl-NL, Amsterdam).
- ``check_accessibility(page, label)`` runs axe-core for WCAG 2.0/2.1 level A and AA and
  raises AssertionError listing every violation. It never passes silently: a page on which
  axe checked nothing fails too.
- ``screenshot(page, name)`` saves a full-page PNG under test-output/screenshots/.

Nothing here downloads anything: Playwright drives the Debian package's browser, and axe-core
ships inside the axe-playwright-python wheel.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

REPO_ROOT = Path(__file__).resolve().parents[2]
TEST_OUTPUT = REPO_ROOT / "test-output"
SCREENSHOT_DIR = TEST_OUTPUT / "screenshots"
AXE_REPORT_DIR = TEST_OUTPUT / "axe"

# Assertions wait for the page instead of looking once, and actions wait longer than
# Playwright's 30 s: on two cores shared by two test workers, their servers and Chromium,
# a request that makes and files a letter (PDF, text, search index) took over 30 s in CI
# while it takes 2 s alone. Speed is measured in bench/, not here.
expect.set_options(timeout=30_000)
ACTION_TIMEOUT_MS = 90_000

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
)
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")


def launch_chromium(playwright: Playwright, *, headless: bool = True, **kwargs: Any) -> Browser:
    """Start Debian's Chromium through Playwright; extra kwargs go to ``chromium.launch``."""
    if not Path(CHROMIUM_PATH).exists():
        raise RuntimeError(
            f"{CHROMIUM_PATH} not found: install Debian's chromium (scripts/setup does this)."
        )
    args = list(CHROMIUM_ARGS) + list(kwargs.pop("args", []))
    return playwright.chromium.launch(
        executable_path=CHROMIUM_PATH, headless=headless, args=args, **kwargs
    )


# Playwright's sync API allows one running instance per thread: a second sync_playwright()
# while one is running fails ("using Playwright Sync API inside the asyncio loop"). So nested
# chromium_browser() calls (a session fixture and a module fixture) share one instance.
_shared: dict[str, Any] = {"playwright": None, "users": 0}


@contextmanager
def chromium_browser(**kwargs: Any) -> Iterator[Browser]:
    """``with chromium_browser() as browser:`` starts Playwright and Chromium, stops both.

    Calls may nest (each gets its own Chromium); Playwright stops when the last one ends.
    """
    if _shared["playwright"] is None:
        _shared["playwright"] = sync_playwright().start()
    _shared["users"] += 1
    try:
        browser = launch_chromium(_shared["playwright"], **kwargs)
        try:
            yield browser
        finally:
            browser.close()
    finally:
        _shared["users"] -= 1
        if _shared["users"] == 0:
            _shared["playwright"].stop()
            _shared["playwright"] = None


def new_page(browser: Browser, *, base_url: str | None = None, **context_kwargs: Any) -> Page:
    """A page in a fresh context (own cookies) set up like a Dutch parent's browser.

    Motion is reduced so screenshots are stable. Close it with ``page.context.close()``.
    """
    options: dict[str, Any] = {
        "locale": "nl-NL",
        "timezone_id": "Europe/Amsterdam",
        "viewport": {"width": 1280, "height": 900},
        "reduced_motion": "reduce",
    }
    if base_url:
        options["base_url"] = base_url
    options.update(context_kwargs)
    context = browser.new_context(**options)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    context.set_default_navigation_timeout(ACTION_TIMEOUT_MS)
    return context.new_page()


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    if not cleaned:
        raise ValueError(f"unusable screenshot name: {name!r}")
    return cleaned


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page PNG as test-output/screenshots/<name>.png and return its path."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    stem = _safe_name(name.removesuffix(".png"))
    path = SCREENSHOT_DIR / f"{stem}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# What Playwright says when a script ran in a page that was being replaced by the next one.
_PAGE_REPLACED = ("reading 'documentElement'", "Execution context was destroyed")


def run_axe(page: Page) -> dict[str, Any]:
    """Run axe-core on the whole page for WCAG 2.0/2.1 A and AA; return its raw result."""
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": list(WCAG_TAGS)},
        "resultTypes": ["violations"],
    }
    # A click on a link returns once the next page starts loading; on a loaded CI machine
    # axe then ran while the old document was torn down ("Cannot read properties of null
    # (reading 'documentElement')"). Wait for the page that is loading, and once more if
    # it was still being replaced.
    for attempt in range(3):
        page.wait_for_load_state("load")
        try:
            return Axe().run(page, options=options).response
        except PlaywrightError as error:
            if attempt == 2 or not any(sign in str(error) for sign in _PAGE_REPLACED):
                raise
    raise AssertionError("unreachable")


def format_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'unknown impact'}): "
            f"{violation['help']} [{violation.get('helpUrl', '')}]"
        )
        for node in violation.get("nodes", []):
            target = " ".join(str(part) for part in node.get("target", []))
            summary = node.get("failureSummary", "").strip().replace("\n", "\n        ")
            lines.append(f"    at {target}: {summary}".rstrip())
    return "\n".join(lines)


def check_accessibility(page: Page, context_label: str) -> dict[str, Any]:
    """Fail (AssertionError) when axe finds any WCAG 2.0/2.1 A or AA violation on the page.

    ``context_label`` names the page in the message and in the files written on failure
    (test-output/axe/<label>.json and a screenshot). Returns axe's result when clean.
    """
    result = run_axe(page)
    if "violations" not in result or "passes" not in result:
        raise AssertionError(f"axe returned no result for {context_label} ({page.url})")
    if not result["violations"] and not result["passes"]:
        raise AssertionError(
            f"axe checked nothing on {context_label} ({page.url}): is the page empty?"
        )
    violations = result["violations"]
    if violations:
        AXE_REPORT_DIR.mkdir(parents=True, exist_ok=True)
        report = AXE_REPORT_DIR / f"{_safe_name(context_label)}.json"
        report.write_text(json.dumps(violations, indent=2, ensure_ascii=False), encoding="utf-8")
        shot = screenshot(page, f"a11y-{context_label}")
        raise AssertionError(
            f"{len(violations)} accessibility violation(s) on {context_label} ({page.url}); "
            f"details in {report.relative_to(REPO_ROOT)}, screenshot "
            f"{shot.relative_to(REPO_ROOT)}:\n{format_violations(violations)}"
        )
    return result


# Words meant for engineers, never for parents on a page (issue: "Words for parents").
# Allowed only inside an element marked data-technical (a "Details" list for the curious).
ENGINEERING_WORDS = (
    "PyMuPDF",
    "pdfminer",
    "localhost",
    "127.0.0.1",
    "foutcode",
    "webcal",
    "JavaScript",
    "metadata",
    "Traceback",
    "Exception",
    "None",
    "---------",
    "(ken)",
    "(en) ",
    "Over 1 dagen",
    " 1 dagen",
    " 1 weken",
    "Grondslag:",
)
# Legal references parents need in letters and disputes, but as a source line under plain
# words (an element marked data-source-line), never instead of them.
CITATION_WORDS = (
    "Verordening 1182/71",
    "Verordening (EEG) 1182/71",
    "overweging 32",
    "overweging 43",
    "oude nummering",
    "IBP-platform",
)

_PAGE_TEXT = """(allowed) => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll(allowed).forEach((el) => el.remove());
  copy.querySelectorAll("script, style, noscript, template").forEach((el) => el.remove());
  return copy.innerText;
}"""


def check_words(page: Page, context_label: str) -> None:
    """Fail when a parent's page shows an engineering word, or a legal citation outside a
    source line. What a parent typed or a document says (data-user-content) is theirs."""
    engineering = page.evaluate(_PAGE_TEXT, "[data-technical], [data-user-content]")
    found = [w for w in ENGINEERING_WORDS if w in engineering]
    citations = page.evaluate(
        _PAGE_TEXT, "[data-technical], [data-user-content], [data-source-line]"
    )
    found += [w for w in CITATION_WORDS if w in citations]
    if found:
        raise AssertionError(f"words for engineers on {context_label} ({page.url}): {found}")


def visit(page: Page, label: str) -> None:
    """What every browser test does on each page it reaches: axe, words, then a screenshot."""
    check_accessibility(page, label)
    check_words(page, label)
    screenshot(page, label)
