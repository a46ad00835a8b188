"""A meeting with school, the parents' own report of it, and checks of the school's report.

Dates the rules decide (the two weeks to react) are never stored: they come from
``core.meetings.report_clause`` each time, from the sending date the parent recorded.
"""

from __future__ import annotations

import uuid
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from dossierwijs.core.meetings import ReportClause, considered_correct, report_clause


class ChildJoins(models.TextChoices):
    NEE = "nee", _("Nee, wij vragen vooraf wat ons kind wil zeggen")
    DEELS = "deels", _("Een deel van het gesprek")
    JA = "ja", _("Ja, het hele gesprek")


class Meeting(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("onderwerp"), max_length=200)
    held_on = models.DateField(_("datum"))
    start_time = models.TimeField(_("tijd"), null=True, blank=True)
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    purpose = models.TextField(
        _("waarvoor is dit gesprek?"),
        blank=True,
        help_text=_("Het antwoord van school op de vraag waarvoor dit gesprek is."),
    )
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("Eén punt per regel."))
    child_joins = models.CharField(
        _("doet uw kind mee?"), max_length=10, choices=ChildJoins.choices, default=ChildJoins.NEE
    )
    # The parent's own preparation sheet.
    points = models.TextField(
        _("wat wilt u zelf inbrengen?"), blank=True, help_text=_("Eén punt per regel.")
    )
    questions = models.TextField(
        _("welke vragen heeft u?"), blank=True, help_text=_("Eén vraag per regel.")
    )
    wishes = models.TextField(
        _("wat wilt u afspreken?"), blank=True, help_text=_("Wie doet wat, en wanneer.")
    )
    # The preparation letter to school (letters app), stored in the dossier like every letter.
    preparation_letter = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-created_at"]

    def preparation_text(self) -> str:
        """The one-page preparation sheet as text with headings (for the PDF)."""
        parts = [f"Voorbereiding: {self.title}"]
        for heading, body in (
            ("Waarvoor is dit gesprek?", self.purpose),
            ("Agenda", self.agenda),
            ("Wat ik wil inbrengen", self.points),
            ("Mijn vragen", self.questions),
            ("Wat ik wil afspreken", self.wishes),
        ):
            lines = [f"- {line.strip()}" for line in body.splitlines() if line.strip()]
            if lines:
                parts.append(heading + "\n" + "\n".join(lines))
        return "\n\n".join(parts) + "\n"


class OwnReport(models.Model):
    """The parents' own report, in the sections the advice names."""

    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="own_report")
    attendees = models.TextField(
        _("aanwezigen"), blank=True, help_text=_("Naam (rol), één per regel.")
    )
    purpose = models.TextField(_("doel van het gesprek"), blank=True)
    discussed = models.TextField(_("wat er besproken is"), blank=True)
    agreements = models.TextField(
        _("afspraken"),
        blank=True,
        help_text=_("Eén afspraak per regel: wie doet wat, en wanneer."),
    )
    positions = models.TextField(_("standpunten en bezwaren van de ouders"), blank=True)
    follow_up = models.TextField(_("vervolg"), blank=True)
    sent_on = models.DateField(_("verstuurd op"), null=True, blank=True)
    reaction_on = models.DateField(_("reactie ontvangen op"), null=True, blank=True)
    # The school's reaction itself, when the parent added it (a document in the dossier).
    reaction_document = models.ForeignKey(
        "dossier.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set by ``services.settle_passed_reports`` to the day after the term, never by hand. A
    # reaction dated after the term keeps it (the status says school reacted late); one dated
    # within the term clears it.
    considered_correct_on = models.DateField(_("als juist beschouwd op"), null=True, blank=True)

    def clause(self) -> ReportClause | None:
        return report_clause(self.sent_on) if self.sent_on else None

    def may_count_as_correct(self, today: date) -> bool:
        clause = self.clause()
        return (
            clause is not None
            and self.considered_correct_on is None
            and considered_correct(clause, today, reaction_received=self.reaction_on is not None)
        )

    def as_text(self) -> str:
        """The report as plain text with its headings: what the comparer and the e-mail read."""
        sections = [
            ("Aanwezig", self.attendees, False),
            ("Doel van het gesprek", self.purpose, False),
            ("Wat er besproken is", self.discussed, False),
            ("Standpunten en bezwaren van de ouders", self.positions, False),
            ("Afspraken", self.agreements, True),
            ("Vervolg", self.follow_up, False),
        ]
        parts = [f"Ons verslag: {self.meeting.title}"]
        for heading, body, bullets in sections:
            lines = [line.strip() for line in body.splitlines() if line.strip()]
            if not lines:
                continue
            if heading == "Aanwezig":
                parts.append("Aanwezig: " + ", ".join(lines))
                continue
            text = "\n".join(f"- {line}" for line in lines) if bullets else "\n".join(lines)
            parts.append(f"{heading}\n{text}")
        return "\n\n".join(parts) + "\n"


class SchoolReportCheck(models.Model):
    """The school's report compared with the parents' own; the parent ticks what to raise."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="checks")
    school_text = models.TextField(_("verslag van school"))
    differences = models.JSONField(default=list)  # [{"soort", "eigen", "school", "uitleg"}]
    to_raise = models.JSONField(default=list)  # indexes into differences
    # The reply to school (letters app), stored in the dossier like every letter.
    reply = models.ForeignKey(
        "letters.Letter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


class Recording(models.Model):
    """A recording of the meeting, for the parents alone: never a document, so never shared.

    The bytes are kept encrypted through the dossier's document API (a working file); only
    its id is here.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="recordings")
    filename = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=50)
    size = models.PositiveBigIntegerField()
    file_id = models.CharField(max_length=128)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class RecordingNote(models.Model):
    """A note the parent adds at a moment in the recording."""

    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    recording = models.ForeignKey(Recording, on_delete=models.CASCADE, related_name="notes")
    at_seconds = models.PositiveIntegerField(_("moment (seconden)"))
    text = models.TextField(_("notitie"))

    class Meta:
        ordering = ["at_seconds"]

    @property
    def moment(self) -> str:
        minutes, seconds = divmod(self.at_seconds, 60)
        return f"{minutes}:{seconds:02d}"


class Participant(models.Model):
    """Someone at the meeting, from the address book: a person (with their organisation) or an
    organisation as such, their role in this meeting and what they bring."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vault = models.ForeignKey("vault.Vault", on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participants")
    contact = models.ForeignKey(
        "addressbook.Contact", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "addressbook.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("rol in dit gesprek"), max_length=200, blank=True)
    contribution = models.TextField(_("wat brengt deze deelnemer in?"), blank=True)
    will_see = models.TextField(
        _("welke documenten krijgt deze deelnemer te zien?"),
        blank=True,
        help_text=_("Eén document per regel."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.contact} ({self.organisation})" if self.contact else str(self.organisation)

    def documents_to_see(self) -> list[str]:
        return [line.strip() for line in self.will_see.splitlines() if line.strip()]
