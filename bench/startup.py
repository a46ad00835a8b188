"""Start-up: time from process start to the first served page, and memory after it.

Runs `dossierwijs serve` on a fresh data folder (with a vault made by `dossierwijs init`),
polls the login page, and prints the seconds until it answered and the resident memory
of the server right after. Baseline in the same run: a bare `python -c pass` start.
Also checks that no heavy library (deduce, PyMuPDF, docx) was loaded to serve that page.

    .venv/bin/python bench/startup.py [--runs 5] [--walk]

--walk: in a fresh process that is the web app (its WSGI application, driven by Django's
test client: middleware, login, views), log in, make an abridged copy of a three-page
report through every step ("voor school", every default proposal, preview, Maken), and
print the resident memory of that web process and of the detector's worker process
(which holds deduce; the goal is that the web process stays under 300 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).with_name("dossierwijs")
HEAVY = ("deduce", "pymupdf", "fitz", "docx", "pdfminer", "odf", "extract_msg")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_start(env: dict) -> tuple[float, float]:
    port = free_port()
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/inloggen/", timeout=2) as r:
                    r.read()
                    if r.status == 200:
                        break
            except OSError:
                if process.poll() is not None:
                    raise SystemExit("dossierwijs serve stopped before serving a page") from None
                time.sleep(0.005)
        elapsed = time.perf_counter() - start
        return elapsed, rss_mib(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def heavy_modules_loaded(env: dict) -> list[str]:
    code = (
        "import os, sys, json\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'dossierwijs.settings')\n"
        "from dossierwijs.wsgi import application\n"
        "from django.test import Client\n"
        "Client().get('/inloggen/', HTTP_HOST='127.0.0.1')\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


WALK = r"""
import os, sys, json, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
from dossierwijs.wsgi import application
from django.test import Client
from django.urls import reverse

sys.path.insert(0, os.environ["DOSSIERWIJS_REPO"])
from tests.core.minimiser.ordinary_report import build_ordinary_report

def rss(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

client = Client(HTTP_HOST="127.0.0.1")
response = client.post(reverse("vault:login"), {"passphrase": os.environ["DOSSIERWIJS_PASSPHRASE"]})
assert response.status_code == 302, response.status_code
from dossierwijs.vault.models import Member, Vault
from dossierwijs.dossier.services import import_file
from dossierwijs.minimiser.models import AbridgeDraft
from dossierwijs.core.minimiser.worker import DETECTOR
member = Member.objects.get(user__isnull=False, display_name="Eva")
Vault.objects.update(recovery_confirmed=True)  # the bench skips writing down the code
report = import_file(vault=member.vault, by=member, filename="verslag.pdf",
                     data=build_ordinary_report())[0].document
marks = {"na inloggen en import": rss(os.getpid())}
warm = time.perf_counter()
DETECTOR.detect("Klaar?")  # waits for the warm-up that the login started
warm = time.perf_counter() - warm
started = time.perf_counter()
start = reverse("minimiser:new", args=[report.pk])
assert client.get(start).status_code == 200
client.post(start, {"preset": "school"})
draft = AbridgeDraft.objects.get(document=report)
titles = [s["title"] for s in draft.layout["sections"]]
keep = [str(titles.index(t)) for t in draft.keep_sections]
verder = time.perf_counter()
assert client.post(start, {"keep": keep}).status_code == 302
verder = time.perf_counter() - verder
draft.refresh_from_db()
accepted = [str(i) for i, p in enumerate(draft.proposals) if p["tekst"] in draft.accepted_findings]
details = reverse("minimiser:details", args=[draft.pk])
client.post(details, {"accept": accepted, "include_cover_page": "1", "action": "preview"})
assert client.get(reverse("minimiser:preview", args=[draft.pk]) + "?nu=1").status_code == 200
assert client.post(reverse("minimiser:make", args=[draft.pk])).status_code == 302
marks["na de hele verkorte versie"] = rss(os.getpid())
print(json.dumps({"marks": marks, "worker": rss(DETECTOR.pid) if DETECTOR.pid else None,
                  "seconds": time.perf_counter() - started, "verder": verder, "warm": warm,
                  "deduce_in_web": "deduce" in sys.modules}))
DETECTOR.stop()
"""


def walk(env: dict) -> None:
    env = dict(env, DOSSIERWIJS_REPO=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run(
        [sys.executable, "-c", WALK], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print("--walk: een verkorte versie van een verslag van 3 pagina's via de web-app")
    for label, mib in figures["marks"].items():
        print(f"  webproces, {label}: {mib:.0f} MiB resident (doel < 300 MiB)")
    worker = figures["worker"]
    print(f"  detector-worker (deduce): {worker:.0f} MiB resident" if worker else "  geen worker")
    print(f"  deduce in het webproces geladen: {'ja' if figures['deduce_in_web'] else 'nee'}")
    print(
        f"  worker na het inloggen op de achtergrond gestart; klaar na nog "
        f"{figures['warm']:.1f} s wachten"
    )
    print(
        f"  hele route {figures['seconds']:.1f} s, waarvan 'Verder' tot voorstellen "
        f"{figures['verder']:.2f} s (worker warm; doel < 3 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--walk", action="store_true", help="ook een verkorte versie maken")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            DOSSIERWIJS_DATA_DIR=str(Path(tmp) / "data"),
            DOSSIERWIJS_PASSPHRASE="paarse olifant danst snel",
        )
        env.pop("DATABASE_URL", None)
        subprocess.run(
            [str(BIN), "init", "--kind", "Sanne", "--ouder", "Eva"],
            env=env,
            check=True,
            capture_output=True,
        )
        baseline = []
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            baseline.append(time.perf_counter() - t)
        starts = [one_start(env) for _ in range(args.runs)]
        heavy = heavy_modules_loaded(env)
        if args.walk:
            walk(env)
    times = [s[0] for s in starts]
    memory = [s[1] for s in starts]
    print(f"runs: {args.runs}")
    print(f"baseline python -c pass: median {statistics.median(baseline) * 1000:.0f} ms")
    print(
        f"process start -> first page (/inloggen/): median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    print(f"resident memory after the first page: median {statistics.median(memory):.1f} MiB")
    print(f"heavy libraries loaded for that page: {', '.join(heavy) if heavy else 'none'}")


if __name__ == "__main__":
    main()
