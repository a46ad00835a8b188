"""The two-week sentence under the parents' own meeting report.

The parents send their report to everyone who was there and write that they take it to be a
correct account if they hear nothing within two weeks. The date is computed by the rules core:
sending date + 14 days, moved to the next working day past a weekend or public holiday
(``core.rules.deadlines.meeting_report_deadline``). Two weeks is a working agreement, not a
statutory period (source "gespreksverslag", confidence I).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossierwijs.core.rules.deadlines import Deadline, meeting_report_deadline
from dossierwijs.core.rules.dutch_dates import long_date


@dataclass(frozen=True)
class ReportClause:
    sent: date
    deadline: Deadline  # due: the last day a reaction is still in time
    sentence: str  # Dutch, for the e-mail and under the report

    @property
    def due(self) -> date:
        return self.deadline.due


def report_clause(sent: date) -> ReportClause:
    """The reaction date for a report sent on ``sent``, and the sentence that says it."""
    deadline = meeting_report_deadline(sent)
    sentence = (
        f"Wilt u laten weten of u iets anders hebt genoteerd? Horen wij uiterlijk "
        f"{long_date(deadline.due)} niets van u, dan gaan wij ervan uit dat dit verslag een "
        "juiste weergave is van het gesprek."
    )
    return ReportClause(sent=sent, deadline=deadline, sentence=sentence)


def considered_correct(clause: ReportClause, today: date, *, reaction_received: bool) -> bool:
    """True once the reaction period has passed without a reaction the parents recorded."""
    return not reaction_received and today > clause.due
