"""The explanations the checker writes, as one string, for tests about kinds of finding."""

from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "src" / "dossierwijs" / "core" / "consent_check"


def written_explanations() -> str:
    """The checker's source outside doubt.py with f-string pieces joined (renaming an
    explanation must not silently switch off what doubt.py does with it)."""
    sources = " ".join(
        " ".join(p.read_text(encoding="utf-8").split())
        for p in CORE.glob("*.py")
        if p.name != "doubt.py"
    )
    return sources.replace('" f"', "").replace('f"', "").replace('"', "")
