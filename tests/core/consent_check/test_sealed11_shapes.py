"""What the spent sealed11 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.withdrawal import judge_intrekken


def test_not_obliged_to_give_consent_states_no_purpose():
    text = (
        "Ik wil, als dat nodig is voor de begeleiding, contact hebben met de mentor.\n"
        "U bent niet verplicht om toestemming te geven.\n"
    )
    judged = judge_doel(Form(text))
    assert judged.oordeel == "gebrek"
    assert "als dat nodig" in judged.uitleg


def test_withdrawing_only_until_the_start_is_restricted():
    text = (
        "De begeleider stuurt elke week een bericht aan de mentor, zodat school weet hoe het gaat.\n"
        "Wilt u de toestemming intrekken, dan kan dat per brief tot de startdatum.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_a_vague_purpose_in_the_consent_itself_is_not_an_introduction():
    text = (
        "Door ondertekening verklaart u:\n"
        "- het plan te hebben gezien;\n"
        "- toestemming te geven om het plan te delen met de jeugdarts, ten behoeve van een "
        "goede begeleiding.\n"
        "☐ voor gezien\n"
        "☐ voor akkoord\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_answer_boxes_of_a_labelled_field_are_no_consent_choice():
    text = (
        "C2. Vervoer:  ☐ taxi  ☐ busje  ☐ rolstoelbus\n"
        "C3. Hulpmiddelen:  ☐ rolstoel  ☐ autostoel\n"
        "Ik geef toestemming dat de gemeente de gegevens deelt met GGD Noord voor het advies "
        "en met Taxi Centraal voor de instructie van de chauffeur.\n"
        "Handtekening: __________\n"
    )
    form = Form(text)
    assert form.choices() == []
    assert judge_granulair(form).oordeel == "gebrek"


def test_a_consent_folded_into_the_signature_next_to_boxed_choices():
    text = (
        "☐ foto's in de schoolgids\n"
        "☐ foto's in de klassenapp\n"
        "Met de ondertekening van dit formulier geeft u ook toestemming dat de intern "
        "begeleider de toetsresultaten deelt met de orthopedagoog.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_the_law_obliging_the_organisation_is_no_condition_on_the_parent():
    text = (
        "Ik deel niets zonder uw toestemming, behalve als de wet mij daartoe verplicht.\n"
        "U bent vrij om nee te zeggen.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_writing_it_down_in_a_file_is_where_it_is_kept():
    text = "Wat u mij vertelt, schrijf ik op in het cliëntdossier van Welzijn Noord.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"
    bare = "De gegevens worden vastgelegd in ons systeem.\n"
    assert judge_opslag(Form(bare)).oordeel == "gebrek"  # whose system, which one?


def test_others_announced_over_a_list_with_a_box_per_line_are_closed():
    text = (
        "Toestemming voor contact met anderen — kies per regel:\n"
        "☐ ja ☐ nee   Ik mag de mentor van De Parel laten weten dat ik contact met u heb.\n"
        "☐ ja ☐ nee   Ik mag uw huisarts een brief sturen met mijn advies.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_the_partners_point_back_to_the_list_the_form_opens_with():
    text = (
        "Partners in dit arrangement:\n"
        " 1. SO De Zonnewijzer, Brinkstraat 6, Lindewaarde\n"
        " 2. Nova Jeugdhulp, team Lindewaarde\n\n"
        "Met uw toestemming delen de partners het handelingsplan met elkaar, zodat de "
        "behandeling op school aansluit.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_the_sender_a_subject_and_a_refusals_alternative_are_no_extra_recipients():
    text = (
        "Zorgboerderij De Esch\nEschweg 4, 7441 AB Nijverdal\n\n"
        "Tom komt drie ochtenden per week naar Zorgboerderij De Esch.\n"
        "Wij sturen elke vrijdag een weekbericht over Tom Smit aan zijn mentor van Het Lyceum.\n"
        "Geeft u geen toestemming, dan kunt u de stukken ook zelf aan Het Lyceum geven.\n"
        "☐ Ik geef toestemming voor het weekbericht aan de mentor.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_items_of_data_under_a_lead_in_are_no_parties():
    text = (
        "[ ] Ja, de praktijk mag contact hebben met de mentor.\n"
        "Met uw toestemming mag ik de mentor vertellen:\n"
        "- welke klachten Sam heeft;\n"
        "- welke afspraken Sam en ik hebben gemaakt.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_asked_per_item_is_no_open_data_and_a_yes_as_reply_is_active():
    per_item = (
        "Daarom vragen wij per specialist of wij gegevens over uw kind mogen uitwisselen.\n"
        "1. Ik geef WEL / GEEN toestemming dat de leerkracht het groepsplan uitwisselt met "
        "de logopedist.\n"
    )
    assert judge_gegevens(Form(per_item)).oordeel == "ok"
    reply = (
        "Mag ik de jeugdarts vragen mee te kijken naar het verzuim?\n"
        'Als je akkoord bent, is een "ja" als antwoord op deze mail genoeg.\n'
    )
    assert judge_ondubbelzinnig(Form(reply)).oordeel == "ok"


def test_the_answer_to_what_is_shared_names_the_data_unless_it_is_everything():
    asked = "Wat deel ik? Alleen de woordenlijst van die maand en hoe het oefenen gaat.\n"
    assert judge_gegevens(Form(asked)).oordeel == "ok"
    everything = "Wat deel ik? Alles wat ik over uw kind heb opgeschreven.\n"
    assert judge_gegevens(Form(everything)).oordeel == "gebrek"
