"""A page view's journal entry is committed before the page is sent: a kill -9 of the server
right after the answer loses nothing."""

from __future__ import annotations

import http.client
import re
import signal
import socket
import subprocess
import time
import urllib.parse

import pytest

from tests.vault.scripted import DOSSIERWIJS, PASSPHRASE, cli, env_for, python

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _login(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/inloggen/")
    response = conn.getresponse()
    page = response.read().decode()
    cookies = dict(
        c.split(";", 1)[0].split("=", 1) for c in response.headers.get_all("Set-Cookie") or []
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "passphrase": PASSPHRASE})
    header = "; ".join(f"{k}={v}" for k, v in cookies.items())
    form = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": header}
    conn.request("POST", "/inloggen/", body, form)
    response = conn.getresponse()
    response.read()
    for cookie in response.headers.get_all("Set-Cookie") or []:
        name, value = cookie.split(";", 1)[0].split("=", 1)
        cookies[name] = value
    assert response.status == 302, response.status
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


COUNT_VIEWS = """
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action, JournalEntry
print(JournalEntry.objects.filter(action=Action.VIEW).count(), journal.verify(vault).intact)
"""


def test_a_viewed_document_is_in_the_journal_even_if_the_server_is_killed_at_once(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    letter = tmp_path / "verslag.txt"
    letter.write_text("Verslag van het gesprek over lezen.", "utf-8")
    cli(folder, "import", str(letter))
    document_id = python(
        folder, "from dossierwijs.dossier.models import Document\nprint(Document.objects.get().pk)"
    ).strip()
    port = _free_port()
    server = subprocess.Popen(
        [DOSSIERWIJS, "serve", "--port", str(port)],
        env=env_for(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        cookie = _login(port)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(3):
            conn.request("GET", f"/dossier/{document_id}/", headers={"Cookie": cookie})
            response = conn.getresponse()
            response.read()
            assert response.status == 200
        server.send_signal(signal.SIGKILL)  # the moment the last page has arrived
    finally:
        server.kill()
        server.wait(10)
    views, intact = python(folder, COUNT_VIEWS).split()
    assert views == "3" and intact == "True"
