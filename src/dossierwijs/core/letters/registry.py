"""All letter kinds, their Dutch labels and form fields, and the one way to write a letter.

The web app builds a form per kind from :func:`form_fields`, constructs the kind's
input dataclass (``kind.input_type(**cleaned)``) and calls :func:`write_letter`.
"""

from __future__ import annotations

import importlib
import types
import typing
from dataclasses import MISSING, dataclass, fields
from typing import Any

from .age import check_writer_for_age, with_agreement_of_16_plus
from .kinds.base import EssentialFact, has_default, missing_facts, require_rights_writer
from .model import TONES, Letter, LetterContext, LetterError, MissingData

_KIND_MODULES = (
    "inzage",
    "correctie",
    "verwijdering",
    "beperking",
    "bezwaar",
    "herinnering",
    "klacht_ap",
    "intrekking",
    "verkort_verslag",
    "aanbieding",
    "mentor_update",
    "geen_toestemming",
    "machtiging",
    "informatie",
    "verslag_reactie",
    "gesprek_voorbereiding",
)


@dataclass(frozen=True)
class FormField:
    """One field of a kind's form.

    ``widget`` is a hint: "" (one line), "text" (several lines), "lines" (one entry
    per line, a tuple), "checklist" (choose from ``choices``), "choice" (one of
    ``choices``), "date", "bool", "number", "file" (an Attachment), "files" (a tuple of
    Attachments), "object" (built by the app: replies, last year's notes).
    """

    name: str
    label: str
    required: bool
    help: str
    widget: str
    choices: tuple[tuple[str, str], ...] = ()
    default: Any = None


@dataclass(frozen=True)
class LetterKind:
    key: str
    label: str
    description: str
    input_type: type
    essential_facts: tuple[EssentialFact, ...]
    rights_request: bool  # an AVG rights request: the age rules decide who writes
    module: types.ModuleType

    def compose(self, data: Any, ctx: LetterContext, tone: str) -> Letter:
        return self.module.compose(data, ctx, tone)  # type: ignore[no-any-return]


def _load() -> dict[str, LetterKind]:
    kinds = {}
    for name in _KIND_MODULES:
        module = importlib.import_module(f"{__package__}.kinds.{name}")
        kinds[module.KIND] = LetterKind(
            key=module.KIND,
            label=module.LABEL,
            description=module.DESCRIPTION,
            input_type=getattr(module, _input_name(module)),
            essential_facts=module.ESSENTIAL_FACTS,
            rights_request=module.RIGHTS_REQUEST,
            module=module,
        )
    return kinds


def _input_name(module: types.ModuleType) -> str:
    return next(
        n for n in dir(module) if n.endswith("Input") and isinstance(getattr(module, n), type)
    )


KINDS: dict[str, LetterKind] = _load()


def get_kind(key: str) -> LetterKind:
    try:
        return KINDS[key]
    except KeyError:
        raise LetterError(f"Onbekende soort brief: {key}. Kies uit: {', '.join(KINDS)}.") from None


def form_fields(key: str) -> tuple[FormField, ...]:
    """The form fields of a letter kind, in order, with Dutch labels."""
    kind = get_kind(key)
    hints = typing.get_type_hints(kind.input_type)
    result = []
    for f in fields(kind.input_type):
        meta = f.metadata
        widget = meta.get("widget") or _widget_for(hints[f.name])
        choices = getattr(kind.module, "CHOICES", {}).get(f.name, ())
        if f.default is not MISSING:
            default: Any = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        else:
            default = None
        result.append(
            FormField(
                name=f.name,
                label=meta.get("label", f.name),
                required=bool(meta.get("required", not has_default(f))),
                help=meta.get("help", ""),
                widget=widget,
                choices=tuple(choices),
                default=default,
            )
        )
    return tuple(result)


def _widget_for(hint: Any) -> str:
    import datetime

    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is bool:
        return "bool"
    if hint is int:
        return "number"
    if hint is datetime.date or datetime.date in args:
        return "date"
    if origin is tuple:
        return "lines" if args and args[0] is str else "object"
    if hint is str:
        return ""
    return "object"


def essential_phrases(key: str, data: Any, ctx: LetterContext) -> dict[str, tuple[str, ...]]:
    """Per essential fact (Dutch label): the phrases the letter must contain."""
    kind = get_kind(key)
    return {f.label: f.required(data, ctx) for f in kind.essential_facts}


def check_edited(letter: Letter, data: Any, ctx: LetterContext) -> list[str]:
    """Dutch labels of essential facts the (edited) letter no longer states.

    Call after the parent edited the text; warn before producing the letter.
    """
    kind = get_kind(letter.kind)
    return missing_facts(letter.full_text(), kind.essential_facts, data, ctx)


def write_letter(key: str, data: Any, ctx: LetterContext, tone: str) -> Letter:
    """Write letter ``key`` in ``tone``.

    Raises :class:`MissingData` (Dutch labels of what to ask for) or
    :class:`LetterError` (a Dutch message) instead of producing a letter with gaps.
    """
    kind = get_kind(key)
    if tone not in TONES:
        raise LetterError(f"Onbekende toon: {tone}. Kies uit: {', '.join(TONES)}.")
    if not isinstance(data, kind.input_type):
        raise TypeError(f"{key} needs {kind.input_type.__name__}, got {type(data).__name__}")
    missing = ctx.missing()
    if missing:
        raise MissingData(missing)
    if kind.rights_request or getattr(kind.module, "NEEDS_GEZAG", False):
        check_writer_for_age(ctx)
        require_rights_writer(ctx)
    letter = kind.compose(data, ctx, tone)
    if not kind.rights_request:
        letter = with_agreement_of_16_plus(letter, ctx)
    lost = missing_facts(letter.full_text(), kind.essential_facts, data, ctx)
    if lost:  # a defect in our template, not the parent's input: never hand it out
        raise LetterError(
            "Deze brief mist onderdelen die er altijd in moeten staan ("
            + "; ".join(lost)
            + "). Dit is een fout in dossierwijs; meld het alstublieft."
        )
    return letter


__all__ = [
    "KINDS",
    "FormField",
    "LetterKind",
    "MissingData",
    "check_edited",
    "essential_phrases",
    "form_fields",
    "get_kind",
    "write_letter",
]
