"""The browser harness works, axe catches real problems, and the stylesheet passes axe.

A tiny static site is served from a thread on 127.0.0.1 with the strict Content-Security-Policy
the app sends, so the stylesheet and scripts are also proven to work without inline code.
"""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.harness import (
    REPO_ROOT,
    SCREENSHOT_DIR,
    check_accessibility,
    chromium_browser,
    new_page,
    screenshot,
)

STATIC = REPO_ROOT / "src" / "dossierwijs" / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

# Every class the templates may use; the stylesheet must define each one.
TEMPLATE_CLASSES = [
    "site-header",
    "site-nav",
    "skip-link",
    "container",
    "page-title",
    "lead",
    "grid",
    "card",
    "card__title",
    "card__body",
    "card__actions",
    "empty-state",
    "button",
    "button--secondary",
    "button--danger",
    "button--link",
    "form-field",
    "form-help",
    "form-error",
    "alert",
    "alert--info",
    "alert--success",
    "alert--warning",
    "alert--error",
    "badge",
    "badge--ok",
    "badge--warn",
    "badge--bad",
    "meter",
    "meter__bar",
    "recovery-code",
    "table",
    "muted",
    "visually-hidden",
    "stack",
    "cluster",
    "print-only",
    "no-print",
    "highlight",
    "why",
    "steps",
    "progress-list",
]

HEAD = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/dossierwijs.css">
{extra_head}
</head>
"""

BAD_PAGE = (
    HEAD.format(
        title="Slechte pagina",
        extra_head='<link rel="stylesheet" href="/bad.css">',
    )
    + """<body>
<main>
<h1>Een pagina met fouten</h1>
<p class="faint">Deze tekst is lichtgrijs op wit en dus slecht leesbaar.</p>
<form><input type="text" name="kind"></form>
</main>
</body></html>"""
)
BAD_CSS = ".faint { color: #bbbbbb; background: #ffffff; }"

GOOD_PAGE = (
    HEAD.format(
        title="Voorbeeldpagina – dossierwijs",
        extra_head="""<meta name="htmx-config"
  content='{"includeIndicatorStyles": false, "allowEval": false}'>
<script src="/static/vendor/htmx.min.js" defer></script>
<script src="/static/js/passphrase-meter.js" defer></script>
<script src="/static/js/copy.js" defer></script>
<script src="/static/js/print.js" defer></script>
<script src="/static/js/dropzone.js" defer></script>""",
    )
    + """<body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
  <div class="container">
    <a class="site-header__name" href="/good">dossierwijs</a>
    <nav class="site-nav" aria-label="Hoofdmenu">
      <ul>
        <li><a href="/good" aria-current="page">Overzicht</a></li>
        <li><a href="/dossier">Dossier</a></li>
        <li><a href="/delen">Delen</a></li>
        <li><a href="/logboek">Logboek</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="inhoud" class="container" tabindex="-1">
  <ol class="steps" aria-label="Stappen">
    <li data-done>Gezin</li>
    <li aria-current="step">Uw account</li>
    <li>Herstelcode</li>
  </ol>
  <h1 class="page-title">Overzicht van Sam</h1>
  <p class="lead">Hier staat alles over Sam op één plek. Alleen u bepaalt wie wat ziet.</p>
  <p class="muted">Laatst bijgewerkt op 3 november 2026.</p>

  <div class="alert alert--info" role="status"><strong>Goed om te weten</strong>
    <p>Uw gegevens staan versleuteld op deze computer.</p></div>
  <div class="alert alert--success"><p>Het document is toegevoegd.</p></div>
  <div class="alert alert--warning"><p>De termijn verloopt over 3 dagen.</p></div>
  <div class="alert alert--error" role="alert"><p>Dat lukte niet. Er is niets veranderd.</p></div>

  <ul class="grid">
    <li class="card">
      <h2 class="card__title"><a href="/dossier">Dossier</a></h2>
      <div class="card__body"><div class="empty-state">
        <p>Nog geen documenten. Voeg het eerste verslag toe; het blijft versleuteld.</p>
      </div></div>
      <div class="card__actions">
        <a class="button" href="/dossier/nieuw">Document toevoegen</a>
      </div>
    </li>
    <li class="card">
      <h2 class="card__title">Toestemmingen</h2>
      <div class="card__body">
        <p>Status: <span class="badge badge--ok">geldig</span>
          <span class="badge badge--warn">verloopt</span>
          <span class="badge badge--bad">ingetrokken</span>
          <span class="badge">onbekend</span></p>
        <p>In het formulier: <span class="highlight">De school mag alle gegevens delen met
          derden.</span></p>
        <details class="why"><summary>Waarom?</summary>
          <p>Toestemming moet specifiek zijn (AVG art. 4 punt 11).</p></details>
      </div>
      <div class="card__actions cluster">
        <button type="button" class="button--secondary">Bekijken</button>
        <button type="button" class="button--danger">Intrekken</button>
        <button type="button" class="button--link">Meer uitleg</button>
      </div>
    </li>
  </ul>

  <section class="stack" aria-labelledby="form-kop">
    <h2 id="form-kop">Uw account</h2>
    <form method="post" action="/good" data-dropzone enctype="multipart/form-data">
      <div class="form-field">
        <label for="naam">Uw naam</label>
        <span class="form-help" id="naam-help">Zoals de school u kent.</span>
        <input type="text" id="naam" name="naam" aria-describedby="naam-help" autocomplete="name">
      </div>
      <div class="form-field form-field--error">
        <label for="wachtwoordzin">Wachtwoordzin</label>
        <span class="form-help" id="wz-help">Minstens 12 tekens, bijvoorbeeld vier woorden.</span>
        <span class="form-error" id="wz-error">Deze wachtwoordzin is te kort.</span>
        <input type="password" id="wachtwoordzin" name="wachtwoordzin" aria-invalid="true"
          aria-describedby="wz-help wz-error" data-strength-meter="wz-meter"
          autocomplete="new-password">
        <div class="meter" id="wz-meter"><span class="meter__bar" data-level="0"></span></div>
        <p class="meter__text" aria-live="polite"></p>
      </div>
      <fieldset>
        <legend>Wie mag meelezen?</legend>
        <input type="checkbox" id="ml1" name="meelezer"><label for="ml1">De andere ouder</label>
      </fieldset>
      <div class="form-field">
        <label for="rol">Rol</label>
        <select id="rol" name="rol"><option>Ouder</option><option>Meelezer</option></select>
      </div>
      <div class="form-field">
        <label for="notitie">Notitie</label>
        <textarea id="notitie" name="notitie"></textarea>
      </div>
      <div class="form-field">
        <label for="bestanden">Bestanden</label>
        <input type="file" id="bestanden" name="bestanden" multiple>
      </div>
      <button type="submit" class="button">Opslaan</button>
    </form>
  </section>

  <h2>Herstelcode</h2>
  <p class="recovery-code" id="herstelcode">ABCD-EFGH-JKLM-NPQR</p>
  <div class="cluster no-print">
    <button type="button" class="button--secondary" data-copy-target="herstelcode"
      hidden>Kopiëren</button>
    <button type="button" class="button--secondary" data-print hidden>Afdrukken</button>
  </div>
  <p class="print-only">Bewaar dit papier op een veilige plek.</p>

  <h2>Uploads</h2>
  <ul class="progress-list">
    <li><span class="progress-list__name">verslag.pdf</span>
      <progress max="100" value="60" aria-label="verslag.pdf: 60 procent"></progress>
      <span class="badge">bezig</span></li>
    <li><span class="progress-list__name">brief.docx</span>
      <progress max="100" value="100" aria-label="brief.docx: klaar"></progress>
      <span class="badge badge--ok">klaar</span></li>
  </ul>
  <p><meter min="0" max="10" value="7" aria-label="Volledigheid">7 van 10</meter></p>

  <h2>Logboek</h2>
  <div class="table" role="region" aria-label="Logboek" tabindex="0">
    <table>
      <caption>Laatste acties</caption>
      <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th>
        <th scope="col">Wat</th></tr></thead>
      <tbody><tr><td>3 nov 2026</td><td>Ouder</td><td>Ingelogd</td></tr></tbody>
    </table>
  </div>
  <p><span class="visually-hidden">Verborgen uitleg voor schermlezers.</span>
    <a class="why" href="/uitleg">Waarom vragen we dit?</a></p>
  <dialog id="bevestig" open aria-labelledby="dlg-kop">
    <h2 id="dlg-kop">Weet u het zeker?</h2><p>U kunt dit later herstellen.</p>
  </dialog>
</main>
<footer><div class="container"><p>dossierwijs — vrije software (AGPL-3.0)</p></div></footer>
</body></html>"""
)


class _Handler(BaseHTTPRequestHandler):
    pages = {"/bad": BAD_PAGE, "/good": GOOD_PAGE}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        if path in self.pages:
            self._send(200, "text/html; charset=utf-8", self.pages[path].encode())
        elif path == "/favicon.ico":
            self._send(204, "image/x-icon", b"")
        elif path == "/bad.css":
            self._send(200, "text/css", BAD_CSS.encode())
        elif path.startswith("/static/"):
            file = (STATIC / path.removeprefix("/static/")).resolve()
            if STATIC.resolve() in file.parents and file.is_file():
                kind = "text/css" if file.suffix == ".css" else "text/javascript"
                self._send(200, kind, file.read_bytes())
            else:
                self._send(404, "text/plain", b"not found")
        else:
            self._send(404, "text/plain", b"not found")

    def do_POST(self) -> None:  # noqa: N802
        self._send(204, "text/plain", b"")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as browser:
        yield browser


@pytest.fixture
def page(browser, site):
    page = new_page(browser, base_url=site)
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: problems.append(f"{msg.text} {msg.location}") if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    page.context.close()


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_stylesheet_defines_every_template_class():
    css = (STATIC / "css" / "dossierwijs.css").read_text(encoding="utf-8")
    missing = [name for name in TEMPLATE_CLASSES if not re.search(rf"\.{name}(?![\w-])", css)]
    assert missing == []
    not_shown = [name for name in TEMPLATE_CLASSES if not re.search(rf"\b{name}\b", GOOD_PAGE)]
    assert not_shown == [], "the sample page must use every class, so axe checks them all"


def test_stylesheet_respects_reduced_motion_and_has_print_section():
    css = (STATIC / "css" / "dossierwijs.css").read_text(encoding="utf-8")
    assert "@media (prefers-reduced-motion: reduce)" in css
    assert "@media print" in css
    assert "@import" not in css and "url(" not in css, "no external fonts or files"


@pytest.mark.browser
def test_harness_launches_chromium_and_saves_a_full_page_screenshot(page):
    page.goto("/good")
    path = screenshot(page, "harness sample/page")
    assert path == SCREENSHOT_DIR / "harness-sample-page.png"
    width, height = png_size(path)
    assert width == 1280
    assert height > 900, "full_page=True captures more than the viewport"
    assert "Chrom" in page.context.browser.version or page.context.browser.version[0].isdigit()


@pytest.mark.browser
def test_axe_fails_on_unlabelled_input_and_low_contrast_text(page):
    page.goto("/bad")
    with pytest.raises(AssertionError) as failure:
        check_accessibility(page, "harness-bad-page")
    message = str(failure.value)
    assert "color-contrast (serious)" in message
    assert re.search(r"- label \((critical|serious)\)", message)
    assert "at p: " in message
    assert "at input: " in message


@pytest.mark.browser
def test_axe_passes_on_a_sample_page_with_every_stylesheet_class(page):
    page.goto("/good")
    page.wait_for_load_state("load")
    # The stylesheet really applied (an unstyled page could pass axe by accident).
    primary = page.eval_on_selector("button.button", "el => getComputedStyle(el).backgroundColor")
    assert primary == "rgb(21, 66, 115)"
    result = check_accessibility(page, "harness-good-page")
    assert any(rule["id"] == "color-contrast" for rule in result["passes"])
    screenshot(page, "harness-good-page")
    assert page.problems == []  # type: ignore[attr-defined]  # no CSP or script errors


@pytest.mark.browser
def test_skip_link_appears_on_first_tab(page):
    page.goto("/good")
    page.bring_to_front()  # :focus styles need a focused page
    skip_link = page.locator(".skip-link")
    expect(skip_link).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()


@pytest.mark.browser
def test_passphrase_meter_scores_and_announces(page):
    page.goto("/good")
    field = page.locator("#wachtwoordzin")
    field.fill("abc")
    assert page.locator(".meter__bar").get_attribute("data-level") == "0"
    field.fill("paard batterij nietje correct")
    assert page.locator(".meter__bar").get_attribute("data-level") == "4"
    expect(page.locator(".meter__text")).to_have_text("Sterkte: Heel sterk.")
    field.fill("Welkom2024!")
    assert page.locator(".meter__bar").get_attribute("data-level") in {"0", "1"}


@pytest.mark.browser
def test_copy_and_print_buttons_appear_and_work(browser, site):
    page = new_page(browser, base_url=site)
    try:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
        page.goto("/good")
        copy_button = page.locator("[data-copy-target]")
        assert copy_button.is_visible(), "copy.js shows the button it enhances"
        copy_button.click()
        assert page.evaluate("navigator.clipboard.readText()") == "ABCD-EFGH-JKLM-NPQR"
        assert copy_button.text_content() == "Gekopieerd"
        page.evaluate("window.print = () => { window.printed = true; }")
        page.locator("[data-print]").click()
        assert page.evaluate("window.printed") is True
    finally:
        page.context.close()


@pytest.mark.browser
def test_buttons_that_need_javascript_stay_hidden_without_it(browser, site):
    page = new_page(browser, base_url=site, java_script_enabled=False)
    try:
        page.goto("/good")
        expect(page.locator("[data-copy-target]")).not_to_be_visible()
        expect(page.locator("[data-print]")).not_to_be_visible()
        assert page.locator("#bestanden").is_visible(), "the plain file input keeps working"
    finally:
        page.context.close()


@pytest.mark.browser
def test_dropzone_adds_dropped_files_to_the_file_input(page):
    page.goto("/good")
    page.wait_for_selector("form.dropzone--enhanced")
    count = page.evaluate(
        """() => {
        const form = document.querySelector('form[data-dropzone]');
        const drop = new DataTransfer();
        drop.items.add(new File(['een'], 'verslag.pdf', {type: 'application/pdf'}));
        drop.items.add(new File(['twee'], 'brief.docx'));
        form.dispatchEvent(new DragEvent('dragenter', {bubbles: true, dataTransfer: drop}));
        form.dispatchEvent(new DragEvent('drop', {bubbles: true, dataTransfer: drop}));
        return document.querySelector('#bestanden').files.length;
    }"""
    )
    assert count == 2
    assert page.locator(".dropzone__list li").all_text_contents() == [
        "verslag.pdf (3 B)",
        "brief.docx (4 B)",
    ]
    assert "dropzone--active" not in (page.locator("form").get_attribute("class") or "")


@pytest.mark.browser
def test_print_stylesheet_hides_navigation_and_shows_print_only_text(page):
    page.goto("/good")
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).not_to_be_visible()
    expect(page.locator(".no-print")).not_to_be_visible()
    expect(page.locator(".print-only")).to_be_visible()
    expect(page.locator(".recovery-code")).to_be_visible()


@pytest.mark.browser
def test_nested_chromium_browser_calls_share_one_playwright(browser):
    # conftest's session browser and this module's browser are alive at the same time.
    with chromium_browser() as second:
        page = second.new_page()
        assert page.evaluate("1 + 1") == 2
    assert browser.is_connected()
