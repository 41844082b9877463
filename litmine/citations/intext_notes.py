"""Author-year callouts that notes write without brackets, which find_callouts (intext.py) does not read.

Footnotes of German and humanities papers cite in their sentences: "Vgl. Koch 1997a, S. 12.", "Müller/Schmidt
2003: 5", "bei Fahr und Sunde 2004", "Noll u. a. 2009: 21", "messen Diewald et al. 1996 ...", "vgl. auch von der
Heyde 2007". Read only in notes (passages of kind footnote, by the caller): in body text, and in a note's prose too,
a capitalised word before a bare year is mostly no author ("Civil Contingencies Act 2004", "im Jahr 2004", "die
Reform 2004"), so the reading is narrow, and the caller keeps a callout only when it links to a reference
(short_forms.note_short_forms). What is read:

- one to three surnames joined by "/", "und", "and" or "&", each one word (with "von", "van", "de"... before it),
  then "et al." or "u. a." if written, then the years as find_callouts reads them ("1997a", "2006, 2007", with the
  page: "1997a, S. 12", "2003: 5"); a line break may stand between name and year;
- not when the word before the first name is a capitalised word that is no cue ("Vgl.", "Siehe", "Bei"): the name
  is then the last word of a longer name or title ("Civil Contingencies Act 2004", "Exercise Winter Willow 2007");
  unless a German determiner stands before that word, which makes it a noun of the sentence ("Vereinbarungen dieser
  Art Tondorf 1998");
- not when a name is a word of a date or a sentence ("Juni 2008", "Ende 2005", "Seit 1990", "In 2004"), or a noun by
  its ending ("Forschung 2004", "Gesellschaft 1990");
- not where find_callouts found a callout (taken): a bracketed callout is its reading, never this one's.

"Ebd.", "a. a. O." and "op. cit." name no author and year: footnotes.py resolves them to the reference before.
"""

from __future__ import annotations

import re

from litmine.citations.intext import (_ETAL, _GERMAN_NOUN_ENDING, _L, _NOUN_ENDING, _SP, _SUFFIX, _U_JOIN, _WORD,
                                      _YEARS, _year_item)
from litmine.citations.intext import _items, _matches, _not_a_name, _split_names
from litmine.citations.intext_words import NOTE_CUES, NOTE_NO_NAME, REJECT, STOP
from litmine.models import Citation

__all__ = ["find_note_callouts", "find_names_before_brackets"]

# a surname with the particles that may stand before it: "von der Heyde", "van Ours", "de Swaan"
_NOTE_NAME = (rf"(?:(?:[vV]an|[vV]on|de|di|da|du|dos|del|la|le|te|ten|ter|zu){_SP}(?:(?:der|den|de|la|le){_SP})?)?"
              rf"{_WORD}")
_NOTE_JOIN = rf"(?:[^\S\n]*/[^\S\n]*|\s+(?:und|and)\s+|{_U_JOIN}|\s*&\s*|[^\S\n]*,[^\S\n]*)"
# the years of one author as notes join them, by German words too: "Koch 1997a und 1998", "Koch 1997 sowie 2001",
# "Koch 1997, S. 12, und 2001a, S. 5" (the callout finder's _YEARS joins by a comma, "and" and "&"); a semicolon
# before a year alone too ("Koch 1998; 2001a", "Seidel 2001a; 2001b": the same author's next work, as a bare year
# after it names nobody else; the caller keeps such a callout only when it links, so "Koch 1998; 2004 kam es ..."
# costs nothing unless the list holds Koch 2004); a semicolon before a name still parts works
_NOTE_YEARS = rf"{_year_item(False)}(?:\s*(?:,(?:\s*(?:und|sowie)\b)?|;(?=\s*\d)|\band\b|\bund\b|\bu\.(?=\s*\d)|\bsowie\b|&)\s*(?:{_year_item(False)}|{_SUFFIX}))*"
_NOTE_UNIT = re.compile(rf"(?<![{_L}\d'’\-./])(?P<names>{_NOTE_NAME}(?:{_NOTE_JOIN}{_NOTE_NAME}){{0,3}})"
                        rf"(?P<etal>{_ETAL})?[^\S\n]*\n?[^\S\n]*(?P<years>{_NOTE_YEARS})(?!\s*[-–]\s*\d|[=%])")
# the word right before a name: "Act" in "Civil Contingencies Act 2004"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]+\Z")
# what may stand before a list of names joined by commas: a cue ("siehe", "vgl."), a bracket, a semicolon, the note's
# number
_LIST_BEFORE = re.compile(r"(?:(?<![\w.])([^\W\d_]+)\.?|[(;:]|^\s*\d{1,3}|^)[ \t]*\Z")


def find_note_callouts(text: str, taken: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Citation]:
    """The author-year callouts a note's text writes without brackets, outside the spans taken (find_callouts'
    callouts of the same text), one Citation per cited work with offsets into text; narrative, since the names
    stand in the sentence.

    Example:
        >>> [(c.surface, c.authors, c.year, c.year_suffix, c.pages)
        ...  for c in find_note_callouts("3 Vgl. Koch 1997a, S. 12; Müller/Schmidt 2003: 5.")]
        [('Koch 1997a, S. 12', ['Koch'], 1997, 'a', '12'), ('Müller/Schmidt 2003: 5', ['Müller', 'Schmidt'], 2003, '', '5')]
    """
    out: list[Citation] = []
    for m in _matches(_NOTE_UNIT, text, 0, len(text)):
        for start in _name_starts(text, m):
            authors = _split_names(text[start:m.end("names")])
            if any(start < b and a < m.end() for a, b in taken) or _inside_a_name(text, start) or not authors or \
                    any(_no_author(name) for name in authors):
                continue
            start, authors = _coauthor_before(text, start, authors)
            out.extend(_items(text, m.start("years"), m.end("years"), start, authors, bool(m.group("etal")),
                              narrative=True))
            break
    return out


def _name_starts(text: str, m: re.Match) -> list[int]:
    """Where the names of a match may start, the likelier first: names joined by commas ("siehe Lengerer, Bohr,
    Janßen 2005") only after a cue, a bracket, a semicolon or the note's number, and else (or when a word of the list
    names nobody: "In Deutschland, Müller 2003") from the last comma on ("Familie, Beruf, Müller 2003": Müller)."""
    names = m.group("names")
    if "," not in names:
        return [m.start()]
    cut = names.rindex(",") + 1
    last = m.start() + cut + len(names[cut:]) - len(names[cut:].lstrip())
    cue = _LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return [m.start(), last] if cue and (cue.group(1) is None or cue.group(1).lower() in NOTE_CUES) else [last]


# a surname alone, then a semicolon, right before a callout's names, after a cue, a bracket or the note's number: the
# first of the work's authors, as some notes part co-authors by semicolons ("Vgl. Pohl; Engel 1996")
_COAUTHOR_BEFORE = re.compile(rf"(?:(?<![\w.])(?P<cue>[^\W\d_]+)\.?[ \t]+|\([ \t]*|^\s*\d{{1,3}}[ \t]+)(?P<name>{_NOTE_NAME})"
                              rf"[^\S\n]*;[^\S\n]*\Z")


def _coauthor_before(text: str, start: int, authors: list[str]) -> tuple[int, list[str]]:
    """The callout's start and authors with a co-author parted from them by a semicolon (_COAUTHOR_BEFORE): "Vgl.
    Pohl; Engel 1996" is one work of Pohl and Engel, as a name without a year or a title cites nothing by itself
    (before, the callout was Engel's alone); else as they are."""
    co = _COAUTHOR_BEFORE.search(text, max(0, start - 60), start)
    if co is None or (co.group("cue") is not None and co.group("cue").lower() not in NOTE_CUES) or \
            _no_author(co.group("name")):
        return start, authors
    return co.start("name"), [co.group("name"), *authors]


# a German determiner or a word that joins phrases before a capitalised word: the word is a noun of the sentence
# ("zu Vereinbarungen dieser Art Tondorf 1998", "Eigentum sowie Besitz Brandl 1970"), not a word of the name; also
# capitalised, opening the note's sentence ("Zum Folgenden Zander 2008", "Zur Kritik Brenner 1998")
_NOUN_BEFORE = re.compile(r"(?<![\w.])(?i:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|"
                          r"diesem|diesen|jener|jene|jenes|solcher|solche|solchen|sowie|und|oder|zur|zum|im|am|vom|beim)"
                          r"[ \t]+\Z")


def _inside_a_name(text: str, at: int) -> bool:
    """The word before the name is a capitalised word of the same phrase, no cue ("Vgl.", "Bei", "Siehe"), and no
    German noun after a determiner ("dieser Art Tondorf 1998")."""
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return bool(m and m.group(1)[0].isupper() and m.group(1).lower() not in NOTE_CUES and
                not _NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()))


# a span of years after a name: a period named ("Laufzeit 2007–2010", "Förderphase 2004-2006", "1996–2006/2007"), no
# work's year
YEAR_SPAN = re.compile(r"(?:1[5-9]\d\d|20\d\d)\s?[-–]\s?(?:1[5-9]\d\d|20\d\d)(?:/(?:1[5-9]\d\d|20\d\d|\d\d)\b)?")


def _no_author(name: str) -> bool:
    """A word of a date or a sentence, or a noun by its ending, not a surname."""
    last = name.split()[-1]
    return last in STOP or last in REJECT or last in NOTE_NO_NAME or _not_a_name(name) or \
        bool(_NOUN_ENDING.search(last) or _GERMAN_NOUN_ENDING.search(last))


def _year_brackets(named: bool) -> str:
    """A bracketed year, round or square (its years in groups "years" and "square" when named); a round one may
    hold the first edition's year in square brackets after the edition cited ("Geiger (1987 [1932])")."""
    years, square = ("?P<years>", "?P<square>") if named else ("?:", "?:")
    return (rf"(?:\([^\S\n]*({years}{_YEARS})(?:[^\S\n]*\[(?:1[5-9]|20)\d\d\])?[^\S\n]*[);:,]|"
            rf"\[[^\S\n]*({square}{_YEARS})[^\S\n]*[\];:,])")


# one to three one-word surnames right before a bracketed year: "Kölner Schule Mackscheidt (2004)" reads "Mackscheidt";
# a square bracket as well ("Bohnsack et al. [1995]", the year of a first edition some writers cite by)
_BEFORE_BRACKET = re.compile(rf"(?<![{_L}\d'’\-./])(?P<names>{_WORD}(?:[^\S\n]*/[^\S\n]*{_WORD}){{0,2}})"
                             rf"(?P<etal>{_ETAL})?[^\S\n]*{_year_brackets(named=True)}")


# a span of years in the bracket, "(1979-1986)": the period a study or an office covers ("der Meyer-Studie
# (1979-1986)", "Kanzler Kohl (1982-1998)"), no work of the word before it
_PERIOD = re.compile(r"(?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d(?!\d)")


# _BEFORE_BRACKET's bracket on: every match holds a match of it, so a text without one has none (most notes); searched
# from each bracket alone, it rules a note out in a small part of the time the whole pattern takes to scan it
_BRACKETED_YEARS = re.compile(_year_brackets(named=False))


def find_names_before_brackets(text: str, taken: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[
        Citation]:
    """The narrative callouts of a note whose words before the name the callout finder read as a title or a noun
    phrase and so dropped ("der Kölner Schule Mackscheidt (2004)", "Forschung Kirchler/Maciejovsky (2002)",
    "Systemtheorie Luhmanns Schreyögg (1991: 266)"): the one-word names right before the bracket (up to three, joined
    by "/"), outside the spans taken. The caller keeps one only when it links to a reference of the list
    (short_forms.note_short_forms): a title's last word before a year links to no author.

    Example:
        >>> [(c.surface, c.authors, c.year, c.pages) for c in find_names_before_brackets(
        ...     "7 Siehe zur Forschung Kirchler/Maciejovsky (2002: 5).")]
        [('Kirchler/Maciejovsky (2002: 5', ['Kirchler', 'Maciejovsky'], 2002, '5')]
    """
    out: list[Citation] = []
    if _BRACKETED_YEARS.search(text) is None:  # no bracketed year: no match
        return out
    for m in _BEFORE_BRACKET.finditer(text):
        authors = [n.strip() for n in m.group("names").split("/")]
        years = "years" if m.group("years") else "square"
        if any(m.start() < b and a < m.end() for a, b in taken) or any(_no_author(n) for n in authors) or \
                _PERIOD.match(m.group(years)):
            continue
        start, authors = _coauthor_before(text, m.start(), authors)
        out.extend(_items(text, m.start(years), m.end(years), start, authors, bool(m.group("etal")),
                          narrative=True)[:1])
    return out
