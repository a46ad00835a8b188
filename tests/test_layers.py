"""The layer order of the apps, kept by a test (DEVELOPERS.md, "How the apps meet").

    core → vault → dossier, addressbook → letters → consent, rights, minimiser, meetings
         → sharing → knowledge → cli, the project's urls

A module may import its own app and any lower layer, never a higher one nor another app of
its own layer. The way up is the contribution contract (``dossierwijs.contributions``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_project_hygiene import imported_modules

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "dossierwijs"

LAYERS = {
    "core": 0,
    "contributions": 0,
    "config": 0,
    "vault": 1,
    "dossier": 2,
    "addressbook": 2,
    "letters": 3,
    "consent": 4,
    "rights": 4,
    "minimiser": 4,
    "meetings": 4,
    "sharing": 5,
    "knowledge": 6,
    "cli": 7,
    "demo": 7,
    "urls": 7,
    "settings": 7,
    "wsgi": 7,
    "static_files": 7,
    "__main__": 7,
}
TOP = max(LAYERS.values())
# Who may read and write encrypted files directly: the vault (backup, export) and the dossier
# (the document API). Every other app goes through ``dossierwijs.dossier.api``.
BLOB_STORE_USERS = {"vault", "dossier"}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
            # Relative imports in a package's __init__ start from the package itself.
            module = ".".join(parts) + ".__init__"
        else:
            module = ".".join(parts)
        yield path, module


def app_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "dossierwijs" else None


def imports_of(path: Path, module: str):
    for line, name in imported_modules(path.read_text(encoding="utf-8"), module):
        if app_of(name) is not None:
            yield line, name


def test_every_app_has_a_layer():
    apps = {app_of(module) for _path, module in modules()} - {None, "__init__"}
    assert apps <= set(LAYERS), f"give these a layer: {sorted(apps - set(LAYERS))}"


def test_no_app_imports_a_higher_layer_or_a_neighbour():
    wrong = []
    for path, module in modules():
        own = app_of(module)
        for line, name in imports_of(path, module):
            other = app_of(name)
            if other in (own, "__init__"):
                continue
            mine, theirs = LAYERS[own], LAYERS[other]
            # The project's entry points (urls, settings, cli, …) share the top layer.
            if theirs > mine or (theirs == mine != TOP and other != own):
                wrong.append(f"{module}:{line} imports {name}")
    assert wrong == []


def test_no_app_imports_another_apps_views():
    wrong = [
        f"{module}:{line} imports {name}"
        for path, module in modules()
        for line, name in imports_of(path, module)
        if ".views" in name and app_of(name) != app_of(module) and app_of(module) != "urls"
    ]
    assert wrong == []


def test_only_the_vault_and_the_dossier_touch_the_blob_store():
    wrong = [
        f"{module}:{line}"
        for path, module in modules()
        for line, name in imports_of(path, module)
        if name.startswith("dossierwijs.vault.blobs") and app_of(module) not in BLOB_STORE_USERS
    ]
    assert wrong == []


def module_level_imports(path: Path, module: str) -> set[str]:
    """The dossierwijs modules a module imports outside functions (``if TYPE_CHECKING:`` too:
    two modules that need each other's types belong together or apart, not in a loop)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    outside: list[ast.stmt] = []
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            outside.append(node)
        elif isinstance(node, ast.If | ast.Try):
            pending.extend(node.body + node.orelse + getattr(node, "handlers", []))
        elif isinstance(node, ast.ExceptHandler):
            pending.extend(node.body)
    top = ast.Module(body=outside, type_ignores=[])
    return {n for _line, n in imported_modules(ast.unparse(top), module) if app_of(n) is not None}


def test_no_import_cycles_between_modules():
    known = {module.removesuffix(".__init__"): path for path, module in modules()}
    graph = {}
    for path, module in modules():
        targets = set()
        for name in module_level_imports(path, module):
            # "from x import y" names x.y, which may be a function: keep real modules only.
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module.removesuffix(".__init__"):
                targets.add(name)
        graph[module.removesuffix(".__init__")] = targets
    cycles = []
    state: dict[str, int] = {}

    def visit(node, stack):
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            # A package importing its own submodules is how packages work, not a cycle.
            if nxt.startswith(node + "."):
                continue
            if state.get(nxt) == 1:
                cycles.append(" → ".join(stack[stack.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


START_UP_WEIGHT = "# start-up weight:"


def uncommented_function_imports(source: str, module: str) -> list[int]:
    """Lines where a function imports a dossierwijs module without saying why.

    The layer order lets every import sit at the top. What stays inside a function is there
    for start-up weight (a heavy library, or Django for a command-line command that needs
    none), and says so: ``# start-up weight: …`` on the line, or in the comments above the
    run of imports it belongs to.
    """
    lines = source.splitlines()
    tree = ast.parse(source)
    import_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            import_lines.update(range(node.lineno, node.end_lineno + 1))
    wrong = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = [n for _line, n in imported_modules(ast.unparse(node), module)]
            if not any(app_of(n) is not None or n == "dossierwijs" for n in names):
                continue
            said = START_UP_WEIGHT in lines[node.lineno - 1]
            number = node.lineno - 1  # 1-based line above the import
            while not said and number >= 1:
                text = lines[number - 1].strip()
                if text.startswith("#"):
                    said = START_UP_WEIGHT in text
                elif not (text == "" or number in import_lines):
                    break
                number -= 1
            if not said and node.lineno not in wrong:
                wrong.append(node.lineno)
    return wrong


def test_function_level_imports_say_they_are_for_start_up_weight():
    wrong = [
        f"{module}:{line}"
        for path, module in modules()
        # A migration is history: it imports the app's code when it runs, as Django advises.
        if ".migrations." not in module
        for line in uncommented_function_imports(path.read_text(encoding="utf-8"), module)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("source", "wrong"),
    [
        ("def f():\n    from dossierwijs.dossier.models import Document\n", [2]),
        ("def f():\n    from ..dossier import services\n    return services\n", [2]),
        ("def f():\n    import dossierwijs.vault.keyring\n", [2]),
        ("def f():\n    # Loads PyMuPDF.\n    from dossierwijs.core import x\n", [3]),
        ("def f():\n    from dossierwijs.core import x  # start-up weight: PyMuPDF\n", []),
        (
            "def f():\n    # start-up weight: Django only for this command.\n"
            "    from django.conf import settings\n\n"
            "    from dossierwijs.vault import keyring\n",
            [],
        ),
        ("x = 1\n# start-up weight: far away\ndef f():\n    from dossierwijs import y\n", [4]),
        ("def f():\n    import json\n    from django.db import models\n", []),
    ],
)
def test_the_function_import_check_sees_what_it_should(source, wrong):
    assert uncommented_function_imports(source, "dossierwijs.letters.services") == wrong


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from dossierwijs.knowledge.deadlines import x", "dossierwijs.knowledge.deadlines"),
        ("from ...sharing.models import Organisation", "dossierwijs.sharing.models"),
    ],
)
def test_the_finder_sees_absolute_and_relative_imports(source, expected):
    names = [n for _line, n in imported_modules(source, "dossierwijs.letters.views.compose")]
    assert expected in names
