"""Hand-written labelling of a reference's tokens, used when the tagger's weights are missing, and the repairs
of the tagger's labels that layout makes plain (repair_labels), used with the tagger too.

It knows the author-date layout of Harvard, APA and Chicago ("Authors (Year) Title. Container, 41(6): 1-9." /
"... Place: Publisher.") and, for entries without an early year (numbered and humanities styles), "Authors,
Title, Place: Publisher Year, pages". benchmarks/references.py scores it next to the tagger.
"""

from __future__ import annotations

import re

from litmine.citations.reference_model import Token
from litmine.citations.reference_names import is_corporate

_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?$")
_ROLE = frozenset("ed eds editor editors hrsg hg dir coord".split())
_PAGE_WORDS = frozenset("pp p s pages seite seiten".split())
_VOLUME_WORDS = frozenset("vol volume bd band jg".split())
_ISSUE_WORDS = frozenset("no nr issue heft h".split())
_CLOSE = "'’”\"»"
_OPEN = "'‘“\"„«"


def _gap(raw: str, tokens: list[Token], i: int) -> str:
    """The text between token i and the next one (or the end)."""
    end = tokens[i + 1].start if i + 1 < len(tokens) else len(raw)
    return raw[tokens[i].end:end]


def _strong_end(raw: str, tokens: list[Token], i: int) -> bool:
    g = _gap(raw, tokens, i)
    if any(c in g for c in "?!"):
        return True
    if "." in g and not (len(tokens[i].text) == 1 and tokens[i].text.isupper()):
        return True
    return False


def label_tokens_by_rules(raw: str, tokens: list[Token]) -> list[str]:
    """Labels (reference_model.LABELS) for the tokens of one reference string, by layout rules alone.

    Example:
        >>> from litmine.citations.reference_model import tokenize_reference
        >>> text = "Peck, J. (2001) Workfare States. New York: Guilford Press."
        >>> label_tokens_by_rules(text, tokenize_reference(text))[:5]
        ['author', 'author', 'year', 'title', 'title']
    """
    n = len(tokens)
    labels = ["note"] * n
    if not n:
        return labels
    for i, t in enumerate(tokens):
        if t.kind in ("url", "doi"):
            labels[i] = t.kind
    lows = [t.text.lower() for t in tokens]
    year = next((i for i, t in enumerate(tokens) if _YEAR.match(t.text) and i <= max(2, 0.5 * n) and i > 0), None)
    if year is not None:
        _label_author_date(raw, tokens, lows, labels, year)
    else:
        _label_year_last(raw, tokens, lows, labels)
    for i in range(n):
        if lows[i] in _PAGE_WORDS and i + 1 < n and tokens[i + 1].text[:1].isdigit() and labels[i] in ("note",
                                                                                                    "title"):
            labels[i] = labels[i + 1] = "pages"
    return labels


def _names_then_role(lows: list[str], a: int, b: int) -> str:
    return "editor" if any(lows[k] in _ROLE for k in range(a, b)) else "author"


def _boundary(raw: str, tokens: list[Token], i: int, *, comma: bool = False) -> bool:
    """Whether a field can end after token i: a full stop (not after an initial), "?", "!", a closing quote."""
    g = _gap(raw, tokens, i)
    return _strong_end(raw, tokens, i) or any(c in g for c in _CLOSE) or comma and "," in g


def _label_author_date(raw: str, tokens: list[Token], lows: list[str], labels: list[str], year: int) -> None:
    """Labels of an author-date entry whose year is token `year`: names, year, title, then a chapter's book, an
    article's journal, volume, issue and pages, or a book's place and publisher."""
    n = len(tokens)
    role = _names_then_role(lows, 0, year)
    for k in range(year):
        labels[k] = role
    labels[year] = "year"
    start = year + 1
    if start >= n:
        return
    chapter, volume, place = _title_followers(raw, tokens, lows, start)
    end = _title_end(raw, tokens, start, chapter, volume, place)
    for k in range(start, min(end + 1, n)):
        labels[k] = "title"
    i = end + 1
    if i >= n:
        return
    if chapter is not None and chapter <= i + 1:
        _label_chapter(raw, tokens, lows, labels, chapter)
    elif volume is not None and i < volume:
        _label_article(raw, tokens, lows, labels, i, volume)
    else:
        _label_publication(raw, tokens, lows, labels, i)


def _title_followers(raw: str, tokens: list[Token], lows: list[str],
                     start: int) -> tuple[int | None, int | None, int | None]:
    """What follows the title that starts at token `start`: where "In" opens a chapter's book, the volume number of
    an article, the place before "Place: Publisher" of a book (None for each not found)."""
    n = len(tokens)
    chapter = next((k for k in range(start + 1, n) if lows[k] == "in" and _boundary(raw, tokens, k - 1, comma=True)),
                   None)
    volume = next((k for k in range(start + 2, n) if re.fullmatch(r"\d{1,4}", tokens[k].text) and (
        re.match(r"\s*\(", _gap(raw, tokens, k)) or re.match(r"\s*[,:]\s*\d", _gap(raw, tokens, k) + (
            tokens[k + 1].text if k + 1 < n else "")))
                   and not _YEAR.match(tokens[k].text)), None)
    place = next((k for k in range(start + 1, n) if ":" in _gap(raw, tokens, k) and tokens[k].text[:1].isupper()
                  and k + 1 < n and tokens[k + 1].text[:1].isupper()
                  and any(_boundary(raw, tokens, j, comma=True) for j in range(max(start, k - 3), k))), None)
    return chapter, volume, place


def _title_end(raw: str, tokens: list[Token], start: int, chapter: int | None, volume: int | None,
               place: int | None) -> int:
    """The last token of the title that starts at token `start`: up to its closing quote when quoted, else the
    last field boundary before what follows it (the first of chapter, volume and place)."""
    n = len(tokens)
    if raw[tokens[start].start - 1:tokens[start].start] in _OPEN:
        return _closing_quote_token(raw, tokens, start)
    anchors = [a for a in (chapter, volume, place) if a is not None]
    anchor = min(anchors) if anchors else n
    cuts = [k for k in range(start, anchor - 1) if _boundary(raw, tokens, k)]
    if anchor == volume:
        cuts = cuts or [k for k in range(start, anchor - 1) if _boundary(raw, tokens, k, comma=True)]
        return cuts[-1] if cuts else anchor - 1
    if anchor == place:
        back = [k for k in range(start, anchor - 1) if _boundary(raw, tokens, k, comma=True)]
        end = back[-1] if back else anchor - 1
        while back and end > start and anchor - end > 4:
            back.pop()
            end = back[-1] if back else end
        return end
    if anchor == chapter:
        return anchor - 1
    return next((k for k in range(start, n) if _boundary(raw, tokens, k)), n - 1)


def _closing_quote_token(raw: str, tokens: list[Token], start: int) -> int:
    """The token a quoted title opened before token `start` closes on (a closing quote within the next two
    characters after it), else the last token."""
    end = start
    while end < len(tokens) - 1 and not any(c in _gap(raw, tokens, end)[:2] for c in _CLOSE):
        end += 1
    return end


def _label_chapter(raw: str, tokens: list[Token], lows: list[str], labels: list[str], i: int) -> None:
    """A chapter's "In Editors (eds) Book Title, Place: Publisher, pages" from the "In" at token i."""
    n = len(tokens)
    role_at = next((k for k in range(i + 1, min(n, i + 30)) if lows[k] in _ROLE), None)
    labels[i] = "editor" if role_at is not None else "container"
    j = i + 1
    if role_at is not None:
        for k in range(j, role_at + 1):
            labels[k] = "editor"
        j = role_at + 1
    k = j
    while k < n and lows[k] not in _PAGE_WORDS and not re.fullmatch(r"\d+(?:[-–]\d+)?", tokens[k].text) and not (
            ":" in _gap(raw, tokens, k) and k > j and _boundary(raw, tokens, k - 1)):
        labels[k] = "container"
        if _strong_end(raw, tokens, k) and k + 1 < n and ":" in _gap(raw, tokens, k + 1):
            k += 1
            break
        k += 1
    _label_publication(raw, tokens, lows, labels, k)


def _label_article(raw: str, tokens: list[Token], lows: list[str], labels: list[str], i: int, volume: int) -> None:
    """An article's "Journal, Volume(Issue): pages" from token i, the volume number at token `volume`."""
    n = len(tokens)
    for k in range(i, volume):
        labels[k] = "volume" if lows[k] in _VOLUME_WORDS else "container"
    labels[volume] = "volume"
    k = volume + 1
    if k < n and ("(" in _gap(raw, tokens, volume) or lows[k] in _ISSUE_WORDS):
        while k < n and not tokens[k].text[:1].isdigit():
            labels[k] = "issue"
            k += 1
        if k < n:
            labels[k] = "issue"
            k += 1
    while k < n and (tokens[k].text[:1].isdigit() or lows[k] in _PAGE_WORDS) and labels[k] == "note":
        labels[k] = "pages"
        k += 1


def _label_publication(raw: str, tokens: list[Token], lows: list[str], labels: list[str], i: int) -> None:
    """ "Place: Publisher", "Publisher, Place" and pages after the title or container."""
    n = len(tokens)
    k = i
    while k < n:
        if lows[k] in _PAGE_WORDS or re.fullmatch(r"\d+(?:[-–]\d+)?", tokens[k].text):
            labels[k] = "pages"
            k += 1
            continue
        colon = next((j for j in range(k, min(n, k + 4)) if ":" in _gap(raw, tokens, j)), None)
        if colon is not None:
            for j in range(k, colon + 1):
                labels[j] = "location"
            j = colon + 1
            while j < n and not _strong_end(raw, tokens, j) and "," not in _gap(raw, tokens, j):
                labels[j] = "publisher"
                j += 1
            if j < n:
                labels[j] = "publisher"
            k = j + 1
            continue
        if tokens[k].kind == "word" and tokens[k].text[:1].isupper() and labels[k] == "note":
            labels[k] = "publisher"
        k += 1


def _label_year_last(raw: str, tokens: list[Token], lows: list[str], labels: list[str]) -> None:
    """ "Liesbet Hooghe and Gary Marks, Multi-Level Governance, Lanham, MD: Rowman & Littlefield 2001, p. 12" and
    "[3] C. Lindsay, Title, Journal 41 (2007) 555-572"."""
    n = len(tokens)
    # the names: capitalised words up to a colon, a full stop after a word, or a comma not followed by an
    # initial or "and" (the comma inside "Hooghe, L." or before "and" still belongs to the names)
    k = 0
    while k < n and (tokens[k].text[:1].isupper() or lows[k] in ("and", "und", "van", "von", "de")):
        gap = _gap(raw, tokens, k)
        if ":" in gap or _strong_end(raw, tokens, k):
            break
        if re.search(r"[,;/]\s*$", gap) and k + 1 < n and not (
                tokens[k + 1].text[:1].isupper() and len(tokens[k + 1].text) <= 2 or lows[k + 1] in ("and", "und")):
            break
        k += 1
    if k >= n - 1:
        return
    for j in range(k + 1):
        labels[j] = _names_then_role(lows, 0, k + 1)
    j = k + 1
    start = j
    while j < n and not _strong_end(raw, tokens, j) and "," not in _gap(raw, tokens, j):
        j += 1
    for m in range(start, min(j + 1, n)):
        labels[m] = "title"
    years = [m for m in range(j + 1, n) if _YEAR.match(tokens[m].text)]
    if years:
        labels[years[-1]] = "year"
    _label_publication(raw, tokens, lows, labels, j + 1)
    if years:
        labels[years[-1]] = "year"


# ---------------------------------------------------------------------- repairs of the tagger's labels
def runs(labels: list[str]) -> list[tuple[str, int, int]]:
    """Maximal runs of one label: (label, first index, last index)."""
    out: list[tuple[str, int, int]] = []
    for i, lab in enumerate(labels):
        if out and out[-1][0] == lab:
            out[-1] = (lab, out[-1][1], i)
        else:
            out.append((lab, i, i))
    return out


_CONJ_WORDS = frozenset("and und et y e".split())
_FUNCTION_WORDS = frozenset("of and for the in on to der die das des und für zur zum de la le du et y".split())
_ROLE_WORDS = frozenset("ed eds editor editors hrsg hg hgg dir dirs coord comp comps".split())


def repair_labels(raw: str, tokens: list, labels: list[str]) -> list[str]:
    """Fix tagger slips that the layout makes plain.

    "Hooghe, Liesbet/Marks, Gary: Title" with "Gary" as title; "Bovaird, T. and Löffler, E. (eds) (2003)" with
    the first name as author and the second as editor (both edited the book); "Fiona Dalgleish and Robert
    Ashworth, Work First, ..." with the title's first words as a third author.
    """
    labels = list(labels)
    spans = runs(labels)
    if not spans:
        return labels
    lab, a, b = spans[0]
    if lab == "author" and b + 1 < len(tokens):
        _repair_slashed_names(raw, tokens, labels, a, b)
        _repair_natural_order_names(raw, tokens, labels, a, b)
    # "European Review of | Labour and Governance": a container does not end on "of", nor a publisher begin so
    for (lab1, a1, b1), (lab2, a2, b2) in zip(spans, spans[1:]):
        if lab1 in ("container", "title") and lab2 in ("publisher", "location", "note") and \
                (tokens[b1].text in _FUNCTION_WORDS or tokens[a2].text in _FUNCTION_WORDS) and \
                not any(c in raw[tokens[b1].end:tokens[a2].start] for c in ",.:;("):
            for j in range(a2, b2 + 1):
                labels[j] = lab1
    if len(spans) >= 2 and spans[0][0] == "author" and spans[1][0] == "editor":
        e0, e1 = spans[1][1], spans[1][2]
        if any(tokens[j].text.lower() in _ROLE_WORDS for j in range(e0, e1 + 1)):
            for j in range(spans[0][1], spans[0][2] + 1):
                labels[j] = "editor"
    _repair_body_editors(raw, tokens, labels, spans)
    _repair_numbers(raw, tokens, labels)
    _repair_leading_title(raw, tokens, labels)
    _repair_quoted_title(raw, tokens, labels)
    _repair_german_name_start(raw, tokens, labels)
    return labels


_MARK_WORDS = _ROLE_WORDS | {"u", "a", "et", "al"}


def _repair_body_editors(raw: str, tokens: list, labels: list[str], spans: list[tuple[str, int, int]]) -> None:
    """A book's editors read as its container: "in: Akademie für Raumforschung (Hg.), Handwörterbuch der
    Raumforschung, Hannover" tagged container | editor ("Hg") | container. Where a container run is followed by an
    editor run that is only the editors' mark ("(Hg.)", "(eds.)", "u. a. (Hrsg.)") in brackets and then by another
    container run, the first run names the editors (a body or persons); in place."""
    for (lab1, a1, b1), (lab2, a2, b2), (lab3, _, _) in zip(spans, spans[1:], spans[2:]):
        if lab1 == "container" and lab2 == "editor" and lab3 == "container" and \
                "(" in raw[tokens[b1].end:tokens[b2].start] and \
                all(tokens[j].text.lower() in _MARK_WORDS for j in range(a2, b2 + 1)):
            for j in range(a1, b1 + 1):
                labels[j] = "editor"
            return


# German list conventions that open with an inverted name: "Name, Vorname: Titel" (also "Name, V./Name2, Vorname2:")
# and "Name, Vorname, Vorname2 Name2 Jahr, Titel" (the co-authors in natural order, the year bare, "(Hrsg)" after it)
_DE_SURNAME = r"[A-ZÄÖÜ][a-zäöüß'’]+(?:-[A-ZÄÖÜ][a-zäöüß'’]+)?"
_DE_GIVEN = r"(?!(?:Not|The|And|Or|For|Of|In|On|To|With|Der|Die|Das|Und|Oder|Für|Von|Zur|Zum|Ein|Eine)\b)(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|[A-ZÄÖÜ]\.)(?:\s(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][a-zäöüß]+))?"
_DE_NAME_COLON = re.compile(rf"^{_DE_SURNAME},\s{_DE_GIVEN}(?:\s?/\s?{_DE_SURNAME},\s{_DE_GIVEN}){{0,3}}(?=:\s)")
# (also "Name, Vorname und Vorname2 Name2 (Jahr):", "Name, V., W. Name2 u. X. Name3 (Jahr):": "und", "u.", "and", "&"
# before the last co-author, the year bracketed)
_DE_NAME_YEAR = re.compile(rf"^{_DE_SURNAME},\s{_DE_GIVEN}(?:(?:,\s(?:(?:und|u\.|and|&)\s)?|\s(?:und|u\.|and|&)\s)"
                           rf"{_DE_GIVEN}\s{_DE_SURNAME}){{0,3}},?"
                           rf"\s(?:(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)(?P<role>\s\((?:Hrsg|Hg)\.?\))?(?=,\s)|"
                           rf"\((?P<byear>(?:1[5-9]\d\d|20\d\d)[a-z]?)\)(?=[,:.]?\s))")


# and a body or a person by name, a bare year and a colon: "Bundesministerium des Innern 2005: Titel",
# "Council on Foreign Relations 2006: Title"
_DE_BODY_YEAR = re.compile(r"^[A-ZÄÖÜ][\w\-]*(?:\s+(?:[A-ZÄÖÜ][\w\-]*|der|des|für|und|zur|zum|of|for|the|on|and)){0,8}"
                           r"\s(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)(?=:\s)")


def _repair_german_name_start(raw: str, tokens: list, labels: list[str]) -> None:
    """The names of the German conventions above are the authors, the bare year after them the date, "(Hrsg)"
    no part of the title ("Goffman, Erving: Title" with "Erving" read as title; "Ajzen, Icek, Martin Fishbein
    1980, Title" with the second author and the year read as title); names already read as editors stay."""
    colon = _DE_NAME_COLON.match(raw)
    dated = None if colon else _DE_NAME_YEAR.match(raw) or _DE_BODY_YEAR.match(raw)
    m = colon or dated
    if m is None or any(labels[j] == "editor" for j, t in enumerate(tokens) if t.start < m.end()):
        return
    year = "byear" if dated and dated.group("year") is None else "year"  # "Name, V. (1999):": bracketed
    names_end = dated.start(year) if dated else m.end()
    for j, t in enumerate(tokens):
        if t.start >= m.end():
            break
        if t.start < names_end:
            labels[j] = "author"
        elif dated and dated.start(year) <= t.start < dated.end(year):
            labels[j] = "year"
        else:  # "(Hrsg)": the authors edited the work
            labels[j] = "note"


def _repair_slashed_names(raw: str, tokens: list, labels: list[str], a: int, b: int) -> None:
    """ "Hooghe, Liesbet/Marks, Gary: Title": the capitalised "title" words up to the colon after a comma close the
    slash-joined names (authors labelled a..b)."""
    k = b + 1
    names = raw[tokens[a].start:tokens[b].end]
    gap = raw[tokens[b].end:tokens[k].start]
    m = k
    while m < len(tokens) and m - k < 3 and labels[m] == "title" and tokens[m].text[:1].isupper():
        after = raw[tokens[m].end:tokens[m + 1].start] if m + 1 < len(tokens) else ""
        if ":" in after and gap.strip() == "," and "/" in names:
            for j in range(k, m + 1):
                labels[j] = "author"
            break
        m += 1


def _repair_natural_order_names(raw: str, tokens: list, labels: list[str], a: int, b: int) -> None:
    """Natural-order names (authors labelled a..b): nothing after the name that follows the last "and" belongs to
    the authors; it takes the label after them. Lower-case only: "Chen, Y.Q." holds the initial "Y", not the
    Spanish "y"."""
    conj = [j for j in range(a + 1, b + 1) if tokens[j].text in _CONJ_WORDS or tokens[j].text in ("And", "Und")
            or "&" in raw[tokens[j - 1].end:tokens[j].start]]
    if conj and labels[b + 1] in ("title", "container"):
        c = conj[-1] + (1 if tokens[conj[-1]].text.lower() in _CONJ_WORDS else 0)
        if c < b and "," not in raw[tokens[c].end:tokens[c + 1].start]:
            p = next((j for j in range(c + 1, b) if "," in raw[tokens[j].end:tokens[j + 1].start]), None)
            if p is not None and tokens[p].text[:1].isupper():
                for j in range(p + 1, b + 1):
                    labels[j] = labels[b + 1]


_CLOSERS = {"‘": "’", "“": "”", '"': '"”', "'": "'’", "„": "“”", "‚": "‘’", "«": "»", "‹": "›"}


def _closing_quote(raw: str, start: int, closers: str) -> int | None:
    """Where the quote opened just before `start` closes: a closer after a non-space and before a space, a
    punctuation mark or the end, that is no apostrophe ("Marx's" goes on)."""
    for k in range(start + 1, min(len(raw), start + 400)):
        if raw[k] not in closers or raw[k - 1].isspace():
            continue
        after = raw[k + 1:k + 2]
        if after.isalpha() and raw[k - 1].isalpha():
            continue  # an apostrophe inside a word
        if after == "" or after.isspace() or after in ",.;:)]":
            return k
    return None


def _repair_quoted_title(raw: str, tokens: list, labels: list[str]) -> None:
    """A quoted title runs to its closing quote: "'Contemporary Euroscepticism in the Party Systems of ...', European
    Journal" with the title's last words tagged as the container become title again. Covers every style that
    quotes article titles (Harvard, Chicago, MLA); the overrun the other way is cut in reference_rules."""
    first = next((i for i, lab in enumerate(labels) if lab == "title"), None)
    if first is None or tokens[first].start == 0:
        return
    closers = _CLOSERS.get(raw[tokens[first].start - 1])
    if not closers:
        return
    end = _closing_quote(raw, tokens[first].start, closers)
    if end is None:
        return
    inside = [j for j in range(first, len(tokens)) if tokens[j].end <= end]
    if any(labels[j] in ("author", "year") for j in inside):
        return
    for j in inside:
        labels[j] = "title"


def _repair_numbers(raw: str, tokens: list, labels: list[str]) -> None:
    """Volume, issue and year in the compact journal styles.

    Vancouver "J Mol Biol 2009;385:12" and MDPI-like "2009;385(1)": a year directly before ";" and a number is
    the date, not the volume. "Policy Studies 2, 1: 9-28": a bare number ending the container, followed by
    another number and then pages, is the volume (and that number the issue).
    """
    n = len(tokens)
    for i in range(n - 1):
        gap = raw[tokens[i].end:tokens[i + 1].start]
        if labels[i] in ("volume", "issue", "pages") and _YEAR.match(tokens[i].text) and ";" in gap and \
                tokens[i + 1].text[:1].isdigit() and "year" not in labels:
            labels[i] = "year"
            if labels[i + 1] in ("year", "pages", "note"):
                labels[i + 1] = "volume"
    for i in range(1, n - 1):
        if labels[i] == "container" and labels[i - 1] == "container" and tokens[i].text.isdigit() and \
                labels[i + 1] == "volume" and tokens[i + 1].text.isdigit() and \
                raw[tokens[i].end:tokens[i + 1].start].strip() == "," and "issue" not in labels:
            labels[i] = "volume"
            labels[i + 1] = "issue"


def _repair_leading_title(raw: str, tokens: list, labels: list[str]) -> None:
    """"The pandas development team. (2020). pandas-dev/pandas ...": in an author-date entry whose bracketed
    year follows its first words, and whose title comes after that year, the first words are the authors (a
    corporate author the tagger read as a title)."""
    year = next((i for i, lab in enumerate(labels[:16]) if lab == "year"), None)
    if not year or any(lab not in ("title", "author") for lab in labels[:year]) or "title" not in labels[:year]:
        return
    before = raw[tokens[year - 1].end:tokens[year].start]
    if "(" not in before or "title" not in labels[year + 1:]:
        return
    # names the tagger half read as a title ("Équipe de | développement ...") count only when corporate
    if "author" in labels and not is_corporate(raw[tokens[0].start:tokens[year - 1].end]):
        return
    for j in range(year):
        labels[j] = "author"
