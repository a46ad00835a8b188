"""Concurrent use: 1 and 20 clients against `dossierwijs serve` on a vault of 1,000 documents.

Builds a vault in a temporary data folder (documents generated in this run, stored encrypted
through the blob store, indexed, journaled), starts the real server (`dossierwijs serve`,
waitress, loopback only), logs in through the login form, and then lets 1 and then 20 clients
(threads, each with its own keep-alive connection, sharing the one session as tabs in one
browser do) request the same mix of pages for a bounded time each: home, dossier list,
searches, document pages, Termijnen and Kennis. Prints requests/s, median, p95 and errors per
phase, the per-page medians of the single client, and the server log's error count.

Goal: 0 errors; p95 at 20 clients no worse than 10× the single-client p95.

PostgreSQL: with DATABASE_URL set, a fresh database is created in that server (the user
needs CREATEDB), used for the run and dropped afterwards. A throwaway server, as
scripts/test starts one (Debian package postgresql)::

    PG=$(ls -d /usr/lib/postgresql/*/bin | tail -n1); D=$(mktemp -d)
    $PG/initdb -D $D/data -U dossierwijs --auth=trust >/dev/null   # as the postgres user if root
    $PG/pg_ctl -D $D/data -o "-p 54329 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$D" -w start
    DATABASE_URL=postgres://dossierwijs@127.0.0.1:54329/postgres .venv/bin/python bench/load.py

    .venv/bin/python bench/load.py [--documents 1000] [--seconds 20] [--clients 20]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "paarse olifant danst snel op het dak"

BUILD_VAULT = r"""
import json, os, random, sys, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
import django
django.setup()
from datetime import date, timedelta
from django.conf import settings
from django.db import transaction
from dossierwijs.vault import journal, services
from dossierwijs.vault.blobs import BlobStore
from dossierwijs.vault.journal_model import Action
from dossierwijs.dossier import search
from dossierwijs.dossier.models import Document, DocumentType, DocumentVersion

count = int(sys.argv[1])
rng = random.Random(17)
words = ("leerling school ouders ondersteuning verslag gesprek afspraken begeleiding lezen "
         "rekenen groep leerkracht intern begeleider onderwijs toets niveau advies doelen "
         "evaluatie plan zorg overleg samenwerkingsverband arrangement toestemming dossier "
         "werkhouding dyslexie logopedie jeugdarts wijkteam motoriek concentratie").split()
organisations = ["Basisschool De Linde", "Samenwerkingsverband Rijnmond", "Wijkteam Noord",
                 "Logopediepraktijk Spraakmaker", "GGD Hollands Midden", "OnderwijsAdvies"]
types = [t.value for t in DocumentType]
created = services.create_vault(child_name="Sanne", parent_name="Eva", passphrase=sys.argv[2])
vault, member = created.vault, created.member
store = BlobStore.for_data_dir(settings.DATA_DIR)
ids = []
with transaction.atomic():
    for number in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(150, 600)))
        blob_id = store.put(text.encode())[0]
        document = Document.objects.create(
            vault=vault, title=f"{rng.choice(words).capitalize()} {rng.choice(words)} {number}",
            doc_type=rng.choice(types), organisation=rng.choice(organisations),
            document_date=date(2020, 1, 1) + timedelta(days=rng.randint(0, 1800)),
            received_date=date(2024, 1, 1), created_by=member)
        DocumentVersion.objects.create(
            vault=vault, document=document, blob_id=blob_id, filename=f"verslag-{number}.txt",
            file_kind="text", size=len(text), content_hash=blob_id, page_count=1, text=text,
            created_by=member)
        search.index_document(document)
        journal.record(vault=vault, actor=member, action=Action.UPLOAD, obj=document)
        ids.append(str(document.pk))
print(json.dumps({"ids": ids, "words": words}))
"""


@dataclass
class Phase:
    clients: int
    seconds: float
    latencies: list[tuple[str, float]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(fraction * len(ordered))) - 1)]


def login(port: int) -> str:
    """Log in through the form; return the Cookie header every client sends."""
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
    conn.request(
        "POST",
        "/inloggen/",
        body,
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": header},
    )
    response = conn.getresponse()
    response.read()
    for cookie in response.headers.get_all("Set-Cookie") or []:
        name, value = cookie.split(";", 1)[0].split("=", 1)
        cookies[name] = value
    if response.status != 302 or "sessionid" not in cookies:
        raise SystemExit(f"login failed: HTTP {response.status}")
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def page_mix(ids: list[str], words: list[str], rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["home", "list", "search", "search", "document", "document", "deadlines"])
    kind = rng.choice([kind, "kennis"]) if rng.random() < 0.15 else kind
    if kind == "home":
        return kind, "/"
    if kind == "list":
        return kind, "/dossier/"
    if kind == "search":
        query = rng.choice(words)[: rng.randint(4, 8)]
        if rng.random() < 0.3:
            query += " " + rng.choice(words)
        return kind, "/dossier/?" + urllib.parse.urlencode({"q": query})
    if kind == "document":
        return kind, f"/dossier/{rng.choice(ids)}/"
    if kind == "deadlines":
        return kind, "/termijnen/"
    return kind, "/kennis/"


def client(port, cookie, ids, words, seed, phase: Phase, deadline: float, lock) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for _ in range(100_000):  # bounded; the deadline ends it long before
        if time.monotonic() >= deadline:
            break
        kind, url = page_mix(ids, words, rng)
        start = time.perf_counter()
        try:
            conn.request("GET", url, headers={"Cookie": cookie})
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            status = 0
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            error = f"{kind}: {type(exc).__name__}"
        else:
            error = f"{kind}: HTTP {status}" if status != 200 else ""
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            phase.latencies.append((kind, elapsed))
            if error:
                phase.errors.append(error)
    conn.close()


def run_phase(port, cookie, ids, words, clients: int, seconds: float) -> Phase:
    phase = Phase(clients, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=client, args=(port, cookie, ids, words, 1000 + n, phase, deadline, lock)
        )
        for n in range(clients)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phase.wall = time.perf_counter() - start
    return phase


def report(phase: Phase) -> None:
    values = [ms for _, ms in phase.latencies]
    print(
        f"   {phase.clients:2d} client(s): {len(values) / phase.wall:7.1f} requests/s, "
        f"median {statistics.median(values):7.1f} ms, p95 {percentile(values, 0.95):7.1f} ms, "
        f"errors {len(phase.errors)} of {len(values)}"
    )
    if phase.errors:
        kinds: dict[str, int] = {}
        for error in phase.errors:
            kinds[error] = kinds.get(error, 0) + 1
        print("      " + ", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items())))


def postgres_database(url: str) -> tuple[str, callable]:
    """A fresh database in the server of ``url``; returns its URL and a function to drop it."""
    import psycopg

    name = f"dossierwijs_load_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parsed = urllib.parse.urlparse(url)
    fresh = urllib.parse.urlunparse(parsed._replace(path="/" + name))

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    return fresh, drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=20.0, help="per phase")
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    env.pop("DOSSIERWIJS_DEBUG", None)
    drop = None
    if os.environ.get("DATABASE_URL"):
        env["DATABASE_URL"], drop = postgres_database(os.environ["DATABASE_URL"])
    database = "PostgreSQL" if drop else "SQLCipher"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
            env["DOSSIERWIJS_DATA_DIR"] = os.path.join(folder, "data")
            start = time.perf_counter()
            built = subprocess.run(
                [sys.executable, "-c", BUILD_VAULT, str(args.documents), PASSPHRASE],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if built.returncode != 0:
                print(built.stderr[-3000:])
                return 1
            vault = json.loads(built.stdout.strip().splitlines()[-1])
            print(
                f"Vault on {database}: {args.documents} documents built in "
                f"{time.perf_counter() - start:.0f} s"
            )
            port = free_port()
            log_path = Path(folder) / "server.log"
            with open(log_path, "wb") as log:
                server = subprocess.Popen(
                    [sys.executable, "-m", "dossierwijs", "serve", "--port", str(port)],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
                try:
                    for _ in range(300):
                        try:
                            socket.create_connection(("127.0.0.1", port), timeout=1).close()
                            break
                        except OSError:
                            time.sleep(0.1)
                    cookie = login(port)
                    ids, words = vault["ids"], vault["words"]
                    run_phase(port, cookie, ids, words, 1, 2.0)  # warm-up
                    single = run_phase(port, cookie, ids, words, 1, args.seconds)
                    many = run_phase(port, cookie, ids, words, args.clients, args.seconds)
                finally:
                    server.terminate()
                    server.wait(30)
            server_log = log_path.read_text(errors="replace")
            if os.environ.get("BENCH_LOAD_LOG"):
                Path(os.environ["BENCH_LOAD_LOG"]).write_text(server_log)
    finally:
        if drop:
            drop()
    print("\nPages: home, dossier list, searches, document pages, Termijnen, Kennis")
    report(single)
    report(many)
    p95_single = percentile([ms for _, ms in single.latencies], 0.95)
    p95_many = percentile([ms for _, ms in many.latencies], 0.95)
    print(f"   p95 ratio 20/1: {p95_many / p95_single:.1f}× (goal ≤ 10×); goal 0 errors")
    print("\n   single client, per page (median / p95 ms):")
    kinds = sorted({kind for kind, _ in single.latencies})
    for kind in kinds:
        values = [ms for k, ms in single.latencies if k == kind]
        print(
            f"     {kind:10s} {statistics.median(values):7.1f} / {percentile(values, 0.95):7.1f}"
            f"  ({len(values)} requests)"
        )
    locked = server_log.count("database is locked")
    tracebacks = server_log.count("Traceback")
    print(f"\n   server log: {tracebacks} tracebacks, {locked} × 'database is locked'")
    return 0 if not single.errors and not many.errors else 1


if __name__ == "__main__":
    sys.exit(main())
