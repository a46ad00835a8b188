"""Sentences in shapes no bench form uses, one family per rule of the sixth round: a service
tied to one of the form's own choices, a numbered choice whose box a scan dropped, and the
false alarms sealed4 showed (withdrawal in other words, data closed by a limit, a purpose
said plainly, an answer as the act). Each is invented here, not copied from a form."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn

CHOICES = (
    "A. De school mag het handelingsplan naar Praktijk Taalwijs sturen.   [ ] ja [ ] nee\n"
    "B. De jeugdverpleegkundige mag met de mentor praten over slaap en eetlust. [ ] ja [ ] nee\n"
    "C. De logopedist mag haar verslag aan de intern begeleider geven.  [ ] ja [ ] nee\n"
)

# A service that goes ahead only if one of the choices above does: refusing that part costs
# the child the service, so the consent is not free (AVG art. 7 lid 4; overweging 43).
CONDITION_ON_A_CHOICE = [
    "De commissie bespreekt de aanvraag alleen als ook onderdeel B doorgaat.",
    "Wij nemen de aanmelding pas in behandeling wanneer punt 2 is aangekruist.",
    "De begeleiding start alleen als u bij vraag 3 ja invult.",
    "Het arrangement wordt uitsluitend toegekend indien onderdeel A en C doorgaan.",
    "De plaatsing gaat enkel door mits keuze b is aangevinkt.",
    "Het onderzoek kan pas beginnen als het gesprek met de jeugdverpleegkundige over slaap "
    "en eetlust heeft plaatsgevonden.",
    "Wij sturen de aanvraag op, die de commissie alleen behandelt als ook deel B kan.",
    "De ondersteuning begint alleen wanneer de logopedist haar verslag mag geven aan de "
    "intern begeleider.",
    "De intake vindt pas plaats als onderdeel C is ingevuld.",
    "Lever het formulier in, zodat de aanvraag - die alleen in behandeling gaat als onderdeel "
    "A kan - op tijd klaar is.",
    "Uw kind komt alleen op de wachtlijst als ook punt 1 doorgaat.",
]
CONDITION_ON_A_CHOICE += [
    "Wij zetten uw kind pas op de wachtlijst als vraag 2 met ja is beantwoord.",
    "De behandeling start alleen als onderdelen A en B allebei doorgaan.",
    "De toewijzing komt er enkel wanneer punt 3 is ingevuld.",
    "Het traject begint alleen als de logopedist haar verslag aan de intern begeleider mag geven.",
]
# Saying no as an act of its own, with a service lost in the clause after it.
CONDITION_ON_A_CHOICE += [
    "Zonder onderdeel B kan de aanvraag niet door.",
    "Als u bij onderdeel B nee kiest, kan de commissie de aanvraag niet behandelen.",
    "Kiest u nee bij vraag 2, dan kunnen wij uw kind helaas niet plaatsen.",
    "Zegt u nee tegen punt 1, dan vervalt de begeleiding.",
    "Bij een nee op onderdeel A kan het arrangement niet starten.",
    "Wie bij B nee invult, komt niet in aanmerking voor het arrangement.",
    "Een nee bij vraag 3 betekent dat de intake niet doorgaat.",
    "Kiest u nee, dan kunnen wij helaas geen begeleiding bieden.",
    "Zegt u nee, dan start de behandeling niet.",
    "Als u nee zegt, kan uw kind niet mee op kamp.",
]
FREE_AFTER_ALL = [
    "Zegt u nee, dan gaat de behandeling gewoon door.",
    "Kiest u nee, dan delen wij het verslag niet met de school en bespreken wij de behandeling "
    "alleen met u.",
    "Kiest u nee, dan krijgt de leerkracht geen adviezen over de begeleiding.",
    "Als u nee zegt, sturen wij niets naar school.",
    "Als u nee zegt, heeft dat geen gevolgen voor de hulp.",
    "Als u nee kiest, vindt het gesprek met de jeugdverpleegkundige niet plaats.",
    "Wie nee zegt, krijgt dezelfde hulp als iedereen.",
    "De commissie bespreekt de aanvraag ook als u onderdeel B weigert.",
    "Als het arrangement wordt toegekend, krijgt de begeleider het plan.",
    "De begeleiding start alleen als het arrangement is toegekend.",
    "De jeugdverpleegkundige vertelt de school alleen wat het advies is.",
    "U beslist per onderdeel zelf; de hulp gaat gewoon door.",
    "Wij sturen het plan alleen als u bij onderdeel A ja kiest.",
]


@pytest.mark.parametrize("sentence", CONDITION_ON_A_CHOICE)
def test_a_service_tied_to_a_choice_is_not_free(sentence):
    judged = judge_vrij(Form(CHOICES + "\n" + sentence + "\n"))
    assert judged.oordeel == "gebrek", judged.uitleg
    assert judged.bewijs


@pytest.mark.parametrize("sentence", FREE_AFTER_ALL)
def test_a_condition_on_something_else_stays_free(sentence):
    judged = judge_vrij(Form(CHOICES + "\n" + sentence + "\n"))
    assert judged.oordeel == "ok", judged.uitleg


def _numbered(marks: list[str]) -> str:
    items = [
        "De school mag het rapport van groep 5 naar de praktijk sturen.",
        "De leerkracht mag een vragenlijst over concentratie invullen.",
        "De praktijk mag het verslag aan de huisarts geven.",
        "De praktijk mag het verslag met de mentor bespreken.",
        "De school mag de toetsuitslagen delen met de logopedist.",
    ]
    lines = [
        f"{mark} {n}. {item}".strip()
        for n, (mark, item) in enumerate(zip(marks, items, strict=False), 1)
    ]
    return "Kruis aan waarvoor u toestemming geeft.\n\n" + "\n\n".join(lines) + "\n"


# A scan reads an empty box as "0", "O", "[]" or "☐" and drops a ticked one: the numbered
# item without a box among boxed ones may have been ticked in advance (overweging 32).
LOST_BOX = [
    ["0", "0", "", "0"],
    ["O", "", "O", "O"],
    ["☐", "☐", "☐", ""],
    ["[]", "", "[]"],
    ["", "☐", "☐", "☐"],
    ["0", "0", "0", "0", ""],
    ["D", "", "D", "D", "D"],
    ["[ ]", "[ ]", "", "[ ]", "[ ]"],
    ["()", "()", ""],
    ["☐", "", "☐", "☐", "☐"],
]
ALL_BOXED = [
    ["0", "0", "0", "0"],
    ["☐", "☐", "☐"],
    ["", "", "", ""],  # no boxes at all: a list, not choices
    ["☐", "", "", ""],  # one box only: no pattern to break
    ["[ ]", "[ ]", "[ ]", "[ ]", "[ ]"],
]


# The same without numbers: a paragraph beside boxed ones that opens with their words.
SIBLINGS = [
    "De school geeft de leestoets aan Praktijk Letterwijs.",
    "De school geeft het rekenplan aan RT-praktijk Som.",
    "De school geeft het groeidocument aan de GGD.",
]
LOST_SIBLING_BOX = [
    ["", "0", "0"],
    ["0", "", "LD"],
    ["☐", "☐", ""],
    ["[]", "", "[]"],
    ["", "O", "D"],
]


@pytest.mark.parametrize("marks", LOST_SIBLING_BOX)
def test_a_sibling_paragraph_that_lost_its_box_is_doubted(marks):
    paragraphs = [f"{mark} {line}".strip() for mark, line in zip(marks, SIBLINGS, strict=True)]
    text = "Wij vragen per onderdeel uw toestemming.\n\n" + "\n\n".join(paragraphs)
    judged = judge_ondubbelzinnig(Form(text + "\n\nHandtekening: ______\n"))
    assert judged.oordeel == "gebrek", judged.uitleg
    assert "twijfel" in judged.uitleg.lower()


def test_an_introduction_before_boxed_paragraphs_is_no_lost_box():
    text = "Wij vragen per onderdeel uw toestemming.\n\n" + "\n\n".join(
        f"0 {line}" for line in SIBLINGS
    )
    judged = judge_ondubbelzinnig(Form(text + "\n\nHandtekening: ______\n"))
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize("marks", LOST_BOX)
def test_a_numbered_choice_that_lost_its_box_is_doubted(marks):
    judged = judge_ondubbelzinnig(Form(_numbered(marks) + "Handtekening: ______\n"))
    assert judged.oordeel == "gebrek", judged.uitleg
    assert "twijfel" in judged.uitleg.lower()


@pytest.mark.parametrize("marks", ALL_BOXED)
def test_numbered_choices_with_their_boxes_stay_active(marks):
    judged = judge_ondubbelzinnig(Form(_numbered(marks) + "Handtekening: ______\n"))
    assert judged.oordeel == "ok", judged.uitleg


def test_a_numbered_question_without_a_box_is_no_lost_box():
    text = _numbered(["☐", "☐", "", "☐"])
    text = text.replace("3. De praktijk mag het verslag aan de huisarts geven.", "3. Hoe lang?")
    judged = judge_ondubbelzinnig(Form(text + "Handtekening: ______\n"))
    assert judged.oordeel == "ok", judged.uitleg


# Withdrawal in words no rule named before: a change of mind, stopping the exchange, wanting
# out or switching a choice off, with a channel or what then stops (AVG art. 7 lid 3).
WITHDRAWN_IN_OTHER_WORDS = [
    "U kunt elk ja later omzetten naar een nee; mail dan de mentor.",
    "Elk 'ja' mag u veranderen in 'nee'. Bel daarvoor de administratie.",
    "Gewijzigd van mening? Stuur een mail aan de intern begeleider.",
    "Veranderd van idee? Laat het de juf weten via Parro.",
    "U kunt op elk moment stoppen met het delen van gegevens. Mail daarvoor de praktijk.",
    "Wilt u het overleg laten stoppen? Bel de jeugdverpleegkundige.",
    "Ook na het tekenen kunt u ophouden met de uitwisseling; een mail aan de mentor volstaat.",
    "Wil je er toch uit? Stuur een appje naar de groepsleiding.",
    "Toch liever niet meer? Een telefoontje naar de praktijk is genoeg.",
    "Willen jullie er later vanaf? Zeg het tegen meester Jan.",
    "U kunt de toestemming zelf uitzetten in het ouderportaal.",
    "De schakelaar kunt u altijd weer op Uit zetten; vanaf dat moment delen wij niets meer.",
    "Kunt u dit achteraf nog wijzigen? Ja, mail de zorgcoördinator.",
    "Uw keuze kunt u later aanpassen bij de administratie.",
    "U kunt uw kind op elk moment afmelden voor het overleg via de schoolapp.",
    "Als u van gedachten veranderd bent, stuur dan een briefje mee aan de leerkracht.",
    "Heeft u ja gezegd en wilt u toch stoppen? Een berichtje aan mij is genoeg, dan stop ik meteen.",
    "Bent u er later niet meer gerust op? Dan kunt u uw ja intrekken bij de mentor.",
    "Zet uw antwoord gerust weer op nee in de app; wij stoppen dan direct met delen.",
    "Later wijzigen kan altijd: vul het formulier opnieuw in bij de balie.",
]
WITHDRAWAL_HEADINGS = [
    ("Van mening veranderd?", "Mail dan de intern begeleider; wij delen daarna niets meer."),
    ("Toch liever niet meer?", "Bel de praktijk op 010 - 123 45 67."),
    ("Kan ik dit later veranderen?", "Ja, dat kan altijd: zeg het tegen de mentor."),
    ("Wilt u stoppen?", "Stuur een mail naar privacy@voorbeeldschool.nl."),
]
# A sixth phrasing: a change of mind in words of its own, read only with a channel or with
# what then stops in the same sentence or the next.
WITHDRAWN_IN_OTHER_WORDS += [
    "Spijt van uw keuze? Mail de mentor.",
    "Mocht u er anders over gaan denken, laat het ons dan weten via de administratie.",
    "Niet langer akkoord? Stuur een mail naar de school.",
    "Zegt u later alsnog nee, dan stoppen wij direct; bel de balie.",
    "Liever toch geen contact meer met school? Een appje aan de juf is genoeg.",
    "Als u wilt dat wij ophouden, mail dan de ib'er.",
    "Uw toestemming vervalt zodra u dat aan de mentor doorgeeft.",
    "U mag altijd terug: een briefje aan de leerkracht volstaat.",
    "Wilt u geen gesprekken meer met de GGD? Bel dan de jeugdverpleegkundige.",
    "Ziet u er later van af, dan hoort de praktijk dat graag per mail.",
]
NO_WITHDRAWAL = [
    "De lessen stoppen in juni; u hoort dat via Parro.",
    "Lukt het toch niet, bel dan de school.",
    "Is de hulp niet meer nodig, dan bellen wij u.",
    "Kan uw kind niet meer mee, meld het dan bij de juf.",
    "Spijt van uw keuze?",  # a change of mind with no channel and nothing that stops
    "De toestemming geldt tot de begeleiding stopt.",
    "Wij stoppen met de lessen in juni.",
    "De logopedist verandert de oefeningen als dat nodig is.",
    "Bezwaar maken kan tot vrijdag; daarna gaan wij ervan uit dat u akkoord bent.",
    "Uw kind kan zich afmelden voor de sportdag bij de gymleraar.",
]


@pytest.mark.parametrize("sentence", WITHDRAWN_IN_OTHER_WORDS)
def test_withdrawal_in_other_words_is_read(sentence):
    judged = judge_intrekken(Form(sentence + "\n"))
    assert judged.oordeel == "ok", judged.uitleg
    assert judged.bewijs


@pytest.mark.parametrize(("heading", "sentence"), WITHDRAWAL_HEADINGS)
def test_a_heading_that_asks_about_withdrawal_counts_with_the_line_under_it(heading, sentence):
    judged = judge_intrekken(
        Form(f"Wij delen het verslag met de mentor.\n\n{heading}\n{sentence}\n")
    )
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize("sentence", NO_WITHDRAWAL)
def test_stopping_or_changing_something_else_is_no_withdrawal(sentence):
    judged = judge_intrekken(Form(sentence + "\n"))
    assert judged.oordeel == "gebrek", judged.uitleg


DATA = (
    "De school stuurt het handelingsplan en de laatste twee leestoetsen naar Praktijk Taalwijs.\n"
)

# Open-sounding words that do not open the data: what is kept rather than shared, what is
# not asked, a limit with what stays out (AVG art. 4 lid 11; overweging 42).
DATA_CLOSED_AGAIN = [
    "• Alles wat wij ontvangen, bewaren wij in het dossier van de praktijk.",
    "Alles wat u invult en alles wat de mentor schrijft, komt in ons beveiligde systeem.",
    "Alles wat de juf met de praktijk uitwisselt, staat in Esis.",
    "Al het werk dat wij maken, slaan wij op in het leerlingvolgsysteem.",
    "Wat u hier invult, bewaren wij in het cliëntdossier.",
    "Andere delen van het leerlingdossier vragen wij niet op.",
    "Het leerlingdossier zelf sturen wij nooit mee.",
    "De praktijk kan starten zonder dat u alles opnieuw hoeft te vertellen.",
    "Zij vertelt alleen wat nodig is voor de gymles, niet de rest van het dossier.",
    "De arts geeft alleen door wat nodig is voor de medicatie op school, niets anders.",
    "Wij vragen uitsluitend wat nodig is voor de overstap, geen andere stukken.",
]
DATA_STILL_OPEN = [
    "Wij delen wat wij over uw kind weten met de praktijk.",
    "De school stuurt de praktijk wat zij van uw zoon weet.",
    "Wij delen alle gegevens met de praktijk, zonder uitzondering.",
    "De school stuurt niet alleen het plan maar alles wat wij hebben naar de praktijk.",
    "Wij sturen alles wat wij hebben, en bewaren het in ParnasSys.",
    "De school deelt alle relevante gegevens met de praktijk.",
    "Wij geven alleen wat nodig is door aan de praktijk.",
    "De school stuurt het leerlingdossier naar de praktijk.",
]


@pytest.mark.parametrize("sentence", DATA_CLOSED_AGAIN)
def test_open_words_that_do_not_open_the_data(sentence):
    judged = judge_gegevens(Form(DATA + sentence + "\n"))
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize("sentence", DATA_STILL_OPEN)
def test_open_data_stays_open(sentence):
    judged = judge_gegevens(Form(sentence + "\n"))
    assert judged.oordeel == "gebrek", judged.uitleg


RECIPIENTS = (
    "1. De school mag het plan sturen naar Praktijk Taalwijs.   [ ] ja [ ] nee\n"
    "2. De school mag het plan sturen naar huisartsenpraktijk De Eik.   [ ] ja [ ] nee\n"
)
# An open group announced and then closed by the list the form points to, or only in what
# is kept (AVG art. 13 lid 1 onder e).
RECIPIENTS_CLOSED = [
    "Wij wisselen soms gegevens uit met anderen. Hieronder staat precies met wie.",
    "De mentor deelt informatie met andere partijen. Hieronder leest u welke organisaties.",
    "De praktijk overlegt met anderen. In onderstaande lijst staat wie.",
    "Alles wat de mentor met anderen uitwisselt, staat in Magister.",
    "Wat wij met derden delen, bewaren wij in het dossier van de praktijk.",
    "De school praat met andere instanties, te weten: de GGD en de praktijk.",
]
RECIPIENTS_OPEN = [
    "Wij wisselen soms gegevens uit met anderen.",
    "De school deelt het plan met alle betrokken instanties.",
    "Wij sturen het verslag naar derden, en bewaren het in ParnasSys.",
]


@pytest.mark.parametrize("sentence", RECIPIENTS_CLOSED)
def test_an_open_group_closed_again_names_the_recipients(sentence):
    judged = judge_ontvangers(Form(sentence + "\n\n" + RECIPIENTS))
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize("sentence", RECIPIENTS_OPEN)
def test_an_open_group_stays_open(sentence):
    judged = judge_ontvangers(Form(sentence + "\n\n" + RECIPIENTS))
    assert judged.oordeel == "gebrek", judged.uitleg


TWO_ITEMS = (
    "1. Ik stuur het verslag van de leestoets naar juf Anna van De Regenboog.\n\n"
    "2. Juf Anna vult in maart een vragenlijst in over lezen en stuurt die naar mij.\n\n"
)
# The parent's own reply is the act, and a yes or no per item is a choice per item
# (AVG art. 4 lid 11; overweging 32 en 43).
ANSWERED_PER_ITEM = [
    'Willen jullie antwoorden met bij 1 en bij 2 "ja" of "nee"?',
    "Mail mij terug met per punt ja of nee.",
    "Stuur een berichtje met bij a en bij b: ja of nee.",
    "Laat u weten, per vraag, ja of nee?",
    "Reageer op dit bericht met per nummer 'ja' of 'nee'.",
    "Beantwoord deze mail met bij punt 1 en punt 2 ja of nee. U mag bij het ene ja en bij het "
    "andere nee zeggen.",
    "App mij terug: ja of nee. Dat mag per punt verschillen.",
    "Schrijf in uw antwoord per onderdeel “ja” of “nee”.",
]
NOT_ANSWERED_PER_ITEM = [
    "Ik ga ervan uit dat het goed is als ik niets hoor.",
    "Laat u weten of u het goed vindt?",  # asked, but one answer for both
]


@pytest.mark.parametrize("sentence", ANSWERED_PER_ITEM)
def test_a_reply_per_item_is_active_and_granular(sentence):
    form = Form(TWO_ITEMS + sentence + "\n")
    active, granular = judge_ondubbelzinnig(form), judge_granulair(form)
    assert active.oordeel == "ok", active.uitleg
    assert granular.oordeel == "ok", granular.uitleg
    assert "twijfel" in granular.uitleg.lower()


@pytest.mark.parametrize("sentence", NOT_ANSWERED_PER_ITEM)
def test_silence_or_one_answer_for_two_items_is_not_granular(sentence):
    form = Form(TWO_ITEMS + sentence + "\n")
    assert "gebrek" in (judge_ondubbelzinnig(form).oordeel, judge_granulair(form).oordeel)


# A glyph after "zo:" that closes the sentence shows how to mark; it is not ticked.
MARK_EXAMPLES = [
    "Kies per vraag één rondje, zo: (•). Uw keuze heeft geen gevolgen.",
    "Kleur per vraag een rondje, bijvoorbeeld: ●. Daarna tekent u onderaan.",
    "Zet bij elke vraag een kruisje, zo: [x]. Niets invullen mag ook.",
    "Markeer uw antwoord zo: ☒. U kunt altijd nee kiezen.",
    "Vink aan wat u goedvindt, als volgt: ☑. Twijfelt u, bel ons.",
]


@pytest.mark.parametrize("sentence", MARK_EXAMPLES)
def test_a_marked_example_that_closes_a_sentence_is_not_pre_ticked(sentence):
    form = Form(sentence + "\n\n1. De school mag het plan met de GGD delen.   ( ) Ja   ( ) Nee\n")
    judged = judge_ondubbelzinnig(form)
    assert judged.oordeel == "ok", judged.uitleg


def test_a_ticked_choice_after_a_sentence_is_still_ticked():
    form = Form("Wij delen het plan met de GGD: (•) ja ( ) nee\n")
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"


def _drawn(rows: list[tuple[str, str, str, str]], bar: str = "│") -> str:
    """A table drawn with box characters, as a word processor or a PDF prints it."""
    head = ("waarvoor", "welke gegevens", "met wie", "geldig tot")
    rule_mid = "├" + "┼".join("─" * 24 for _ in range(6)) + "┤"
    lines = ["┌" + "┬".join("─" * 24 for _ in range(6)) + "┐"]
    lines.append(bar + bar.join(f" {c:<22} " for c in (*head, "ja", "nee")) + bar)
    for row in rows:
        lines.append(rule_mid)
        lines.append(bar + bar.join(f" {c:<22} " for c in (*row, "[ ]", "[ ]")) + bar)
    lines.append("└" + "┴".join("─" * 24 for _ in range(6)) + "┘")
    return "\n".join(lines) + "\n"


DRAWN_ROWS = [
    ("leesles afstemmen", "de laatste leestoets", "Praktijk Letterwijs", "31-07-2027"),
    ("rekenhulp plannen", "het rekenplan", "RT-praktijk Som", "einde schooljaar"),
    ("medicatie evalueren", "een gedragslijst", "GGZ De Linde", "1 maart 2027"),
]


@pytest.mark.parametrize("bar", ["│", "║", "┃"])
@pytest.mark.parametrize("judge", [judge_doel, judge_termijn])
def test_a_table_drawn_with_box_characters_is_read_per_row(judge, bar):
    judged = judge(Form(_drawn(DRAWN_ROWS, bar)))
    assert judged.oordeel == "ok", judged.uitleg
    assert any("waarvoor:" in b for b in judged.bewijs)


def test_each_drawn_row_is_a_choice_of_its_own():
    form = Form(_drawn(DRAWN_ROWS))
    assert len([s for s in form.body if s.is_row and s.boxes]) == 3


def test_a_drawn_table_without_a_duration_column_still_lacks_one():
    rows = [(a, b, c, "") for a, b, c, _ in DRAWN_ROWS]
    assert judge_termijn(Form(_drawn(rows))).oordeel == "gebrek"


# A purpose in general words narrowed to one subject is a purpose, with twijfel; the child
# or the family as a whole does not narrow it (AVG art. 4 lid 11; overweging 32 en 42).
NARROWED_PURPOSES = [
    "De begeleider kijkt mee hoe wij Sem beter kunnen helpen met zijn spelling.",
    "Zo kunnen wij Noor beter begeleiden bij het rekenen.",
    "De logopedist wil zien hoe wij hem beter kunnen ondersteunen in de kring.",
    "Wij willen Lotte beter helpen met haar motoriek.",
    "De juf wil hem beter kunnen begeleiden bij het plannen van huiswerk.",
    "Het doel is Mila beter te ondersteunen bij het lezen.",
]
STILL_OPEN_PURPOSES = [
    "Wij delen het verslag om hem beter te kunnen helpen met zijn problemen.",
    "Wij sturen het plan zodat wij haar beter kunnen begeleiden bij haar hulpvraag.",
    "Wij delen het verslag met de praktijk, om uw kind beter te kunnen helpen.",
    "Wij delen gegevens om hem beter te kunnen begeleiden in zijn ontwikkeling.",
    "Wij sturen het dossier zodat wij haar beter kunnen helpen met haar situatie.",
    "Wij delen het verslag voor een goede begeleiding.",
]


@pytest.mark.parametrize("sentence", NARROWED_PURPOSES)
def test_a_purpose_narrowed_to_one_subject_passes_with_twijfel(sentence):
    judged = judge_doel(Form(sentence + "\n"))
    assert judged.oordeel == "ok", judged.uitleg
    assert "twijfel" in judged.uitleg.lower()


@pytest.mark.parametrize("sentence", STILL_OPEN_PURPOSES)
def test_a_purpose_about_the_whole_child_stays_open(sentence):
    assert judge_doel(Form(sentence + "\n")).oordeel == "gebrek"


# Where the child's data is kept, not where the organisation posts its own news (AVG art. 13).
KEPT_DATA = [
    "Het onderzoeksverslag bewaren wij in het cliëntdossier.",
    "De toetsuitslagen staan in het leerlingvolgsysteem.",
    "Wat de praktijk ontvangt, legt zij vast in haar eigen dossier.",
    "Deze gegevens slaan wij op in Onderwijs Transparant.",
    "Het overdrachtsformulier komt in het leerlingdossier in ParnasSys.",
    "Het verslag staat daarna in Magister.",
    "Wij bewaren het in ParnasSys.",
    "Alles wat wij ontvangen, komt in het dossier van de praktijk.",
    "De opnames staan op de beveiligde schijf van de Pabo.",
    "Het formulier komt in het leerlingdossier.",
    "De gegevens staan in Esis.",
]
NOT_THE_DATA = [
    "Het menu van de overblijf staat op de website.",
    "De schoolgids staat op onze site.",
    "De uitnodiging voor de ouderavond komt in Parro te staan.",
    "De nieuwe vakantieplanning staat vanaf maandag in de app.",
    "Het rooster voor de sportdag staat op de website.",
    "De jaarkalender komt volgende week in Parro te staan.",
    "De vakantiedata staan voortaan op de website.",
]


@pytest.mark.parametrize("sentence", KEPT_DATA)
def test_where_the_data_is_kept(sentence):
    assert judge_opslag(Form(DATA + sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize("sentence", NOT_THE_DATA)
def test_where_the_news_is_posted_is_no_storage(sentence):
    judged = judge_opslag(Form(DATA + sentence + "\n"))
    assert judged.oordeel == "gebrek", judged.uitleg


# A portal's toggle as a scan reads it: off ("O— Uit") is an empty box, on ("—● Aan") a box
# ticked in advance (AVG art. 4 lid 11; overweging 32).
TOGGLES_OFF = [
    "Ik ga akkoord O— Uit",
    "Delen met de GGD   0-- Uit",
    "Toestemming ○── Uit",
    "Akkoord o– uit",
]
TOGGLES_ON = ["Ik ga akkoord —● Aan", "Delen met de GGD   --O Aan", "Toestemming ──⬤ Aan"]


@pytest.mark.parametrize("toggle", TOGGLES_OFF)
def test_a_toggle_left_off_is_an_empty_box(toggle):
    judged = judge_ondubbelzinnig(
        Form("De school mag het plan naar de GGD sturen.\n" + toggle + "\n")
    )
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize("toggle", TOGGLES_ON)
def test_a_toggle_switched_on_in_advance_is_pre_ticked(toggle):
    judged = judge_ondubbelzinnig(
        Form("De school mag het plan naar de GGD sturen.\n" + toggle + "\n")
    )
    assert judged.oordeel == "gebrek", judged.uitleg


def test_a_scanned_table_with_boxes_read_as_brackets_keeps_its_header():
    text = (
        "nr | waarvoor | met wie | geldig tot | ja | nee |\n"
        "1 | leesles afstemmen | Praktijk Letterwijs | 31-07-2027 | [1 | [1 |\n"
        "2 | rekenhulp plannen | RT-praktijk Som | 1 maart 2027 | [l | [1 |\n"
    )
    judged = judge_termijn(Form(text))
    assert judged.oordeel == "ok", judged.uitleg
    assert any("geldig tot:" in b for b in judged.bewijs)


# Silence in words of its own is still no consent (AVG art. 4 lid 11; overweging 32).
SILENCE = [
    "Blijft een reactie uit, dan beschouwen wij dat als akkoord.",
    "Niet reageren betekent ja.",
    "Geen antwoord geldt als toestemming.",
    "Blijft uw antwoord uit, dan sturen wij het verslag door.",
    "Een lege strook zien wij als instemming.",
]
NOT_SILENCE = ["Geen reactie betekent: geen toestemming.", "Niet reageren betekent nee."]


@pytest.mark.parametrize("sentence", NOT_SILENCE)
def test_silence_taken_as_a_no_is_no_defect(sentence):
    form = Form(
        "Wij sturen het leesverslag naar Praktijk Letterwijs.\nHandtekening: ____\n" + sentence
    )
    assert judge_ondubbelzinnig(form).oordeel == "ok"


@pytest.mark.parametrize("sentence", SILENCE)
def test_silence_in_words_of_its_own_is_no_consent(sentence):
    form = Form(
        "Wij sturen het leesverslag naar Praktijk Letterwijs.\nHandtekening: ____\n" + sentence
    )
    judged = judge_ondubbelzinnig(form)
    assert judged.oordeel == "gebrek", judged.uitleg
