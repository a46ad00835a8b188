"""The five kinds of form the checker missed on unseen forms (issue 13), each written here.

Every form below is written for this test, in words that appear in no fixture: a table
with a row per recipient, an application that makes consent a condition, a mentor's
e-mail, a municipal authorisation "for all purposes of the Jeugdwet", and well-formed
forms that end "at the end of the school year" or "when the application is handled".
"""

from dossierwijs.core.consent_check import check_consent_form

# 1. A table: each row is a recipient with its own data, purpose and choice. Columns are
# separated by runs of spaces, as a PDF's text layer gives them.
TABLE_FORM = """Kindcentrum De Toverfluit
Toestemming uitwisseling groep 7

Hieronder staat per regel met wie wij iets willen delen, wat en waarom. Omcirkel per regel wat van toepassing is.

Ontvanger                          Wat wij delen                      Waarom                                Keuze
Remedial teacher Lisa Moerman      De laatste drie spellingtoetsen    Om het oefenplan te kiezen            ja / nee
Jeugdverpleegkundige GGD Drenthe   Het verzuimoverzicht van groep 7   Om het vele ziekteverzuim te bespreken ja / nee

De school bewaart wat zij terugkrijgt in ParnasSys.
Deze toestemming geldt tot 1 juli 2026.
Nee zeggen heeft geen gevolgen voor de hulp aan uw kind.
U kunt uw toestemming altijd intrekken via de leerkracht of info@toverfluit.nl.

Handtekening ouder: _______________
"""


def test_a_table_states_data_recipients_and_a_choice_per_row():
    result = check_consent_form(TABLE_FORM)
    for code in ("gegevens", "ontvangers", "granulair"):
        assert result.criteria[code].oordeel == "ok", (code, result.criteria[code].uitleg)
    assert result.verdict == "geldig"
    # The evidence is the rows themselves.
    assert any("spellingtoetsen" in quote for quote in result.criteria["gegevens"].bewijs)


# 2. An application form that makes consent a condition, with one signature for everything.
APPLICATION_FORM = """Aanmelding Het Hofpark Lyceum – bijlage toestemming

Bij de aanmelding vraagt het Hofpark Lyceum de toetsuitslagen op bij de basisschool en
het verslag van het dyslexieonderzoek bij Praktijk Leeslicht, om te beoordelen welke
ondersteuning uw kind in de brugklas krijgt.
De stukken komen in het leerlingdossier in Magister.
De toestemming geldt tot de aanmelding is afgehandeld.
Zonder deze toestemming kunnen wij de aanmelding niet in behandeling nemen.
Intrekken kan via aanmelding@hofpark.nl.

Met één handtekening geeft u toestemming voor alle onderdelen hierboven.
Handtekening: ______________
"""


def test_consent_as_a_condition_with_one_signature_is_neither_free_nor_granular():
    result = check_consent_form(APPLICATION_FORM)
    assert result.criteria["vrij"].oordeel == "gebrek"
    assert any("niet in behandeling" in q for q in result.criteria["vrij"].bewijs)
    assert result.criteria["granulair"].oordeel == "gebrek"
    assert result.verdict == "ongeldig"


# 3. A short e-mail from a mentor.
MENTOR_MAIL = """Van: j.vermeulen@ccdebeemd.nl
Onderwerp: Daan

Dag allebei,

Is het goed als ik alles doorstuur naar de begeleider van Daan bij Jeugdteam Noord?
Dan kunnen ze daar verder met hem.

Groet, Jolien
"""


def test_a_mentor_asking_to_forward_everything_does_not_say_which_data():
    result = check_consent_form(MENTOR_MAIL)
    assert result.criteria["gegevens"].oordeel == "gebrek"
    assert "alles" in result.criteria["gegevens"].uitleg
    for code in ("termijn", "intrekken"):
        assert result.criteria[code].oordeel == "gebrek", code
    # Asking is fine: the parent answers actively, but is told to answer in writing.
    assert result.criteria["ondubbelzinnig"].oordeel == "ok"
    assert "twijfel" in result.criteria["ondubbelzinnig"].uitleg.lower()
    assert result.verdict == "ongeldig"


# 4. A municipal authorisation for every purpose of a law.
MUNICIPAL_FORM = """Gemeente Aakerveen – Machtiging

Hierbij machtig ik de gemeente Aakerveen om gegevens over mijn kind op te vragen en te
delen voor alle doeleinden die verband houden met de uitvoering van de Jeugdwet.
De gegevens komen in het zaaksysteem van de gemeente.
Handtekening ouder: ______________
"""


def test_all_purposes_of_a_law_is_neither_a_concrete_purpose_nor_a_free_specific_choice():
    result = check_consent_form(MUNICIPAL_FORM)
    assert result.criteria["doel"].oordeel == "gebrek"
    assert "alle doeleinden" in result.criteria["doel"].uitleg
    assert result.criteria["ontvangers"].oordeel == "gebrek"  # the Jeugdwet is no recipient
    # One signature for every purpose of a law is no choice per purpose.
    assert result.criteria["granulair"].oordeel == "gebrek"
    assert result.verdict == "ongeldig"


# 5. Well-formed forms that end with an event instead of a date.
def _well_formed(end: str) -> str:
    return f"""Logopediepraktijk Praatgraag
Toestemming overleg met school

De logopedist van Praatgraag wil het behandelplan geven aan de leerkracht van groep 3
van OBS De Esdoorn, zodat de leerkracht dezelfde klanken oefent.
[ ] Ja   [ ] Nee
Het plan staat in ons cliëntdossier en in ParnasSys van de school.
{end}
U bent vrij om nee te zeggen; de behandeling gaat gewoon door.
U kunt uw toestemming altijd intrekken per e-mail aan info@praatgraag.nl.
Handtekening ouder: ____________
"""


def test_an_end_of_the_school_year_is_a_term():
    result = check_consent_form(
        _well_formed("Deze toestemming geldt tot het einde van het schooljaar.")
    )
    assert result.criteria["termijn"].oordeel == "ok", result.criteria["termijn"].uitleg
    assert result.verdict == "geldig"


def test_until_the_application_is_handled_is_a_term():
    result = check_consent_form(
        _well_formed("Uw toestemming loopt tot de aanvraag is afgehandeld.")
    )
    assert result.criteria["termijn"].oordeel == "ok", result.criteria["termijn"].uitleg
    assert "tot de aanvraag is afgehandeld" in " ".join(result.criteria["termijn"].bewijs)


def test_an_open_end_is_still_no_term():
    result = check_consent_form(_well_formed("Deze toestemming geldt tot wederopzegging."))
    assert result.criteria["termijn"].oordeel == "gebrek"
    assert result.verdict == "onvolledig"
