"""Dutch phrase patterns for withdrawing consent: that it can be done at any time, how, and
what then stops; and limits on it (AVG art. 7 lid 3). Split from ``phrases_choice`` (which
re-exports every name here). Runs on ``normalise``-d text.
"""

from __future__ import annotations

import re

from .alternation import alternatives as _re

WITHDRAWAL = _re(
    r"\bintrek\w*\b|\bingetrokken\b|\btrek\w*\b[^.]{0,40}\bin\b|\bherroep\w*\b",
    r"\bterug ?(te )?(trekken|nemen|draaien)\b|\bterug (willen|wilt|wil) (draaien|nemen|trekken)\b|\bterugtrek\w*\b|\bstopzetten\b",
    r"\bterug ?(te )?(komen|komt) op\b|\bop (uw|jullie|je|jouw) (keuze|besluit|toestemming|ja|"
    r"antwoord) terug ?(te )?(komen|komt)\b|\b(niet meer|niet langer) (mag|mogen|goed is|goed vindt)\b",
    r"\bstoppen met (je|jouw|uw|de|jullie|deze) toestemming\b",
    # Leaving a study: "laten weten dat uw kind niet meer meedoet".
    r"\b(laten weten|laat weten|melden|meldt|zeggen|zegt)\b[^.]{0,30}\bniet (meer|langer) (meedoet|"
    r"mee doet|meedoen|deelneemt|deelnemen)\b",
    # The question alone, answered next: "Stoppen? Dat kan op elk moment, zonder reden."
    r"^\W*(ermee |toch |later )?(stoppen|ophouden)\s*\?$",
    # ("Later toch anders beslissen?" too, sealed204)
    r"^\W*((toch|later) ){0,2}anders (besloten|beslist|bedacht|gekozen|besluiten|beslissen|"
    r"kiezen)\s*\?",
    # "Anders besluiten kan op elk moment, voor één regel of voor alles."
    r"^\W*(later |toch )?anders (besluiten|beslissen|kiezen)\b[^.?]{0,20}\b(kan|mag|kunt|mogen)\b",
    # "Denkt u er over een paar maanden anders over, laat het mij weten."
    r"\b(denkt|denken|kijkt|kijken) (u|je|jij|jullie)\b[^.?]{0,40}\banders (over|tegenaan)\b",
    # "En als ik er later anders over denk?"
    r"\b(als|wanneer|mocht) (ik|u|je|jij|jullie|we|wij) (er )?(\w+ )?anders over (denk|denkt|denken)\b",
    # The question of a leaflet: "Kunt u stoppen?", "Mag mijn kind later stoppen?".
    r"\b(kunt|kan|mag|mogen|kunnen) (u|je|jij|jullie|ik|mijn kind|uw kind) (\w+ )?(later |altijd |"
    r"nog |tussentijds )?(stoppen|ophouden)\b",
    # "Willen jullie eerder stoppen?", "Wilt u op een later moment niet meer dat ik ...?"
    r"\b(wilt|wil|willen) (u|je|jij|jullie)\b[^.?]{0,30}\b(stoppen|niet langer|niet meer)\b",
    # "En willen jullie er later alsnog vanaf, op welk moment ook: ..."
    r"\b(wilt|wil|willen) (u|je|jij|jullie)\b[^.?]{0,30}\ber\b[^.?]{0,20}\b(vanaf|van af|uit|onderuit)(?=\s*([,;:?.]|$))",
    # "... geldig totdat jullie laten weten dat het niet meer hoeft".
    r"\b(laat|laten|laten weten|meldt|melden)\b[^.]{0,20}\bdat (het|dit|dat) niet (meer|langer) "
    r"(hoeft|mag|nodig is)\b",
    # The same in a clause of its own: "laten weten dat u wilt stoppen", "als je ermee wilt ophouden".
    r"\b(u|je|jij|jullie) (\w+ ){0,2}(wilt|wil|willen) (stoppen|ophouden)\b",
    r"\b(bedenkt|bedenken) (u|je|jij|jullie) zich\b",
    # "Bedenk je je later", "Mocht u zich bedenken", "als je denkt 'liever toch niet'".
    r"\bbedenk\w* (u|je|jij|jullie) (zich|je|jezelf)\b|\b(u|je|jij|jullie) (zich|je) (later )?bedenk\w*\b",
    r"\bliever toch niet\b|\btoch liever niet\b",
    # A change of mind, asked or conditional: "Verandert u later van mening?", "Twijfelen
    # jullie later toch?", "Wilt u iets veranderen in wat u hebt aangekruist?".
    r"\b(twijfelt|twijfelen) (u|je|jij|jullie) (later|achteraf|alsnog)\b",
    # The same said in order: "als jullie eerst ja zeggen en later twijfelen: laat het ... weten"
    # (sealed86, after scoring).
    r"\b(u|je|jij|jullie)\b[^.?]{0,30}\b(later|achteraf|alsnog|daarna) (twijfelt|twijfelen|"
    r"twijfel)\b",
    r"\b(wilt|wil) (u|je|jij|jullie) (later )?iets (veranderen|wijzigen|aanpassen)\b",
    # The same asked in two or three words, answered next: "Toch iets anders?", "Later toch
    # anders?", "Wilt u later iets anders?" (sealed82-83, after scoring).
    # ("Nog iets anders?" asks for questions, not a change of mind.)
    r"^\W*((wilt|wil|willen) (u|je|jij|jullie) )?((het|dit|dat) )?((later|toch) )+(iets )?anders\s*\?",
    # Stopping as the subject: "Veranderen of stoppen kan altijd, voor A, voor B of voor
    # allebei" (sealed195).
    # (not stopping something else, "Stoppen met de app kan altijd", nor a limit on it, "...
    # kan altijd, maar alleen in september": outside review)
    r"^\W*((uw keuze |je keuze )?(veranderen|wijzigen|aanpassen) (of|en) )?(stoppen|ophouden|"
    r"intrekken)\b(?! met\b)[^.?]{0,15}\b(kan|mag)\b[^.?]{0,5}\b(altijd|op (elk|ieder) "
    r"(gewenst )?moment|later|ook later|wanneer (u|je|jullie) (maar )?(wilt|wil))\b"
    r"(?![^.?]*\b(niet|alleen|maar|behalve|uitgezonderd)\b)",
    # Stopping at any time, said after the subject: "U of uw kind kan op elk moment stoppen".
    r"\b(kan|kunt|mag|mogen|kunnen)\b[^.?]{0,10}\b(op (elk|ieder) moment|altijd|wanneer (u|je|"
    r"jullie|hij|zij|ze) (maar )?(wilt|wil|willen))\b[^.?]{0,20}\b(stoppen|ophouden)\b"
    # (Stopping a part, "stoppen met I of II", is a withdrawal; an activity is not: "kan altijd
    # stoppen met zwemmen, maar de foto's blijven staan".)
    r"(?! met (?!(meedoen|deelnemen|de deelname|het onderzoek|de toestemming|het delen|een van|"
    r"één van|onderdeel|deze|dit|[ivx]+|[a-e]|\d+)\b))",
    # Cancelling the consent, not a contract: "het opvangcontract opzeggen" is no withdrawal.
    r"(?<!contract )(?<!lidmaatschap )(?<!abonnement )(?<!overeenkomst )(?<!plaats )"
    r"\b(weder)?opzeggen\b(?![^.]{0,30}\bopzegtermijn\b)|\bopgezegd\b",
    # English forms: "You may withdraw ...", "If you change your mind".
    r"\bwithdraw\w*\b|\bchang(e|ed) your mind\b|\brevok\w*\b|\bcan be stopped\b|\bopt out\b",
    r"\b(dat|als|wanneer|of) (u|je|jij|jullie)\b[^.]{0,50}\b(niet meer|niet langer|"
    r"geen toestemming meer)\b[^.]{0,10}\b(wilt|wil|willen)\b",
    r"\b(alsnog|later|op (elk|ieder) moment|altijd)\b[^.]{0,20}\bnee (zeggen|zegt)\b",
    # "kunt u later voor elk van de twee vragen apart weer nee zeggen" (sealed224)
    r"\b(alsnog|later|op (elk|ieder) moment|altijd)\b[^.;]{0,45}\b(weer|toch) nee (zeggen|zegt)\b",
    r"\bvan (gedachten|mening|idee) (veranderen|verandert|veranderd|verander)\b"
    r"|\b(u|je|jij|jullie)\b[^.?]{0,20}\banders (willen|wilt|wil|beslissen|beslist|besluiten|"
    r"besluit|denken|denkt|kiezen|kiest)\b"
    r"|\b(verandert|veranderen) (u|je|jij|jullie)( \w+){0,4} van (gedachten|mening|idee)\b",
    # Changing the choice is withdrawing it: "een ja in een nee veranderen", "uw keuze aanpassen".
    r"\b(ja|toestemming|keuze|aan)\b[^.]{0,20}\b(in|naar|op) (een )?(nee|uit)\b[^.]{0,15}"
    r"\b(veranderen|verandert|wijzigen|omzetten|zetten)\b",
    r"\b(uw|je|jouw|jullie|elke|iedere|een) (keuze|keuzes|antwoord)\b[^.]{0,40}\b(wijzigen|aanpassen|"
    r"veranderen)\b",
    # A new answer: "kies een ander antwoord", "zet uw antwoord om".
    r"\b(kies|kiest|kiezen|geef|geeft|geven) (dan )?(een )?(ander|andere) (antwoord|keuze)\b"
    r"|\b(zet|zetten|zeg|zegt) (uw|je|jouw|jullie|het) (antwoord|keuze|ja)\b[^.]{0,10}\bom\b",
    r"\b(veranderen|wijzigen|aanpassen) (in|aan) wat (u|je|jullie) (hebt|heeft|hebben) "
    r"(aangekruist|gekozen|ingevuld)\b",
    r"\b(toestemming|akkoord)\b[^.]{0,30}\b(stoppen|stopzetten|beeindigen|terugdraaien|terugnemen)\b",
    # The verb before the new answer: "elk 'Ja' veranderen in een 'Nee'", "weer op Uit zetten".
    r"\b(veranderen|verandert|wijzigen|wijzigt|omzetten|zetten|zet|aanpassen)\b[^.]{0,25}"
    r"\b(in|naar|op) (een )?\W?(nee|uit|niet akkoord|geen toestemming)\b",
    r"\b(veranderd|verandert|veranderen|gewijzigd|anders) van (gedachten|mening|idee)\b",
    # Stopping the exchange itself: "stoppen met de uitwisseling", "met het delen stoppen".
    r"\b(stoppen|stopt|stop|ophouden) met (de|het|dit|deze|die|dat|alle) \w*"
    r"(uitwissel|delen|deling|overleg|contact|doorsturen|sturen|verstrekken)\w*",
    r"\b(uitwissel|delen|deling|overleg|doorsturen)\w* (laten )?(stoppen|stopzetten|beeindigen)\b",
    # Wanting out: "Wil je er later toch vanaf?", "Toch liever niet meer?".
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (er )?(later |achteraf )?(toch )?(er )?(vanaf|van af|"
    r"uit|mee stoppen|niet meer aan meedoen)\b",
    r"\b(toch )?liever niet (meer|langer)\b|\btoch niet meer\b",
    # A toggle or consent switched off: "totdat je hem zelf uitzet", "uitschakelen".
    r"\b(uitzet|uitzetten|uitschakel\w*)\b|\b(in|naar|op) (een )?\W?(nee|uit)\W? "
    r"(zetten|zet|veranderen|omzetten|schakelen)\b",
    # Opting out of the exchange (not of an activity): "afmelden voor het overleg".
    r"\b(afmelden|afmeldt|uitschrijven)\b[^.]{0,30}\b(overleg|uitwisseling|delen|contact)\b",
    # "Wijzigingen in uw keuze kunt u doorgeven", "Toestemming wijzigen kan altijd via ...",
    # "uw toestemming later in te trekken".
    r"\bwijziging\w* (in|van) (uw|je|jouw|jullie) (keuze|keuzes|toestemming|antwoord)\b",
    r"\b(toestemming|keuze|keuzes|voorkeur\w*)\b[^.]{0,10}\b(wijzigen|aanpassen|veranderen)\b",
    r"\bin te trekken\b",
    # Asked about later: "Kan ik dit later veranderen?", "achteraf nog wijzigen".
    r"\b(later|achteraf|nadien)\b[^.]{0,15}\b(veranderen|wijzigen|aanpassen|terugdraaien)\b",
    # Stopping as the subject: "Stoppen mag altijd", "Later toch stoppen kan altijd".
    r"^\W*((later|toch|ook|eerder) )*(stoppen|ophouden) (mag|kan)\b",
    r"\bbesluiten (om )?te stoppen\b|\b(later|achteraf) (\w+ )?(alsnog )?weigeren\b",
    r"\bop een (ja|keuze|antwoord) terug ?(te )?(komen|komt)\b",
)
# A change of mind in words of its own, which counts only with a channel or with what then
# stops: "Spijt van uw keuze?", "Mocht u er anders over gaan denken", "Niet langer
# akkoord?", "Zegt u later alsnog nee", "Liever toch geen contact meer met school?".
CHANGE_OF_MIND = _re(
    r"\bspijt\b|\banders (over )?(gaan |gaat )?(denken|denkt)\b|\ber anders over\b",
    r"\b(later|alsnog)\b[^.?]{0,30}\b(schrappen|weghalen|uitzetten|terugdraaien)\b",
    r"^\W*(later|toch|alsnog) anders\b",  # "Later anders? Zet een keuze terug naar Nee."
    # "Later toch niet? Sms of bel dit nummer", asked on its own.
    # (not "Toch niet?" alone: "Toch niet? Bel, dan plannen we een inhaalles" is about coming)
    r"^\W*(en )?(later|achteraf|alsnog) toch (liever )?niet( meer| langer)?\s*\?"
    r"|^\W*toch liever niet( meer| langer)?\s*\?",
    # "Anders willen?", "Toch weer weg?" (out of a group or a list), asked on their own.
    r"^\W*(toch |later |alsnog )?anders (willen|wilt|kiezen|beslissen)\s*\?"
    r"|^\W*(toch )?(weer )?(weg|eruit|eraf) ?(willen|gaan)?\s*\?",
    r"\b(niet|geen) (meer|langer) (akkoord|eens|willen|wilt|wil)\b",
    r"\b(geen|niet) \w+ meer (willen|wilt|wil)\b",
    r"\b(alsnog|later|achteraf) (nog |toch )?nee\b|\btoch (liever )?geen \w+ meer\b",
    r"\b(ophouden|ophoudt|houden (wij|we) op|afzien)\b|\bzie\w* (u|je|jij|jullie) (er )?(later |"
    r"alsnog |toch )?(van )?af\b",
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (later |toch )?(geen|niet)\b[^.?]{0,30}\bmeer\b",
    # The child taken out again: "Wilt u uw kind later toch uit het project halen, dan kan dat
    # altijd" (sealed244).
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (uw |je |jullie )?(kind|zoon|dochter) (later |toch |"
    r"alsnog |weer )+uit (het|de|dit|deze) [\w-]+ (halen|terugtrekken|afmelden)\b",
    # An objection later, the data then deleted: "Ook later kunt u op elk moment nog bezwaar
    # maken: stuur een bericht ..." (sealed237).
    r"\b(ook later|later|alsnog)\b[^.?]{0,30}\bbezwaar (maken|aantekenen)\b",
    # Off the list again: "Wil je later van de lijst af?" (sealed220), also "van de
    # verjaardagslijst van groep 4 af?", "van de lijst gehaald worden?"; the wish ends there,
    # not "Wilt u van de stoep af blijven?" (review of sealed220's change).
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (later |toch |alsnog |weer )*(van|uit) (de|het|die|dat|"
    r"deze|dit) [\w-]+( [\w-]+){0,3}? ((worden )?(af|uit|afgehaald|gehaald|verwijderd)"
    r"( worden)?)\s*([?,.]|$)",
    # Asked to take it off again: "Wilt u later dat ik de gegevens van uw kind weer van het
    # lijstje haal?" (sealed230).
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (later|achteraf|alsnog|toch)( \w+)? dat (ik|we|wij|zij|ze|"
    r"de [a-z]+)\b[^.?]{0,60}\b(weer )?(van|uit) (het|de|die|dat) [\w-]+ (haal|halen|haalt|"
    r"verwijder|verwijderen|verwijdert|wis|wissen|wist)\b",
    # (or with no list named: "Wilt u later dat ik de naam weer weghaal?", "dat wij de foto
    # verwijderen?")
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (later|achteraf|alsnog|toch)( \w+)? dat (ik|we|wij|zij|ze|"
    r"de [a-z]+)\b[^.?]{0,60}\b(weghaal|weghalen|weghaalt|verwijder|verwijderen|verwijdert|wis|"
    r"wissen|wist)\s*\?",
    r"\bvervalt (zodra|als|wanneer|op het moment dat) (u|je|jij|jullie)\b",
    r"\b(u|je|jij|jullie) (mag|mogen|kunt|kan|kunnen) (altijd |later |alsnog )?(terug|eruit|stoppen)\b",
    # Out of a group at any time: "En je kunt er altijd uit: ... tik op 'Groep verlaten'".
    r"\b(u|je|jij|jullie) (mag|mogen|kunt|kan|kunnen) er (altijd |later |alsnog |ook )*uit\b"
    r"(?=[^.]{0,60}\b(\w*groep\w*|app|appen|chat|lijst)\b)",
    # Objecting later where silence was the yes: "Later alsnog bezwaar maken kan altijd",
    # "Later toch bezwaar?" (sealed106, sealed107).
    r"\b(later|alsnog|achteraf) ((toch|alsnog|nog) )*bezwaar (maken|\?)|\b(later|alsnog|achteraf) "
    r"((toch|alsnog|nog) )*bezwaar\s*\?",
    # Coming back on it: "wilt u daar later op terugkomen, stuur mij dan een mailtje"; "Later
    # bedacht?"; "Verander je later van mening?"; "Mocht u later alsnog willen dat de
    # begeleiders niet meer meekijken" (sealed94, sealed91, sealed92, sealed103).
    # (the parent's, not the school's: "wij zullen hier later op terugkomen")
    r"\b(u|je|jij|jullie)\b[^.?]{0,20}\b(daar|hier|er) ((later|achteraf|alsnog|toch) )*op terug ?"
    r"(te )?(komen|komt)\b",
    # (not a change of mind about something else: "van gedachten over je profielkeuze")
    r"\bverander (je|jij) ((later|achteraf|alsnog|toch) )*van (gedachten|mening|idee)\b(?! over\b)",
    r"\b(mocht|als|wanneer) (u|je|jij|jullie) ((later|achteraf|alsnog|toch) )+(willen|wilt|wil) "
    r"dat\b[^.?]{0,50}\bniet (meer|langer)\b",
    # Asking the organisation to stop: "Wilt u dat we hiermee eerder stoppen?", "Would you
    # like us to stop?".
    r"\b(wilt|wil|willen) (u|je|jij|jullie) dat (we|wij|ik|de school|de praktijk)\b[^.?]{0,40}"
    r"\b(stoppen|stopt|ophouden|niets meer|niet meer|niet langer)\b",
    r"\b(like|want) us to stop\b|\bstop (sharing|exchanging)\b",
    # About the answer itself: "Mocht u uw keuze willen herzien", "U zit niet vast aan uw
    # antwoord", "Uw keuze ligt niet vast", "Wie zich bedenkt", "Uw ja is niet voor altijd",
    # "Ook na uw ja kunt u nog nee zeggen" (not "het OPP wordt herzien", "na uw handtekening").
    r"\b(keuze|keuzes|antwoord|besluit|toestemming|ja)\b[^.]{0,20}\b(herzien|heroverwegen)\b"
    r"|\b((zit|zitten) (u|je|jij|jullie)|(u|je|jij|jullie) (zit|zitten)) niet vast aan (uw|je|jouw|"
    r"jullie) (keuze|antwoord|ja|toestemming|besluit)\b"
    r"|\b(keuze|antwoord|ja|toestemming|besluit) (ligt|staat) niet vast\b"
    r"|\bwie zich (later |alsnog )?bedenkt\b(?! over\b)(?![^.]*\b(betaal\w*|kosten|bijdrage|"
    r"inschrijving)\b)"
    # Asked as a question of the parent's own: "En als ik me bedenk?", "Bedenkt u zich?"
    r"|\b(als|wanneer|stel dat) (ik|u|je|jij|we|wij) (me|mij|zich|je|ons) (later |toch )?bedenk\w*\s*\?"
    r"|^\W*bedenkt (u|je|jij) (zich|je)\b"
    r"|\b(uw|je|jouw) (ja|keuze|antwoord) is niet voor altijd\b"
    r"|\bna (uw|je|jouw|jullie) (ja|toestemming|akkoord)\b[^.]{0,30}\bnee\b",
    # "Wilt u een keuze veranderen?"
    r"\b(wilt|wil) (u|je|jij|jullie) (een|uw|je|jouw) (keuze|antwoord|toestemming)\b[^.?]{0,20}"
    r"\b(veranderen|wijzigen|aanpassen|intrekken)\b",
    # "Wilt u er op enig moment toch van af, helemaal of voor één regel?"
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (er|ervan|hiervan|daarvan)\b[^.?]{0,30}\b(van )?af\b",
    # A short question of its own that turns a yes around, in any of the words for it:
    # "Liever stoppen?", "Geen toestemming meer?", "Ander besluit?", "Is het later niet meer
    # oké?", "Stoppen met delen?". Written as a class, not one wording at a time: of 40 such
    # questions, the wordings listed one by one missed 10; of 20 written after this pattern, 13
    # before it and 2 after (tests/core/consent_check/test_change_questions.py). Needs its
    # answer nearby, as every change of mind.
    r"^\W*([\w'-]+ ){0,6}?(toch |alsnog |later |liever |eerder )(stoppen|ophouden|nee)\s*\?"
    r"|^\W*([\w'-]+ ){0,5}?(terugkrabbel\w*|van gedachten (wisselen|veranderd|veranderen))\s*\?"
    r"|^\W*([\w'-]+ ){0,6}?(niet|geen) (meer|langer) (akkoord|goed|oke|ok|meedoen|meedoet|"
    r"deelnemen|nodig|willen|wilt)\s*\?"
    r"|^\W*([\w'-]+ ){0,3}?geen (toestemming|ja|akkoord) meer\s*\?"
    r"|^\W*(een )?(ander|andere) (besluit|beslissing|keuze|mening)\s*\?"
    r"|^\W*([\w'-]+ ){0,3}?stoppen met (het )?(delen|uitwisselen|meedoen|deelnemen)\s*\?"
    r"|^\W*nee zeggen (kan|mag) (later|achteraf|alsnog)( ook)?( nog)?\b",
    # The condition with its verb first, answered next: "Wilt u het later anders, dan ...",
    # "Besluiten jullie later toch anders", "Komt u later op uw beslissing terug, mail dan",
    # "Wilt u later toch niet dat wij ...", "Wilt u dat het overleg stopt", "als jullie later
    # toch liever hebben dat ik niet meer ...", "Jullie mogen je altijd nog bedenken".
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (het |dat |dit )?((later|achteraf|toch|alsnog) )+anders\b"
    r"|\b(besluit|besluiten|beslist|beslissen|kiest|kiezen) (u|je|jij|jullie) (later |achteraf )?"
    r"(toch |alsnog )?anders\b"
    r"|\b(komt|komen) (u|je|jij|jullie) (er )?((later|achteraf|alsnog|toch) )*(op (uw|je|jouw|jullie|"
    r"een|die|deze|dat|het) (besluit|beslissing|keuze|antwoord|ja|toestemming) terug|op terug)\b"
    r"|\b(wilt|wil|willen) (u|je|jij|jullie) (later|achteraf|alsnog|toch)\b[^.?]{0,15}\bdat\b"
    r"[^.?]{0,50}\bniet\b|\b(wilt|wil|willen) (u|je|jij|jullie) ((later|achteraf|toch|alsnog) )+"
    r"niet (meer )?dat\b"
    r"|\b(wilt|wil|willen) (u|je|jij|jullie) (later |achteraf )?dat (het|de|dit|deze|die) \w+ "
    r"(stopt|ophoudt)\b|\b(willen|wilt|wil) dat het stopt\b"
    r"|\b((later|toch) )+liever (hebben|heeft|hebt) dat\b[^.?]{0,50}\b(niet meer|niet langer|geen \w+ meer)\b"
    r"|\b(mag|mogen|kunt|kunnen|kan) (u|je|jij|jullie) (zich|je) ((altijd|nog|later|alsnog|ook|"
    r"gerust|achteraf) ){0,3}bedenken\b"
    r"|\b(u|je|jij|jullie) (mag|mogen|kunt|kunnen|kan) (zich|je) ((altijd|nog|later|alsnog|ook|"
    r"gerust|achteraf) ){0,3}bedenken\b",
)
ANY_TIME = _re(
    r"\baltijd\b|\bop (elk|ieder|enig) (gewenst )?(moment|ogenblik)\b|\bte allen tijde\b|\belk moment\b",
    r"\b(at )?any time\b|\bop welk moment (ook|dan ook)\b",
    r"\bwanneer (u|jullie|je|jij) (maar )?(wilt|willen)\b|\bzonder (opgave van )?(een )?reden\b",
    r"\bwanneer het (u|je|jullie) uitkomt\b",
    r"\book (later|nog)\b",
)
WITHDRAW_HOW = _re(
    r"\be-?mail\w*\b|@|\bmail\w*\b|\bbrief\b|\bschriftelijk\b|\bmondeling\b|\btelefonisch\b",
    r"\bbel\w*\b|\bmeld\w*\b|\bstuur\w*\b|\bvul\w*\b|\blaat\b[^.]{0,30}\bweten\b|\blaten weten\b",
    r"\bdoor\b[^.]{0,60}\b(te )?(sturen|melden|bellen|invullen|aan te geven|door te geven)\b",
    # Undone where it was given: "door het vinkje hier weg te halen en op Opslaan te klikken"
    # (sealed238).
    r"\bdoor\b[^.]{0,40}\b(vinkje|kruisje|keuze|schakelaar)\b[^.]{0,20}\b(weg te halen|uit te "
    r"zetten|uit te vinken|te wijzigen|om te zetten)\b",
    r"\bbericht\w*\b|\bbriefje\b|\b(aan|bij|tegen) (de|het|uw|jullie|je)\b|\bformulier\b|\w*portaal\b|\bapp\b|\bwebsite\b|\bvia\b",
    r"\b(zeg|zegt|vertel|vertelt)\b[^.]{0,20}\btegen\b|\bschriftje\b|\bzeg het\b",
    r"\bcontact\b(?! (hebben|heeft|hebt|houden|houdt))[^.]{0,30}\b(met|via)\b|\btelefoon\w*\b|\bappje\b|\bwhatsapp\b",
    r"\b(bij|aan|tegen|via) (mevrouw|meneer|mevr|mw|dhr|de heer|juf|meester|ons|hem|haar|mij)\b",
    # A button, an account or a message: "Gebruik de knop 'Intrekken' in je account", "even
    # appen naar mij", "Send a note to the coordinator".
    r"\b(knop|button|account|instellingen|settings|appen|appt|sms\w*|link|qr-?code)\b",
    r"\b(send|email|e-mail|call|phone|tell|write|contact)\s+(us|the|our|your|mr|ms|mrs|dr|an?|to|"
    r"him|her)\b|\bportal\b|\bby (e-?mail|letter|phone|post)\b",
    # A page or toggle of a portal: "op deze pagina wijzigen", "zet de schakelaar op Uit".
    r"\b(op|via) (deze|die|de) (pagina|site|webpagina)\b|\bschakelaar\w*\b",
    # "u kunt een vinkje op elk moment weer uitzetten op dit scherm" (sealed222)
    r"\b(op|in|via) (dit|dat|hetzelfde|het) (scherm|venster|tabblad|menu)\b",
    r"^\W*zet\b[^.]{0,40}\b(hier|terug|weer uit|op nee|naar \W?nee)\b",  # "Zet een keuze hier terug"
    # Where consent was given: "Intrekken kan altijd, op dezelfde plek: zet de keuze terug op
    # Nee" (sealed132), "op dezelfde manier als u toestemming gaf".
    r"[:;,]\s*zet\b[^.]{0,40}\b(terug|weer uit|op nee|naar \W?nee)\b"
    r"|\b(intrek\w*|in te trekken|wijzig\w*|terugdraai\w*)\b(?![^.]{0,30}\btot\b)[^.]{0,30}"
    r"\bop dezelfde (plek|plaats|manier|pagina)\b",
    # The school's own app: "in Parro aanpassen", "via Social Schools".
    r"\b(in|via|met) (de )?(parro|social ?schools|klasbord|schoolapp|ouderapp|digiduif|mijnschool)\b",
)
# What follows a withdrawal says the sharing stops: "Vanaf dat moment delen wij niets
# meer", "dan stoppen we ermee", "wij passen het dezelfde dag aan", "is genoeg".
WITHDRAW_STOP = re.compile(
    r"\b(vanaf dat moment|vanaf dan|daarna|dan)\b[^.]{0,80}\b(niets|niet|geen \w+) meer\b"
    r"|\b(stoppen|stopt) (we|wij|de school|de praktijk|ik)\b[^.]{0,15}\b(ermee|daarmee|direct|"
    r"meteen|met)\b"
    r"|\b(we|wij|ik) (stoppen|stop|stoppen dan|stop dan)\b"
    r"|\bpassen (we|wij) (het|dat|uw keuze)\b[^.]{0,30}\baan\b|\b(is|zijn) genoeg\b|\bvolstaat\b"
    r"|\bstop (sharing|using)\b"
)
# An instruction after a condition: "Wilt u later iets terugnemen, mail dan de ib'er".
WITHDRAW_INSTRUCTION = re.compile(
    # (also by text message: "Later toch liever niet meer? Sms STOP of bel ...", sealed122)
    r"[,;:]\s*(dan )?(app|bel|mail|stuur|laat|meld|zeg|schrijf|sms|whatsapp)\b|"
    r"^\W*(laat|meld|stuur|bel|mail|e-mail|zeg|geef|neem|vul|gebruik|klik|tik|druk|ga|kom|sms|"
    r"schrijf|zet|schakel|vink|app|scan|open|kies|selecteer|send|email|call|tell|use|fill|write|let|contact|update|change|pas)\b"
    r"|\b(laat|meld|stuur|bel|mail|zeg|geef)\b[^.?]{0,30}\bdan\b"
    r"|^\W*dan (trekt|zet|meldt|belt|mailt|stuurt|laat|schrijft) (u|je|jij|jullie)\b"
)
# A label for withdrawing with its answer after it: "Toestemming intrekken | per brief",
# "Intrekken: mail naar ...".
WITHDRAW_FIELD = re.compile(
    r"^[^|:.?]{0,40}\b(intrek\w*|withdraw\w*|stoppen|wijzigen|anders besluiten|terugdraaien)\b"
    r"[^|:.?]{0,20}[|:]\s*\S"
)
WITHDRAW_RESTRICTED = _re(
    # "alleen schriftelijk, met opgave van redenen, en niet zolang het onderzoek loopt"
    r"(?<!zonder )\bmet opgave van (de |een )?redene?n?\b|\bniet zolang\b",
    # "herzien bij de jaarlijkse herbeoordeling", "schriftelijk en met redenen omkleed".
    r"\bmet redenen omkleed\b|\bgemotiveerd (verzoek|schriftelijk)\b"
    r"|\bbij de (jaarlijkse|eerstvolgende|volgende) (herbeoordeling|herindicatie|evaluatie|"
    r"beoordeling|bespreking)\b",
    r"\bmet ingang van (het|de) volgende (schooljaar|periode|maand|jaar)\b",
    r"\balleen (\w+ ){0,2}(aan het begin|aan het eind|aan het einde|per (nieuw )?schooljaar|na afloop|"
    r"eenmaal|een keer|met een nieuw formulier)\b",
    r"\bniet (meer )?(worden )?(ingetrokken|intrekken|wijzigen|gewijzigd)\b",
    # "per aangetekende brief", not "de intrekking wordt in het EPD aangetekend" (recorded).
    r"\baangetekende? (brief|post|zending)\b|\baangetekend (versturen|verzenden|sturen|schrijven)\b",
    # Only on one date, or only in one meeting: "uitsluitend mogelijk per 1 augustus", "kunt u
    # dat aangeven in het evaluatiegesprek aan het einde van het traject".
    r"\b(alleen|uitsluitend|enkel) (mogelijk )?(per|op) (\d{1,2} [a-z]+|de eerste)\b",
    # Taking effect only later: "gaat in bij de start van het volgende schooljaar".
    r"\bgaat (pas )?in (bij|per|op|na) (de start van |het begin van )?(het |de )?(eerst)?volgende "
    r"(\w+ )?(schooljaar|periode|maand|evaluatie|bespreking|overleg|gesprek|semester|kwartaal|"
    r"rapportperiode)\b",
    # Only after a talk or someone's agreement: "Intrekken is alleen mogelijk na een gesprek met
    # de ...", "... maar pas nadat de zorgcoördinator met u heeft gesproken", "mits de IB'er
    # daarmee instemt".
    r"\b(intrek\w*|ingetrokken)\b[^.]{0,80}\b(alleen|pas|uitsluitend|enkel|mits|nadat)\b[^.]{0,60}"
    r"\b(gesprek|overleg|afspraak|bespreking|akkoord|goedkeuring|instemming|afstemming|gesproken|"
    r"instemt|instemmen|toestemt|akkoord gaat)\b",
    r"\b(in|tijdens|bij) (het|de) (evaluatiegesprek|eindgesprek|eindevaluatie|evaluatie aan het "
    r"einde|volgende (gesprek|overleg|bespreking|evaluatie))\b",
    r"\bin persoon\b|\bpersoonlijk langs\w*\b|\bnotari\w*\b",
    r"\b(niet|geen) (meer )?mogelijk\b|\bonmogelijk\b|\bnot possible\b|\bcannot be withdrawn\b",
    r"\b(een|één) keer per (jaar|schooljaar)\b|\bin de eerste (\w+ )?weken van het schooljaar\b",
    r"\bpas (bij|na) de (eerstvolgende )?(evaluatie|opp-evaluatie|bespreking)\b",
    # Until a moment, and not after: "intrekken kan schriftelijk tot de startdatum",
    # "tot de eerste les", "until the start date".
    # Only at the end of a block, or before a first meeting after which it is fixed: "intrekken
    # tegen het einde van een behandelblok", "Laat het weten vóór het eerste oudergesprek".
    r"\b(intrek\w*|stoppen)\b[^.]{0,60}\b(tegen|aan|bij) het (einde?|eind|afloop) van (een|het|elk|"
    r"ieder|de)\b",
    r"\b(voor|uiterlijk voor) (het|de) (eerste|eerstvolgende) (oudergesprek|gesprek|les|lesdag|"
    r"schooldag|bijeenkomst|overleg|evaluatie)\b|\b(liggen|ligt) (de afspraken|het|alles)\b[^.]{0,50}"
    r"\bvast\b",
    r"\b(kan|kunt|mag|mogelijk|possible)\b[^.]{0,40}\b(tot|until|before) (de|het|the) "
    r"(start|startdatum|begin|aanvang|eerste \w+|start date|first \w+)\b",
    r"\b(kan|kunt|mag|mogelijk|possible)\b[^.]{0,30}\b(tot|until) (het moment|de dag|het tijdstip|"
    r"the moment|the day) (dat|waarop|that|when)\b",
    # Taking effect only at the next month: "gaat in op de eerste dag van de maand na ontvangst".
    r"\b(gaat|gaan|treedt|treden) (pas )?in\w* (op|per) de eerste (\w+ )?(dag|werkdag) van de "
    r"(volgende |nieuwe |komende )?(maand|week|periode|kalendermaand)\b",
)
CHANGE_LIMITED = re.compile(
    r"\bwijziging\w*\b[^.]{0,80}\balleen\b"
    # "Veranderen kan alleen bij de start van elke nieuwe periode."
    r"|\b(veranderen|wijzigen|aanpassen|intrekken|stoppen)\b[^.]{0,20}\b(kan|kunt|mag|is mogelijk)\b"
    # (not the imperative of "aanpassen": "Intrekken kan altijd: pas uw antwoord aan", sealed112;
    # "pas het formulier aan in de ouderapp", sealed197)
    r"[^.]{0,10}\b(alleen|pas(?! (uw|je|jouw|jullie)\b)(?! (het|de|dit|deze) [^.,]{0,40}\baan\b)|"
    r"uitsluitend|enkel)\b"
    r"|\btussentijdse? (wijziging\w*|intrekking\w*|aanpassing\w*)\b[^.]{0,50}\bniet\b"
    # "Tussentijds wijzigen is helaas niet mogelijk."
    r"|\btussentijds (wijzigen|intrekken|stoppen|aanpassen|veranderen) (is|kan|mag) (helaas |echter )?"
    r"niet\b"
    # Until a date only: "U kunt zich tot 1 oktober bedenken", "dan kan dat tot 1 oktober".
    r"|\btot (\d{1,2} [a-z]+|\d{1,2}[-/]\d{1,2})( \d{4}|[-/]\d{2,4})? (zich |je )?(bedenken|"
    r"intrekken|terugdraaien|wijzigen|terugkomen)\b"
    r"|\b(anders|intrekken|bedenken|wijzigen|terugdraaien|terugkomen|stoppen)\b[^.]{0,40}\b(kan|mag) "
    r"(dat|het|dit) (alleen |nog )?(tot|tot en met|t/m|uiterlijk) (\d{1,2} [a-z]+|\d{1,2}[-/]\d)"
    # The choice fixed from a moment on: "Na het overleg ... ligt uw keuze voor deze periode
    # vast", "tot de dag van het overleg kunt u een ja nog veranderen in een nee".
    # A price on a change: "Voor de verwerking van een wijziging rekenen wij € 12,50
    # administratiekosten."
    r"|\b(wijziging|intrekking|intrekken|afmelding|verwerking)\b[^.]{0,60}\b(rekenen|kost|kosten|"
    r"betaalt|betalen|in rekening)\b[^.]{0,30}(€|\beuro\b|\badministratiekosten\b|\bkosten\b)"
    # A change only at the next round: "Wilt u een keuze aanpassen, dan kan dat bij de
    # volgende ronde: elk jaar in september gaat er een nieuw formulier mee naar huis."
    r"|\b(aanpassen|wijzigen|veranderen|intrekken|anders kiezen)\b[^.]{0,30}\b(kan|kunt|mag|"
    r"mogelijk)\b[^.]{0,15}\b(bij|in|na|met) (de|het) (volgende|eerstvolgende|nieuwe|komende) "
    r"(ronde|schooljaar|jaar|periode|formulier|inschrijving|aanmelding|inventarisatie)\b"
    r"|\b(ligt|liggen|staat|staan) (uw|je|jouw|jullie|de) (keuze|keuzes|toestemming|antwoord|"
    r"antwoorden)\b[^.]{0,40}\bvast\b"
    r"|\btot (de dag van |het moment van |de datum van )?(het|de) (overleg|gesprek|bespreking|"
    r"vergadering|mdo|start|intake)\b[^.]{0,40}\b(kunt|kan|mag|mogen) (u|je|jullie)\b[^.]{0,40}"
    r"\b(nog )?(veranderen|wijzigen|intrekken|aanpassen|terugdraaien)\b"
)
