"""Import throughput: born-digital pages/s, OCR next to bare tesseract, and a search stand-in.

Prints, for a corpus generated in this run:

1. born-digital pages per second through detect → extract (limited child) → OCR (declined)
   → metadata, next to pymupdf's bare ``get_text`` on the same PDFs;
2. OCR pages per second through our OCR step (render in the limited child, tesseract per
   page over stdin/stdout, pages in parallel) next to the bare ``tesseract`` command line on
   the same page images (files in a temporary folder, sequential and in parallel), in
   interleaved rounds; the ratio ours / best bare is the overhead figure (target < 1.10);
3. store + index and search latency: ``bench_store_and_index`` is the hook for the web app's
   real store and index steps (the lead plugs them in). Until then it measures a stand-in:
   AES-GCM encryption of each file plus a plain SQLCipher FTS5 table, for 10,000 documents.

Text comes from ../shared/corpus when present (sentences recombined), else from a small
built-in word list. Run: .venv/bin/python bench/import.py [--ocr-pages 6] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import random
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
        for _ in range(rounds):
            # Interleaved, so load from other processes hits every method alike.
            for name, method in methods.items():
                results[name].append(timed(method))
    median = {name: statistics.median(times) for name, times in results.items()}
    print(f"\n2. OCR: {pages} scanned pages (200 dpi), {rounds} rounds, {workers} cores")
    print("   bare tesseract reads the very images our step hands to tesseract (PGM files)")
    for name, seconds in median.items():
        low, high = min(results[name]), max(results[name])
        print(f"   {name:47s} {pages / seconds:6.2f} p/s  ({low:.1f}-{high:.1f} s)")
    names = list(methods)
    same_settings = median[names[1]]
    print(
        f"   overhead, whole pipeline / bare same settings: {median[names[3]] / same_settings:.3f}"
        "  (target < 1.10)"
    )
    print(
        f"   overhead, OCR step / bare same settings:       {median[names[2]] / same_settings:.3f}"
    )
    default_ratio = median[names[3]] / median[names[0]]
    print(f"   whole pipeline / bare default command line:    {default_ratio:.3f}")


# --- 3. store + index + search -------------------------------------------------------------


def bench_store_and_index(rng: random.Random, pool: list[str], documents: int) -> None:
    """HOOK FOR THE LEAD: replace the stand-in below by the dossier app's store and index steps
    (``run_pipeline(incoming, extra_steps=[store_step, index_step])`` against a real vault,
    then ``dossierwijs zoek`` latency over the same 10,000 documents, on SQLCipher and on
    PostgreSQL). The stand-in measures the same work with plain parts: AES-GCM per file and
    one SQLCipher FTS5 table, so the figures show the order of magnitude, not the app."""
    import sqlcipher3
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    texts = [page_text(rng, pool, rng.randint(150, 600)) for _ in range(documents)]
    blobs = [text.encode() * 3 for text in texts]  # stands in for the original file's bytes
    key = AESGCM.generate_key(bit_length=256)
    aead = AESGCM(key)
    with tempfile.TemporaryDirectory(prefix="bench-fts-") as folder:
        connection = sqlcipher3.connect(os.path.join(folder, "bench.db"))
        connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        connection.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, nonce BLOB, data BLOB)")
        connection.execute(
            "CREATE VIRTUAL TABLE doc USING fts5(title, body, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5')"
        )
        start = time.perf_counter()
        for number, (text, blob) in enumerate(zip(texts, blobs, strict=True)):
            nonce = os.urandom(12)
            with connection:
                connection.execute(
                    "INSERT INTO blob VALUES (?, ?, ?)",
                    (number, nonce, aead.encrypt(nonce, blob, None)),
                )
                connection.execute(
                    "INSERT INTO doc(rowid, title, body) VALUES (?, ?, ?)",
                    (number, f"Document {number}", text),
                )
        stored = time.perf_counter() - start
        words = sorted({w.strip(".,;:()").lower() for t in texts[:200] for w in t.split()})
        words = [w for w in words if len(w) >= 5 and w.isalpha()]
        queries = [f"{rng.choice(words)[:5]}*" for _ in range(150)]
        queries += [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(50)]
        latencies = []
        for query in queries:
            begin = time.perf_counter()
            connection.execute(
                "SELECT rowid, title, snippet(doc, 1, '[', ']', '…', 12) FROM doc "
                "WHERE doc MATCH ? ORDER BY rank LIMIT 20",
                (query,),
            ).fetchall()
            latencies.append((time.perf_counter() - begin) * 1000)
        connection.close()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"\n3. Store + index STAND-IN (AES-GCM + SQLCipher FTS5), {documents} documents")
    print(f"   store+index: {documents / stored:7.0f} documents/s (one transaction per document)")
    print(
        f"   search over {documents}: median {statistics.median(latencies):.1f} ms, "
        f"p95 {p95:.1f} ms ({len(queries)} queries, prefix and two-word; target p95 < 50 ms)"
    )
    print("   (replace with the app's real store/index steps: see bench_store_and_index)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60, help="born-digital PDFs")
    parser.add_argument("--ocr-pages", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--search-documents", type=int, default=10_000)
    parser.add_argument("--skip-ocr", action="store_true")
    args = parser.parse_args()
    rng = random.Random(20240412)
    pool = sentences(rng)
    print(f"Corpus: {len(pool)} sentences ({'../shared' if SHARED.is_dir() else 'built-in'})")
    bench_born_digital(rng, pool, args.documents)
    if not args.skip_ocr:
        bench_ocr(rng, pool, args.ocr_pages, args.rounds)
    bench_store_and_index(rng, pool, args.search_documents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
