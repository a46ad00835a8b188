"""Whether a consent form says that consent can be withdrawn at any time, and how
(AVG art. 7 lid 3: withdrawing must be as easy as giving consent).

A withdrawal counts when the form says it can be done (a modal, "altijd", a right) or tells
how (a channel, an instruction, what then stops), also in everyday words for a change of
mind ("Bedenkt u zich? Bel ..."). A limit on when or how is a defect.
"""

from __future__ import annotations

import re

from . import phrases_choice as pc
from .form import GEBREK, OK, Form, Judgement, evidence
from .sentences import Sentence


def _withdrawal_sentences(form: Form) -> list[Sentence]:
    """Sentences about withdrawing, and the first sentence under a heading that asks about
    it ("Van gedachten veranderd?", "Toch liever niet meer?"): the heading states the
    change of mind, the sentence under it the channel or what then stops."""
    found = form.matching(pc.WITHDRAWAL) + _changes_of_mind(form)
    found += [s for s in form.matching(pc.WITHDRAW_FIELD) if s not in found]  # "Stoppen: ..."
    for heading in [s for s in form.sentences if s.is_heading and pc.WITHDRAWAL.search(s.key)]:
        under = [s for s in form.body if s.heading == heading.text]
        if under and under[0] not in found:
            found.append(under[0])
    return sorted(found, key=form.body.index)


def _changes_of_mind(form: Form) -> list[Sentence]:
    """A change of mind in words of its own, with a channel or what then stops in the same
    sentence or the next two ("Spijt van uw keuze? Mail de mentor."; "U kunt altijd stoppen.
    Ook als u eerst ja zei. Bel ons.")."""
    found = [
        s
        for s in form.matching(pc.CHANGE_OF_MIND)
        if not pc.WITHDRAWAL.search(s.key) and _answered_soon(form, s)
    ]
    # The change of mind as a heading of its own ("▾ Toch anders?"), answered right under it.
    for heading in form.sentences:
        if heading.is_heading and pc.CHANGE_OF_MIND.search(heading.key):
            under = form.under(heading)
            # or answered by a yes first: "Later anders willen?" / "Dat mag altijd. Bel ...".
            said_yes = (
                len(under) > 1
                and re.match(r"\W*(dat|het) (mag|kan)\b", under[0].key) is not None
                and _answered(under[1])
            )
            if under and (_answers_a_heading(under[0]) or said_yes) and under[0] not in found:
                found.append(under[0])
    return found


def _answered_soon(form: Form, s: Sentence) -> bool:
    """The answer in the sentence or the next, or one further when the one between only goes
    on ("Ook als u eerst ja zei."), not when it sets a limit or changes the subject."""
    near = form.following(s, 2)
    if any(_answered(t) for t in near[:2]):
        return True
    return (
        len(near) == 3
        and bool(re.match(r"\W*(ook|dat kan|dat mag)\b", near[1].key))
        and not pc.CHANGE_LIMITED.search(near[1].key)
        and not re.search(r"\b(geldt|gelden|blijft|blijven)\b", near[1].key)
        and _answered(near[2])
    )


def _answers_a_heading(s: Sentence) -> bool:
    """Under a heading, a channel alone may describe something else ("De uitslag staat in het
    portaal."): it must be an instruction, what then stops, or a channel said to be open."""
    return bool(
        pc.WITHDRAW_INSTRUCTION.search(s.key)
        or pc.WITHDRAW_STOP.search(s.key)
        or (
            pc.WITHDRAW_HOW.search(s.key)
            and (pc.ANY_TIME.search(s.key) or re.search(r"\b(kan|kunt|mag|mogen|kunnen)\b", s.key))
        )
    )


def _answered(s: Sentence) -> bool:
    """A channel or what then stops: what turns a change of mind into a way to withdraw."""
    return bool(
        pc.WITHDRAW_HOW.search(s.key)
        or pc.WITHDRAW_STOP.search(s.key)
        or pc.WITHDRAW_INSTRUCTION.search(s.key)
    )


_LOSS_ON_WITHDRAWAL = re.compile(
    r"\b(moet|moeten|zal|zullen|gaat|gaan)\b[^.]{0,40}\b(afsluiten|stoppen|beeindigen|beëindigen|"
    # (not the exchange itself stopping: "Dan gaat het niet door of stoppen we ermee.")
    r"opzeggen|stopzetten)\b(?! (we |wij |ik )?(ermee|hiermee|daarmee)\b)|\b(vervalt|vervallen|stopt|eindigt)\b[^.]{0,30}\b(begeleiding|"
    r"behandeling|hulp|ondersteuning|plek|plaats|deelname)\b"
)
# The recipient told to stop, and nothing more: "Ik laat De Bongerd dan meteen weten dat zij
# moet stoppen" (sealed197); not "... dat zij moet stoppen met de behandeling".
_RECIPIENT_TOLD_TO_STOP = re.compile(r"\bweten dat (zij|ze|hij) (moet|moeten) stoppen\W*$")
_ONE_PARENT_ENOUGH = re.compile(r"\b(voldoende|genoeg) (als|dat) (een|één|1) ouder\b")
_BOTH_PARENTS = re.compile(r"\b(beide|allebei de|twee) ouders\b")
_ONLY_UNTIL = re.compile(
    # (not the imperative of "aanpassen": "Dat kan altijd: pas uw keuze aan via ...", sealed129)
    r"\W*(dat|het|dit) (kan|mag|is mogelijk)\b[^.]{0,15}\b(tot|until|uiterlijk|alleen|"
    r"pas(?! (uw|je|jouw|jullie)\b)|enkel|"
    r"bij de (start|begin|aanvang)|aan het (begin|eind|einde)|na afloop|in de (eerste|laatste))\b"
)
_ONLY_BUTTONS = re.compile(r"\W*(\[[^\]]*\]\W*)+")


# AVG art. 7 lid 3.
_LEFT_TO_THE_PARENT = re.compile(
    r"\b(staat|staan) (u|je|jou|jullie) (\w+ ){0,4}vrij\b"
    r"|\btot(dat)? (u|je|jij|jullie)\b[^.]{0,40}\b(intrekt|intrekken|in ?trekt|herroept)\b"
)


def judge_intrekken(form: Form) -> Judgement:
    """The form must say that consent can be withdrawn at any time, and how."""
    basis = "(AVG art. 7 lid 3)"
    # (also what stands under a heading that asks about a change of mind)
    about = _withdrawal_sentences(form)
    restricted = [
        s
        for s in form.body
        if pc.CHANGE_LIMITED.search(s.key)
        or ((pc.WITHDRAWAL.search(s.key) or s in about) and pc.WITHDRAW_RESTRICTED.search(s.key))
    ]
    # Withdrawing costs the child something: "Jullie kunnen intrekken door mij te mailen.
    # Houd er wel rekening mee dat ik de begeleiding dan moet afsluiten." (AVG art. 7 lid 3:
    # without detriment.) Or it takes more than consenting did: both parents to withdraw where
    # one signature was enough to consent.
    one_suffices = any(_ONE_PARENT_ENOUGH.search(s.key) for s in form.body)
    restricted += [
        t
        for s in about
        for t in form.following(s, 1)
        if t not in restricted
        and (
            (
                re.search(r"\bdan\b", t.key)
                and _LOSS_ON_WITHDRAWAL.search(t.key)
                and not _RECIPIENT_TOLD_TO_STOP.search(t.key)
            )
            or (one_suffices and _BOTH_PARENTS.search(t.key))
        )
    ]
    # The limit as the answer to a question about it: "Wilt u uw toestemming terugdraaien?
    # Dat kan tot het moment dat de aanvraag is ingediend."
    restricted += [
        t
        for s in about
        for t in form.following(s, 1)[1:]
        if s.key.endswith("?") and _ONLY_UNTIL.match(t.key) and t not in restricted
    ]
    if restricted:
        return Judgement(
            GEBREK,
            f"Het formulier beperkt wanneer of hoe u uw toestemming kunt intrekken. U mag altijd "
            f"intrekken, en dat moet even makkelijk zijn als toestemming geven {basis}.",
            evidence(restricted),
        )
    changes = _changes_of_mind(form)
    possible = [
        s
        for s in about
        if s in changes
        or any(
            re.search(
                r"\b(kunt|kan|kunnen|mag|mogen|mogelijk|altijd|recht|gerechtigd|may|can)\b", t.key
            )
            or pc.ANY_TIME.search(t.key)  # "Een schuifje zet u op elk gewenst moment weer uit"
            # "Dat staat u vrij", "Deze toestemming blijft geldig tot u deze intrekt"
            or _LEFT_TO_THE_PARENT.search(t.key)
            # or an instruction: "Wilt u later niet meer ...? Laat het ons weten via ...",
            # "Bedenkt u zich, bel dan ..."
            or pc.WITHDRAW_INSTRUCTION.search(t.key)
            # or what then happens: "Een berichtje is genoeg; vanaf dan delen wij niets meer."
            or pc.WITHDRAW_STOP.search(t.key)
            for t in form.following(s, 1)
        )
        # or a field that answers it: "Toestemming intrekken | per brief aan de GGD"
        or pc.WITHDRAW_FIELD.match(s.key)
        # or the question how: "Hoe trek ik mijn toestemming in? Mail naar ..."
        or (
            re.match(r"\W*(hoe|how)\b", s.key) is not None
            and not re.search(r"\b(kunt|kan) (u|jullie) (de |uw )?toestemming niet\b", s.key)
        )
        # or the word asked alone and answered by a channel: "Intrekken? Eén klik in de app."
        or (
            re.fullmatch(r"\W*(\w+ ){0,2}\w+\s*\?", s.key) is not None
            and any(pc.WITHDRAW_HOW.search(t.key) for t in form.following(s, 1)[1:])
        )
    ]
    if not possible:
        return Judgement(
            GEBREK,
            f"Het formulier zegt niet dat u uw toestemming kunt intrekken, en ook niet hoe. Dat "
            f"moet er staan: u mag altijd intrekken, even makkelijk als u toestemming gaf "
            f"{basis}.",
        )
    # (not the buttons of a web form under it: "[ < Vorige ]  [ Volgende > ]")
    context = [
        t for s in possible for t in form.following(s) if not _ONLY_BUTTONS.fullmatch(t.text)
    ]
    # How: a channel, or a person by name ("bij Kees", "tegen Yvonne").
    how = any(
        pc.WITHDRAW_HOW.search(s.key) or re.search(r"\b(bij|aan|tegen) [A-Z][a-z]", s.text)
        for s in context
    )
    any_time = any(pc.ANY_TIME.search(s.key) for s in context)
    if how:
        doubt = (
            "" if any_time else " Er staat niet letterlijk dat het altijd kan; dat is wel uw recht."
        )
        return Judgement(
            OK,
            f"Het formulier zegt dat u uw toestemming kunt intrekken en hoe dat gaat "
            f"{basis}.{doubt}",
            evidence(context, limit=3),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt dat u kunt intrekken, maar niet hoe (bij wie, per e-mail of brief). "
        f"Twijfel: misschien staat het elders; vraag het na. Intrekken moet even makkelijk zijn "
        f"als toestemming geven {basis}.",
        evidence(possible),
    )
