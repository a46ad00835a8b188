"""Inzageverzoek: access to, and a copy of, everything the organisation keeps about the child.

AVG art. 15 (access, lid 1 a-h information), art. 15 lid 3 (the copy; CJEU C-487/21:
a faithful and intelligible reproduction, including documents where needed; the first
copy is free, a request made by e-mail is answered electronically: fact 1.4, 1.14),
CJEU C-579/21 (the dates and purposes of consultations are part of access, the identity
of individual employees normally not), art. 12 lid 3 (one month).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Attachment, Letter, LetterContext, Paragraph, Writer
from .base import (
    ONE_MONTH,
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    data_of,
    label,
    one_month_term,
    pick,
    require_rights_writer,
    we,
    who_asks,
)

KIND = "inzage"
LABEL = "Inzageverzoek (artikel 15 AVG)"
DESCRIPTION = (
    "Vraag de school of een andere organisatie om inzage in en een kopie van alle "
    "gegevens over uw kind."
)
RIGHTS_REQUEST = True

# What schools tend to leave out of an answer, so we ask for it by name.
CHECKLIST: dict[str, str] = {
    "leerlingvolgsysteem": (
        "alle documenten, notities en registraties in het leerlingvolgsysteem ({systeem}), "
        "ook die voor ouders niet zichtbaar zijn"
    ),
    "interne_verslagen": "interne verslagen, notities en aantekeningen van overleggen",
    "emails": "e-mails en andere berichten over {kind} die u bewaart",
    "logboeken": "digitale logboeken en journaals",
    "bijlagenpagina": "een schermafdruk van de pagina met bijlagen in het leerlingvolgsysteem",
    "overzicht": (
        "een overzicht van alle soorten gegevens die u over {kind} vastlegt, zoals de "
        "Autoriteit Persoonsgegevens beschrijft wat een leerlingdossier mag bevatten"
    ),
    "toegang": "wie binnen en buiten uw organisatie toegang heeft tot deze gegevens",
    "ontvangers": (
        "aan wie u gegevens over {kind} hebt verstrekt of nog gaat verstrekken "
        "(de ontvangers, artikel 15 lid 1 onder c AVG)"
    ),
    "raadplegingen": (
        "wanneer en waarvoor {gegevens} zijn ingezien of gebruikt, bijvoorbeeld "
        "volgens het logboek van het leerlingvolgsysteem (Hof van Justitie van de EU, zaak "
        "C-579/21)"
    ),
    "bewaartermijn": "hoe lang u de gegevens bewaart (de bewaartermijn)",
    "doelen_bron": "voor welke doelen u de gegevens gebruikt en van wie u ze hebt gekregen",
}
CHECKLIST_LABELS: dict[str, str] = {
    "leerlingvolgsysteem": "Documenten in het leerlingvolgsysteem, ook de verborgen",
    "interne_verslagen": "Interne verslagen en notities",
    "emails": "E-mails over uw kind",
    "logboeken": "Digitale logboeken en journaals",
    "bijlagenpagina": "Schermafdruk van de bijlagenpagina",
    "overzicht": "Overzicht van alle soorten gegevens",
    "toegang": "Wie toegang heeft",
    "ontvangers": "Aan wie gegevens zijn verstrekt (artikel 15 lid 1 c)",
    "raadplegingen": "Wanneer en waarvoor de gegevens zijn ingezien (logboek)",
    "bewaartermijn": "De bewaartermijn",
    "doelen_bron": "Doelen en bron van de gegevens",
}
CHOICES = {"checklist": tuple(CHECKLIST_LABELS.items())}
DEFAULT_SYSTEM_TEXT = "zoals Magister, ParnasSys, SOM of Eduarte"


@dataclass(frozen=True)
class InzageInput:
    checklist: tuple[str, ...] = field(
        default=tuple(CHECKLIST),
        metadata=label(
            "Waar vraagt u in het bijzonder om",
            help="Scholen laten deze dingen vaak weg. Vraag er daarom apart om.",
            widget="checklist",
        ),
    )
    pupil_system: str = field(
        default="",
        metadata=label(
            "Welk leerlingvolgsysteem gebruikt de school",
            required=False,
            help="Bijvoorbeeld Magister, ParnasSys, SOM of Eduarte. Weet u het niet, laat leeg.",
        ),
    )
    extra: tuple[str, ...] = field(
        default=(),
        metadata=label("Wat wilt u nog meer zien", required=False, widget="lines"),
    )
    id_copy: Attachment | None = field(
        default=None,
        metadata=label(
            "Afgeschermde kopie van uw identiteitsbewijs",
            required=False,
            help="BSN en pasfoto afgeschermd. dossierwijs kan die kopie voor u maken.",
            widget="file",
        ),
    )


def _items(data: InzageInput, ctx: LetterContext) -> list[str]:
    system = data.pupil_system.strip() or DEFAULT_SYSTEM_TEXT
    unknown = [key for key in data.checklist if key not in CHECKLIST]
    if unknown:
        raise ValueError(f"unknown checklist keys: {unknown}")
    items = [
        CHECKLIST[key].format(systeem=system, kind=about(ctx), gegevens=data_of(ctx))
        for key in CHECKLIST
        if key in data.checklist
    ]
    return items + [e.strip() for e in data.extra if e.strip()]


ESSENTIAL_FACTS = (
    EssentialFact(
        "artikel_15",
        "Het recht op inzage (artikel 15 AVG)",
        phrases=("artikel 15 van de Algemene verordening gegevensbescherming",),
    ),
    EssentialFact(
        "kopie",
        "Uitdrukkelijk een kopie gevraagd (artikel 15 lid 3 AVG)",
        phrases=("een kopie van alle persoonsgegevens", "artikel 15 lid 3 AVG"),
    ),
    EssentialFact(
        "digitaal_kosteloos",
        "Een digitale kopie, de eerste kosteloos, niet alleen inzien op school",
        phrases=("digitaal", "kosteloos", "op school"),
    ),
    ONE_MONTH,
    EssentialFact(
        "categorieen",
        "De dingen waar u in het bijzonder om vraagt",
        dynamic=lambda data, ctx: _items(data, ctx),
    ),
    WHO_ASKS,
)


def compose(data: InzageInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the access request in ``tone``."""
    check_input(data)
    require_rights_writer(ctx)
    org, child = ctx.recipient.name, about(ctx)
    article = "artikel 15 van de Algemene verordening gegevensbescherming (AVG)"
    opening = pick(
        tone,
        vriendelijk=we(
            ctx,
            f"Wij willen graag weten welke gegevens {org} over {child} bewaart en gebruikt. "
            f"Daarom vragen wij u om inzage, op grond van {article}.",
            f"Ik wil graag weten welke gegevens {org} over {child} bewaart en gebruikt. "
            f"Daarom vraag ik u om inzage, op grond van {article}.",
        ),
        zakelijk=we(ctx, "Hierbij vragen wij", "Hierbij vraag ik")
        + f" op grond van {article} om inzage in alle persoonsgegevens die {org} "
        f"over {child} verwerkt.",
        stellig=f"Op grond van {article} "
        + we(ctx, "hebben wij", "heb ik")
        + f" recht op inzage in alle persoonsgegevens die {org} over {child} verwerkt. "
        + we(ctx, "Wij maken", "Ik maak")
        + " hierbij gebruik van dat recht.",
    )
    copy = (
        we(ctx, "Wij vragen", "Ik vraag")
        + " uitdrukkelijk om een kopie van alle persoonsgegevens (artikel 15 lid 3 AVG). "
        "Een samenvatting of overzicht alleen is niet genoeg: de kopie moet alle gegevens "
        "volledig en begrijpelijk weergeven, waar nodig met kopieën van de documenten zelf "
        "(Hof van Justitie van de EU, zaak C-487/21)."
    )
    mail = ctx.signers[0].email if ctx.signers and ctx.writer is not Writer.JONGERE else ""
    if ctx.writer is Writer.JONGERE:
        mail = ctx.child.email
    send_to = f"per e-mail aan {mail}" if mail else "per e-mail"
    digital = (
        we(ctx, "Wij ontvangen", "Ik ontvang")
        + f" de kopie graag digitaal, {send_to}. De eerste kopie is kosteloos (artikel 15 "
        "lid 3 AVG). Alleen het dossier op school komen inzien is niet genoeg: "
        + we(ctx, "wij vragen", "ik vraag")
        + " om een kopie die "
        + we(ctx, "wij mogen", "ik mag")
        + " houden."
    )
    checklist_intro = pick(
        tone,
        vriendelijk="Het zou " + we(ctx, "ons", "mij") + " erg helpen als u ook aan het "
        "volgende denkt. Dit wordt in de praktijk vaak vergeten:",
        zakelijk=we(ctx, "Wij vragen", "Ik vraag") + " in het bijzonder om:",
        stellig="Het verzoek omvat uitdrukkelijk ook:",
    )
    if data.id_copy is not None:
        identity = (
            "Een kopie van " + we(ctx, "ons", "mijn") + " identiteitsbewijs zit als bijlage "
            "bij deze brief. Het burgerservicenummer en de pasfoto zijn afgeschermd."
        )
    else:
        identity = we(
            ctx,
            "Wilt u onze identiteit controleren? Dan kunnen wij ons bij u legitimeren.",
            "Wilt u mijn identiteit controleren? Dan kan ik mij bij u legitimeren.",
        )
    ending = pick(
        tone,
        vriendelijk="Alvast hartelijk dank. Hebt u vragen over dit verzoek, neem dan gerust "
        "contact met " + we(ctx, "ons", "mij") + " op.",
        zakelijk="Wilt u de ontvangst van dit verzoek bevestigen?",
        stellig="Bevestig de ontvangst van dit verzoek. "
        + we(
            ctx,
            "Krijgen wij niet op tijd een volledig antwoord, dan kunnen wij",
            "Krijg ik niet op tijd een volledig antwoord, dan kan ik",
        )
        + " een klacht indienen bij de Autoriteit Persoonsgegevens (artikel 77 AVG).",
    )
    paragraphs = [
        Paragraph(who_asks(ctx)),
        Paragraph(opening),
        Paragraph(copy),
        Paragraph(digital),
        Paragraph(checklist_intro, tuple(_items(data, ctx))),
        Paragraph(one_month_term(ctx, tone)),
        Paragraph(identity),
        Paragraph(ending),
    ]
    guidance = [
        "Stuur het verzoek per e-mail of aangetekend. Dan kunt u later laten zien wanneer "
        "het is ontvangen (advies van de Autoriteit Persoonsgegevens).",
        "Meestal hoeft u geen kopie van een identiteitsbewijs mee te sturen als de school u "
        "kent. Vraagt de school er wel om, stuur dan een kopie waarop het BSN en de pasfoto "
        "zijn afgeschermd en waarop staat waarvoor de kopie is. dossierwijs maakt die voor u.",
        "Kies hierna 'Volgen' en noteer wanneer u het verzoek verstuurde: dan rekent "
        "dossierwijs de termijn uit en herinnert u eraan.",
    ]
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om inzage en een kopie van de gegevens van {ctx.child.name} "
        "(artikel 15 AVG)",
        paragraphs=paragraphs,
        attachments=(data.id_copy,) if data.id_copy is not None else (),
        guidance=guidance,
    )
