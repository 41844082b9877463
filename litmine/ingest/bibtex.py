"""A light BibTeX reader: entries, fields, @string macros and `#` concatenation, in time linear in the file.

bibtexparser 1's grammar took minutes on a 50 MB library (60,000 entries, the size of a real Zotero export) and
dropped a broken entry without a word; bibtexparser 2's splitter is linear but reports a broken entry as a
failed block without the reason and line litmine gives. This reader cuts the file into entries by brace matching
(an `@type{` at the start of a line inside an unclosed entry ends it: that entry is reported and the next one
read), then reads each entry's fields with regular expressions. Values keep their inner braces and LaTeX, as bibtexparser gives them
before its middlewares run; names are then split by bibtexparser 2's name parser and LaTeX decoded with pylatexenc,
the decoder bibtexparser 2 uses (sidecars.py, latex_to_unicode).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

_ENTRY = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
_LINE_ENTRY = re.compile(r"^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]", re.M)
_BRACES = re.compile(r"[{}]")
_BRACES_PARENS = re.compile(r"[{}()]")
_FIELD = re.compile(r"\s*([^\s=,{}\"#]+)\s*=\s*")
_QUOTED = re.compile(r'[{}"]')
_TOKEN = re.compile(r"[^\s,#{}\"]+")
_MONTHS = {m: m.capitalize() for m in "jan feb mar apr may jun jul aug sep oct nov dec".split()}
_MONTHS.update(zip(_MONTHS, ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December")))


@dataclass
class BibtexProblem:
    """An entry that could not be read: its number in the file (1-based), key (when read), line and why."""

    entry: int
    key: str | None
    line: int
    reason: str

    def __str__(self) -> str:
        key = f" ({self.key})" if self.key else ""
        return f"entry {self.entry}{key} at line {self.line}: {self.reason}; entry skipped"


def _close(text: str, start: int, stop: int, opener: str) -> int | None:
    """Index just past the delimiter that closes the one opened before `start`, searched before `stop`."""
    depth = 1
    pattern = _BRACES if opener == "{" else _BRACES_PARENS
    for m in pattern.finditer(text, start, stop):
        ch = m.group()
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and opener == "{":
                return m.end()
            if depth < 0:
                return None
        elif ch == ")" and depth == 1 and opener == "(":
            return m.end()
    return None


def _value(body: str, pos: int, macros: dict[str, str]) -> tuple[str, int]:
    """One field value at body[pos:] (parts joined by #): its text and the position after it. Raises ValueError."""
    parts: list[str] = []
    while True:
        while pos < len(body) and body[pos].isspace():
            pos += 1
        if pos >= len(body):
            raise ValueError("a field has no value")
        ch = body[pos]
        if ch == "{":
            end = _close(body, pos + 1, len(body), "{")
            if end is None:
                raise ValueError("unclosed brace in a field value")
            parts.append(body[pos + 1:end - 1])
            pos = end
        elif ch == '"':
            depth, end = 0, None
            for m in _QUOTED.finditer(body, pos + 1):
                c = m.group()
                depth += (c == "{") - (c == "}")
                if c == '"' and depth == 0:
                    end = m.end()
                    break
            if end is None:
                raise ValueError("unclosed quote in a field value")
            parts.append(body[pos + 1:end - 1])
            pos = end
        else:
            m = _TOKEN.match(body, pos)
            if not m:
                raise ValueError(f"cannot read a value at {body[pos:pos + 20]!r}")
            token = m.group()
            parts.append(token if token.isdigit() else macros.get(token.lower(), token))
            pos = m.end()
        while pos < len(body) and body[pos].isspace():
            pos += 1
        if pos < len(body) and body[pos] == "#":
            pos += 1
            continue
        return "".join(parts), pos


def _fields(body: str, macros: dict[str, str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(body):
        while pos < len(body) and (body[pos].isspace() or body[pos] == ","):
            pos += 1
        if pos >= len(body):
            break
        m = _FIELD.match(body, pos)
        if not m:
            raise ValueError(f"cannot read a field at {body[pos:pos + 30]!r}")
        value, pos = _value(body, m.end(), macros)
        fields.setdefault(m.group(1).lower(), value)
        while pos < len(body) and body[pos].isspace():
            pos += 1
        if pos < len(body) and body[pos] != ",":
            raise ValueError(f"a comma is missing before {body[pos:pos + 30]!r}")
    return fields


def parse_bibtex(text: str) -> tuple[list[dict[str, str]], list[BibtexProblem]]:
    """Entries of a BibTeX file as dicts (lower-case field names, ENTRYTYPE and ID as bibtexparser gives them),
    and the entries that could not be read. Text outside entries and @comment/@preamble are skipped.

    Example:
        >>> entries, problems = parse_bibtex('@string{pp = "Policy"}\\n@article{k1, title = {Über {X}}, '
        ...                                  'journal = pp # " Review", year = 2012}\\n@book{k2, title = {Broken\\n')
        >>> entries
        [{'title': 'Über {X}', 'journal': 'Policy Review', 'year': '2012', 'ENTRYTYPE': 'article', 'ID': 'k1'}]
        >>> str(problems[0])
        'entry 2 (k2) at line 3: unclosed brace (the entry never ends); entry skipped'
    """
    entries: list[dict[str, str]] = []
    problems: list[BibtexProblem] = []
    macros: dict[str, str] = dict(_MONTHS)
    line_starts = [m.start() for m in _LINE_ENTRY.finditer(text)]
    newlines = [m.start() for m in re.finditer("\n", text)] if "@" in text else []

    def line_of(pos: int) -> int:
        return bisect.bisect_left(newlines, pos) + 1

    pos, number = 0, 0
    while True:
        m = _ENTRY.search(text, pos)
        if not m:
            break
        kind, opener = m.group(1).lower(), m.group(2)
        # an entry ends before the next entry that starts a line: an unclosed brace never swallows the rest
        nxt = bisect.bisect_right(line_starts, m.start())
        stop = line_starts[nxt] if nxt < len(line_starts) else len(text)
        end = _close(text, m.end(), stop, opener)
        body = text[m.end():end - 1] if end else text[m.end():stop]
        if kind in ("comment", "preamble"):
            pos = end or stop
            continue
        if kind == "string":
            try:
                macros.update((k, v) for k, v in _fields(body, macros).items())
            except ValueError as exc:
                problems.append(BibtexProblem(number + 1, "@string", line_of(m.start()), str(exc)))
            pos = end or stop
            continue
        number += 1
        key, _, rest = body.partition(",")
        key = key.strip() or None
        if end is None:
            problems.append(BibtexProblem(number, key if key and len(key) < 80 and "\n" not in key else None,
                                          line_of(m.start()), "unclosed brace (the entry never ends)"))
            pos = stop
            continue
        try:
            entry = _fields(rest, macros)
        except ValueError as exc:
            problems.append(BibtexProblem(number, key, line_of(m.start()), str(exc)))
        else:
            entry["ENTRYTYPE"], entry["ID"] = kind, key or ""
            entries.append(entry)
        pos = end
    return entries, problems


_DECODER = None
_NEEDS_LATEX = re.compile(r"[\\~$]|--|``|''")
_BARE_PERCENT = re.compile(r"(?<!\\)%")


def _decoder():
    """pylatexenc's LaTeX-to-text converter set up as bibtexparser 2's LatexDecodingMiddleware sets it up (math
    kept verbatim, braces dropped, ``\\url{x}`` as x), knowing also the ``\\textbraceleft``/``\\textbraceright``
    litmine's writer uses for braces in text."""
    global _DECODER
    if _DECODER is None:
        from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

        db = get_default_latex_context_db()
        db.add_context_category("litmine-bibtex", prepend=True, macros=[
            MacroTextSpec("url", simplify_repl="%s"), MacroTextSpec("textbraceleft", simplify_repl="{"),
            MacroTextSpec("textbraceright", simplify_repl="}")])
        _DECODER = LatexNodes2Text(latex_context=db, keep_braced_groups=False, math_mode="verbatim")
    return _DECODER


@lru_cache(maxsize=65536)
def latex_to_unicode(text: str) -> str:
    """A BibTeX value as plain Unicode text: LaTeX accents, commands and ligatures decoded with pylatexenc (the
    decoder bibtexparser 2 uses), braces dropped. Values without LaTeX (no backslash, ``~``, ``$``, ``--`` or
    TeX quotes: most of a Zotero export) only lose their braces, which is what the decoder would give, in a
    fraction of its time. A bare ``%`` is text here (reference managers write it so), not a LaTeX comment.

    Example:
        >>> latex_to_unicode(r"S{\\o}rensen and M{\\"u}ller: {COVID}-19, {\\l}{\\'o}d{\\'z}, \\oe uvre")
        'Sørensen and Müller: COVID-19, łódź, œuvre'
    """
    import unicodedata

    if _NEEDS_LATEX.search(text):
        try:
            text = _decoder().latex_to_text(_BARE_PERCENT.sub(r"\\%", text))
            return unicodedata.normalize("NFC", text)
        except Exception:  # noqa: BLE001 - pylatexenc is tolerant; anything left is read as plain text
            pass
    text = text.replace("{", "").replace("}", "")
    return unicodedata.normalize("NFC", text)
