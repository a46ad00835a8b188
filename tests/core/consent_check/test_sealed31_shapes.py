"""The misses of sealed31 (tables and application forms) at first sight, in forms of our own;
its first-sight figure is recorded (bench/data/consent/sealed31/FIRST_SCORE.txt) before these
changes."""

from dossierwijs.core.consent_check.choice import judge_granulair, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_RULED = (
    "Zet uw paraaf in de laatste kolom bij elke regel waarmee u akkoord bent.\n\n"
    " nr  organisatie                   welke gegevens                     paraaf ouder\n"
    " --  ----------------------------  ---------------------------------  ------------\n"
    " 1   mentor van de school          verzuimoverzicht, afspraken uit    ..........\n"
    "     van uw kind                   het  gesprek met u\n"
    " 2   jeugdarts GGD Regio Oost      verzuimoverzicht, uw uitleg over   ..........\n"
    "                                   de klachten\n"
)


def test_a_table_under_a_gapped_rule_is_read_by_its_columns_with_a_mark_per_row():
    rows = [s for s in Form(_RULED).sentences if s.is_row]
    assert len(rows) == 2
    assert "van uw kind" in rows[0].text and "het gesprek met u" in rows[0].text
    assert all(len(s.boxes) == 1 for s in rows)
    assert judge_granulair(Form(_RULED)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(_RULED)).oordeel == "ok"


def test_a_scanned_table_whose_rule_sits_off_is_cut_where_the_text_stands():
    text = (
        " partner                    gegevens                   ja   nee\n"
        " ----------------------- ------------------------- ---- ----\n"
        " Logopedie De Klank,        verslag van de mentor      O    O\n"
        " Oosterhout\n"
        " Jeugdarts GGD Regio        verzuimoverzicht           D    O\n"
        " ------------------------ ------------------------- ---- ----\n"
    )
    rows = [s for s in Form(text).sentences if s.is_row]
    assert [len(s.boxes) for s in rows] == [2, 2]
    assert "Logopedie De Klank, Oosterhout" in rows[0].text


def test_choosing_per_row_a_few_sentences_on_closes_an_open_introduction():
    text = (
        "Bij veel verzuim werkt De Eendracht samen met anderen. Meldingen aan de "
        "leerplichtambtenaar doen wij op grond van de wet. Voor de samenwerking hieronder "
        "vragen wij wel toestemming. Kruis per regel ja of nee aan.\n\n"
        "| met wie                  | welke gegevens       | ja  | nee |\n"
        "|--------------------------|----------------------|-----|-----|\n"
        "| Jeugdarts GGD Rivierland | verzuimoverzicht     | [ ] | [ ] |\n"
        "| Jeugdteam Ravensloot     | verslag van gesprek  | [ ] | [ ] |\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_a_part_headed_by_its_organisation_names_the_recipient():
    text = (
        "Elk deel gaat over één organisatie en heeft een eigen handtekening.\n\n"
        "DEEL A – Kinderfysiotherapie De Sprong, Ravensloot\n"
        "  Gegevens:  het motorisch onderzoeksverslag\n"
        "  [ ] ja, ik geef toestemming          [ ] nee, ik geef geen toestemming\n\n"
        "DEEL B – Jeugdarts van GGD Rivierland\n"
        "  Gegevens:  het verzuimoverzicht\n"
        "  [ ] ja, ik geef toestemming          [ ] nee, ik geef geen toestemming\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_signing_for_the_three_exchanges_in_the_table_is_one_choice_for_all():
    text = (
        "| Aan wie           | Wat                     |\n"
        "|-------------------|-------------------------|\n"
        "| Basisschool De Es | het overdrachtsformulier |\n"
        "| GGD Rivierland    | de laatste observatie   |\n"
        "| Praktijk Woordrijk| de spraakobservatie     |\n\n"
        "Door hieronder te tekenen geeft u toestemming voor de drie uitwisselingen in de tabel.\n"
        "Handtekening: ..........\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"
    withdraw = "U kunt uw toestemming altijd intrekken, ook voor één van de drie vragen.\n"
    assert judge_granulair(Form(_RULED + withdraw)).oordeel == "ok"


def test_key_and_value_rows_after_the_exchanges_stay_apart():
    text = (
        "| nr | wie krijgt de gegevens | welke gegevens |\n"
        "|----|------------------------|----------------|\n"
        "| 1  | Commissie van het SWV  | het OPP        |\n"
        "|----|------------------------|----------------|\n"
        "|    | Waar bewaard?          | In Kindkans, het dossier van het samenwerkingsverband. |\n"
        "|    | Intrekken?             | Kan altijd. Mail privacy@swv.nl.                       |\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"
