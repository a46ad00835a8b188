"""Browser tests drive Debian's Chromium against a real `dossierwijs serve` process."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.browser.harness import chromium_browser, new_page
from tests.personas import PASSPHRASES
from tests.vault.scripted import init_or_copy

EVA = PASSPHRASES["ouder"]

DOSSIERWIJS = str(Path(sys.executable).with_name("dossierwijs"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveApp:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        # No detector warm-up at login: each module's server would load deduce (a gigabyte,
        # seconds of both cores) at every sign-in; the minimiser's own pages still start it.
        env.update(
            DOSSIERWIJS_DATA_DIR=str(data_dir),
            DOSSIERWIJS_FAST_KDF="1",
            DOSSIERWIJS_WARM_DETECTOR="0",
        )
        self.env = env
        self.process = subprocess.Popen(
            [DOSSIERWIJS, "serve", "--port", str(self.port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stdout.read()) from None
                time.sleep(0.1)
        raise RuntimeError("dossierwijs serve did not start within 30 s")

    def cli(self, *args: str, passphrase: str | None = None):
        env = dict(self.env)
        if passphrase:
            env["DOSSIERWIJS_PASSPHRASE"] = passphrase

        def run():
            return subprocess.run(
                [DOSSIERWIJS, *args], env=env, capture_output=True, text=True, timeout=120
            )

        if args[:1] == ("init",):  # a copy when an earlier module made the same vault
            result = init_or_copy(self.data_dir, args, passphrase or "", run)
        else:
            result = run()
        result.check_returncode()
        return result

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def live_app(tmp_path_factory):
    app = LiveApp(tmp_path_factory.mktemp("browser-data") / "data")
    yield app
    app.stop()


@pytest.fixture(scope="session")
def browser():
    with chromium_browser() as b:
        yield b


@pytest.fixture(scope="module")
def vault(live_app, request):
    """The module's running app with Sanne's vault, made by Eva with `dossierwijs init` as a
    parent would. A module names a second parent with ``SECOND_PARENT = "Joost …"``."""
    if not (live_app.data_dir / "keyring.json").exists():
        args = ["init", "--kind", "Sanne Canarisvogel", "--geboortedatum", "2013-04-12"]
        args += ["--school", "OSG De Klimop", "--ouder", "Eva Canarisvogel"]
        if second_parent := getattr(request.module, "SECOND_PARENT", ""):
            args += ["--ouder", second_parent]
        live_app.cli(*args, passphrase=EVA)
    return live_app


def sign_in(page, passphrase: str = EVA) -> None:
    """Open the vault on the door page, as a parent types their passphrase."""
    page.goto("/inloggen/")
    page.get_by_label("Uw wachtzin").fill(passphrase)
    page.get_by_role("button", name="Openen").click()
    page.wait_for_url(re.compile(r"/$"))


@pytest.fixture(scope="module")
def log_in(browser, vault):
    """``log_in(**context)``: a new page (own cookies; context options such as
    ``java_script_enabled=False`` go to ``new_page``) on which Eva has opened the vault."""

    def open_page(**context):
        page = new_page(browser, base_url=vault.url, **context)
        sign_in(page)
        return page

    return open_page


@pytest.fixture(scope="module")
def eva_page(log_in):
    """One page for the whole module, logged in as Eva (tests build on each other's steps)."""
    page = log_in()
    yield page
    page.context.close()
