"""Shapes seen wrong on sealed189-196 (after scoring), in sentences of our own.

- ondubbelzinnig (AVG art. 4 lid 11; overweging 32): "Zonder strookje gaan wij uit van 'nee'"
  makes silence a no.
- doel (AVG art. 4 lid 11, art. 6 lid 1 onder a): open words at the end of a list of what is
  ruled out ("niet voor reclame of andere doelen") are denied; "wat er aan de hand is" as what
  a message tells is no purpose.
- ontvangers (AVG art. 13 lid 1 onder e): "of iedereen die binnenkomt" is those checked, not
  recipients; "onze partners" after a feast and a teacher points back to no organisations;
  "andere dienstverleners" is an open group.
- granulair (overweging 32 en 43): a term "voor beide onderdelen tot ..." bundles nothing; a
  bulleted "AVI-niveau" is data, not a party; a paper and a brochure are places; "met de drie
  punten hierboven eens" is one yes for three.
- vrij (AVG art. 7 lid 4): a teacher walking along with the photographer is no service lost.
- opslag (AVG art. 13): papers lying in a locked cupboard, data that go into a closed channel,
  are kept somewhere named; where to read the privacy policy is not.
- intrekken (AVG art. 7 lid 3): "Veranderen of stoppen kan altijd".
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.meaning import anchored
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_SLIP = (
    "Beste ouders,\n\nOp 4 maart komt Studio Kijkdoos filmen in groep 6 voor een les over "
    "water. Wij geven de film aan Studio Kijkdoos, zodat zij er een lesfilm van maken. De film "
    "staat op de server van de studio en wordt op 1 juli gewist. Intrekken kan altijd met een "
    "mail aan de leerkracht. {sentence}\n\n[ ] Ja, mijn kind mag in de film.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Zonder strookje gaan wij uit van 'nee'.", "ok"),
        ("Zonder strookje gaan we uit van een nee en filmen we uw kind niet.", "ok"),
        # going ahead without the slip stays a yes taken from silence
        ("Zonder strookje geven wij de film gewoon door.", "gebrek"),
        # a "nee" later in the sentence does not undo it (outside review)
        ("Zonder strookje geven wij de film door; wie nee zegt, levert het strookje in.", "gebrek"),
    ],
)
def test_no_slip_read_as_a_no(sentence, oordeel):
    judgement = judge_ondubbelzinnig(Form(_SLIP.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_ACCOUNT = (
    "Beste ouders,\n\nVoor de typelessen krijgt uw kind een account bij Toetsvlug. Wij geven "
    "de voornaam en de groep van uw kind aan Toetsvlug. {sentence}\n\n"
    "[ ] Ja, mijn kind mag een account krijgen.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Toetsvlug gebruikt de gegevens alleen om het account te laten werken, niet voor "
            "reclame of andere doeleinden.",
            "ok",
        ),
        (
            "Toetsvlug gebruikt de gegevens nooit voor advertenties, marketing of andere doelen.",
            "ok",
        ),
        # not denied: the open words are a purpose of their own
        (
            "Toetsvlug gebruikt de gegevens voor het account en voor andere doeleinden.",
            "gebrek",
        ),
        # the list turns round: what follows "wel" is a purpose (outside review)
        (
            "Toetsvlug gebruikt de gegevens niet voor reclame, wel voor onderzoek en andere "
            "doeleinden.",
            "gebrek",
        ),
        (
            "Toetsvlug gebruikt de gegevens niet enkel voor de oefeningen en andere doeleinden.",
            "gebrek",
        ),
        # "niet alleen ... maar ook" widens instead of denying
        (
            "Toetsvlug gebruikt de gegevens niet alleen voor het account, maar ook voor andere "
            "doeleinden.",
            "gebrek",
        ),
    ],
)
def test_open_words_at_the_end_of_a_denied_list(sentence, oordeel):
    judgement = judge_doel(Form(_ACCOUNT.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_ALARM = (
    "Beste ouders,\n\nBij een brand of een ontruiming willen wij u snel een bericht sturen via "
    "de app Seinpaal. Daarvoor zetten wij uw mobiele nummer in Seinpaal. {sentence}\n\n"
    "[ ] Ja, zet mijn nummer in Seinpaal.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("In het bericht leest u wat er aan de hand is en waar u uw kind kunt ophalen.", "ok"),
        ("U krijgt dan een sms met wat er aan de hand is.", "ok"),
        # what the recipient is to find out remains an open purpose
        (
            "De wijkagent krijgt uw nummer ook, zodat hij kan uitzoeken wat er aan de hand is.",
            "gebrek",
        ),
        # what the organisation hears or is told stays open (outside review)
        ("Zo kan Seinpaal ons laten weten wat er aan de hand is.", "gebrek"),
        ("Zo horen wij van Seinpaal wat er aan de hand is.", "gebrek"),
        ("Dan horen wij van Seinpaal wat er speelt bij uw kind.", "gebrek"),
    ],
)
def test_what_a_message_tells_is_no_purpose(sentence, oordeel):
    judgement = judge_doel(Form(_ALARM.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_GUESTS = (
    "Beste ouders,\n\nOp 12 mei bezoekt groep 7 de synagoge in de Kerkstraat. Wij geven de "
    "namen van de kinderen aan Stichting Beth Shalom Ommeveld. {sentence} Na het bezoek gooit de "
    "stichting de lijst weg.\n\n[ ] Ja, de naam van mijn kind mag op de lijst.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Met die lijst controleert een bestuurslid bij de deur of iedereen die binnenkomt bij "
            "de groep hoort.",
            "ok",
        ),
        ("De lijst gaat ook naar iedereen die hem nodig heeft.", "gebrek"),
        # checked, then sent on: an open group after all (outside review)
        (
            "Een bestuurslid kijkt per keer of iedereen die bij het bezoek betrokken is de lijst "
            "nodig heeft, en stuurt hem dan door.",
            "gebrek",
        ),
    ],
)
def test_those_checked_are_not_recipients(sentence, oordeel):
    judgement = judge_ontvangers(Form(_GUESTS.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_partners_after_a_feast_and_a_teacher_stay_open():
    form = Form(
        "Beste ouders,\n\nOp donderdag 2 april, vlak voor Pasen, houden we onze viering 'Eén "
        "lied voor allen'. Juf Ilse maakt een opname van de viering. Wij delen de opname met onze partners in de cultuureducatie, zodat zij "
        "ideeën opdoen.\n\n[ ] Ja, mijn kind mag op de opname.   [ ] Nee.\n"
    )
    judgement = judge_ontvangers(form)
    assert judgement.oordeel == "gebrek"
    assert "open groep" in judgement.uitleg


def test_partners_after_two_named_organisations_point_back():
    form = Form(
        "Beste ouders,\n\nDit jaar werken wij samen met Muziekschool De Toonladder en Theater "
        "De Spiegel. Wij delen de opname met onze partners, zodat zij de voorstelling kunnen "
        "nabespreken.\n\n[ ] Ja, mijn kind mag op de opname.   [ ] Nee.\n"
    )
    assert judge_ontvangers(form).oordeel == "ok"


def test_other_service_providers_are_an_open_group():
    form = Form(
        "Beste ouders,\n\nVoor de sms bij sluiting geven wij uw nummer aan Berichtwerk B.V. en, "
        "waar nodig, aan andere dienstverleners met wie wij samenwerken.\n\n"
        "[ ] Ja.   [ ] Nee.\n"
    )
    assert judge_ontvangers(form).oordeel == "gebrek"


_TWO_PARTS = (
    "Beste ouders,\n\nWij vragen uw toestemming voor twee dingen. U kiest per onderdeel.\n\n"
    "Onderdeel 1: wij geven uw nummer aan Berichtwerk, zodat u een sms krijgt bij sluiting.\n"
    "Onderdeel 2: wij geven de naam van uw kind aan de conciërge van De Ark, zodat hij weet "
    "wie er wordt opgevangen.\n\n{sentence}\n\n"
    "Onderdeel 1:   [ ] ja   [ ] nee\nOnderdeel 2:   [ ] ja   [ ] nee\n"
)


def test_a_term_for_both_parts_bundles_nothing():
    sentence = "Uw toestemming geldt voor beide onderdelen tot en met 31 juli 2027."
    judgement = judge_granulair(Form(_TWO_PARTS.format(sentence=sentence)))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_one_yes_for_both_parts_stays_bundled():
    sentence = "Met één handtekening geeft u toestemming voor beide onderdelen."
    form = Form(_TWO_PARTS.format(sentence=sentence).split("Onderdeel 1:   [")[0])
    assert judge_granulair(form).oordeel == "gebrek"


def test_a_score_in_a_bulleted_list_is_no_party():
    form = Form(
        "Beste ouders,\n\nDe leesconsulent van de bibliotheek kiest boeken voor uw kind. "
        "Daarom vragen wij of wij deze gegevens aan haar mogen geven:\n"
        "- de naam van uw kind;\n- het AVI-niveau van november;\n- de DMT-score van november.\n\n"
        "Mogen deze gegevens naar de leesconsulent, zodat zij passende boeken kiest?\n"
        "JA / NEE (omcirkelen)\n"
    )
    assert judge_granulair(form).oordeel == "ok"


def test_a_local_paper_and_a_brochure_are_two_places():
    form = Form(
        "Beste ouders,\n\nDe verhalen van de kinderen komen op drie plekken:\n"
        "- in het Dorpsblad Ommeveld: het verhaal met een foto;\n"
        "- op de website van de bibliotheek: het verhaal;\n"
        "- in de gemeentelijke brochure over jeugd: de foto.\n\n"
        "[ ] Ik geef toestemming voor publicatie van het verhaal en de foto van mijn kind.\n"
    )
    assert judge_granulair(form).oordeel == "gebrek"


def test_agreeing_with_the_three_points_above_is_one_yes():
    form = Form(
        "Beste ouders,\n\nWij willen drie dingen doen:\n1. De mentor krijgt het rooster.\n"
        "2. De universiteit krijgt de vragenlijst, voor haar onderzoek.\n"
        "3. Foto's komen op de website.\n\n"
        "Bent u het met de drie punten hierboven eens? Antwoord dan met 'akkoord'.\n"
    )
    assert judge_granulair(form).oordeel == "gebrek"


_PHOTOS = (
    "Beste ouders,\n\nOp de sportdag maakt fotograaf Lens & Licht foto's voor het Dorpsblad. "
    "{sentence} Wij geven de foto's alleen aan het Dorpsblad, zodat het een verslag kan "
    "plaatsen. Intrekken kan altijd bij de leerkracht.\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "De leerkracht loopt met de fotograaf mee en let erop dat kinderen zonder "
            "toestemming niet op de foto komen.",
            "ok",
        ),
        ("Zonder toestemming gaat uw kind niet mee op de sportdag.", "gebrek"),
        ("Zonder toestemming loopt uw kind niet mee in de optocht.", "gebrek"),
    ],
)
def test_walking_along_with_the_photographer_costs_nothing(sentence, oordeel):
    judgement = judge_vrij(Form(_PHOTOS.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


_CARDS = (
    "Beste ouders,\n\nKinderen mogen een vraag op een kaartje met hun naam schrijven. Wij geven "
    "die kaartjes aan de jeugdverpleegkundige van de GGD, zodat zij een gesprek met uw kind kan "
    "voeren. {sentence}\n\n[ ] Ja.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        (
            "Tot het gesprek liggen de kaartjes in de afgesloten kast van de intern begeleider.",
            "ok",
        ),
        ("Tot het gesprek liggen de kaartjes klaar.", "gebrek"),
    ],
)
def test_papers_in_a_locked_cupboard_are_kept_somewhere(sentence, oordeel):
    judgement = judge_opslag(Form(_CARDS.format(sentence=sentence)))
    assert judgement.oordeel == oordeel, judgement.uitleg


def test_data_that_go_into_a_closed_channel_are_kept_there():
    form = Form(
        _CARDS.format(
            sentence="De gegevens voor de verpleegkundige komen in het besloten Teams-kanaal "
            "'GGD groep 8' van de school."
        )
    )
    assert judge_opslag(form).oordeel == "ok"


def test_where_to_read_the_privacy_policy_is_not_where_data_are_kept():
    assert not anchored(
        "opslag", "Hoe wij met persoonsgegevens omgaan, leest u in ons privacyreglement in de app."
    )
    assert not anchored("opslag", "Ons privacybeleid vindt u op de website en in de app.")
    assert anchored("opslag", "De antwoorden bewaren wij in de app van de school.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Veranderen of stoppen kan altijd, voor één onderdeel of voor allebei.",
        "Stoppen mag op elk moment: een mail aan de leerkracht is genoeg.",
    ],
)
def test_stopping_as_the_subject_is_a_withdrawal(sentence):
    form = Form(_ACCOUNT.format(sentence=sentence))
    assert judge_intrekken(form).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Veranderen of stoppen kan altijd, maar alleen in september.",
        "Stoppen met de app kan altijd.",
    ],
)
def test_stopping_something_else_or_only_at_times_is_no_withdrawal_clause(sentence):
    form = Form(_ACCOUNT.format(sentence=sentence))
    assert judge_intrekken(form).oordeel == "gebrek"
