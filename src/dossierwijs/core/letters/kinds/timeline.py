"""The history of a rights request, for the reminder and the complaint.

The deadline itself comes from the rules core (AVG art. 12 lid 3; Verordening
1182/71 art. 3): ``dossierwijs.core.rules.deadlines``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dossierwijs.core.rules.deadlines import (
    extension_announcement_explained,
    rights_request_deadline,
)

from ..model import MissingData, dutch_date
from .base import label

# The rights requests a reminder or complaint can be about: noun and article.
REQUEST_KINDS: dict[str, tuple[str, str]] = {
    "inzage": ("verzoek om inzage en een kopie", "artikel 15 AVG"),
    "correctie": ("verzoek om correctie of aanvulling", "artikel 16 AVG"),
    "verwijdering": ("verzoek om verwijdering", "artikel 17 AVG"),
    "beperking": ("verzoek om beperking van de verwerking", "artikel 18 AVG"),
    "bezwaar": ("bezwaar tegen het gebruik van gegevens", "artikel 21 AVG"),
}
HOW = {"email": "per e-mail", "post": "per post", "hand": "persoonlijk afgegeven"}


@dataclass(frozen=True)
class Reply:
    """Something the organisation sent back."""

    on: date
    summary: str  # e.g. "ontvangstbevestiging", "deel van het dossier, zonder notities"


@dataclass(frozen=True)
class RequestHistory:
    request_kind: str = field(metadata=label("Om welk verzoek gaat het", widget="choice"))
    sent_on: date | None = field(metadata=label("Wanneer hebt u het verzoek verstuurd"))
    how: str = field(default="email", metadata=label("Hoe verstuurd", widget="choice"))
    received_on: date | None = field(
        default=None,
        metadata=label(
            "Wanneer heeft de organisatie het ontvangen",
            required=False,
            help="Bij e-mail is dat meestal dezelfde dag als het versturen.",
        ),
    )
    extension_on: date | None = field(
        default=None,
        metadata=label("Wanneer meldde de organisatie een verlenging", required=False),
    )
    extension_with_reasons: bool = field(
        default=False, metadata=label("Gaf de organisatie daarbij redenen", required=False)
    )
    replies: tuple[Reply, ...] = field(
        default=(), metadata=label("Reacties van de organisatie", required=False, widget="object")
    )
    reminder_on: date | None = field(
        default=None, metadata=label("Wanneer stuurde u een herinnering", required=False)
    )

    @property
    def received(self) -> date:
        received = self.received_on or self.sent_on
        if received is None:
            raise MissingData(["Wanneer hebt u het verzoek verstuurd"])
        return received

    def request_noun(self) -> str:
        return REQUEST_KINDS[self.request_kind][0]

    def request_article(self) -> str:
        return REQUEST_KINDS[self.request_kind][1]

    def extension(self) -> tuple[bool, str]:
        """(counts, Dutch explanation); (False, "") when no extension was announced."""
        if self.extension_on is None:
            return False, ""
        return extension_announcement_explained(
            self.received, self.extension_on, self.extension_with_reasons
        )

    def due(self) -> date:
        """The last day for the answer, with an extension only when it was valid."""
        return rights_request_deadline(self.received, extended=self.extension()[0]).due

    def events(self, organisation: str) -> list[str]:
        """The timeline, one Dutch line per event, in date order."""
        if self.request_kind not in REQUEST_KINDS:
            raise ValueError(f"unknown request kind {self.request_kind!r}")
        sent = self.sent_on
        assert sent is not None
        rows: list[tuple[date, int, str]] = [
            (
                sent,
                0,
                f"{self.request_noun()} ({self.request_article()}) verstuurd "
                f"{HOW.get(self.how, self.how)}",
            ),
            (self.received, 1, f"verzoek ontvangen door {organisation}"),
        ]
        counts, why = self.extension()
        if self.extension_on is not None:
            rows.append((self.extension_on, 2, "verlenging gemeld. " + why))
        for reply in self.replies:
            rows.append((reply.on, 3, f"reactie van {organisation}: {reply.summary.strip()}"))
        if self.reminder_on is not None:
            rows.append((self.reminder_on, 4, "herinnering verstuurd"))
        due = self.due()
        rows.append(
            (
                due,
                5,
                "uiterste datum voor het antwoord"
                + (
                    " (na verlenging)"
                    if counts
                    else " (één maand na ontvangst, geen geldige verlenging)"
                ),
            )
        )
        rows.sort(key=lambda r: (r[0], r[1]))
        return [f"{dutch_date(day)}: {text}" for day, _, text in rows]
