"""The steps of an abridged copy: start a draft, find proposals, make and store the copy.

This module is the minimiser's service API; the steps live in modules named for what they
do, and every name is importable from here as before:

- ``drafts``: ``AbridgeError``, ``start_draft``, ``current_draft``, ``discard`` and the PDF
  made for a draft
- ``choices``: the sections kept, the proposals found and accepted, the parent's own terms
  and boxes, and warming up the detector
- ``abridged_copy``: ``make_copy``, ``preview_pages`` and ``store_copy`` (and
  ``EXTRA_CHECKS``: append to it here or there, it is one list; to replace it, set it on
  ``abridged_copy``, where ``make_copy`` reads it)
"""

from __future__ import annotations

from dossierwijs.core.minimiser.worker import DETECTOR  # noqa: F401 - part of this module's API

from .abridged_copy import (  # noqa: F401 - part of this module's API
    EXTRA_CHECKS,
    copy_filename,
    cover_page_text,
    make_copy,
    names_to_remove,
    preview_pages,
    removed_summary,
    store_copy,
    terms_to_remove,
)
from .choices import (  # noqa: F401 - part of this module's API
    apply_school_preset,
    choose_sections,
    known_names,
    save_choices,
    searched,
    set_extra_terms,
    warm_after_unlock,
    warm_up_detection,
)
from .drafts import (  # noqa: F401 - part of this module's API
    AbridgeError,
    current_draft,
    discard,
    forget_drafts_of,
    forget_source,
    layout_of,
    source_kind,
    source_pdf,
    start_draft,
)
