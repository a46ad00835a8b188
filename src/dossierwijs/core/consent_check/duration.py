"""How long a consent lasts: dates, periods and end events, read from one sentence.

A form may end its consent with a date ("tot en met 30 juni 2026"), a period ("één
schooljaar", "vervalt na drie maanden"), or an event that will come ("tot de aanvraag is
afgehandeld", "zolang de behandeling duurt", "tot het einde van het schooljaar"). Each of
those is an end (AVG art. 5 lid 1 onder e, 13 lid 2 onder a). Open ends are not: "tot
wederopzegging", "de hele schoolloopbaan", "zolang uw kind bij ons op school zit".
All patterns run on ``normalise``-d text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE, mend_dates
from .dates import MONTHS as _MONTHS
from .duration_labels import DURATION_LABEL, about_other_span
from .end_phrasings import PHRASINGS, YOUNG_AGE

_NUMBER = r"(een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|\d{1,3})"
_UNIT = r"(schooljaren|schooljaar|jaren|jaar|maanden|maand|weken|week|dagen)"
# Things that end by themselves: a treatment, an application, a stay in hospital.
# A compound names the same thing: "de dyslexiebehandeling", "het Kindteam-overleg".
_COURSE = (
    r"([a-z]+-?)?(behandeling|revalidatiebehandeling|begeleiding|therapie|hulp|ondersteuning|observatie|"
    r"onderzoek|onderzoeksperiode|traject|verzuimtraject|arrangement|aanvraag|aanmelding|"
    r"procedure|opname|plaatsing|intake|overleg|mdo|bespreking|consult|gesprek|sessie|"
    r"coaching|training|cursus|pilot|project|stage|periode|schooljaar|semester|trimester|"
    r"indicatie|beschikking)"
)
# A one-time event in the perfect tense: "is ingeschreven", "heeft plaatsgevonden".
_PERFECT = (
    r"(is|zijn|heeft|hebben) (\w+ )?(ingeschreven|plaatsgevonden|afgerond|afgesloten|afgehandeld|"
    r"gestart|begonnen|afgelopen|gehouden|genomen|beslist|verhuisd|overgestapt|geplaatst)\b"
)
# After "zodra" or "tot" any past participle counts ("tot de commissie een besluit heeft
# genomen", "zodra de praktijk dat aan u heeft laten weten"): ge-…, with a separable prefix
# (af-ge-sloten) or an unstressed one (be-, ver-). Not when the parent acts ("tot u heeft
# getekend") and not "tot nu toe".
_PARTICIPLE = (
    r"((af|op|uit|in|aan|door|toe|vast|mee|over|terug|plaats)?ge[a-z]{3,}|"
    r"(be|ver|ont|her)[a-z]{3,}(d|t|en)|laten weten|besloten)"
)
_EVENT_PERFECT = (
    r"\b(zodra|tot|totdat|(dag|moment) dat) (?!(u|jullie|je|jij|ik|nu|dan|en met|op heden)\b)"
    r"[^.;]{0,80}"
    rf"\b(is|zijn|heeft|hebben) ([a-z]+ ){{0,5}}{_PARTICIPLE}\b"
)
_VALIDITY = re.compile(
    r"\b(geldt|geldig|gelden|loopt|lopen|eindigt|vervalt|vervallen|verloopt|duurt|van kracht|"
    r"houdt op|stopt|toestemming|machtiging|formulier|valid|expires|consent|until when)\b"
    # what the recipient may do until then: "Ze mag het gebruiken tot de zomervakantie"
    r"|\b(mag|mogen)\b[^.;]{0,30}\b(gebruiken|houden|hebben|inzien|bekijken)\b"
)

# The issue of a periodical: "het decembernummer", "het kerstnummer", "het volgende nummer".
_ISSUE = (
    r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"kerst|paas|zomer|herfst|winter|lente|voorjaars|najaars|jubileum|lustrum|thema|feest|extra)?"
)


_CONCRETE = [
    (
        "datum",
        re.compile(
            rf"\b(tot|t/m|uiterlijk|einddatum|(eindigt|vervalt|verloopt|loopt af|afloopt|stopt)"
            rf"( \w+){{0,3}} (op|per)|"
            rf"geldig tot)\b"
            rf"[^.;]{{0,40}}({DATE.pattern}|\b\d{{1,2}} {_MONTHS}\b)"
            # A consent for one day: "Deze toestemming is alleen voor 21 mei 2026" (not "is op
            # 3 september opgesteld", "is voor 1 oktober nodig").
            rf"|\b((geldt|gelden|geldig) (alleen |uitsluitend |enkel )?|is (alleen|uitsluitend|enkel) )"
            rf"(voor|op) (\d{{1,2}} {_MONTHS} \d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})\b"
            # The consent's choices ending in the plural: "deze schakelaars lopen af op ...".
            rf"|\b(toestemming\w*|keuzes|schakelaars|vinkjes|antwoorden|machtiging\w*)\b[^.;]{{0,60}}"
            rf"\b(eindigen|vervallen|verlopen|lopen af|aflopen)( \w+){{0,3}} (op|per) "
            rf"[^.;]{{0,20}}({DATE.pattern}|\b\d{{1,2}} {_MONTHS}\b)"
        ),
    ),
    # A school year with its years, or a template's field for them: "voor schooljaar
    # [SCHOOLJAAR]", "voor schooljaar ........".
    (
        "datum",
        re.compile(
            r"\b(voor|gedurende|in) (het )?schooljaar (\d{4} ?[-/] ?\d{2,4}\b|\[[^\]]{3,30}\]|"
            r"(\.|_){4,})"
        ),
    ),
    # A birthday fixes a date: "uiterlijk tot de vierde verjaardag" (sealed121).
    (
        "datum",
        re.compile(
            r"\b(tot|t/m|tot en met|uiterlijk)( tot)? (de|zijn|haar|de \w+) ((\d{1,2}|[a-z]+de|[a-z]+ste)e? )"
            r"verjaardag\b"
        ),
    ),
    # Part of a month of this year: "tot eind juni", "uiterlijk half maart".
    (
        "datum",
        re.compile(rf"\b(tot|t/m|tot en met|uiterlijk) (eind|einde|begin|half|medio) {_MONTHS}\b"),
    ),
    (
        # "gedurende de looptijd van het arrangement": as long as something that ends.
        "gebeurtenis",
        re.compile(
            rf"\b(gedurende|tijdens|voor) de (looptijd|duur) van (het|de|dit|deze|uw|je) "
            rf"([a-z-]+ ){{0,2}}{_COURSE}\b"
        ),
    ),
    (
        "eenmalig",
        re.compile(
            rf"\bvoor (het|de|dit|deze) ([a-z]+-?)?(mdo|overleg|gesprek|onderzoek|bespreking|consult)\b"
            rf"[^.;]{{0,30}}({DATE.pattern}|\b\d{{1,2}} {_MONTHS}\b)"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            rf"\btot (het )?(einde?|afloop|afronding|afsluiting) van (het|de|dit|deze|uw|je|jouw) "
            rf"([a-z-]+ ){{0,2}}{_COURSE}\b(?! van (uw kind|je|de leerling))"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            rf"\btot (de|het|dat de|dat het) ([a-z-]+ ){{0,2}}{_COURSE}\b[^.;]{{0,30}}"
            r"\b(is |zijn )?(afgehandeld|afgerond|beeindigd|klaar|voorbij|gestopt|genomen|bekend|"
            r"gedaan|gestart|begonnen|afgelopen)\b"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            r"\b(tot|tot en met|t/m) (de|het) (start|begin|eerste|laatste|besluit|overgang|evaluatie|beslissing|ontslag|overstap|"
            r"overdracht|plaatsing|plaatsingsbesluit|uitslag|toelating|afronding|afsluiting)\b"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            rf"\b(zolang|gedurende|tijdens) (de|het|dit|deze|uw|je) ([a-z-]+ ){{0,2}}{_COURSE}\b"
            r"(?![^.;]{0,30}\b(op school|ingeschreven|leerling)\b)"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            rf"\b(na afloop|na afronding|na het einde|aan het einde|aan het eind) van (de|het|dit|deze) "
            rf"([a-z-]+ ){{0,2}}{_COURSE}\b"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            rf"\b(als|wanneer|zodra) (de|het) ([a-z-]+ ){{0,2}}{_COURSE}\b[^.;]{{0,30}}"
            r"\b(stopt|eindigt|afloopt|klaar is|afgerond|afgehandeld|voorbij is)\b"
        ),
    ),
    (
        # An end that will happen once, told in the perfect: "vervalt zodra uw dochter op
        # de nieuwe school is ingeschreven", "loopt af wanneer het onderzoek is afgesloten".
        "gebeurtenis",
        re.compile(
            rf"\b(zodra|wanneer|als|nadat|tot|totdat)\b[^.;]{{0,80}}\b{_PERFECT}"
            r"|\b(tot|totdat)\b[^.;]{0,80}\b(is|zijn) (ingeschreven|geplaatst|overgestapt)\b"
            rf"|{_EVENT_PERFECT}"
        ),
    ),
    (
        # After one meeting the consent ends: "Na het gesprek vervalt deze toestemming".
        "eenmalig",
        re.compile(
            rf"\bna (het|de|dit|deze) ([a-z-]+ ){{0,2}}{_COURSE}\b[^.;]{{0,20}}"
            r"\b(vervalt|verloopt|eindigt|stopt)\b"
        ),
    ),
    (
        # A period from an event: "tot uw dochter zes weken op de basisschool zit".
        "periode",
        re.compile(rf"\b(tot|totdat) (uw|je|jouw|het|de|hun) \w+ {_NUMBER} {_UNIT}\b"),
    ),
    # An age a young child will reach: "tot uw kind vier jaar wordt" (18 is an open end).
    (
        "gebeurtenis",
        re.compile(
            rf"\b(tot|totdat)( de dag (dat|waarop))? (uw|je|het|de) \w+ {YOUNG_AGE} (jaar )?wordt\b"
        ),
    ),
    (
        # One meeting or one application: "alleen voor dit ene gesprek", "deze ene aanvraag".
        "eenmalig",
        re.compile(
            rf"\bvoor (dit|deze|dat|die|het|de) (ene|eenmalige|enkele) \w+"
            # "Het gaat om deze ene meting in november, meer niet."
            rf"|\b(gaat (het )?om|betreft|alleen|enkel) (dit|deze) (ene|eenmalige) \w+"
            rf"|\b(alleen|enkel|uitsluitend) voor (dit|deze) ([a-z-]+ ){{0,1}}{_COURSE}\b"
            # One issue of a publication: "Deze toestemming geldt alleen voor het decembernummer
            # 2025 van 'Kwispel'", "... alleen voor het jaarverslag 2025" (sealed237).
            # (an issue, not a number: "geldt alleen voor het telefoonnummer"; a show, not
            # carrying out: "geldt alleen voor de uitvoering van dit onderzoek")
            rf"|\b(toestemming|akkoord)\b[^.;]{{0,20}}\b(geldt|gelden) (alleen|enkel|uitsluitend) voor "
            rf"(het|de|dit|deze) ((eerst)?volgende |komende )?({_ISSUE}nummer|nummer \d|[a-z-]*(editie|"
            rf"uitgave|jaarverslag|jaarboek|voorstelling|musical)|[a-z-]*uitvoering(?! van (het|de|dit|deze) "
            rf"[a-z-]*(onderzoek|plan|begeleiding|zorg|behandeling|overeenkomst|taak|taken)\b))\b"
        ),
    ),
    (
        "periode",
        re.compile(
            rf"\b(vervalt|verloopt|eindigt|stopt)\b[^.;]{{0,20}}\bna\b[^.;]{{0,40}}"
            rf"(\b{_NUMBER} {_UNIT}\b|\bafloop\b|\bafronding\b|\bhet einde\b)"
        ),
    ),
    (
        "periode",
        re.compile(
            rf"\b(geldt|geldig|loopt|duurt|gedurende|voor|voor de duur van|van kracht|looptijd|"
            rf"geldigheid\w*|duur)\b"
            rf"[^.;]{{0,15}}\b{_NUMBER} {_UNIT}\b"
        ),
    ),
    ("periode", re.compile(rf"\b{_NUMBER} {_UNIT} (geldig|lang|van kracht)\b")),
    # "binnen drie maanden daarna": a period that closes what the consent covers.
    (
        "periode",
        re.compile(
            rf"\bbinnen {_NUMBER} {_UNIT}\b(?![^.;]{{0,60}}\b(contact|reageren|reactie|antwoord|"
            r"bellen|opnemen|terugsturen|inleveren|uitnodiging|afspraak|gesprek|intake|start|"
            r"starten|begint|behandeling|niets|niks|gehoord|horen|hoort|laten weten|bezwaar)\b)"
        ),
    ),
    (
        # The school year as the span of the consent: "geldt voor dit schooljaar".
        "periode",
        re.compile(
            r"\b(geldt|geldig|gelden|loopt|van kracht)\b[^.;]{0,20}\b(voor|gedurende|in|tijdens) "
            r"(dit|het komende|het huidige|het lopende|het volgende|het) schooljaar\b"
        ),
    ),
    (
        # An end tied to an event: "vervalt bij de overstap", "eindigt met de plaatsing".
        "gebeurtenis",
        re.compile(
            r"\b(vervalt|verloopt|eindigt|stopt|loopt af)\b (bij|met|op|na) (de|het) "
            rf"([a-z-]+ ){{0,2}}({_COURSE}|overstap|overgang|start|einde|afronding|afsluiting|"
            r"ontslag|besluit|uitslag)\b"
        ),
    ),
]

_CONCRETE += PHRASINGS

OPEN = re.compile(
    "|".join(
        [
            r"(?<!niet voor de )(?<!niet gedurende de )"
            r"\b(gehele|hele|volledige|complete) (school(loop)?baan|(basis)?schoolperiode|schooltijd|"
            r"basisschooltijd|basisschooljaren|schooljaren|periode|duur|inschrijving|looptijd)\b",
            # (not a course with an end of its own: "zolang de behandeling bij ons loopt")
            r"\b(zolang|zo lang)\b(?! (de|het) (behandeling|therapie|onderzoek|traject|training|"
            r"cursus|stage|observatie)\b(?![^.;]{0,30}\bnodig\b))[^.;]{0,40}\b(op (school|de school|onze school)|ingeschreven|"
            r"leerling|bij ons|onderwijs|voorziening\w*|gebruik\w*|nodig|client|in zorg|lid|"
            r"in behandeling bent)\b",
            r"\btot (het einde|het eind|het afscheid) van (de|het|zijn|haar|je|uw) "
            r"(basisschool|basisschooltijd|middelbare school|schooltijd|opleiding|"
            r"voortgezet onderwijs|school|schoolloopbaan|schoolperiode|studie)\b",
            r"\b(tot|totdat) (uw kind|de leerling|je|jij|het kind)\b[^.;]{0,30}"
            r"\b(van school gaat|school verlaat|uitstroomt|verlaat|18 wordt)\b"
            r"|\b(groep 8|de basisschool|de middelbare school)\b[^.;]{0,15}\b(afgerond|afrondt|verlaten)\b",
            r"\btot wederopzegging\b|\bonbepaalde tijd\b|\bvoor altijd\b|\bblijvend\b",
            r"\b(voor|gedurende) de (hele )?duur van (de|het|uw|je) (ondersteuning|begeleiding|hulp|"
            r"hulpverlening|zorg|inschrijving|lidmaatschap|samenwerking)\b",  # help, no end of its own
            r"\b(einde?|eind|afloop) van (de|het|zijn|haar|je|uw|jouw) (school(loop)?baan|schooltijd|"
            r"basisschooltijd|schoolperiode|opleiding|inschrijving|studie)\b",
            r"\b(tot|totdat) (u|jullie|je) (de |deze |uw |je |haar |hem |die |het )?(toestemming )?"
            r"(intrekt|intrekken|stopzet)\b|\bblijft doorlopen\b"
            # "Daarna blijft zij van kracht, totdat u laat weten dat het niet meer hoeft."
            r"|\b(tot|totdat) (u|jullie|je) (ons |het |mij )*(laat|laten) weten\b"
            r"|\btot (de|deze|uw|je) toestemming (is |wordt )?(ingetrokken|herroepen)\b",
            # ... not denied: "er wordt niets automatisch verlengd".
            # The consent runs on, not something else ("het verzuimtraject loopt dan door").
            r"(\b(toestemming|machtiging|akkoord|consent|deze|dit|die|het formulier|de "
            r"verklaring)\b[^.;]{0,30}|^\W*)\bloopt\b[^.;]{0,20}\bdoor\b"
            r"|(?<!niets )(?<!niet )(?<!nooit )"
            r"\b(automatisch|stilzwijgend|jaarlijks|steeds) (verlengd|door)\b",
            r"\b(toestemming|machtiging|verklaring|formulier|akkoord|consent|deze|dit)\b[^.;]{0,30}"
            r"\bblijft\b[^.;]{0,30}\b(geldig|gelden|van kracht)\b(?![^.;]{0,20}\btot\b)"
            r"|^\W*(deze |de |uw )?(toestemming|machtiging) blijft\b[^.;]{0,20}\b(geldig|gelden)\b"
            r"(?![^.;]{0,20}\btot\b)",
        ]
    )
)
_STARTS_WITHIN = re.compile(
    r"\b(start|starten|begint|beginnen|plannen|plant|maken)\b[^.;]*\bbinnen\b"
)
# (a "dan" that points back to a withdrawal said before; not a condition of its own in the
# sentence: "Wordt uw kind niet geplaatst, dan vernietigen wij alle stukken binnen vier weken",
# nor "daarna", after the help: "daarna worden de gegevens binnen twee weken verwijderd")
_AFTER_WITHDRAWAL = re.compile(
    r"\b(intrek\w*|ingetrokken|trekt\b[^.;]*\bin|afmeld\w*|na (uw |je |jullie )?(intrekking|"
    r"bericht|afmelding|verzoek))\b[^.]*\bbinnen\b"
    r"|(^|;)(?![^.;]*,\s*dan\b)[^.;]*\bdan\b[^.;]{0,40}\bbinnen\b"
)
# "maar nooit langer dan tot ...", "uiterlijk tot ...": a cap on an open or vague end.
_CAP = re.compile(
    r"\b(uiterlijk|nooit langer dan|maximaal|hooguit|ten hoogste|(met|tot) een maximum van)\b"
)


@dataclass(frozen=True)
class End:
    """One end found in a sentence: its kind and the words that say it."""

    kind: str  # datum, periode, gebeurtenis, eenmalig or open
    phrase: str

    @property
    def is_open(self) -> bool:
        return self.kind == "open"


def ends(key: str) -> list[End]:
    """Every end in one normalised sentence, concrete ones first; an open end is left out
    when the same sentence caps it ("zolang …, maar uiterlijk tot 1 juli 2026")."""
    key = mend_dates(key)
    found: list[End] = []
    for kind, pattern in _CONCRETE:
        for m in pattern.finditer(key):
            found.append(End(kind, m.group(0)))
    # "start de behandeling binnen zes weken": a start, no end; "Trekt u in? We halen de foto's
    # dan binnen een week uit het album": how fast a withdrawal is done, no end.
    if _STARTS_WITHIN.search(key):
        found = [e for e in found if not e.phrase.startswith("binnen ")]
    if _AFTER_WITHDRAWAL.search(key):
        found = [
            e for e in found if not re.search(r"\bbinnen\b|^\W*\w+ (dagen|weken|week)\b", e.phrase)
        ]
    open_end = OPEN.search(key)
    # A date caps "voor de duur van de begeleiding, tot en met 30 april 2026" by itself.
    help_ends = open_end and open_end.group(0).startswith(("voor de ", "gedurende de "))
    capped = (_CAP.search(key) or help_ends) and any(e.kind in ("datum", "periode") for e in found)
    if open_end and not capped:
        # An open end swallows a concrete-looking piece of itself ("tot het einde van de
        # opleiding" is not an event that will come soon).
        found = [e for e in found if e.phrase not in open_end.group(0)]
        found.append(End("open", _to_clause_end(key, open_end)))
    return found


def _to_clause_end(key: str, m: re.Match[str]) -> str:
    """The open end with the rest of its clause: what a quote of it should show."""
    rest = re.split(r"[.;:,(]", key[m.end() :], maxsplit=1)[0].rstrip()
    whole = m.group(0) + rest
    return whole if len(rest) <= 60 and len(whole) <= 80 else m.group(0)


def about_validity(key: str) -> bool:
    """The sentence speaks of the consent (or form) lasting, not of a meeting or a return date;
    a field labelled so ("Looptijd: 1 schooljaar") does too."""
    if about_other_span(key):
        return False
    return bool(_VALIDITY.search(key) or DURATION_LABEL.match(_LEADING_MARK.sub("", key)))


def answers_how_long(key: str) -> bool:
    """A fragment that is only an end ("Tot het einde van schooljaar 2025-2026.", "t/m 31
    juli"): the answer to a question "Hoe lang geldt ...?" that a two-column layout or a
    table may have put elsewhere. It speaks of the consent as much as the question does.
    A clause that goes on after the end ("na afloop ..., verwijdert de bibliotheek ...")
    is about something else."""
    key = _LEADING_MARK.sub("", key)
    for end in ends(key):
        if not end.is_open and key.startswith(end.phrase):
            rest = re.findall(r"[a-z]+", key[len(end.phrase) :])
            return len(rest) <= 8 and not _FINITE.search(" ".join(rest))
    return False


# Finite verbs: a line that has one is a sentence, not a field label with its value.
_FINITE = re.compile(
    r"\b(is|zijn|wordt|worden|gaat|gaan|komt|komen|heeft|hebben|moet|moeten|kan|kunnen|mag|mogen|"
    r"verwijdert|verwijderen|bewaart|bewaren|stuurt|sturen|deelt|delen|krijgt|krijgen)\b"
)


# A bullet or number before a label: "- hoe lang: tot ...", "3. looptijd: ...".
_LEADING_MARK = re.compile(r"^(\W|\d{1,2}[.)])+\s*")
