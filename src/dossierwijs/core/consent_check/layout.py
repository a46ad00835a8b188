"""What a layout does to a form's lines before they are read as sentences.

Exports and scans put things in the lines that are no part of the text: a chat app's
message headers, an e-mail's fixed disclaimer, a two-column table's tab, and check boxes a
scan read as characters under a "Ja Nee" header, and the frames and rules of tables drawn
with box characters or ASCII. Each function gives the lines (or text)
back as a parent would read them. Used by ``sentences``.
"""

from __future__ import annotations

import re

# A two-column table exported with one tab: "Opslag<TAB>In het leerlingdossier". The short
# label on the left is a field label, as "Opslag: In het leerlingdossier" would be.
_LABEL_TAB_VALUE = re.compile(r"^\s*([A-ZÀ-Ý][\w'()/ -]{0,30}?)\s*\t+\s*(\S[^\t]*)$")


# The same with spaces, in an app's screen: "Opslag     Servers van Letterwerf BV". Only a
# label that names a part of the consent: other words before a wide gap are a table's cells.
_LABEL_SPACES_VALUE = re.compile(
    r"^\s*(Waarvoor|Waarom|Doel|Gegevens|Welke gegevens|Wie|Met wie|Ontvangers?|Opslag|"
    r"Bewaard|Waar bewaard|Termijn|Bewaartermijn|Hoe lang|Geldig tot)\s{3,}(\S.*)$"
)
# A rule drawn across an app's screen between its cards ("━━━━━━━━━━") ends what stands above.
_SCREEN_RULE = re.compile(r"^\s*[━─═]{5,}\s*$")


def as_field(line: str) -> str:
    if _SCREEN_RULE.match(line):
        return ""
    m = _LABEL_TAB_VALUE.match(line) or _LABEL_SPACES_VALUE.match(line)
    if not m or len(m.group(1).split()) > 4:
        return line
    return f"{m.group(1)}: {m.group(2)}"


# A chat export's message header: "[10-03-26 09:14] Hanneke Smit (Consulent): ",
# "10-03-2026 09:14 - Priya: ", or the time alone in brackets, "[16:42] Juf Marloes: " (not
# an agenda line, "09:00 Opening: welkom"; not a question that ends before a label, "[15:42]
# Wilt u antwoorden met JA of NEE? Po polsku: ..."). Each message is its own block, without
# the header.
_CHAT_HEADER = re.compile(
    r"^\s*(\[?(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|([a-z]{2,9}\.? )?\d{1,2} [a-z]{3,9}\.?)"
    r",?\s+\d{1,2}:\d{2}(:\d{2})?\]?|\[\d{1,2}:\d{2}(:\d{2})?\])\s*(-\s*)?[^:\[\]?!]{1,60}:\s+",
    re.IGNORECASE,
)


# A choice table whose columns a scan ran together: a header ending "Ja Nee" and under it rows
# ending in two box marks OCR read as characters ("... aan de logopedist 1 0", "... O D").
_YES_NO_HEADER = re.compile(r"\b(ja|yes|wel)\s*/?\s*(nee|no|niet|geen)\s*$", re.IGNORECASE)
_BOX_MARK = r"([01OQDUIl|□☐]|\[ ?\]|\( ?\))"
_TWO_MARKS = re.compile(rf"(?<=\w)\s+{_BOX_MARK}\s+{_BOX_MARK}\s*$")


def column_boxes(lines: list[str]) -> list[str]:
    result: list[str] = []
    under_header = False
    for line in lines:
        if _YES_NO_HEADER.search(line) and len(line.split()) <= 6:
            under_header = True
        elif under_header and _TWO_MARKS.search(line):
            line = _TWO_MARKS.sub(" ☐ ja ☐ nee", line)
        elif line.strip():
            under_header = False
        result.append(line)
    return result


# A message whose export shows the time alone, "[15:41] ", perhaps with the part of a long
# text message it is, "[15:41] (2/3) ". The bracketed time is the app's, not an agenda's.
# A letter's closing line: the sender's name and role stand under it.
CLOSING = re.compile(r"(met )?(vriendelijke|hartelijke) groet|groetjes|hoogachtend", re.I)
MESSAGE_STAMP = re.compile(
    r"^\s*\[(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(:\d{2})?\]\s*"
    r"(\((?P<part>\d{1,2})/\d{1,2}\)\s*)?"
)
# A long text message sent in parts: "(2/3) " at the start of a message.
_PART = re.compile(r"^\((?P<part>\d{1,2})/\d{1,2}\)\s*")


def _message_header(line: str) -> re.Match[str] | None:
    """The app's header of a message line. A part counter after the time is no sender: in
    "[15:41] (1/2) Let op: ik stuur ...", "(1/2) Let op" is the message, not a name."""
    stamp = MESSAGE_STAMP.match(line)
    if stamp and stamp.group("part"):
        return stamp
    return _CHAT_HEADER.match(line) or stamp


def message_sender(line: str) -> str:
    """Who sent a chat export's message: "[18-03-2025 21:14] Hanneke (manager MD3): Mag ..."
    is Hanneke's; "" for a line that is no message."""
    header = _CHAT_HEADER.match(line)
    if not header:
        return ""
    head = line[: header.end()].rstrip().rstrip(":")
    return re.sub(r"^\s*\[?[^\]]*?\d{1,2}:\d{2}(:\d{2})?\]?\s*(-\s*)?", "", head).strip()


def others_replies(text: str) -> set[str]:
    """What other people answered in a chat export: the short messages (three words or fewer)
    of every sender but the one who asked first. A "✅" there is another parent's answer, not a
    box ticked in advance ("[22-09-2025 19:05] Mama van Lieke: ✅", sealed132)."""
    first, replies = "", set()
    for line in text.splitlines():
        sender = message_sender(line)
        if not sender:
            continue
        first = first or sender
        header = _CHAT_HEADER.match(line)
        reply = line[header.end() :].strip() if header else ""
        # (only an answer of a few words: "✅", "ja prima"; not a message of the school's own)
        if sender != first and reply and len(reply.split()) <= 3:
            replies.add(reply)
    return replies


def unchat(lines: list[str]) -> list[str]:
    result: list[str] = []
    for line in lines:
        header = _message_header(line)
        if not header:
            result.append(line)
            continue
        message = line[header.end() :]
        part = header.groupdict().get("part")
        counted = _PART.match(message)
        if counted:
            part, message = counted.group("part"), message[counted.end() :]
        # The second part of one text message goes on where the first stopped.
        result += [message] if part and part != "1" and result else ["", message]
    return result


# The fixed footer of an e-mail ("Dit e-mailbericht is uitsluitend bestemd voor de
# geadresseerde ... niet door te sturen aan derden"): it speaks of the e-mail, not of the
# child's data, and its "derden" is no recipient of the exchange.
_DISCLAIMER_SIGNS = re.compile(
    r"disclaimer|uitsluitend bestemd voor|beoogde ontvanger|bedoelde ontvanger|geadresseerde|"
    r"aansprakelijkheid|geen rechten (worden|kunnen worden) ontleend|intended recipient|"
    r"this e-?mail (and any attachments )?(is|are) confidential|denk aan het milieu",
    re.IGNORECASE,
)


_ABOUT_CONSENT = re.compile(r"\b(toestemming|akkoord|machtiging|handtekening)\b", re.IGNORECASE)


def without_disclaimers(text: str) -> str:
    """The text without a disclaimer block: from its first line that shows a sign to the end
    of its block, when the block shows two signs. What stands above it in the same block (an
    e-mail pasted without blank lines) stays."""
    blocks = re.split(r"(\n\s*\n|\n\s*[-_=*]{10,}\s*\n)", text)
    kept = []
    for block in blocks:
        if len(_DISCLAIMER_SIGNS.findall(block)) >= 2:
            lines = block.split("\n")
            first = next(i for i, line in enumerate(lines) if _DISCLAIMER_SIGNS.search(line))
            # What it says of the consent still counts: "Aanvragen worden alleen in
            # behandeling genomen als de ouders toestemming hebben gegeven."
            said = re.split(r"(?<=[.!?])\s+", " ".join(" ".join(lines[first:]).split()))
            on_consent = [t for t in said if _ABOUT_CONSENT.search(t)]
            block = "\n".join(lines[:first] + ([""] + on_consent if on_consent else []))
        kept.append(block)
    return "".join(kept)


# A text framed in a box of one cell: "+------+" rules and "| text |" lines.
_FRAME_RULE = re.compile(r"^\s*[+┌└├╔╚][-─═=+┬┴┼┐┘┤╗╝]{3,}\s*$")
_FRAMED = re.compile(r"^\s*[|│║]\s?([^|│║]*?)\s*[|│║]\s*$")


# A table drawn with box characters: "│ nr │ waarvoor │ ... │" is a row with cells, and a
# rule with junctions ("├────┼────┤") separates rows of one table, as "|---|---|" does.
_DRAWN_BAR = re.compile(r"[│║┃]")
_DRAWN_RULE = re.compile(r"^\s*[┌├└╔╠╚+][-─═━+]*[┬┼┴╦╬╩][-─═━┬┼┴╦╬╩+]*[┐┤┘╗╣╝+]?\s*$")


# The same grid in plain ASCII: "+----+-------+-----+" between rows, or as OCR reads such a
# rule: "Feet + + Peene" (the dashes lost, the junctions kept).
_ASCII_GRID_RULE = re.compile(
    r"^\s*\+([-=]{2,}\+){2,}\s*$|^\s*\w{0,8}\s*(\+\s*){2,}\w{0,8}\s*$"
    r"|^\s*[-=]{2,}(\+[-=]{2,}){2,}\s*$"  # "----+------+---", as a database prints a table
)


def drawn_table(line: str) -> str:
    """A line of a table drawn with box characters or ASCII rules, as a "|" table line."""
    if _DRAWN_RULE.match(line) or _ASCII_GRID_RULE.match(line):
        return "|---|---|"
    if len(_DRAWN_BAR.findall(line)) >= 3:
        return _DRAWN_BAR.sub("|", line)
    return line


def unframe(line: str) -> str:
    """The text inside a one-cell frame ("| text |"); a frame's rule becomes empty."""
    if _FRAME_RULE.match(line):
        return ""
    framed = _FRAMED.match(line)
    return framed.group(1) if framed else line
