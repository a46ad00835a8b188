"""Project rules that no other test guards: pure core, CI runs the real tests, AGPL license."""

from __future__ import annotations

import ast
import hashlib
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "src" / "dossierwijs" / "core"

# sha256 of the official text as published by the FSF (gnu.org/licenses/agpl-3.0.txt).
AGPL_V3_SHA256 = "0d96a4ff68ad6d4b6f1f30f713b18d5184912ba8dd389f86aa7710db079abcb0"


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """Every module a Python file imports, with its line; relative imports made absolute."""
    found: list[tuple[int, str]] = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            found.extend((node.lineno, f"{name}.{alias.name}") for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None))
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def is_django(name: str) -> bool:
    return name == "django" or name.startswith("django.")


def test_import_finder_sees_every_form_of_django_import():
    source = (
        "import django\nfrom django.db import models\nimport os, django.conf\n"
        "import importlib\nmod = importlib.import_module('django.utils')\n"
    )
    names = [name for _, name in imported_modules(source, "dossierwijs.core.x")]
    assert [n for n in names if is_django(n)] == [
        "django",
        "django.db",
        "django.db.models",
        "django.conf",
        "django.utils",
    ]


def test_relative_imports_are_resolved_from_the_module_package():
    names = [n for _, n in imported_modules("from ..rules import dates\n", "dossierwijs.core.a.b")]
    assert names == ["dossierwijs.core.rules", "dossierwijs.core.rules.dates"]


def test_core_imports_nothing_from_django():
    files = sorted(CORE.rglob("*.py"))
    assert files, "src/dossierwijs/core has no Python files"
    offences = []
    for path in files:
        module = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts)
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module):
            # Django itself, or a dossierwijs module outside core (those are Django apps).
            outside_core = name.startswith("dossierwijs.") and not name.startswith(
                "dossierwijs.core"
            )
            if is_django(name) or outside_core:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offences == [], "core/ must stay pure Python:\n" + "\n".join(offences)


def test_ci_runs_the_test_script():
    ci = ROOT / ".ci" / "run"
    commands = [
        shlex.split(line, comments=True)
        for line in ci.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    words = [word for command in commands for word in command]
    assert "scripts/test" in words
    test_script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert "pytest" in test_script


def test_license_is_the_complete_agpl_v3():
    text = (ROOT / "LICENSE").read_bytes()
    assert (
        text.decode("utf-8")
        .lstrip()
        .startswith(
            "GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007"
        )
    )
    assert b"How to Apply These Terms to Your New Programs" in text
    assert hashlib.sha256(text).hexdigest() == AGPL_V3_SHA256


def test_pyproject_declares_the_same_license():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^license\s*=\s*"AGPL-3\.0-or-later"', pyproject, re.MULTILINE)
