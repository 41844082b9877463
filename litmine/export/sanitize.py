"""Document text made safe for where it goes: XML (GraphML, GEXF, SVG, HTML), spreadsheets (CSV) and terminals.

Text in a corpus, a lexicon or a sidecar may hold control characters and terminal escape sequences (copied from a
PDF, a reference manager, or put there on purpose). XML 1.0 forbids most C0 controls, a CSV cell starting with
= + - @ runs as a formula in a spreadsheet, and an escape sequence written to a terminal changes what it shows.
"""

from __future__ import annotations

import csv
import re

# ECMA-48 sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and the two-character ESC forms
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]|\x1b[@-_]?")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TERMINAL_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_xml_text(text: str) -> str:
    """Text that XML 1.0 accepts: escape sequences and the control characters it forbids removed (tab, newline and
    carriage return kept).

    Example:
        >>> clean_xml_text("Gov\\x01ernance \\x1b[31mred\\x1b[0m")
        'Governance red'
    """
    if text.isprintable():  # no control, surrogate or non-character: nothing the patterns match (most text)
        return text
    return _XML_BAD.sub("", _ESCAPES.sub("", text))


def clean_terminal_text(text: str) -> str:
    """Text safe to print: escape sequences and control characters removed, except tab and newline.

    Example:
        >>> clean_terminal_text("Title\\x1b]0;owned\\x07 \\x1b[2Jhere")
        'Title here'
    """
    return _TERMINAL_BAD.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """Text for a one-line message: newlines, carriage returns and other controls shown escaped (\\n, \\x1b), so a
    file name holding a newline cannot break the line or forge another.

    Example:
        >>> one_line("bad\\nname.txt")
        'bad\\\\nname.txt'
    """
    def show(m: re.Match) -> str:
        c = m[0]
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\x{ord(c):02x}")

    return re.sub("[\x00-\x1f\x7f-\x9f]", show, text)


def guard_csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a string starting with = + - @, tab or carriage return gets a leading
    single quote (the OWASP rule against formula injection); control characters and escape sequences go. Numbers
    are left as they are.

    Example:
        >>> guard_csv_cell("=HYPERLINK(\\"http://x\\")"), guard_csv_cell(-1.5), guard_csv_cell("Müller")
        ('\\'=HYPERLINK("http://x")', -1.5, 'Müller')
    """
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return clean_xml_text(value)


class GuardedWriter:
    """csv.writer whose string cells pass through guard_csv_cell."""

    def __init__(self, fh, **kwargs):
        self._writer = csv.writer(fh, **kwargs)

    def writerow(self, row) -> object:
        return self._writer.writerow([guard_csv_cell(c) for c in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


class GuardedDictWriter(csv.DictWriter):
    """csv.DictWriter whose string cells pass through guard_csv_cell (the header is the writer's own)."""

    def writerow(self, rowdict) -> object:
        return super().writerow({k: guard_csv_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts) -> None:
        for row in rowdicts:
            self.writerow(row)


def unguard_csv_cell(value: str) -> str:
    """The cell guard_csv_cell guarded, as it was: a CSV litmine wrote (`litmine docs --format csv`) read back as a
    metadata file gives the titles it was given.

    Example:
        >>> unguard_csv_cell("'-ism and its critics"), unguard_csv_cell("'t Hooft")
        ('-ism and its critics', "'t Hooft")
    """
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value
