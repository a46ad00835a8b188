"""Browser tests drive Debian's Chromium against a real `dossierwijs serve` process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.browser.harness import chromium_browser

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
        env.update(DOSSIERWIJS_DATA_DIR=str(data_dir), DOSSIERWIJS_FAST_KDF="1")
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
        return subprocess.run(
            [DOSSIERWIJS, *args], env=env, capture_output=True, text=True, timeout=120, check=True
        )

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
