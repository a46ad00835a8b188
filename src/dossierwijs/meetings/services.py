"""Writes for meetings: each in one transaction, each written to the journal.

Never put names, report text or the school's words in a journal summary.

The public face of the meetings app's writes; each lives in the module for what parents do:

- ``preparing``: the meeting, who takes part, and the preparation letter to school;
- ``own_report``: the parents' own report, sending it, the school's reaction and the two
  weeks after which it counts as correct;
- ``school_report``: checking the school's report against the own one, and the reply;
- ``recordings``: recordings of the meeting, kept encrypted, and notes at moments in them.
"""

from __future__ import annotations

from .own_report import (
    REPORT_FIELDS,
    ReactionError,
    mark_report_sent,
    pull_recording_notes,
    record_reaction,
    save_own_report,
    settle_after_unlock,
    settle_passed_reports,
)
from .preparing import (
    MEETING_FIELDS,
    PARTICIPANT_FIELDS,
    ParticipantError,
    add_participant,
    change_participant,
    create_meeting,
    make_preparation_letter,
    preparation_fields,
    remove_participant,
)
from .recordings import (
    AUDIO_TYPES,
    MAX_RECORDING_BYTES,
    NOT_AUDIO,
    SNIFF_BYTES,
    TOO_LARGE,
    RecordingSink,
    StoredRecording,
    add_recording,
    add_recording_note,
    add_stored_recording,
    audio_type,
    discard_unclaimed_recording,
)
from .school_report import (
    POINT_WORDING,
    check_school_report,
    choose_points,
    make_reply,
    reply_points,
)

__all__ = [
    "AUDIO_TYPES",
    "MAX_RECORDING_BYTES",
    "MEETING_FIELDS",
    "NOT_AUDIO",
    "PARTICIPANT_FIELDS",
    "POINT_WORDING",
    "REPORT_FIELDS",
    "SNIFF_BYTES",
    "TOO_LARGE",
    "ParticipantError",
    "ReactionError",
    "RecordingSink",
    "StoredRecording",
    "add_participant",
    "add_recording",
    "add_recording_note",
    "add_stored_recording",
    "audio_type",
    "change_participant",
    "check_school_report",
    "choose_points",
    "create_meeting",
    "discard_unclaimed_recording",
    "make_preparation_letter",
    "make_reply",
    "mark_report_sent",
    "preparation_fields",
    "pull_recording_notes",
    "record_reaction",
    "remove_participant",
    "reply_points",
    "save_own_report",
    "settle_after_unlock",
    "settle_passed_reports",
]
