"""One choice that covers several things: the signature or box that bundles (overweging 32 en
43 bij de AVG). Split from ``phrases`` (which re-exports ``BUNDLED``). Runs on
``normalise``-d text."""

from __future__ import annotations

from .alternation import alternatives as _re

BUNDLED = _re(
    # All or nothing: "U kunt alleen voor alle vier tegelijk toestemming geven, of voor geen".
    r"\balleen voor (alle|al) \w+ (tegelijk|samen|onderdelen)\b|\bvoor alle \w+ tegelijk\b",
    r"(?<!geen )(?<!geen keuze tussen )\b(alles|alle onderdelen) of (niets|niks|geen enkel\w*)\b",
    # Agreed to every part at once: "gaat u akkoord met het gebruik van alle onderdelen van
    # EduNova", "geeft u toestemming voor alle onderdelen van dit formulier" (sealed231).
    # (not the child taking part, "doet mee aan alle onderdelen", nor a no or a withdrawal
    # "voor één of alle onderdelen")
    r"\b(gaat|gaan|ga) (u|jullie|je|ik|wij|we) akkoord met (het gebruik van )?alle onderdelen\b"
    r"|\b(geeft|geven) (u|jullie|je) toestemming voor alle onderdelen\b",
    # Consent folded into agreeing to a plan: "Ouders gaan akkoord met het OPP en geven
    # toestemming voor het delen ...".
    r"\bakkoord (gaan |gaat |te gaan )?met (het|de|dit|deze) [a-z-]+\b[^.]{0,30}\ben (geven|geeft|geef|"
    r"verlenen) (ook )?(hierbij )?toestemming\b",
    # One box for several numbered parts: "Ik geef toestemming voor punt 1, 2 en 3".
    r"(?<!zonder toestemming )\bvoor (de )?(punt|punten|onderdeel|onderdelen|vraag|vragen|deel|delen) (\d{1,2}|[a-h])"
    r"(, ?(\d{1,2}|[a-h]))* (en|t/m|tot en met) (\d{1,2}|[a-h])\b"
    # (not a freedom to refuse them: "Voor de onderdelen b en c bent u vrij om nee te kiezen")
    # nor how long they last: "De toestemming voor punt 1 en 2 geldt alleen voor deze stage",
    # nor a condition on them, a defect of vrij: "Toestemming voor onderdeel A en B is een
    # voorwaarde voor plaatsing", sealed121)
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere|vrij|nee|(is|zijn) (een )?voorwaarde|"
    r"(is|zijn) vereist)\b)"
    r"(?! (geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)",
    # The numbers alone, pointing up: "Ik geef toestemming voor 1, 2 en 3 hierboven."
    # Each may carry its subject in brackets: "Ik geef toestemming voor a (foto's) en b
    # (uitslag naar de fietsschool):" above one JA / NEE (sealed205).
    r"\btoestemming voor (\d{1,2}|[a-h])( \([^()]{1,40}\))?(, ?(\d{1,2}|[a-h])( \([^()]{1,40}\))?)* "
    r"(en|t/m|tot en met|&) (\d{1,2}|[a-h])( \([^()]{1,40}\))?( (hierboven|hieronder|boven|hierna))?"
    r"(?=\s*[.;:]|\s*$)",
    # ("voor één of voor beide onderdelen" offers the choice: not one consent for both)
    r"(?<!\bof )(?<!\bof voor )(?<!zonder toestemming )\bvoor (alle|beide)"
    r"(?![^.]{0,40}\bof (voor )?(een|elk|iedere?)\b) "
    r"((hier)?(boven|onder)? ?(staande|genoemde|vermelde|"
    r"beschreven) ){0,2}"
    r"(onderdelen|punten|vragen|uitwisselingen|doelen|organisaties|ontvangers)\b"
    r"(?! (geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)"
    # (nor how long both last: "Uw toestemming geldt voor beide onderdelen tot en met 31
    # december 2026", sealed192)
    r"(?! (tot|t/m|tot en met|gedurende|tijdens|vanaf|van \d|een (heel )?(school)?jaar|"
    r"dit schooljaar)\b)"
    # (nor a consent asked for each: "Voor beide vragen wij apart uw toestemming")
    r"(?![^.]*\b(apart|afzonderlijk|los van elkaar)\b)",
    r"\b(handtekening|ondertekening|toestemming)\b[^.]{0,30}\b(geldt|gelden) voor "
    r"(het hele|het gehele|heel het|alle onderdelen|alles)\b",
    r"\bakkoord met (alle|het|de)? ?(bovenstaande|onderstaande|genoemde)? ?"
    r"(punten|onderdelen|vormen|afspraken|bovenstaande|onderstaande)\b",
    r"\bakkoord met alle\b|\bakkoord met (dit formulier|het formulier)\b",
    r"\b(alle )?onderdelen\b[^.]{0,40}\b(samengevoegd|op een formulier|in een keer|tegelijk)\b",
    # A consent folded into the signature next to the form's own choices: "Met de
    # ondertekening van dit formulier geeft u ook toestemming dat ...".
    r"\b(met|door) (mijn|uw|jullie|de|deze|het) (handtekening|ondertekening)\b[^.]{0,60}"
    r"\b(geeft|geef|verleent|verleen) (u|je|ik|jullie) ook toestemming\b",
    r"\b(met|door) (mijn|uw|jullie|de|deze|het) (handtekening|ondertekening|ondertekenen|tekenen)\b"
    r"[^.]{0,80}\b(alle|bovenstaande|het bovenstaande|toestemming om)\b",
    r"\b(gelezen en ga|gelezen en gaan) akkoord\b",
    # "Met mijn handtekening geef ik toestemming voor ... zoals hierboven beschreven onder 1, 2
    # en 3": one signature over the numbered exchanges.
    r"\b(handtekening|ondertekening)\b[^.]{0,160}\b(onder|bij|in) (de )?(punt |punten |onderdeel |"
    r"onderdelen )?(\d|[a-h])(, ?(\d|[a-h]))* (en|t/m|tot en met) (\d|[a-h])\b"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "Ondergetekende geeft toestemming voor de uitwisseling van gegevens zoals beschreven
    # onder 1, 2 en 3": one consent over the numbered exchanges.
    r"\btoestemming\b[^.]{0,100}\b(beschreven|genoemd|vermeld|staat|staan) (onder|bij|in) (de )?"
    r"(punt |punten |onderdeel |onderdelen )?(\d|[a-h])(, ?(\d|[a-h]))* (en|t/m|tot en met) "
    r"(\d|[a-h])\b(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # One consent named for two numbered points: "Ik geef toestemming voor punt 1 en punt 2 uit
    # de brief" over one JA / NEE (sealed237).
    # (the parent's own words, not how long both last or what a refusal of both costs: "Uw
    # toestemming voor vraag 1 en 2 geldt tot ...", "zonder toestemming voor onderdeel 2 en 3")
    r"\b(ik|wij|we) (geef|geven|verleen|verlenen) (\w+ )?toestemming voor (de )?(punt|punten|onderdeel|"
    r"onderdelen|vraag|vragen) (\d|[a-h]) (en|&) ((de )?(punt|onderdeel|vraag) )?(\d|[a-h])\b"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere|geldt|gelden|loopt|lopen|vervalt)\b)",
    # "Ik heb de onderdelen A tot en met D gelezen en geef toestemming voor de samenwerking".
    r"\b(onderdelen|punten|delen) ([a-h]|\d{1,2}) (tot en met|t/m|tot) ([a-h]|\d{1,2})\b[^.]{0,80}"
    r"\b(toestemming|akkoord)\b(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # One consent for the lettered parts: "geef toestemming voor deelname ..., onderdelen a, b
    # en c zoals hierboven beschreven" (not "kies per onderdeel").
    r"(\btoestemming voor\b[^.]{0,80}\bonderdelen ([a-h]|\d)(, ?([a-h]|\d))* en ([a-h]|\d)\b"
    r"(?! (geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)"
    r"|\bonderdelen ([a-h]|\d)(, ?([a-h]|\d))* en ([a-h]|\d),? zoals (hierboven|eerder) "
    r"(beschreven|genoemd|vermeld)\b)"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "Eén handtekening hieronder geldt voor B1 en B2 samen." An objection too: "Een bezwaar
    # geldt voor de hele avond: livestream en foto's samen" (sealed203).
    r"\b(handtekening|ondertekening|toestemming|akkoord|bezwaar)\b[^.]{0,40}\b(geldt|gelden)\b"
    r"[^.]{0,50}\b(samen(?! met)|tegelijk|allebei|tegelijkertijd)\b",
    r"\bhet bovenstaande\b[^.]{0,20}\bakkoord\b",
    # The reply's yes covers it all, its parts named after a colon: 'Stuur mij "akkoord". Dat
    # geldt dan voor alles: pen en app, foto's en doorsturen naar school' (sealed201).
    r"^\W*(dat|dit|die|het|uw akkoord|je akkoord|uw ja|je ja) (geldt|telt) (dan |daarmee |meteen )?"
    # (a list after the colon, not one thing: "Dat geldt voor alles: de pen")
    r"voor (alles|alle onderdelen|het hele (formulier|verhaal))\s*:[^.]*(,| en | of )",
    # "Uw akkoord geldt voor alle drie de punten hierboven." (sealed207; not how long they
    # last: "Uw toestemming geldt voor beide onderdelen tot en met 31 december 2026")
    r"\b(handtekening|ondertekening|toestemming|akkoord|antwoord)\b[^.]{0,30}\b(geldt|gelden) voor "
    r"(alle (twee|drie|vier|vijf|zes)( de)?|beide|allebei de) (punten|onderdelen|vragen|"
    r"uitwisselingen|doelen|zaken|dingen)( (hierboven|hieronder|samen|tegelijk))?(?=\s*[.;:]|\s*$)",
    # Consent folded into the terms: "Ik ga akkoord met de algemene voorwaarden en de
    # privacyverklaring" (one box for the contract and the sharing).
    r"\bakkoord met (de )?(algemene |gebruiks)?voorwaarden\b[^.]{0,30}\b(en|&) (de |het )?privacy\w*",
    # "Door hieronder te tekenen geeft u toestemming voor de drie uitwisselingen in de tabel".
    r"\b(tekenen|ondertekenen|ondertekening|handtekening)\b[^.]{0,60}\b(voor|met|over) (de |alle )?"
    r"(twee|drie|vier|vijf|zes) (uitwisselingen|onderdelen|punten|rijen|regels|vragen|doelen|"
    r"contacten|gesprekken|verstrekkingen|stappen|organisaties|instanties|partijen|afspraken)\b"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "Met mijn handtekening ga ik akkoord met de drie afspraken die hierboven staan."
    # (also "alle drie de": "dat u met alle drie de onderdelen akkoord bent", sealed242)
    r"\bakkoord met (de |alle )?(twee|drie|vier|vijf|zes)( de)? (afspraken|punten|onderdelen|"
    r"uitwisselingen|doelen)\b(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # (not a freedom: "U hoeft niet met alle drie de onderdelen akkoord te gaan")
    r"(?<!\bniet )\bmet alle (twee|drie|vier|vijf|zes)( de)? (afspraken|punten|onderdelen|"
    r"uitwisselingen|doelen) akkoord\b(?! te gaan\b)(?![^.]*\b(apart|los|per|elk|elke|ieder|"
    r"iedere)\b)",
    # Taking part in all of it, one box: "Mijn kind doet mee aan alle onderdelen van 'Lekker in
    # je vel' en ik geef toestemming voor het delen ..." (sealed241).
    # (the parent's own words, not the school's promise: "Uw kind doet gewoon mee aan alle
    # onderdelen van de sportdag, ook als u geen toestemming geeft voor foto's")
    r"\b(mijn|ons|onze) (kind|zoon|dochter|kinderen) ((doet|doen) (\w+ )?mee|(neemt|nemen) (\w+ )?deel) "
    r"aan alle onderdelen\b(?![^.]{0,80}\b(zonder|geen)\b)[^.]{0,80}\b(toestemming|akkoord)\b",
    # One part of the form that holds a list: "Ik ga akkoord met onderdeel D (video-observaties,
    # leerlingenquête en het delen van toetscijfers)" (sealed238).
    r"\b(akkoord met|toestemming voor) (onderdeel|deel) (\d|[a-h]) \([^)]{2,60},[^)]{2,60} en "
    r"[^)]{2,60}\)",
    # One consent over the numbered points in brackets: "toestemming voor de uitwisseling
    # zoals hierboven beschreven (punt 1, 2 en 3)".
    r"\b(toestemming|akkoord)\b[^.]{0,100}\((punt |punten |onderdeel |onderdelen |deel )?"
    r"(\d|[a-h])(, ?(\d|[a-h]))* (en|t/m|tot en met) (\d|[a-h])\)"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # One reply sets all of it going: "Wilt u antwoorden met 'akkoord'? Dan kan ik alle drie de
    # stappen in gang zetten."
    r"^\W*dan\b[^.]{0,30}\balle (twee|drie|vier|vijf|zes) (de )?(stappen|punten|onderdelen|"
    r"uitwisselingen|dingen|zaken)\b(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "Ik geef toestemming voor de verstrekkingen zoals hierboven beschreven." (not "zoals
    # hierboven aangekruist": then each has its own box)
    r"\b(toestemming|akkoord)\b[^.]{0,20}\b(voor|met) (de|alle) [a-z]+(ingen|en)\b[^.]{0,20}"
    r"\b(hierboven|hieronder|boven|onder) (beschreven|genoemd|vermeld|omschreven)\b",
    # That a choice per part is not on offer: "Per punt apart kiezen is bij dit formulier niet
    # mogelijk", "U kunt niet per onderdeel kiezen", "Gedeeltelijke toestemming kan niet".
    r"\b(per (punt|onderdeel|vraag|regel|organisatie|instantie|doel|partij|deel)|apart|los|"
    r"afzonderlijk|gedeeltelijk\w*|deels)\b[^.;,]{0,30}\b(kiezen|kiest|keuze|toestemming|tekenen|"
    r"aankruisen|akkoord|instemmen|ja of nee)\b[^.;,]{0,40}\b(niet (mogelijk|toegestaan)|kan niet|"
    r"kunt niet|kunnen niet)\b"
    r"|\b(kunt|kan|kunnen|mag|mogen) (u|je|jij|jullie) (\w+ )?niet (apart|los|afzonderlijk|"
    r"gedeeltelijk|per (punt|onderdeel|vraag|regel|organisatie|instantie|doel|partij|deel))\b",
    # Said in so many words: "dan hoef ik het niet steeds apart te vragen".
    r"\b(niet|nooit) (steeds |telkens |elke keer |iedere keer |allemaal )?(apart|los|afzonderlijk) "
    r"(te )?(vragen|vraag|vraagt)\b",
    # One answer asked for all of it: "Stuur maar één keer ja of nee terug, dan kan ik alles
    # in één keer regelen".
    r"\b(stuur|geef|zeg|antwoord|app|mail)\w*\b[^.]{0,30}\been keer (ja|akkoord)\b"
    r"|\balles in een keer (regelen|doorsturen|sturen|delen|afhandelen)\b",
    # (not how long both last: "Uw toestemming voor A en B geldt tot 31 juli 2026")
    r"\b(toestemming|akkoord) (voor|met) (\d|[a-c]) (en|t/m|tot en met) (\d|[a-c])\b"
    r"(?! (geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)",
    # (not how long they last, "Uw toestemming voor beide punten geldt tot 1 oktober", nor
    # what refusing them costs, "zonder toestemming voor beide onderdelen ...": that is vrij)
    # ("als je akkoord gaat met allebei", sealed183; not "met beide dagen", one exchange)
    r"\bakkoord (gaat|gaan|ga|bent|zijn) met (beide|allebei)(?=\s*[?.!,]|\s*$|\s+(onderdelen|punten|"
    r"vragen|zaken|dingen|uitwisselingen|verzoeken|maatregelen)\b)",
    r"(?<!zonder )\b(toestemming|akkoord) (voor|met) (beide|allebei|alle drie|"
    r"alle vier|alle onderdelen|"
    r"alles)\b(?![^.]{0,30}\b(geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)",
    # "Als u met beide punten akkoord bent, hoeft u niets te doen."; "Bent u het met de drie
    # punten hierboven eens? Beantwoord deze mail dan met 'akkoord'" (sealed195).
    r"\bmet (beide|allebei|alle|de (twee|drie|vier|vijf|zes)) (punten|onderdelen|vragen|zaken|"
    r"dingen)\b( (hier)?(boven|onder))?[^.,]{0,10}\b(akkoord|eens)\b"
    r"(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "geeft u toestemming voor het overleg met alle drie genoemde personen"
    r"\b(toestemming|akkoord)\b[^.]{0,50}\b(alle (twee|drie|vier|vijf|zes)|beide) (hier(boven|onder) )?"
    r"((boven)?genoemde |vermelde )?(personen|organisaties|partijen|instanties|hulpverleners|"
    r"ontvangers|deskundigen)\b(?![^.]*\b(apart|los|per|elk|elke|ieder|iedere)\b)",
    # "Uw handtekening geldt voor de punten 1 tot en met 4": one signature over numbered parts.
    r"\b(handtekening|ondertekening|toestemming|akkoord)\b[^.]{0,40}\b(punten|onderdelen|vragen|"
    r"uitwisselingen|delen) (\d|[a-h])( ?, ?(\d|[a-h]))* (en|t/m|tot en met) (\d|[a-h])\b"
    # (not how long the consent for those parts lasts: "Je toestemming voor de onderdelen a, b
    # en c geldt tot en met 30 juni 2026")
    r"(?! (geldt|gelden|loopt|lopen|vervalt|vervallen|verloopt|eindigt|eindigen)\b)",
)
# Sharing data and using pictures under one consent: "Met mijn handtekening geef ik toestemming
# voor het delen van de gegevens en het gebruik van foto's". Only on a signature or box line:
# an introduction may list what the choices below ask one by one.
SHARING_AND_PICTURES = _re(
    r"\b(toestemming voor|akkoord met) (het )?(delen|uitwisselen|doorgeven|verstrekken|versturen|doorsturen|"
    r"sturen|overdragen|gebruik)\w* (van )?[^.]{0,80}"
    r"\ben (voor )?(het )?(gebruik|plaatsen|publiceren|maken) van (de )?(foto|beeld|video|film)\w*",
    # Pictures first: "toestemming dat de docent foto's maakt ..., en dat de coördinator mijn
    # e-mailadres doorgeeft".
    r"\btoestemming (dat|om|voor)\b[^.]{0,40}\b(foto|beeld|video|film)\w*\b[^.]{0,160}\ben (dat|om)\b"
    r"[^.]{0,60}\b(doorgeeft|door te geven|doorgeven|deelt|te delen|delen|stuurt|te sturen|verstrekt|"
    r"uitwisselt)\b",
)
