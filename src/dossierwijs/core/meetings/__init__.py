"""Meetings: compare the parents' own report with the school's, and the rules around it.

Pure Python (no Django): ``compare_reports`` for the report check, ``report_clause`` for the
two-week sentence under the parents' report, ``child_participation`` for whether the child
joins the meeting.
"""

from dossierwijs.core.meetings.child import ChildParticipation, child_participation
from dossierwijs.core.meetings.clause import ReportClause, considered_correct, report_clause
from dossierwijs.core.meetings.compare import KINDS, Comparison, Difference, compare_reports

__all__ = [
    "KINDS",
    "ChildParticipation",
    "Comparison",
    "Difference",
    "ReportClause",
    "child_participation",
    "compare_reports",
    "considered_correct",
    "report_clause",
]
