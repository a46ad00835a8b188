"""Import throughput: born-digital pages/s, OCR next to bare tesseract, and a search stand-in.

Prints, for a corpus generated in this run:

1. born-digital pages per second through detect → extract (limited child) → OCR (declined)
   → metadata, next to pymupdf's bare ``get_text`` on the same PDFs;
2. OCR pages per second through our OCR step (render in the limited child, tesseract per
   page over stdin/stdout, pages in parallel) next to the bare ``tesseract`` command line on
   the same page images (files in a temporary folder, sequential and in parallel), in
   interleaved rounds; the ratio ours / best bare is the overhead figure (target < 1.10);
3. store + index and search latency through the dossier app itself (a real vault in a
   temporary folder; SQLCipher, or PostgreSQL when DATABASE_URL is set), over 10,000
   generated documents.

Text comes from ../shared/corpus when present (sentences recombined), else from a small
built-in word list. Run: .venv/bin/python bench/import.py [--ocr-pages 6] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import pymupdf  # noqa: E402

from dossierwijs.core.documents.formats.pdf import render_pages  # noqa: E402
from dossierwijs.core.documents.incoming import IncomingDocument  # noqa: E402
from dossierwijs.core.documents.ocr import available_workers, ocr_pages  # noqa: E402
from dossierwijs.core.documents.pipeline import run_pipeline  # noqa: E402

SHARED = REPO.parent / "shared" / "corpus"
FALLBACK_WORDS = [
    "leerling", "school", "ouders", "ondersteuning", "verslag", "gesprek", "afspraken",
    "begeleiding", "lezen", "rekenen", "groep", "leerkracht", "intern", "begeleider",
    "onderwijs", "toets", "niveau", "advies", "doelen", "evaluatie", "plan", "zorg", "overleg",
    "samenwerkingsverband", "arrangement", "toestemming", "dossier", "werkhouding",
]  # fmt: skip


def sentences(rng: random.Random) -> list[str]:
    found: list[str] = []
    if SHARED.is_dir():
        for path in sorted(SHARED.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [s.strip() for s in text.replace("\n", " ").split(". ") if len(s) > 40]
    if len(found) < 50:
        found = [
            " ".join(rng.choice(FALLBACK_WORDS) for _ in range(rng.randint(8, 18))).capitalize()
            for _ in range(400)
        ]
    return found


def page_text(rng: random.Random, pool: list[str], words: int = 330) -> str:
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(pool) + ".")
    return " ".join(out)


def make_pdf(texts: list[str]) -> bytes:
    document = pymupdf.open()
    for text in texts:
        page = document.new_page()
        page.insert_textbox(pymupdf.Rect(60, 60, 535, 780), text, fontsize=10)
    return document.tobytes()


def make_scan(texts: list[str], dpi: int = 200) -> bytes:
    document = pymupdf.open()
    for text in texts:
        source = pymupdf.open()
        page = source.new_page()
        page.insert_textbox(pymupdf.Rect(60, 60, 535, 780), text, fontsize=11)
        image = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")
        target = document.new_page()
        target.insert_image(target.rect, stream=image)
    return document.tobytes()


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


# --- 1. born-digital -----------------------------------------------------------------------


def bench_born_digital(rng: random.Random, pool: list[str], documents: int) -> None:
    corpus = []
    for number in range(documents):
        pages = rng.randint(1, 6)
        corpus.append((f"doc{number}.pdf", make_pdf([page_text(rng, pool) for _ in range(pages)])))
    total_pages = sum(pymupdf.open(stream=data).page_count for _, data in corpus)
    run_pipeline(IncomingDocument("warm-up.pdf", corpus[0][1]))  # starts the fork server

    def ours() -> None:
        for name, data in corpus:
            result = run_pipeline(IncomingDocument(name, data))
            assert result.ok, result.document.errors

    def bare() -> None:
        for _, data in corpus:
            document = pymupdf.open(stream=data)
            for page in document:
                page.get_text()

    ours_s, bare_s = timed(ours), timed(bare)
    print(f"\n1. Born-digital PDFs: {documents} documents, {total_pages} pages")
    print(
        f"   pipeline (detect+extract in limited child+metadata): {total_pages / ours_s:7.1f} p/s"
    )
    print(
        f"   bare pymupdf get_text, in process:                     {total_pages / bare_s:7.1f} p/s"
    )
    per_document = (ours_s - bare_s) / documents * 1000
    print(f"   per document, the child process and checks cost ~{per_document:.0f} ms")


# --- 2. OCR --------------------------------------------------------------------------------


def bare_tesseract(paths: list[Path], parallel: int, omp_one: bool) -> None:
    """The plain command line, one process per page, ``parallel`` at a time (like xargs -P)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"} if omp_one else None

    def one(path: Path) -> None:
        command = ["tesseract", str(path), "stdout", "-l", "nld"]
        subprocess.run(command, capture_output=True, env=env, check=True)

    with ThreadPoolExecutor(max_workers=parallel) as pool:
        list(pool.map(one, paths))


def bench_ocr(rng: random.Random, pool: list[str], pages: int, rounds: int) -> None:
    workers = available_workers()
    scan = make_scan([page_text(rng, pool, 250) for _ in range(pages)])
    numbers = list(range(1, pages + 1))
    images = list(render_pages(scan, numbers))  # the very images our step renders
    methods: dict[str, Callable[[], object]] = {}
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as folder:
        paths = []
        for number, png in images:
            path = Path(folder) / f"page{number}.pgm"
            path.write_bytes(png)  # generated text only, never user data
            paths.append(path)
        methods = {
            "bare, default (OpenMP), 1 page at a time": lambda: bare_tesseract(paths, 1, False),
            f"bare, OMP_THREAD_LIMIT=1, {workers} at a time": (
                lambda: bare_tesseract(paths, workers, True)
            ),
            f"ours: OCR step only, {workers} workers": lambda: ocr_pages(iter(images)),
            "ours: whole pipeline (render+OCR+metadata)": (
                lambda: run_pipeline(IncomingDocument("scan.pdf", scan))
            ),
        }
        results = {name: [] for name in methods}
        cpu: dict[str, list[float]] = {name: [] for name in methods}
        for _ in range(rounds):
            # Interleaved, so load from other processes hits every method alike.
            for name, method in methods.items():
                before = cpu_seconds()
                results[name].append(timed(method))
                cpu[name].append(cpu_seconds() - before)
    render_cpu = cpu_seconds(lambda: list(render_pages(scan, numbers)))
    median = {name: statistics.median(times) for name, times in results.items()}
    cpu_median = {name: statistics.median(times) for name, times in cpu.items()}
    print(f"\n2. OCR: {pages} scanned pages (200 dpi), {rounds} rounds, {workers} cores")
    print("   bare tesseract reads the very images our step hands to tesseract (PGM files)")
    print(f"   {'':47s} {'wall':>10s}  {'(range)':>13s}  {'CPU s/page':>10s}")
    for name, seconds in median.items():
        low, high = min(results[name]), max(results[name])
        per_page = cpu_median[name] / pages
        print(
            f"   {name:47s} {pages / seconds:6.2f} p/s  ({low:5.1f}-{high:5.1f} s)  {per_page:8.2f}"
        )
    names = list(methods)
    same = names[1]
    print(
        f"   overhead, whole pipeline / bare same settings, wall: "
        f"{median[names[3]] / median[same]:.3f}  (target < 1.10)"
    )
    print(
        f"   overhead, OCR step / bare same settings, wall:       {median[names[2]] / median[same]:.3f}"
    )
    step_cpu = cpu_median[names[2]] / cpu_median[same]
    pipeline_cpu = (cpu_median[names[2]] + render_cpu) / cpu_median[same]
    print(f"   overhead, OCR step / bare same settings, CPU:        {step_cpu:.3f}")
    print(f"   overhead, OCR step + drawing pages / bare, CPU:      {pipeline_cpu:.3f}")
    print(
        f"   whole pipeline / bare default command line, wall:    {median[names[3]] / median[names[0]]:.3f}"
    )
    print(
        "   (CPU: our process and its tesseract children; the drawing child is measured apart."
        " Wall times swing with the load of other processes on this machine; CPU time does not.)"
    )


def cpu_seconds(func: Callable[[], object] | None = None) -> float:
    """CPU time of this process and its finished children; with ``func``: what it used."""
    if func is not None:
        before = cpu_seconds()
        func()
        return cpu_seconds() - before
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# --- 3. store + index + search -------------------------------------------------------------


APP_BENCH = r"""
import json, os, random, statistics, sys, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
import django
django.setup()
from django.db import transaction
from dossierwijs.vault import services
from dossierwijs.dossier import search
from dossierwijs.dossier.models import Document, DocumentVersion
from dossierwijs.dossier.services import import_file

texts = json.loads(sys.stdin.read())
through_pipeline = int(os.environ["BENCH_PIPELINE_DOCS"])
created = services.create_vault(child_name="Sanne", parent_name="Eva",
                                passphrase="paarse olifant danst snel")
vault, member = created.vault, created.member
start = time.perf_counter()
for number, text in enumerate(texts[:through_pipeline]):
    import_file(vault=vault, by=member, filename=f"verslag-{number}.txt", data=text.encode())
pipeline_seconds = time.perf_counter() - start
# The rest goes straight to the same tables and the same index function, to reach the
# corpus size for the search figures in reasonable time.
start = time.perf_counter()
with transaction.atomic():
    for number, text in enumerate(texts[through_pipeline:], start=through_pipeline):
        document = Document.objects.create(vault=vault, title=f"Document {number}")
        DocumentVersion.objects.create(vault=vault, document=document, blob_id="0" * 64,
                                       filename="x.txt", file_kind="text", content_hash=str(number),
                                       text=text)
        search.index_document(document)
bulk_seconds = time.perf_counter() - start
rng = random.Random(7)
words = sorted({w.strip(".,;:()").lower() for t in texts[:200] for w in t.split()})
words = [w for w in words if len(w) >= 5 and w.isalpha()]
queries = [rng.choice(words)[:5] for _ in range(150)]
queries += [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(50)]
from django.db import connection

def bare(query):
    # The database's own query for the same question, as one would write it by hand: the 20
    # best documents with a marked snippet. Same prefix matching as search(), no Python.
    words = search.terms(query)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT document_id, ts_headline('dutch', body, q), ts_rank(tsv, q) AS rank "
                "FROM dossier_fts, to_tsquery('dutch', %s) q WHERE vault_id = %s AND tsv @@ q "
                "ORDER BY rank DESC LIMIT 20",
                [" & ".join(f"{w}:*" for w in words), str(vault.pk)])
        else:
            cursor.execute(
                "SELECT document_id, snippet(dossier_fts, 3, '[', ']', '…', 16) FROM dossier_fts "
                "WHERE dossier_fts MATCH %s AND vault_id = %s ORDER BY rank LIMIT 20",
                [" AND ".join(f'"{w}"*' for w in words), str(vault.pk)])
        return cursor.fetchall()

latencies, bare_latencies = [], []
for query in queries:  # interleaved, so other load hits both alike
    begin = time.perf_counter()
    search.search(vault.pk, query, limit=20)
    latencies.append((time.perf_counter() - begin) * 1000)
    begin = time.perf_counter()
    bare(query)
    bare_latencies.append((time.perf_counter() - begin) * 1000)
latencies.sort()
bare_latencies.sort()
p95 = lambda values: values[int(len(values) * 0.95) - 1]
print(json.dumps({"pipeline_docs": through_pipeline, "pipeline_seconds": pipeline_seconds,
                  "bulk_docs": len(texts) - through_pipeline, "bulk_seconds": bulk_seconds,
                  "median": statistics.median(latencies), "p95": p95(latencies),
                  "bare_median": statistics.median(bare_latencies),
                  "bare_p95": p95(bare_latencies), "queries": len(queries)}))
"""


def bench_store_and_index(
    rng: random.Random, pool: list[str], documents: int, pipeline_documents: int = 300
) -> None:
    """The dossier app's real store and index: a vault in a temporary data folder, the first
    ``pipeline_documents`` through the whole import pipeline (encryption, journal, index), the
    rest straight into the same tables and index; then search latency over all of them.
    Runs on SQLCipher, or on PostgreSQL when DATABASE_URL is set."""
    import json

    texts = [page_text(rng, pool, rng.randint(150, 600)) for _ in range(documents)]
    with tempfile.TemporaryDirectory(prefix="bench-dossier-") as folder:
        env = dict(
            os.environ,
            DOSSIERWIJS_DATA_DIR=os.path.join(folder, "data"),
            BENCH_PIPELINE_DOCS=str(min(pipeline_documents, documents)),
        )
        result = subprocess.run(
            [sys.executable, "-c", APP_BENCH],
            input=json.dumps(texts),
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        print("\n3. Store + index: the app benchmark failed:\n" + result.stderr[-2000:])
        return
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLCipher (FTS5)"
    print(f"\n3. Store + index + search on {database}, {documents} documents")
    print(
        f"   whole pipeline (detect, extract, metadata, encrypt, store, journal, index): "
        f"{figures['pipeline_docs'] / figures['pipeline_seconds']:7.1f} documents/s "
        f"over {figures['pipeline_docs']}"
    )
    print(
        f"   index only (same tables and index function): "
        f"{figures['bulk_docs'] / max(figures['bulk_seconds'], 1e-9):7.0f} documents/s "
        f"over {figures['bulk_docs']}"
    )
    print(
        f"   search over {documents}: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms "
        f"({figures['queries']} queries, prefix and two-word; target p95 < 50 ms)"
    )
    bare = "ts_rank/ts_headline" if os.environ.get("DATABASE_URL") else "FTS5 snippet()"
    goal = "2" if os.environ.get("DATABASE_URL") else "1.2"
    print(
        f"   bare {bare}, ORDER BY rank LIMIT 20, same queries interleaved: "
        f"median {figures['bare_median']:.1f} ms, p95 {figures['bare_p95']:.1f} ms"
    )
    print(
        f"   search() / bare: median {figures['median'] / figures['bare_median']:.2f}×, "
        f"p95 {figures['p95'] / figures['bare_p95']:.2f}× (goal ≤ {goal}×)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60, help="born-digital PDFs")
    parser.add_argument("--ocr-pages", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--search-documents", type=int, default=10_000)
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--skip-search", action="store_true", help="no store/index/search part")
    args = parser.parse_args()
    rng = random.Random(20240412)
    pool = sentences(rng)
    print(f"Corpus: {len(pool)} sentences ({'../shared' if SHARED.is_dir() else 'built-in'})")
    bench_born_digital(rng, pool, args.documents)
    if not args.skip_ocr:
        bench_ocr(rng, pool, args.ocr_pages, args.rounds)
    if not args.skip_search:
        bench_store_and_index(rng, pool, args.search_documents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
