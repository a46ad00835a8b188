"""Where a form says the data is kept: a named system, a kind of place, a verb of keeping.
Split from ``phrases`` (which re-exports ``STORAGE`` and ``STORAGE_PLACE``); runs on
``normalise``-d text (AVG art. 13; the parents' organisations' advice to ask where).
"""

from __future__ import annotations

from .alternation import alternatives as _re

# A system that holds records by its name: a place for data, whatever the sentence calls
# what is put there ("de kaart", "het account").
RECORD_SYSTEM = (
    r"(parnassys|magister|somtoday|esis|kindkans|onderwijstransparant|leerlingvolgsysteem|"
    r"suite4jeugd|konnect|intramed|medicore|schoolkompas)\b"
)
# ... or a kind of record place: "het leerlingdossier", "de servers van ...", "de beeldbank".
RECORD_PLACE = _re(
    rf"\b{RECORD_SYSTEM}",
    r"\b[\w-]*(dossier|volgsysteem|registratiesysteem|beeldbank)\b|\bservers?\b",
)

# Where data is kept: a kind of system or a place ("de beveiligde schijf van de Pabo").
_PLACE = (
    r"(dossier|systeem|systemen|administratie|server|map|archief|registratie|omgeving|kluis|portaal|app|"
    r"dashboard|"
    r"overzicht|bestand|lijst|bank|database|cloud|drive|schijf|kast|laptop|computer|usb-stick|servers|"
    r"tablet|album|tas|envelop|ordner|platform|opslag|programma|datacenter|zorgdeel|magister|"
    # A phone or a chat group holds a number or a message ("in de contacten op mijn telefoon",
    # "in de WhatsApp-groep"); not a school class ("in groep 5").
    r"telefoon|contacten|serverruimte|recorder|portfolio|ipad|[\w-]*appgroep|whatsapp-?groep|groepsapp|"
    # A mailbox holds the replies: "in de mailbox van de ouderraad" (sealed220).
    r"parnassys|somtoday|kanaal|mailbox|postvak|inbox|"
    # A site's back office: "bewaart zij in haar eigen websitebeheer" (sealed235).
    r"websitebeheer|beheeromgeving|"
    # A shared account holds a sheet: "een Google Sheet in het teamaccount" (sealed236).
    # (not where pictures are published: "op het Instagram-account @bibkreekwijk")
    r"(?!(instagram|facebook|tiktok|youtube|twitter|linkedin|snapchat)-?)[\w-]*account)\b"
)
STORAGE = _re(
    # (not a button: "klik daarna op [Opslaan]", "via "Album > Alles opslaan"", sealed217)
    r"\b(bewaar\w*|bewaren|bewaard|opgeslagen|opslaan(?!\s*[\]\x22”'])|opslag|"
    r"sla(an|at)\b.{0,40}\bop|archiveren)\b",
    # ... but a quoted sentence ends on its verb: '"de lijst ga ik in het leerlingvolgsysteem
    # opslaan"' (review of sealed217's change).
    rf"\b(in|op) (het|de|ons|onze|een|mijn) ([\w'-]+ ){{0,2}}[\w-]*{_PLACE}"
    r"[^.;\x22]{0,30}\bopslaan\b",
    # What it becomes: "Dat wordt een Google Sheet in het teamaccount" (sealed236).
    rf"\b(dat|dit|het|alles) (wordt|worden) (dan )?een ([\w-]+ ){{0,2}}(sheet|spreadsheet|"
    rf"[\w-]*bestand|document|lijst)\b[^.;]{{0,30}}\b(in|op) (het|de|ons|onze|een|mijn) "
    rf"[\w-]*{_PLACE}",
    # A long list between verb and particle: "slaan we de voornaam, achternaam, geboortedatum
    # en de examendatum van uw kind op in het diplomaregister" (sealed233).
    r"\bsla(an|at)\b[^.;]{0,90}\bop (in|bij)\b",
    # A named party puts the data in its system: "Taalkracht zet deze gegevens in Taalkracht
    # Online, de eigen leerlingregistratie van het bureau" (sealed229).
    r"\b(zet|zetten|plaatst|plaatsen)\b (deze|de|die|alle|uw|jouw) ([\w-]+ )?gegevens (in|op)\b",
    # The writer keeps it: "Ik sla de nummers alleen op in mijn telefoon".
    r"\b(ik|wij|we) sla\b[^.;]{0,40}\bop\b",
    # Entered into a system: "De uitslagen worden ingevoerd in KJB-Meetweb".
    r"\b(ingevoerd|invoeren|voer\w*\b[^.;]{0,30}\bin)\b[^.;]{0,10}\b(in|op) "
    r"((?!(de|het|een|ons|onze|uw|zijn|haar|hun)\b)[a-z][\w-]+|"
    r"(het|de|ons|onze) ([\w-]+ )?[\w-]*(systeem|dossier|portaal|programma|database))\b",
    # The pronoun between: "op school komt het in Sems leerlingdossier".
    rf"\b(komt|komen|staat|staan) (het|ze|dat|dit|die|alles) (ook |dan |daarna )?(in|op)\b"
    rf"[^.;]{{0,40}}{_PLACE}",
    # The data as subject: "De gegevens voor de alumnus komen in het besloten Teams-kanaal
    # 'Alumnimentoraat 4V'" (sealed195).
    # (also the file: "Het bestand van het boekje staat op de beveiligde schoolschijf", sealed218)
    # (not a text to read: "Het bestand met de privacyverklaring staat in de app", review)
    rf"\b(\w*gegevens|antwoorden|uitslagen|scores|resultaten|foto'?s|opnames?|verslag\w*|"
    rf"bestand(?! (met|van) (de|het|ons|onze) [\w-]*(formulier|verklaring|reglement|brochure|"
    rf"folder|gids|beleid|protocol)\b))\b"
    rf"[^.;]{{0,30}}\b(komen|komt|staan|staat|blijven|blijft) (alleen |dan |ook )?(in|op) "
    rf"(het|de|een|ons|onze) ([\w'-]+ ){{0,2}}[\w-]*{_PLACE}",
    r"\b(opgeborgen|opbergen|bergt\b.{0,40}\bop|gearchiveerd|archiveert)\b",
    # Left where they are: "de teksten blijven daar staan" (sealed244).
    r"\b(blijven|blijft) (daar|daarin|hierin) (staan|bewaard|opgeslagen)\b",
    # Paper that lies somewhere locked: "Tot het gesprek liggen de kaartjes in een dichte
    # envelop in de afgesloten kast van de intern begeleider" (sealed190).
    r"\b(ligt|liggen|lag|lagen)\b[^.;]{0,60}\b(in|op) (de|een|het|onze|ons) ([a-z]+ )?"
    r"(kast|archiefkast|dossierkast|la|lade|kluis|ordner|map)\b",
    r"\b(kept|stored|saved|keeps|stores)\b",  # an English or bilingual form
    r"\b(go|goes|are put|is put|are filed|is filed) (in|into) (our|its|their|your child's|his|her)\b"
    r"[^.;]{0,40}\b(file|system|records?|dossier|folder|archive)\b",
    # "What we receive will be added to Daniel's digital pupil file" (sealed123).
    # (what arrives, kept: not "is sent to the doctor and added to the file there")
    r"\bwhat (we|you|the school) (receive|get)s?\b[^.;]{0,20}\b(will be|is|are) (added|entered|"
    r"recorded|saved|kept|filed) (to|in|into)\b[^.;]{0,40}\b(file|system|records?|dossier|folder)\b",
    r"\b(in|op) (de|het) ([a-z]+ )?[a-z]+opslag\b",  # "op de beveiligde onderzoeksopslag"
    # Put on a named system: "zet ze de opname op WaalboogVideo, het videoplatform van ...".
    r"\b(zet|zetten|plaatst|plaatsen|upload\w*)\b[^.]{0,40}\bop [a-z][\w-]+, (het|de|ons|onze) "
    r"([a-z]+ )?[a-z-]*(platform|systeem|omgeving|server|portaal)\b",
    # Kept up or put into a system (sealed167, sealed168, after scoring): "De uren worden
    # bijgehouden in de ledenadministratie van de club", "Het uittreksel zetten wij in ons
    # ritplanningssysteem CabLine".
    # (a system, not a list the teacher keeps: "bijgehouden op onze observatielijst", sealed68)
    r"\b(bijgehouden|bijhouden|houden (wij|we|ik|zij|ze)\b[^.;]{0,30}\bbij)\b[^.;]{0,10}\b(in|op) "
    r"(het|de|ons|onze|een|zijn|haar|hun) [\w-]*(systeem|systemen|administratie|dossier|portaal|"
    r"database)\b",
    r"\b(zet|zetten) (wij|we|ik|zij|ze|hij)\b[^.;]{0,20}\b(in|op) (ons|onze|het|de|hun|zijn|haar) "
    r"[\w-]*(systeem|systemen|administratie|dossier|portaal|database)\b",
    # Put away in a file: "hij stopt het in haar map in het gymdossier op school" (sealed93).
    r"\b(stop|stopt|stoppen|steekt|steken)\b[^.;]{0,20}\bin\b[^.;]{0,30}\b[\w-]*(map|dossier|"
    r"ordner|kast|archief|systeem)\b",
    # On paper in a place: "Het zit in de EHBO-tas", "gaat in een dichte envelop in de kast".
    r"\b(zit|zitten|ligt|liggen|gaat|gaan) (in|op) (de|het|een|ons|onze) ([\w-]+ )?[\w-]*"
    r"(tas|envelop|kast|kluis|map|ordner)\b(?![^.;]{0,20}\b(mee|naar)\b)",
    r"\b(komt|komen|staat|staan) (bij [\w'-]+ )?(in|op) (het|de|ons|onze|een|je|jouw|uw|zijn|haar|"
    r"hun)\b.{0,40}"
    r"(dossier|systeem|map|archief|servers?|datacenter|platform)",
    # "De gegevens staan in Sportlink": a system by its name (judge_opslag wants the capital).
    r"\b(staat|staan|blijft|blijven) (ook |dan |daarna )?(in|op) "
    r"(?!(de|het|een|dit|deze|ons|onze|uw|je|zijn|haar|hun|"
    r"overleg|contact|verband|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)"
    r"[a-z][\w-]+\b",
    r"\b(vastgelegd|vastleggen|(leg|legt|leggen)\b.{0,60}\bvast|registreert|geregistreerd)\b",
    # The place first, the verb last: "dat mijn cv in de beveiligde map in SharePoint staat".
    # (not what a file holds, shown: "laten zien wat er in het eigen dossier staat")
    r"(?<!\bwat er )(?<!\bwat )\bin (de|het|een|onze|ons|hun|haar|zijn) ([\w-]+ ){0,2}[\w-]*(map|"
    r"dossier|systeem|omgeving|"
    r"archief)\b[^.;]{0,50}\b(staan|staat|blijft|blijven)\b",
    # Writing it down somewhere: "Wat u mij vertelt, schrijf ik op in het cliëntdossier".
    r"\b(schrijf|schrijft|schrijven|noteer|noteert|noteren)\b[^.]{0,40}\b(op )?in (het|de|ons|onze|"
    r"mijn|zijn|haar) [\w-]*(dossier|systeem|map|archief)\b",
    # Asked where it goes: "Waar komt het verslag?", "Waar staan de gegevens?"; a field
    # "Opslag: ...".
    r"\bwaar (komt|komen|staat|staan|blijft|blijven|belandt|belanden) (het|de|die|dat|"
    r"alle|mijn|uw|je|jouw|deze|dit|ze|zij)\b",
    # A field "Waar: in het onderzoekssysteem van de GGD".
    r"^\W*waar\s*:\s*(in|op|bij)\b",
    r"^\W*(opslag\w*|bewaring|bewaarplaats|bewaarlocatie|bewaard|waar bewaard\w*|storage|stored)\b"
    r"[^:|]{0,20}[:|]",
    # Asked where it is written down: "Waar schrijven we het op?".
    r"\bwaar (schrijven|noteren|leggen|zetten) (we|wij|ze|zij)\b",
    # Put into a file: "direct in het dossier van Daan gezet", "opgenomen in het OPP".
    r"\b(dossier|systeem|map|archief|administratie)\b[^.]{0,40}\b(gezet|geplaatst|opgenomen|"
    r"toegevoegd)\b",
    # A passive whose verb a scan mangled: "worden vast1ega1d in het registratiesysteem".
    r"\b(worden|wordt)\b[^.;]{0,25}\bin (het|de|ons|onze)\b[^.;]{0,30}"
    r"(registratie\w*|dossier|systeem|archief|administratie)",
    r"\b(komt|komen|zet\w*)\b[^.]{0,40}\b(in|op) [a-z]+( [a-z]+)? te staan\b",  # "komt in Magister te staan"
    # (Not a mark set in a box: "Zet een [X] in het vakje van uw keuze".)
    # (nor the child placed: "het plaatsen van uw kind op een VVE-plek"; nor a balance kept:
    # "het evenwicht te houden op de balk")
    r"\b(noteert|noteren|genoteerd|zet|zetten|plaatst|plaatsen|(?<!te )houdt|(?<!te )houden)\b"
    r"(?! (een |uw |je )?(\W?[x✓]\W|kruis|vinkje|streep|paraaf|handtekening|cirkel|rondje))"
    # (nor a denial: "We zetten nooit de naam van een kind bij een foto", sealed207)
    r"(?! (wij |we |ik )?(nooit|niet|geen|niets)\b)"
    r"(?! (van )?(uw|je|jullie|het|zijn|haar|hun) (kind|kinderen|zoon|dochter)\b)[^.]{0,80}"
    # (nor a moment: "Hij houdt zijn time-out-kaartje, mag in de pauze binnen blijven", sealed181)
    # (nor a list drawn up: "zet ik op een rij wat er nog geregeld moet worden", sealed214)
    r"\b(in|op|bij) (het|de|ons|onze|een|zijn|haar|hun|eigen)\b"
    r"(?! (vakje|hokje|rondje|rij|rijtje)\b)"
    r"(?! ([\w-]*pauze|les|ochtend|middag|avond|week|vakantie|gaten|kring)\b)",
    # Verb second: "Op school staan alle stukken in ParnasSys" (a name, not an article).
    # Also after a list: "Foto's, smoelenboek en kalender staan alleen in Social Schools".
    r"^([\w'-]+,? ){0,3}([\w'-]+ )?(en [\w'-]+ )?(staat|staan|ligt|liggen|blijft|blijven)\b[^.,]{0,40}"
    r"\b(in|op) (?!(de|het|een|dit|"
    r"deze|ons|onze|uw|je|zijn|haar|hun|overleg|contact|verband|school|tijd|orde|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\b)[a-z][\w-]+\b",
    r"\b(staat|staan|blijft|blijven|komt|komen)\b[^.]{0,40}\b(in|op) (het|de|ons|onze|een)\b"
    rf"[^.]{{0,40}}{_PLACE}",
    # Copied or noted into a place: "kopieert ze naar de beveiligde schijf van ...", "maakt een
    # korte notitie in Sara's leerlingdossier".
    rf"\b(kopieer\w*|kopieren|verplaats\w*|upload\w*)\b[^.]{{0,40}}\bnaar (de|het|een|ons|onze)\b"
    rf"[^.]{{0,40}}{_PLACE}",
    rf"\b(notitie|aantekening)\w*\b[^.]{{0,20}}\bin\b[^.]{{0,40}}{_PLACE}",
    # Writing into a system is keeping it there: "Kees schrijft de afspraken in het kindvolgsysteem".
    rf"\b(gaat|gaan)\b[^.]{{0,20}}\bin (het|de|ons|onze)\b[^.]{{0,40}}{_PLACE}",
    rf"\b(schrijft|schrijven|voert|voeren)\b[^.]{{0,40}}\b(in|op) (het|de|ons|onze|een)\b[^.]{{0,40}}{_PLACE}",
    # Put into a system by its name, no article: "zet ik in Magister", "voeg ik toe aan uw
    # digitale dossier in Suite4Jeugd".
    rf"\b(zet|zetten|plaatst|plaatsen|noteer|noteert|noteren)\b[^.;]{{0,40}}\b(in|op) {RECORD_SYSTEM}",
    r"\b(voeg|voegt|voegen)\b[^.;]{0,40}\btoe aan\b[^.;]{0,40}(dossier|systeem|map|archief)\b",
)
STORAGE_PLACE = _re(
    # (also copied to it: "kopieert ze naar de beveiligde schijf van ons schoolbestuur")
    rf"\b(in|op|bij|naar) (het|de|ons|onze|een|zijn|haar|hun|hetzelfde|dezelfde|die|dat|deze|dit)\b"
    rf"[^.;]{{0,80}}{_PLACE}",
    # The writer's own phone: "in de contacten op mijn telefoon".
    r"\b(in|op) mijn (telefoon|mobiel|laptop|computer)\b",
    # "op servers in Nederland", "in Sara's leerlingdossier"
    rf"\b(in|op) ([a-z]+ )?servers\b|\bin [a-z]+'s ([a-z]+ )?[a-z-]*{_PLACE}",
    r"\bin (our|its|their|your child's|the|a|her|his) [^.;]{0,60}\b(system|file|portal|records?|"
    r"database|cabinet|archive|folder|cupboard|safe|office)\b",
    r"\b(on|in) (our|its|their|the|a) [^.;]{0,40}\b(server|servers|platform|environment)\b",
    r"\b(parnassys|magister|somtoday|esis|dotcom|topicus|kindkans|onderwijstransparant|"
    r"leerlingvolgsysteem|cliëntdossier|clientdossier|patientendossier|epd|ecd)\b",
)
