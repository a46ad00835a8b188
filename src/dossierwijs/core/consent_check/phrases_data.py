"""Dutch (and English) phrase patterns for which data a form shares: named kinds of data and
documents, and open descriptions that could mean the whole file (AVG art. 4 lid 11;
overweging 42). Split from ``phrases`` (which re-exports every name here). Runs on
``normalise``-d text.
"""

from __future__ import annotations

import re

from .alternation import alternatives as _re

# --- gegevens -------------------------------------------------------------------------

# Goods collected for a cause, not data: "Alles wat we ophalen gaat naar Stichting Warme
# Winter" (sealed206).
_GOODS_COLLECTED = (
    r"(we|wij|de kinderen|jullie|ze|zij) (ophalen|inzamelen|opbrengen|verdienen|verkopen|sparen|"
    r"lopen|fietsen)\b"
)
VAGUE_DATA = _re(
    r"\balle (relevante |overige |benodigde |beschikbare |noodzakelijke |nodige |mogelijke |"
    r"andere )?(gegevens|informatie|stukken|documenten|persoonsgegevens|info|verslagen|rapporten|"
    r"dossiers|documentatie|rapportages|onderzoeken)\b",
    r"\b(alles|alle \w+) (wat|die) (wij|we|de school)\b[^.;]{0,30}\b(hebben|weten|bewaren)\b"
    r"(?! (\w+ )?(besproken|afgesproken|gezegd|verteld)\b)",
    r"\bhet gaat (met name|vooral|onder meer|onder andere|voornamelijk|o\.a\.|hoofdzakelijk) om\b",
    # What the sender thinks worth telling: "Wat de leerkracht belangrijk vindt om te vertellen".
    r"\bwat (de|het|wij|we|ik|zij|ze|hij) ([a-z-]+ ){0,6}(belangrijk|nodig|relevant|nuttig|zinvol) "
    r"(vindt|vinden|acht|achten) (om|voor|dat)\b",
    # Data the recipient picks: "de gegevens uit ons leerlingvolgsysteem die het instituut
    # nodig heeft", "Het instituut laat ons weten welke onderdelen het wil ontvangen".
    r"\bwat (dat|het) (precies )?(is|zijn|wordt|worden), (bepaalt|bepalen|beslist|beslissen)\b",
    r"\b(gegevens|informatie|stukken|onderdelen)\b[^.;]{0,60}\b(die|dat) (het|de|zij|hij|ze|wij|we) "
    r"([a-z-]+ ){0,6}nodig (heeft|hebben|acht|vindt)\b",
    r"\b(laat|laten) (ons|de school|ons team) weten welke (onderdelen|gegevens|stukken|documenten|"
    r"informatie)\b",
    r"\b(relevante|benodigde|noodzakelijke|nodige) (gegevens|informatie|stukken)\b",
    # A compound left open the same way: "alle relevante studentgegevens".
    r"\b(alle )?(relevante|benodigde|noodzakelijke|nodige|overige|belangrijke|ter zake doende) "
    r"([a-z]+- en )?[a-z]+(gegevens|informatie)\b",
    # The tail of a list left open: "... en andere gebruiksgegevens".
    r"\b(en|of) (andere|overige|verdere) [a-z-]*(gegevens|informatie|stukken|documenten|data)\b",
    # A list left open in everyday words: "toetsjes, dat soort dingen".
    r"\b(dat|dit|die|zulk|zulke) soort (dingen|zaken|info|informatie|gegevens)\b",
    r"\b(gegevens|informatie|stukken|documenten|alles)\b[^.;]{0,60}\bdie\b[^.;]{0,30}"
    r"\b(van belang|relevant|nodig|belangrijk) "
    r"(is|zijn|kan zijn|kunnen zijn|lijkt|lijken|vinden|vindt|vind)\b",
    # ("die ik voor die begeleiding van belang vind": the sender's own say, first person too.)
    r"\b(van belang|relevant) (vinden|vindt|vind|achten|acht)\b",
    r"\b(alles|informatie|gegevens) (wat|die) (verder |nog |ook |daarnaast )?(van belang|relevant|"
    r"belangrijk|nodig) (is|zijn|kan zijn|lijkt)\b",
    r"\bhet (volledige|gehele|hele|complete|totale) (leerling|client|patienten|zorg)?dossier\b",
    # Everything from a file, or a copy of it: "alles uit hun eigen dossier", "een afschrift
    # van het medisch dossier" (not a part named from it: "het verslag uit het dossier").
    r"\balles (uit|van) (het|hun|zijn|haar|ons|onze|uw|je|jouw) (eigen )?(\w+ )?[a-z]*dossier\b",
    r"\b(een )?(afschrift|kopie|copie|fotokopie) van (het|zijn|haar|hun|uw) (\w+ )?[a-z]*dossier\b",
    # English: "all relevant information", "your child's school record", "such as test results".
    r"\ball (relevant |necessary |available )?(information|data|records|documents)\b",
    r"\brelevant (information|data|documents)\b|(?<!\bin your )(?<!\bin the )(?<!\bin our )\b(school|student|pupil) (record|file)\b",
    r"\bwat (wij|we|de school|ik) (weten|hebben|zien|merken) over (uw|je|jouw|het) (kind|zoon|dochter)\b",
    # The other word order, also with the child's name: "wat wij over Sem weten".
    r"\bwat (wij|we|de school|ik) (\w+ )?over (uw |je |jouw |het )?\w+ (weten|weet|hebben|heb|zien|"
    r"zie|merken|merk|bijhouden|vastleggen|noteren)\b"
    # ("hebben" as an auxiliary: "wat we over Yusuf hebben besproken" is what was said in one
    # talk, sealed186)
    r"(?! (\w+ )?(besproken|afgesproken|gezegd|verteld)\b)",
    # A list left open: "Hieronder vallen toetsresultaten", "en indien nodig aanvullende
    # informatie".
    r"\b(hieronder vallen|hieronder valt|waaronder)\b[^.;]{0,20}"
    r"\b\w*(verslag|rapport|resultat|gegevens|informatie|observatie|toets|document)\w*",
    r"\b(indien nodig|zo nodig|zonodig|eventueel|waar nodig)\b[^.;]{0,15}\b(aanvullende|andere|"
    r"overige|meer|verdere) (informatie|gegevens|stukken|documenten)\b",
    # A data field that points to the whole file: "Gegevens | zie dossier".
    r"\b(gegevens|wat|informatie)\s*[|:]\s*(zie |het |uit het )?(leerling|client|zorg)?dossier\b",
)
# Open descriptions that only mean "data" in a sentence about sharing ("wij delen alles wat
# nodig is"), not elsewhere ("zodat de leerkracht weet wat nodig is").
VAGUE_DATA_WHEN_SHARED = _re(
    # A dump of the records, no items named: "sturen wij Sebregts een export van de gegevens
    # van uw kind uit onze leerlingadministratie" (sealed232).
    r"\been (volledige |complete )?export van (de|alle) gegevens\b(?! \w+ \w+:)(?![^.;]{0,60}:)",
    # What a file holds, told or shown: "laten zien wat er in het eigen dossier over Sven staat".
    r"\bwat (er )?in (het|hun|zijn|haar|ons|onze|uw) (eigen )?[a-z]*dossier\b[^.;]{0,25}"
    r"\b(staat|staan)\b",
    # The whole file passed on ("wij sturen het leerlingdossier door"), not a part taken out
    # of it ("de toetsen uit het leerlingdossier") or a place ("in het dossier").
    r"(?<!\buit )(?<!\bin )(?<!\bbij )(?<!\bop )\bhet (leerling|client|patienten|zorg|kind)?dossier\b",
    # By its owner's initials: "het JGZ-dossier van uw kind".
    r"(?<!\buit )(?<!\bin )(?<!\bbij )(?<!\bop )\bhet [a-z]{2,5}-dossier\b",
    # Access to the whole file is the whole file: "krijgen de onderzoekers inzage in het
    # leerlingdossier van uw kind" (sealed162, after scoring), unless the form then says which
    # part ("inzage in het dossier: alleen de toetsuitslagen").
    r"\b(inzage|inzicht|toegang|inkijk) (in|tot) (het|zijn|haar|hun|ons) (eigen )?"
    r"(leerling|client|zorg|kind|[a-z]{2,5}-)?dossier\b(?![^.;]*(:|\bnamelijk\b|\bte weten\b|"
    r"\b(alleen|uitsluitend|enkel|slechts|beperkt tot|voor zover)\b))",
    # Some information about the child, unnamed: "Ze krijgt van ons wat info over hem"
    # (sealed164, after scoring); not reading for the parent ("wat informatie over de aanpak").
    r"\bwat (info|informatie|gegevens) (over|van) (hem|haar|hen|(uw|je|jouw|jullie) (kind|zoon|"
    r"dochter|kinderen)|de leerling|het kind)\b",
    # "informatie over uw kind", "gegevens over de ontwikkeling van uw kind", with nothing
    # after that narrows it (a colon or a list would).
    r"\b(informatie|gegevens|info)( en (informatie|gegevens))? over (uw kind|uw kinderen|de leerling|"
    r"het kind|uw zoon|uw dochter|jou|je|de gezinssituatie|de thuissituatie|de ontwikkeling( van "
    r"(uw kind|uw kinderen|de leerling|het kind|je|jou))?)"
    r"(?=\s*[.;]|\s*$|\s+(en|of|met|aan|naar|door|te|uit|mogen|kunnen|worden|wordt|willen|delen|"
    r"uitwisselen|sturen)\b)",
    rf"\balles wat\b(?! {_GOODS_COLLECTED})",
    # "de persoonsgegevens van uw kind", with nothing after that says which.
    r"\b(de )?persoonsgegevens (van|over) (uw kind|je kind|uw kinderen|de leerling|het kind|jou|u)\b"
    r"(?!\s*[(:]|,? (namelijk|te weten|dat wil zeggen|zoals))",
    # What the sender thinks useful: "Wij delen daarbij wat wij voor de school nuttig vinden."
    r"\bwat (de|het|wij|we|ik|zij|ze|hij) ([a-z-]+ ){0,6}(belangrijk|nodig|relevant|nuttig|zinvol) "
    r"(vindt|vinden|acht|achten)\b",
    # A kind of data out of the whole file: "gegevens uit het leerlingdossier" (not "de toetsen
    # uit het leerlingdossier", nor "gegevens uit het dossier: ...").
    r"(?<!volgende )(?<!deze )(?<!alleen de )(?<!twee )(?<!drie )"
    r"\b(gegevens|informatie|stukken|documenten) uit het (leerling|client|zorg|kind)?dossier\b"
    r"(?![^.;]*(:|\bnamelijk\b|\bte weten\b))",
    # A list left open: "wij delen onder meer toetsresultaten" (not when it happens: "dat ze
    # vooral bij toetsen dichtklapt", nor the parent's rights: "U heeft onder meer het recht uw
    # gegevens in te zien", sealed132).
    r"\b(onder meer|onder andere|o\.a\.|met name|vooral|voornamelijk)\b"
    r"(?!\s+(bij|tijdens|rond|na afloop van|het recht|recht)\b)[^.;]{0,20}"
    r"\b\w*(verslag|rapport|resultat|gegevens|informatie|observatie|toets|document)\w*",
    rf"\balles\b(?! (is|was|gaat|goed|klaar|duidelijk|in orde)\b)(?! wat {_GOODS_COLLECTED})",
    r"\b(alleen |enkel )?(wat|datgene wat) (daarvoor |hiervoor |daarbij )?"
    r"(nodig|noodzakelijk|relevant|van belang) (is|lijkt)\b",
)
DATA_NOUN = re.compile(
    r"\b\w*(verslag|rapport|uitslag|toets|cijfer|plan|overzicht|vragenlijst|conclusie|advies|"
    r"adviezen|verklaring|notitie|notities|aantekening|observatie|niveau|uitkomst|evaluatie|"
    r"screening|diagnose|kopie|opdracht|beschrijving|samenvatting|resultaten|lijst|"
    r"blad|brief|bijlage|memo|document|pagina|bladzijden?|oefening|uitleg|afspraak|afspraken|schema|"
    # (a pupil's own planning: "de weekplanning mag elke maandag naar de mentor", sealed166)
    r"weekplanning|dagplanning|gegevens)(en|s|e|ten|je|jes|tje|tjes)?\b(?<!\bgegevens)(?<!persoonsgegevens)"
    r"|\b(summary|report|record|results|scores|notes|attendance|progress|assessment|"
    r"observations|grades|strategies|goals|age|gender|recordings|year group|intake form|rapportages?|"
    r"voornaam|achternaam|voornamen|achternamen|teamfoto|leeftijd)\b"
    r"|\b(opp|okr|groeidocument|naam|namen|geboortedatum|telefoonnummers?|adres|adressen|"
    r"e-?mailadressen|verzuim\w*|"
    # a name of one's own choosing: "de schuilnaam, de klas en de douchetijden" (sealed235)
    r"(schuil|gebruikers|roep|inlog)naam|"
    r"lengte|gewicht|foto\w*|video\w*|\w*vlogs?|beeldmateriaal|medicijn\w*|medicatie|allergie\w*|"
    # Pictures and recordings are the data of a request to film or photograph ("een filmpje
    # met beelden van de kinderen", "de opname"), as is a protocol or a mobile number handed
    # to a driver ("uw mobiele nummer en het epilepsie-noodprotocol"): sealed91, after scoring.
    r"film|filmpjes?|\w*opnamen?|\w*opnames|beelden|geluidsopname\w*|\w*protocol|"
    r"\w*protocollen|mobiele nummer|06-nummer|"
    r"ontwikkelingsperspectief\w*|dossier|"
    r"\w*(lees|reken|spelling|taal|dyslexie|overdrachts|observatie)dossier|"
    # A form that carries data ("overdrachtsformulier"), not the consent form itself.
    r"(?!toestemming|inschrijf|inschrijving|aanmeld|aanvraag|bezwaar|antwoord)\w+formulier(en)?)\b"
)
# What is told, as a clause after a verb of telling: "de juf vertellen wat wij hebben gezien",
# "Kees vertelt alleen hoe uw zoon binnenkomt". Open ones ("wat nodig is") are vague data.
TOLD_CONTENT = re.compile(
    r"\b(vertel\w*|verteld|bespre\w*|besproken|terugkoppel\w*|koppel\w* terug|uitleggen|"
    r"legt uit|doorgeven|(geef|geeft|geven) ([\w']+ ){0,3}door|delen|deelt|mail|mailt|mailen|"
    r"beantwoord\w*|(laat|laten) ([\w']+ ){0,3}weten)\b( ([\w']+|[a-z]\.)){0,5}? (alleen |enkel )?"
    # "mailt welke klanken hij oefent", "laat weten op welke dagen hij kan werken"
    r"(((op|in|met|aan) )?(wat|hoe|welke|waar|hoeveel) (?!(u|jullie|je|jij)\b)\w+"
    # A fact told as a clause: "vertel ik alleen dat je dyslexie hebt".
    r"|dat (je|jij|hij|zij|ze|uw kind|het kind|de leerling|[A-Za-z]+) (\w+ ){0,3}(heeft|hebt|"
    r"is|bent|krijgt|krijg|nodig)\b"
    # "vertellen dat Aziz sinds januari om de week bij zijn vader woont" (sealed110).
    r"|dat (hij|zij|ze|uw kind|het kind|[A-Za-z]+) [^.;,]{0,80}\b(woont|wonen|verblijft|logeert)\b)"
    # Asking which: "om te horen welke aanpak daar werkt" (not "horen wat er speelt").
    r"|\bte horen welke [a-z]{4,}"
)
