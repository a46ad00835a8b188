"""What kind of text each legal source is, so a certainty label can say where a fact stands.

"Staat zo in de wet" is true for a statute, not for a regional association's web page that was
quoted word for word. The confidence in ``sources.py`` says how closely the source was read
(V: seen verbatim); the kind says what was read. Together they give the label a parent sees
(``dossierwijs.core.knowledge.wording.confidence_label``).

A source is classified by what it *is*, not by the page it was read on: "WPO artikel 18a" is a
statute even when it was read on Kennisnet, and stays V-sec when it was read second-hand.
"""

from __future__ import annotations

from typing import Literal

SourceKind = Literal[
    "wet",  # statute, regulation, decree, treaty (AVG, WPO, BW, Verordening 1182/71)
    "voorstel",  # a bill, not (yet) law
    "uitspraak",  # a court, the Court of Justice, a complaints or disputes committee
    "toezichthouder",  # the supervisory authority (Autoriteit Persoonsgegevens)
    "overheid",  # a government page (Rijksoverheid) that is not the text of a law
    "organisatie",  # sector body, association, school board, law firm, author, NGO
]
SOURCE_KINDS: tuple[SourceKind, ...] = (
    "wet",
    "voorstel",
    "uitspraak",
    "toezichthouder",
    "overheid",
    "organisatie",
)

KINDS: dict[str, SourceKind] = {
    # statutes and regulations
    "avg-12-3": "wet",
    "eu-1182-71-3": "wet",
    "atw-3": "wet",
    "avg-15": "wet",
    "avg-13-14": "wet",
    "avg-7": "wet",
    "avg-rec-43": "wet",
    "avg-9": "wet",
    "avg-16": "wet",
    "avg-17": "wet",
    "avg-77": "wet",
    "uavg-5": "wet",
    "uavg-34-35": "wet",
    "wvo-voortgang": "wet",
    "wgbo-450-465": "wet",
    "wgbo-457": "wet",
    "bw-1-377b": "wet",
    "bw-1-377c": "wet",
    "bw-1-251": "wet",
    "wpo-42": "wet",
    "wpo-40a": "wet",
    "wpo-40-toelating": "wet",
    "besluit-okr": "wet",
    "opp-instemming": "wet",
    "swv-taak": "wet",
    "swv-gezondheid": "wet",
    "inspectie": "wet",
    "meldcode": "wet",
    "verwijsindex": "wet",
    "raad-kb": "wet",
    "jeugdwet-7-3-11": "wet",
    "gesprek-opnemen": "wet",
    "vrijstellingsbesluit": "wet",
    "opname-delen": "wet",
    "gezagsregister": "wet",
    "wpo-18a-aanmelding": "wet",
    # bills
    "verzamelwet-12": "voorstel",
    # rulings
    "toeters": "uitspraak",
    "cjeu-c487-21": "uitspraak",
    "cjeu-c579-21": "uitspraak",
    "lkc-106691": "uitspraak",
    "lkc-104548": "uitspraak",
    "gpo": "uitspraak",
    "gpo-106807": "uitspraak",
    "gpo-108241": "uitspraak",
    "opname-bewijs": "uitspraak",
    "gezinsvoogd": "uitspraak",
    # the supervisory authority
    "ap-inzage": "toezichthouder",
    "ap-privacyrechten": "toezichthouder",
    "ap-leerlingdossier": "toezichthouder",
    "ap-klacht": "toezichthouder",
    # government pages
    "goede-vrijdag": "overheid",
    # organisations: sector bodies, associations, regional associations, law firms, authors
    "ibp-vastleggen": "organisatie",
    "kennisnet-16": "organisatie",
    "kennisnet-bewaartermijnen": "organisatie",
    "kennisnet-uitwisselen": "organisatie",
    "therapeut-school": "organisatie",
    "okr-geen-toestemming": "organisatie",
    "poraad-bewaren": "organisatie",
    "swv-praktijk": "organisatie",
    "aanmelding-toestemming": "organisatie",
    "onderzoek-ouders-eerst": "organisatie",
    "opname-huishoudelijk": "organisatie",
    "balans-dos-donts": "organisatie",
    "gespreksverslag": "organisatie",  # dossierwijs' own way of working, labelled I
}

# The order in which a conclusion resting on several sources names where it stands.
_STRENGTH: tuple[SourceKind, ...] = (
    "wet",
    "uitspraak",
    "toezichthouder",
    "overheid",
    "voorstel",
    "organisatie",
)


def kind_of(source_id: str) -> SourceKind | None:
    """The kind of a source; None for one not classified yet (the label then names no kind)."""
    return KINDS.get(source_id)


def strongest_kind(source_ids) -> SourceKind | None:
    """Where a conclusion resting on these sources stands at best: a statute before a ruling,
    a ruling before the authority, and so on. None when no source is classified."""
    kinds = [k for k in (kind_of(i) for i in source_ids) if k is not None]
    return min(kinds, key=_STRENGTH.index) if kinds else None
