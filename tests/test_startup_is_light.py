"""Serving the first page must not load heavy libraries (issue 2: start-up stays light)."""

import json
import os
import subprocess
import sys

HEAVY = ("deduce", "pymupdf", "fitz", "docx", "pdfminer", "odf", "extract_msg")

CODE = f"""
import json, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
from dossierwijs.wsgi import application
from django.test import Client
assert Client().get("/inloggen/", HTTP_HOST="127.0.0.1").status_code in (200, 302)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})))
"""


def test_the_first_page_loads_no_pdf_ocr_or_deidentification_library(tmp_path):
    env = dict(os.environ, DOSSIERWIJS_DATA_DIR=str(tmp_path / "data"))
    env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", CODE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []
