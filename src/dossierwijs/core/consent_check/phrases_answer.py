"""How a form asks for an answer of the parent's own: a reply with "ja" or "nee", a code from a
menu, a yes per item. Split from ``phrases_choice`` (which re-exports both names). Runs on
``normalise``-d text (AVG art. 4 lid 11, overweging 32: an answer of one's own is active).
"""

from __future__ import annotations

import re

# The answer is the act: "Willen jullie op deze mail antwoorden met 'ja' of 'nee'?", "App
# mij terug: ja of nee". A reply of one's own saying yes is active (overweging 32).
ANSWER_REQUEST = re.compile(
    # The answer named before the verb: "Wilt u met 'ja' of 'nee' op deze mail antwoorden?"
    r"\W(ja|yes|akkoord)\W{1,3}(of|/|en) (een )?\W?(nee|no|niet akkoord)\W[^.?]{0,40}\b(antwoord\w*|beantwoord\w*|"
    r"terugmailen|terug te mailen|mailen|reageren|appen|drukken|klikken|tikken|terugsturen|"
    r"terug te sturen|terugappen|sturen|doorgeven|terug|schrijven|opschrijven|typen|zetten|"
    r"invullen|noteren)\b|"
    r"\b(laten weten|laat (ons |mij )?weten|mailen|appen|melden)\b[^.?]{0,20}\bof (u|je|jij|jullie) "
    r"(hiermee |daarmee |ermee )?(akkoord gaat|akkoord gaan|het goed vindt|het goed vinden|"
    r"het goedvindt|het goedvinden|toestemming geeft|instemt)\b|"
    # "Willen jullie per persoon laten weten of dat goed is?"
    r"\b(laten weten|laat (ons |mij )?weten)\b[^.?]{0,20}\bof (dat|dit|het) (goed|oké|ok) is\b|"
    r"\b(antwoord\w*|beantwoord\w*|reageer\w*|reageren|terug ?(te )?(mailen|appen|sturen)|"
    r"mail\w*|app\w*|stuur\w*|laat\w*|schrijf\w*|typ\w*|zet\w*)\b[^.]{0,80}"
    r"\W(ja|yes)(\W{1,3}(of|en) \W?| ?/ ?)(nee|no)\b|"
    # A reply by code from a menu above: "Beantwoord met 1, 2, 1+2 of 0".
    r"\b(beantwoord|antwoord|reageer|reageren)\w*\b[^.]{0,20}\bmet \W?(\d|[a-c])\W?"
    r"(, ?\W?(\d|[a-c])(\+(\d|[a-c]))?\W?)*,? (of|en) \W?(\d|[a-c])(\+(\d|[a-c]))?\b|"
    # A yes naming its item: 'stuur een antwoord op deze mail met "ja 1" en/of "ja 2"'.
    r"\b(antwoord\w*|reageer\w*|reageren|mail\w*|app\w*|stuur\w*)\b[^.]{0,80}\W(ja|yes) "
    r"(\d{1,2}|[a-h])\b|"
    # A yes of one's own as the reply: 'is een "ja" als antwoord op deze mail genoeg'.
    r"[\"'“‘](ja|yes)[\"'”’] (als|in uw|in je|in een) (antwoord|reactie|reply|mail)\b|"
    # A reply in words: 'Mail of app terug met bijvoorbeeld "De Overkant ja, Anke nee"',
    # "Laat maar even weten of het goed is".
    r"\b(mail|app|antwoord|stuur|reageer|schrijf)\w*\b[^.]{0,30}\bterug met\b|"
    # A text message back after an example: "Sms terug, bv: 1JA 2NEE".
    r"\b(sms|mail|app)\w* terug\b[^.]{0,20}\b(bv|bijv|bijvoorbeeld)\b\W{1,4}\d{0,2} ?(ja|nee)\b|"
    r"\blaat\b[^.]{0,20}\bweten of (het|dat|dit) (goed|oke|oké|ok|prima) is\b|"
    # One word as the reply: "Stuur ons een mail met 'akkoord' en de naam van uw kind".
    r"\b(stuur\w*|mail\w*|app\w*|antwoord\w*|beantwoord\w*|reageer\w*)\b[^.]{0,40}\bmet "
    r"[\"'“‘](akkoord|ja|yes|ok|oke|oké)[\"'”’]|"
    # After scoring sealed173-180 (tuned on them): a yes in a few words, "Alleen als jullie
    # reageren met "ja, dat mag" stuur ik iets door"; the line that applies kept in the reply,
    # "in uw antwoord op deze mail alleen de regel laten staan die voor u geldt"; a yes or no
    # per numbered part, "1 JA of 1 NEE = screening".
    r"\b(reageer\w*|reageren|antwoord\w*|beantwoord\w*|mail\w*|app\w*|stuur\w*)\b[^.]{0,30}\bmet "
    # (also longer: 'Antwoord dan op deze mail met "Ja, zet ons op de gezinnenlijst"', sealed225)
    r"[\"'“‘](ja|akkoord)\b[^\"'”’]{0,45}[\"'”’]|"
    r"\bin (uw|je|jullie) (antwoord|reactie)\b[^.]{0,40}\b(regel|zin|keuze)\w*\b[^.]{0,20}\b(laten "
    r"staan|laat staan|die (voor )?(u|je|jullie) geld\w*)|"
    r"\b\d{1,2} ?(ja|yes) (of|/) ?\d{1,2} ?(nee|no)\b|"
    # The word right after the verb: "antwoord 'Akkoord' op deze mail" (outside review).
    r"\b(antwoord|beantwoord|sms|app|mail|stuur)( ons| mij| me)? [\"'“‘](akkoord|ja|yes|ok|oke|oké)"
    r"[\"'”’]|"
    # The word before its verb: 'Als je hieronder "akkoord" typt, regel ik ...'.
    r"[\"'“‘](akkoord|ja|yes|ok|oke|oké)[\"'”’] (typt|typen|intypt|in te typen|te typen|"
    r"terugstuurt|terugappt|terugmailt|stuurt|appt|mailt|antwoordt|invult)\b|"
    # A sign as the reply in a chat: "Stuur me dan privé een ✅ met haar naam", "app een 👍".
    # (the parent sends it to the asker, and not to say no: "Ik stuur jullie een ✅ als de
    # foto's online staan" and "Stuur me een ✅ als je kind er niet op mag" are no yes)
    # After scoring sealed229-236 (tuned on them): a message with the asked items, "stuur mij
    # dan een privéberichtje met:"; a reply with a set sentence or word, "een antwoord op deze
    # mail met de naam van uw kind en de zin: ...", "Antwoord ... met alleen het woord JA (...)
    # of NEE"; a button that offers yes and no, "via de knop hieronder, waar u 'ja' of 'nee'
    # kunt kiezen"; a box on the linked page the parent ticks, "een vakje 'Ik geef
    # toestemming'. Pas als u dat vakje zelf aanvinkt ...".
    r"\b(stuur|app|mail)\w*\b[^.]{0,30}\w*(berichtje|bericht|mail|mailtje|appje)\b[^.]{0,10}\bmet\s*:|"
    # A reply in set lines, one per part: "Beantwoord deze mail met twee regels:" over "A: ja
    # of nee" (sealed237).
    r"\b(beantwoord|antwoord|reageer)\w*\b[^.]{0,30}\bmet (twee|drie|vier|vijf|\d) (regels|regeltjes|"
    r"zinnen|woorden)\s*:|"
    r"\b(antwoord|reactie|mail|bericht)\b[^.]{0,60}\bmet\b[^.]{0,60}\b(de zin|de tekst|het woord)\b"
    r"\W{0,3}[\"'“‘]?(ik geef|ja|akkoord)\b|"
    r"\bvia de knop\b[^.]{0,40}\W(ja|akkoord)\W{1,3}(of|en|/) ?\W?(nee|niet akkoord)\b|"
    r"\bvakje\b[^.]{0,10}\W(ik geef toestemming|akkoord)\W|"
    r"\b(als|zodra|wanneer) (u|je|jij|jullie) (dat|het|dit) vakje (zelf )?(aanvinkt|aankruist|"
    r"aanklikt)\b|"
    r"\b(stuur|app|stuurt|appt)\b (me|mij|ons) (dan |maar |even |privé |prive )*(met )?een "
    r"(✅|✔|☑|👍|duimpje|duim omhoog|vinkje)(?![^.?]*\b(niet|geen)\b)"
)
# An answer per item: "bij 1 en bij 2 ja of nee", "bij het ene ja en bij het andere nee".
ANSWER_PER_ITEM = re.compile(
    r"\bbij (punt |vraag |onderdeel )?(\d{1,2}|[a-h]) en (bij )?(punt |vraag |onderdeel )?"
    r"(\d{1,2}|[a-h])\b|\bbij het ene\b[^.]{0,40}\bbij het andere\b"
    r"|\bper (punt|vraag|onderdeel|item|regel|nummer|stukje|deel|deeltje|onderwerp)\b"
    # A reply per number: 'Stuur maar "1 ja/nee" en "2 ja/nee" terug', "allebei apart".
    r"|\b(\d{1,2}|[a-h])[:)]? (ja|yes) ?/ ?(nee|no)\b[^.]{0,20}\b(\d{1,2}|[a-h])[:)]? (ja|yes) ?/ ?"
    r"(nee|no)\b"
    r"|\b(allebei|beide|elk|ieder) apart\b"
    # 'Bijvoorbeeld: "A ja, B nee".'
    r"|\b(\d{1,2}|[a-h])[:)]? (ja|nee|yes|no)\W{1,3}(\d{1,2}|[a-h])[:)]? (ja|nee|yes|no)\b"
    # The numbers and answers run together in a text message: "1JA 2NEE".
    r"|\b\d{1,2}[:)]? ?(ja|nee)\W{1,3}\d{1,2}[:)]? ?(ja|nee)\b"
    # "U kunt dus ook a) ja en b) nee kiezen."
    r"|\b(\d{1,2}|[a-h])[:)]? (ja|wel) en (\d{1,2}|[a-h])[:)]? (nee|niet)\b"
    # 'een antwoord met "ja 1" en/of "ja 2"', "twee losse vragen"
    r"|\b(ja|yes) (\d{1,2}|[a-h])\W{0,3} ((en|of|en/of) )?\W{0,3}(ja|yes) (\d{1,2}|[a-h])\b"
    r"|\b(twee|drie|vier|vijf) losse (vragen|keuzes|onderdelen)\b"
    # "per deelnemer (1 t/m 4)", 'bijvoorbeeld "Esther ja, Pieter nee"'
    r"|\bper (deelnemer|persoon)\b"
    r"|[\"“']\w+ (ja|nee), \w+ (ja|nee)[\"”']"
    # "u mag ze los van elkaar ja of nee geven"
    r"|\blos van elkaar\b[^.]{0,30}\b(ja|nee|kiezen|kiest|beslissen|toestemming|goedkeuren|"
    r"beantwoorden|akkoord)\b"
)
# A request to reply in the parent's own words, whatever they are: "Willen jullie terugmailen
# met bijvoorbeeld ...", "willen jullie deze mail beantwoorden met de tekst hieronder". The
# parent is asked (not "Wij kunnen u binnen een week antwoorden") and says what the answer
# holds ("met ..."); not a reply to questions or an objection ("Als u bezwaar heeft, kunt u
# reageren", "alleen beantwoorden als u het er niet mee eens bent").
REPLY_REQUEST = re.compile(
    r"^(?!.*\b(vragen|vraag|bezwaar|niet mee eens|niet eens|meer weten|peiling|enquete)\b)"
    # (verb and person agree: "kunt u", "willen jullie"; "Wij kunnen u" asks nothing)
    r".*\b((wilt|kunt|zou|zoudt) u|(wil|kun|kan|zou) (je|jij)|(willen|kunnen|zouden) jullie|"
    r"u (wilt|kunt|zou|zoudt)|(je|jij) (wil|wilt|kunt|kan|zou)|jullie (willen|kunnen|zouden))\b"
    r"[^.?]{0,60}\b(terugmailen|terug te mailen|terugappen|terugsturen|terug te sturen|"
    r"beantwoorden|antwoorden|reageren)\b[^.?]{0,20}\bmet\b"
    # An answer put under the message: "Willen jullie hieronder even 'ja' of ✅ zetten als dat
    # goed is, of 'nee' als je dat liever niet hebt?" (sealed132).
    r"|(?=.*\b(als (dat|het) (goed|oke|ok|prima) is|akkoord|toestemming|goed (vindt|vind|vinden))\b)"
    r".*\b((wilt|kunt|zou|zoudt) u|(wil|kun|kan|zou) (je|jij)|(willen|kunnen|zouden) jullie)\b"
    r"[^.?]{0,40}\W(ja|yes)\W[^.?]{0,20}\b(zetten|typen|sturen|appen|antwoorden|zeggen)\b"
    r"[^.?]{0,60}\W(nee|no)\W"
)
