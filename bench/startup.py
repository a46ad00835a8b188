"""Start-up: time from process start to the first served page, and memory after it.

Runs `dossierwijs serve` on a fresh data folder (with a vault made by `dossierwijs init`),
polls the login page, and prints the seconds until it answered and the resident memory
of the server right after. Baseline in the same run: a bare `python -c pass` start.
Also checks that no heavy library (deduce, PyMuPDF, docx) was loaded to serve that page.

    .venv/bin/python bench/startup.py [--runs 5]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
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
