"""Recording a meeting: allowed when you take part (Sr 139a), hedged on evidence and sharing."""

from dossierwijs.core.knowledge import BY_SLUG, is_hedged
from dossierwijs.core.rules.recording import may_record
from dossierwijs.core.rules.sources import sources


def test_recording_a_meeting_you_take_part_in_is_allowed_with_hedged_notes():
    answer = may_record(takes_part=True)
    assert answer.allowed
    assert "139a" in answer.explanation
    notes = " ".join(answer.notes)
    assert "meestal" in notes and "niet kunnen controleren" in notes  # evidence: 4.2 and 4.6
    assert "privacy" in notes  # spreading it: 4.4
    assert {s.fact for s in sources(*answer.source_ids)} == {"4.1", "4.2", "4.4", "4.5"}


def test_recording_a_conversation_you_are_not_in_is_not_allowed():
    answer = may_record(takes_part=False)
    assert not answer.allowed
    assert "afluisteren" in answer.explanation


def test_the_kennis_item_rests_on_the_rule_and_hedges_what_was_not_checked():
    item = BY_SLUG["gesprek-opnemen"]
    assert item.rule.endswith("recording:may_record")
    assert "niet strafbaar" in item.text and "privacy" in item.text
    assert is_hedged(item.why)
