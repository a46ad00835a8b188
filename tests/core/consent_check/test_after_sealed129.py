"""Readings found after sealed129-132 were scored once (tuned, not a measure): each with the
neighbour that must keep its old reading. Rules alone, without the calibration, unless the
test is about the calibration."""

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.calibration import open_to_doubt
from dossierwijs.core.consent_check.form import GEBREK, Judgement

_LETTER = (
    "Beste ouders van Sem,\n\n"
    "{extra}\n"
    "Wij willen het leesverslag van Sem van oktober mailen naar juf Ilse van Logopedie "
    "De Klinker, zodat zij haar oefeningen kan afstemmen op wat Sem in de klas leest. Het "
    "verslag staat in ParnasSys. {term} U mag nee zeggen; dat heeft geen gevolgen. "
    "{withdraw}\n\n"
    "Mag het leesverslag naar juf Ilse?\n{answer}\n"
)
_TERM = "Uw toestemming geldt tot 1 juli 2026."
_WITHDRAW = "U kunt uw toestemming altijd intrekken via ib@klinker.example.nl."


def _judged(
    criterion: str,
    extra: str = "",
    *,
    term: str = _TERM,
    withdraw: str = _WITHDRAW,
    answer: str = "☐ ja ☐ nee",
) -> str:
    text = _LETTER.format(extra=extra, term=term, withdraw=withdraw, answer=answer)
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion].oordeel


def _judge_text(text: str, criterion: str) -> str:
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion].oordeel


def test_the_parents_rights_said_with_among_other_things_leave_the_data_closed():
    extra = "U heeft onder meer het recht uw gegevens in te zien en te laten verbeteren."
    assert _judged("gegevens", extra) == "ok"


def test_data_shared_among_other_things_stay_open():
    extra = "Daarnaast delen wij onder meer de toetsgegevens van Sem met de logopedist."
    assert _judged("gegevens", extra) == "gebrek"


def test_the_whole_primary_school_period_is_no_end():
    term = "Deze toestemming blijft bestaan gedurende de hele basisschoolperiode van uw kind."
    assert _judged("termijn", term=term) == "gebrek"


def test_the_end_of_this_school_year_is_an_end():
    term = "Deze toestemming geldt tot het einde van dit schooljaar."
    assert _judged("termijn", term=term) == "ok"


def _open_group(group: str) -> Judgement:
    return Judgement(
        GEBREK,
        f"Het formulier noemt geen vaste lijst van organisaties, maar een open groep: “{group}”.",
    )


def test_partners_of_any_kind_are_a_named_defect_the_calibration_never_doubts():
    for group in ("partners in de regio", "onze partners", "externe partners", "ketenpartners"):
        assert not open_to_doubt("ontvangers", _open_group(group)), group


def test_the_partners_of_a_named_list_may_still_be_doubted():
    assert open_to_doubt("ontvangers", _open_group("de partners"))


def test_a_portal_choice_the_parent_sets_to_yes_is_an_active_act():
    answer = (
        "Ga in het ouderportaal naar Toestemmingen. Daar staat de keuze op Nee. Zet hem op Ja "
        "als u toestemming geeft."
    )
    assert _judged("ondubbelzinnig", answer=answer) == "ok"


def test_a_switch_to_turn_on_for_a_refusal_is_no_active_consent():
    answer = "Ga in het ouderportaal naar Toestemmingen. Vink aan als u geen toestemming geeft."
    assert _judged("ondubbelzinnig", answer=answer) == "gebrek"


def test_withdrawing_in_the_same_place_says_how():
    withdraw = "Intrekken kan altijd, op dezelfde plek: zet de keuze terug op Nee."
    assert _judged("intrekken", withdraw=withdraw) == "ok"


def test_withdrawing_without_a_place_or_a_way_says_not_how():
    withdraw = "Intrekken kan altijd."
    assert _judged("intrekken", withdraw=withdraw) == "gebrek"


def test_adjust_your_choice_after_it_can_always_is_no_limit():
    withdraw = (
        "Wilt u uw toestemming intrekken? Dat kan altijd: pas uw keuze aan in het ouderportaal "
        "of mail ib@klinker.example.nl."
    )
    assert _judged("intrekken", withdraw=withdraw) == "ok"


def test_only_after_the_school_year_is_a_limit_on_withdrawing():
    withdraw = (
        "Wilt u uw toestemming intrekken? Dat kan pas na afloop van het schooljaar, per mail "
        "aan ib@klinker.example.nl."
    )
    assert _judged("intrekken", withdraw=withdraw) == "gebrek"


def test_the_child_taking_the_papers_along_itself_is_another_way_not_a_loss():
    extra = (
        "Geeft u geen toestemming? Dan neemt uw kind het stageprofiel zelf mee naar het "
        "kennismakingsgesprek bij het bedrijf en maken wij geen foto."
    )
    assert _judged("vrij", extra) == "ok"


def test_no_internship_without_consent_stays_a_condition():
    extra = "Geeft u geen toestemming? Dan kan uw kind helaas niet mee op stage."
    assert _judged("vrij", extra) == "gebrek"


def test_companies_in_the_region_are_an_open_group():
    extra = "Daarnaast sturen wij het cv van Sem naar leerbedrijven in de regio."
    assert _judged("ontvangers", extra) == "gebrek"


def test_one_named_company_in_the_region_is_named():
    extra = "Daarnaast sturen wij het cv van Sem naar Garage Pronk in Zwolle."
    assert _judged("ontvangers", extra) == "ok"


def test_other_education_partners_that_data_are_asked_from_are_an_open_group():
    extra = (
        "Daarvoor vragen wij volgend jaar de volgende gegevens over Sem op bij de "
        "vervolgopleiding en bij andere onderwijspartners:\n"
        "   -  het aantal behaalde studiepunten;\n"
        "   -  de uitslag van het studieadvies.\n"
    )
    assert _judged("ontvangers", extra) == "gebrek"


def test_the_other_way_after_a_refusal_is_no_open_purpose():
    extra = (
        "Wilt u dit niet? Dat is helemaal goed! Sem krijgt dan de teksten op papier en ik lees "
        "voor als dat nodig is."
    )
    assert _judged("doel", extra) == "ok"


def test_sharing_when_needed_stays_an_open_purpose():
    extra = "Ook delen wij het verslag met de remedial teacher, als dat nodig is."
    assert _judged("doel", extra) == "gebrek"


def test_everything_that_is_deleted_in_the_passive_is_not_what_is_shared():
    extra = "Alle gegevens, verslagen en overzichten worden uiterlijk 1 september 2026 verwijderd."
    assert _judged("gegevens", extra) == "ok"


def test_everything_that_is_sent_on_stays_open():
    extra = "Alle gegevens, verslagen en overzichten worden daarna doorgestuurd naar de GGD."
    assert _judged("gegevens", extra) == "gebrek"


_CHAT = (
    "WhatsApp-chat met Ouders groep 7\n\n"
    "[02-10-2025 19:02] Juf Lotte: Hoi ouders! Voor het schoolvoetbal geven wij de voornaam en "
    "de geboortedatum van uw kind door aan Voetbalclub VV Heidebloem, zodat de club de teams "
    "kan indelen. De club bewaart de lijst tot 1 december 2025 en gooit hem dan weg.\n"
    "[02-10-2025 19:03] Juf Lotte: {ask} Nee is ook prima, je kind doet dan gewoon mee. "
    "Intrekken kan altijd: stuur me een appje.\n"
    "[02-10-2025 19:05] Mama van Fenna: ✅\n"
    "[02-10-2025 19:09] Papa Yusuf: ja prima\n"
)


def test_another_parents_tick_in_the_chat_is_an_answer_not_a_box_ticked_beforehand():
    ask = "Willen jullie hieronder even 'ja' of ✅ zetten als dat goed is, of 'nee' als je dat liever niet hebt?"
    assert _judge_text(_CHAT.format(ask=ask), "ondubbelzinnig") == "ok"


def test_a_box_ticked_in_the_senders_own_message_stays_ticked_beforehand():
    ask = "☑ Ja, mijn kind mag op de lijst."
    assert _judge_text(_CHAT.format(ask=ask), "ondubbelzinnig") == "gebrek"


_NEWSLETTER = (
    "Nieuwsbrief van IKC De Linde\n\n"
    "Beste ouders,\n\nDe sportweek begint op 3 november.\n\n"
    "Met vriendelijke groet,\nTeam IKC De Linde\n\n\n"
    "SPORTWEEK\n"
    "Alle groepen maken kennis met drie sportverenigingen uit Heidewaard:\n"
    "- Hockeyclub De Blauwe Stok\n- Tennisvereniging Baan Vier\n- Atletiekvereniging De Haas\n\n"
    "Daarom geven wij de voornaam, groep en het e-mailadres van één ouder door aan {who}, zodat "
    "zij u kunnen uitnodigen voor een proeftraining. De lijst staat in ParnasSys en wordt op "
    "1 januari 2026 verwijderd. Wilt u dat uw kind op de lijst komt? Kruis dan aan:\n"
    "☐ ja ☐ nee\n"
    "U mag nee zeggen; dat heeft geen gevolgen. Intrekken kan altijd via "
    "info@delinde.example.nl.\n"
)


def test_clubs_listed_after_the_newsletters_greeting_are_recipients_not_the_sender():
    text = _NEWSLETTER.format(who="alle drie de verenigingen")
    assert _judge_text(text, "granulair") == "gebrek"


_SIGN_UP = (
    "Aanmelding – stap 4 van 4\n\n"
    "Overzicht\n"
    "✔ Gegevens kind ingevuld\n"
    "✔ Gegevens ouders ingevuld\n"
    "✔ Voorkeur begeleidingsmoment: ochtend\n\n"
    "Wij delen de naam en het begeleidingsplan van Sem met de school, de gemeente Heidewaard en "
    "de huisarts, zodat wij de begeleiding op elkaar kunnen afstemmen. Het plan staat in ons "
    "cliëntsysteem tot 1 juli 2026. U mag nee zeggen; dat heeft geen gevolgen. Intrekken kan "
    "altijd via info@heidestroom.example.nl.\n\n"
    "{box} Ik ga akkoord met het delen van gegevens zoals hierboven beschreven.\n"
)


def test_a_summary_of_what_is_filled_in_is_no_choice_per_item():
    text = _SIGN_UP.format(box="☐")
    assert _judge_text(text, "granulair") == "gebrek"
    assert _judge_text(text, "ondubbelzinnig") == "ok"


def test_a_ticked_yes_in_the_same_form_stays_ticked_beforehand():
    assert _judge_text(_SIGN_UP.format(box="✔"), "ondubbelzinnig") == "gebrek"
