"""Sentences in shapes no bench form uses, one per kind of rule of the fifth round: each
must be read as the rule intends (a stated end, a condition, one signature over several
parts, a withdrawal said indirectly), and the open or silent ones must still fail."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn

BASE = (
    "Wij sturen het leesverslag naar Praktijk Letterwijs, zodat zij de behandeling kan plannen.\n"
)

PROBES = [
    (judge_termijn, "ok", "Deze toestemming is geldig t/m 31-7-2027."),
    (judge_termijn, "ok", "Geldig tot einde schooljaar 2026/2027."),
    (judge_termijn, "ok", "De toestemming loopt af op 1 augustus."),
    (
        judge_termijn,
        "ok",
        "Wij vragen uw toestemming voor de periode september 2026 tot en met juli 2027.",
    ),
    (judge_termijn, "ok", "Na afronding van het onderzoek vervalt de toestemming."),
    (judge_termijn, "ok", "De toestemming geldt tot en met het MDO van 12 maart."),
    (judge_termijn, "ok", "Uw toestemming eindigt als de behandeling stopt."),
    (judge_termijn, "ok", "Looptijd: 1 schooljaar"),
    (judge_termijn, "ok", "De toestemming geldt tot de zomer van 2027."),
    (judge_termijn, "ok", "Deze toestemming stopt automatisch op 1-8-2027."),
    (judge_termijn, "ok", "De toestemming is een jaar geldig."),
    (judge_termijn, "ok", "De toestemming geldt totdat het verslag is besproken in het MDO."),
    (judge_termijn, "gebrek", "De toestemming geldt tot uw kind van school gaat."),
    (judge_termijn, "gebrek", "De toestemming geldt zolang uw kind bij ons op school zit."),
    (judge_termijn, "gebrek", "Wij bewaren het verslag."),
    (judge_vrij, "gebrek", "Zonder uw handtekening kunnen wij de aanvraag niet indienen."),
    (judge_vrij, "gebrek", "De plaatsing gaat pas door als dit formulier getekend terug is."),
    (
        judge_vrij,
        "gebrek",
        "Alleen kinderen met een getekend formulier kunnen mee op kamp.\nU bent vrij om te kiezen.",
    ),
    (
        judge_vrij,
        "gebrek",
        "Het arrangement kan alleen starten als wij het verslag mogen delen.\nU bent vrij om te kiezen.",
    ),
    (judge_vrij, "ok", "U bent vrij om te kiezen; de hulp gaat gewoon door."),
    (
        judge_granulair,
        "gebrek",
        "Door te tekenen gaat u akkoord met alle drie de uitwisselingen.\nHandtekening: ____",
    ),
    (
        judge_granulair,
        "gebrek",
        "Uw handtekening geldt voor de punten 1 tot en met 4.\nHandtekening: ____",
    ),
    (
        judge_intrekken,
        "ok",
        "Mocht u later anders willen, stuur dan een mail naar info@letterwijs.nl.",
    ),
    (judge_intrekken, "ok", "Wilt u stoppen? Dat kan altijd via de app."),
    (judge_intrekken, "ok", "Bent u van gedachten veranderd? Bel ons: 010-1234567."),
    (judge_intrekken, "gebrek", "Wij bellen u na het onderzoek."),
]


# Boxes, open groups and conditions in shapes of their own; the dangerous direction first.
PROBES += [
    (
        judge_ondubbelzinnig,
        "ok",
        "Kruis uw keuze aan, bijvoorbeeld zo: ☒\n☐ ja  ☐ nee\nHandtekening: ____",
    ),
    (judge_ondubbelzinnig, "ok", "Zwartmaken wat u kiest (■).\n□ ja  □ nee\nHandtekening: ____"),
    (
        judge_ondubbelzinnig,
        "ok",
        "Legenda: ☒ = ja, ☐ = nee\n☐ verslag naar de praktijk\nHandtekening: ____",
    ),
    (judge_ondubbelzinnig, "gebrek", "☒ ja  ☐ nee\nHandtekening: ____"),
    (
        judge_ondubbelzinnig,
        "gebrek",
        "Laat u niets van zich horen, dan sturen wij het verslag op maandag.",
    ),
    (judge_ondubbelzinnig, "gebrek", "■ ja  □ nee\nHandtekening: ____"),
    (judge_gegevens, "gebrek", "Ook sturen wij alles wat verder van belang is."),
    (judge_gegevens, "gebrek", "Wij delen alle informatie die wij hebben met de praktijk."),
    (judge_gegevens, "ok", "Alle informatie die wij delen, bewaren wij in ParnasSys."),
    (
        judge_ontvangers,
        "gebrek",
        "Het verslag gaat ook naar andere hulpverleners als dat nodig is.",
    ),
    (
        judge_ontvangers,
        "gebrek",
        "Wij delen het verslag met iedereen die bij de begeleiding betrokken raakt.",
    ),
    (
        judge_vrij,
        "gebrek",
        "Tekent u niet, dan kan uw kind helaas niet starten bij de praktijk.\nU bent vrij om te kiezen.",
    ),
    (
        judge_vrij,
        "gebrek",
        "De begeleiding kan pas beginnen nadat u dit formulier heeft ondertekend.",
    ),
    (judge_vrij, "gebrek", "Voor leerlingen zonder toestemming is er geen plek in de plusklas."),
    (
        judge_granulair,
        "gebrek",
        "Met uw handtekening stemt u in met het plan en geeft u toestemming om het te delen met de GGD.\nHandtekening: ____",
    ),
    (judge_ondubbelzinnig, "gebrek", "[v] ja  [ ] nee\nHandtekening: ____"),
    (judge_ondubbelzinnig, "gebrek", "(•) ja  ( ) nee\nHandtekening: ____"),
    (judge_ondubbelzinnig, "gebrek", "◉ ja  ○ nee\nHandtekening: ____"),
    (
        judge_ondubbelzinnig,
        "gebrek",
        "Wanneer wij voor 1 mei geen strookje terug hebben, gaan wij ervan uit dat u instemt.",
    ),
    (
        judge_ondubbelzinnig,
        "gebrek",
        "Zonder tegenbericht sturen wij het verslag na de herfstvakantie door.",
    ),
    (
        judge_vrij,
        "gebrek",
        "Het onderzoek wordt alleen vergoed als u toestemming geeft voor het delen.\nU bent vrij.",
    ),
    (
        judge_vrij,
        "gebrek",
        "Geeft u geen toestemming, dan kunnen wij uw kind helaas niet plaatsen.",
    ),
    (
        judge_vrij,
        "gebrek",
        "Ondertekening van dit formulier is een voorwaarde voor deelname aan de plusgroep.",
    ),
    (judge_ontvangers, "gebrek", "Het verslag gaat ook naar eventuele andere betrokkenen."),
    (judge_ontvangers, "gebrek", "Wij delen het verslag met het netwerk rond uw kind."),
    (judge_gegevens, "gebrek", "Wij sturen het complete dossier naar de praktijk."),
    (judge_gegevens, "gebrek", "Wij sturen alle verslagen naar de praktijk."),
    (
        judge_granulair,
        "gebrek",
        "Wij sturen ook de toetsen naar de GGD.\nIk ga akkoord met bovenstaande.\nHandtekening: ____",
    ),
    (judge_doel, "gebrek", "Wij delen de gegevens ten behoeve van de zorg."),
    (judge_termijn, "gebrek", "Deze toestemming geldt voor onbepaalde tijd."),
    (judge_termijn, "gebrek", "De toestemming blijft geldig totdat u haar intrekt."),
    (judge_intrekken, "gebrek", "U kunt uw toestemming niet intrekken."),
    (judge_opslag, "gebrek", "Wij bewaren de gegevens zorgvuldig."),
]

# Well-formed forms in wording of their own: no false alarm.
PROBES += [
    (judge_termijn, "ok", "Uw akkoord vervalt op de dag dat de verwijzing is afgehandeld."),
    (judge_termijn, "ok", "De toestemming is geldig van 1 september 2026 tot 1 september 2027."),
    (judge_termijn, "ok", "Deze toestemming geldt t/m eind juni."),
    (judge_termijn, "ok", "De toestemming eindigt na het laatste gesprek in juni 2027."),
    (judge_termijn, "ok", "De toestemming loopt tot en met de evaluatie in het voorjaar van 2027."),
    (judge_termijn, "ok", "Wij vragen deze toestemming voor één keer: het gesprek op 3 maart."),
    (judge_opslag, "ok", "De uitslag komt in het dossier van de praktijk."),
    (judge_opslag, "ok", "Het verslag wordt opgeborgen in het leerlingdossier in Esis."),
    (judge_intrekken, "ok", "Wilt u dat wij stoppen? Dat kan altijd, laat het de juf weten."),
    (judge_intrekken, "ok", "U mag uw ja altijd weer in een nee veranderen via de mentor."),
    (judge_vrij, "ok", "Zegt u nee, dan krijgt uw kind gewoon dezelfde hulp."),
    (judge_vrij, "ok", "Ook zonder uw toestemming blijft de begeleiding op school hetzelfde."),
    (judge_gegevens, "ok", "Het gaat om de laatste twee spellingtoetsen."),
    (judge_ontvangers, "ok", "Alleen de logopedist, mevrouw Demir, krijgt het verslag."),
    (judge_doel, "ok", "De logopedist gebruikt het verslag om de oefeningen te kiezen."),
]


@pytest.mark.parametrize(("judge", "want", "text"), PROBES)
def test_a_new_shape_is_read_by_the_rule(judge, want, text):
    judged = judge(Form(BASE + text + "\n"))
    assert judged.oordeel == want, judged.uitleg
