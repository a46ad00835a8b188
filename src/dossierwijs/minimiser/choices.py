"""The parent's choices for a draft: the sections kept and the personal data found in them
(the proposals), the proposals accepted, their own terms and boxes; and the detector
started in time, since loading it takes a while.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from dossierwijs.addressbook.models import Contact, Organisation
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import run_limited
from dossierwijs.core.minimiser import analysis, pii
from dossierwijs.core.minimiser.redact import keeps_name
from dossierwijs.core.minimiser.sections import proposal_for_school
from dossierwijs.core.minimiser.worker import DETECTOR, DetectorUnavailable
from dossierwijs.vault.models import Member

from .drafts import AbridgeError, source_pdf
from .models import AbridgeDraft


def apply_school_preset(*, draft: AbridgeDraft) -> list[str]:
    """Tick "voor school": the conclusion and the advice. Returns the titles ticked."""
    draft.keep_sections = proposal_for_school(analysis.sections_from_layout(draft.layout))
    draft.updated_at = timezone.now()
    draft.save(update_fields=["keep_sections", "updated_at"])
    return draft.keep_sections


def save_choices(
    *,
    draft: AbridgeDraft,
    accepted: set[int],
    remove_child_name: bool,
    include_cover_page: bool,
    remove_box: int | None = None,
    add_box: list[float] | None = None,
    extra_terms: str = "",
) -> None:
    """Step 2's choices: the proposals accepted (by index), the child's name, the cover,
    a box removed or added, and the parent's own terms (located on the pages)."""
    count = len(draft.proposals)
    draft.accepted_findings = [draft.proposals[i]["tekst"] for i in sorted(accepted) if i < count]
    draft.remove_child_name = remove_child_name
    draft.include_cover_page = include_cover_page
    boxes = list(draft.manual_boxes)
    if remove_box is not None and 0 <= remove_box < len(boxes):
        del boxes[remove_box]
    if add_box is not None:
        boxes.append(add_box)
    draft.manual_boxes = boxes
    draft.updated_at = timezone.now()
    draft.save()
    set_extra_terms(draft=draft, text=extra_terms)


def warm_up_detection() -> None:
    """Start the detector's worker in the background (loading deduce takes a while)."""
    DETECTOR.warm()


def warm_after_unlock(sender=None, **kwargs) -> None:
    """``user_logged_in``: the vault is open, so a parent may soon make an abridged copy.

    Only where ``DETECTOR_WARM_AFTER_UNLOCK`` says so (see settings: on in a running server).
    """
    if settings.DETECTOR_WARM_AFTER_UNLOCK:
        warm_up_detection()


def known_names(vault) -> list[str]:
    """Names the vault knows: the child, the members, the other parent, the address book."""
    names = [vault.child_name, vault.other_parent_name, vault.school_name]
    names += list(Member.objects.filter(vault=vault).values_list("display_name", flat=True))
    names += list(Organisation.objects.filter(vault=vault).values_list("name", flat=True))
    names += list(Contact.objects.filter(vault=vault).values_list("name", flat=True))
    return sorted({n.strip() for n in names if n and n.strip()})


def choose_sections(*, draft: AbridgeDraft, keep: list[str]) -> None:
    """Save the kept sections and find the personal data within them (the proposals)."""
    pdf = source_pdf(draft)
    areas = analysis.kept_areas(draft.layout, keep)
    try:
        text = run_limited(analysis.kept_text, pdf, areas, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    try:
        findings = DETECTOR.detect(text, known=known_names(draft.vault))
    except pii.TextTooLong as error:
        raise AbridgeError(error.message) from None
    except DetectorUnavailable as error:
        raise AbridgeError(error.message) from None
    kinds: dict[str, str] = {}
    for finding in findings:
        kinds.setdefault(" ".join(finding.tekst.split()), finding.soort)
    names = [t for t, soort in kinds.items() if soort in pii.NAME_KINDS]
    try:
        boxes = run_limited(analysis.locate_terms, pdf, areas, list(kinds), names, seconds=60)
    except DocumentError as error:
        raise AbridgeError(error.message) from None
    child = [draft.vault.child_name] if draft.vault.child_name else []
    draft.keep_sections = keep
    draft.layout = {**draft.layout, "searched_for": keep}
    draft.proposals = [
        {"tekst": t, "soort": s, "child": keeps_name(t, child), "boxes": boxes.get(t, [])}
        for t, s in kinds.items()
    ]
    draft.accepted_findings = [p["tekst"] for p in draft.proposals if not p["child"]]
    draft.term_boxes = {}
    draft.updated_at = timezone.now()
    draft.save()
    set_extra_terms(draft=draft, text=draft.extra_terms)


def searched(draft: AbridgeDraft) -> bool:
    """True when the proposals were found for the sections now chosen (step 1 is done)."""
    return bool(draft.keep_sections) and draft.layout.get("searched_for") == draft.keep_sections


def set_extra_terms(*, draft: AbridgeDraft, text: str) -> None:
    terms = [t.strip() for t in text.splitlines() if t.strip()]
    missing = [t for t in terms if t not in draft.term_boxes]
    boxes = dict(draft.term_boxes)
    if missing:
        areas = analysis.kept_areas(draft.layout, draft.keep_sections)
        try:
            boxes.update(
                run_limited(analysis.locate_terms, source_pdf(draft), areas, missing, seconds=60)
            )
        except DocumentError as error:
            raise AbridgeError(error.message) from None
    draft.extra_terms = "\n".join(terms)
    draft.term_boxes = {t: boxes.get(t, []) for t in terms}
    draft.updated_at = timezone.now()
    draft.save()
