"""Printed page labels: the page number a reader sees on each physical page of a PDF.

Quotes in a review cite the printed page ("p. 88"), not the PDF's page index (90). This module works out the
printed label of every physical page from plain inputs, so it can be tested without PDFs:

1. candidates: the numbers printed in each page's outermost text (its top band and bottom band: running head,
   running foot, folio). A band that is only a number ("12", "- 12 -", "Page 12 of 40", "xii") counts fully; a
   number at either end of a band ("8 | BEHAVIOUR CHANGE", "Journal X 31(3) 245") counts 0.6, or half that when
   the rest of the band does not recur on other pages (a footnote line starting with its number). Lines printed
   identically on three pages or more ("ACCEPTED MANUSCRIPT", "Report: Volume 1") are decoration and skipped;
2. a sequence fit: a page's label is ``a + i`` for the offset ``a`` that the pages of a run support (a Viterbi
   path over offsets, where switching offset costs as much as one page's full support, so a single misread or
   stray number is outvoted by its neighbours while a run of two or more pages is kept). Arabic and roman
   numerals are separate tracks, so roman front matter, an arabic body and a restarted appendix are three runs.
   Inside a run, pages without a printed number get the run's label (inferred); a run printed on fewer than half
   of its pages is dropped (footnote numbers that happen to agree). Pages before the first and after the last
   supported page of a run get none, except the run's opening page, which often omits its folio (an article's
   first page, a chapter opening): the label reaches back one page when that page is in no run, is the
   document's first page or has no number in its margins, is not a repository cover sheet, holds at least half
   the text of a typical page of the run (a title page or a cover holds less), and the label would be 1 or more;
3. the PDF's own page labels (/PageLabels), trusted only where they agree with the printed numbers on most pages
   that print one (producers often write 1..n labels or labels for a cover sheet that the paper does not print).
   When trusted they decide the pages between the first and the last page the fit labels.

A page that prints no number and is not inside a run has the label None: litmine then cites its physical page as
"PDF p. N" (see :func:`litmine.citations.cite.page_citation`) instead of inventing a printed number.

Example:
    >>> find_page_labels([[], [MarginLine("2", "bottom")], [MarginLine("Journal 4(1) 3", "top")], []])
    ['1', '2', '3', None]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_ROMAN_VALUES = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
                 ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
_ALONE = re.compile(r"^[-\u2013\u2014\s\[(|]*(?:page|p\.|seite|s\.)?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*"
                    r"(?:(?:of|/|von)\s*\d{1,4})?[-\u2013\u2014\s\])|]*$", re.I)
_ODD_CHARS = re.compile(r"[^\w\s.,:;()/|\[\]\u2013\u2014-]")  # ornaments, private-use glyphs
_DIGITS = re.compile(r"\d+")
_SPACED_DIGITS = re.compile(r"^\d(?: \d){1,3}$")
_EDGE_TRIM = "|\u2022\u00b7\u2013\u2014-:,;()[]"
_EDGE_WEIGHT = 0.6  # a number at the end of a running head (a footnote line can start with a number too)
_SWITCH_COST = 1.0  # a run needs more than one page's support (ties keep the current run)
_RECUR_SHARE = 0.15  # a running head's text recurs on this share of the pages (at least two)
_MIN_DENSITY = 0.5
_BAND = 3.0  # points: lines this close to the page's outermost line share its band
_PDF_TRUST = 0.8  # share of printed-number pages whose PDF label must match a printed candidate
_COVER = re.compile(r"terms of use|nutzungsbedingungen|suggested citation|empfohlene zitierung|"
                    r"this version is (?:available|citable)|zitierbar unter|econstor|ssoar|white rose research",
                    re.I)


@dataclass(frozen=True)
class MarginLine:
    """A line in the top or bottom margin of a page: its text, zone ("top" or "bottom") and, when known, its
    top and bottom (points from the top of the page)."""

    text: str
    zone: str = "bottom"
    top: float | None = None
    bottom: float | None = None


def roman_value(text: str) -> int | None:
    """The value of a roman numeral in canonical form (either case), else None.

    Example:
        >>> roman_value("xiv"), roman_value("IV"), roman_value("iiii"), roman_value("civil")
        (14, 4, None, None)
    """
    s = text.lower()
    if not s or any(c not in "ivxlcdm" for c in s):
        return None
    total, rest = 0, s
    for sym, val in _ROMAN_VALUES:
        while rest.startswith(sym):
            total += val
            rest = rest[len(sym):]
    if rest or not 0 < total < 4000 or to_roman(total) != s:
        return None
    return total


def to_roman(value: int, upper: bool = False) -> str:
    """Lower-case (or upper-case) roman numeral of a positive integer.

    Example:
        >>> to_roman(14), to_roman(9, upper=True)
        ('xiv', 'IX')
    """
    out = []
    for sym, val in _ROMAN_VALUES:
        while value >= val:
            out.append(sym)
            value -= val
    s = "".join(out)
    return s.upper() if upper else s


def number_candidates(text: str) -> list[tuple[str, int, float]]:
    """Page numbers a margin line may print, as (track, value, weight): track "arabic", "roman" or "ROMAN".

    A line that is only a page number gives that number (roman too) with weight 1; a running head gives the
    arabic number (or a lower-case roman numeral) at its start or end with weight 0.6, since a footnote line
    can start with a number too.

    Example:
        >>> number_candidates("8 | BEHAVIOUR CHANGE"), number_candidates("Journal X 31(3) 245")
        ([('arabic', 8, 0.6)], [('arabic', 245, 0.6)])
        >>> number_candidates("- 12 -"), number_candidates("Page 3 of 40"), number_candidates("xii")
        ([('arabic', 12, 1.0)], [('arabic', 3, 1.0)], [('roman', 12, 1.0)])
    """
    return [(t, v, w) for t, v, w, _ in _candidates(text)]


def _candidates(text: str) -> list[tuple[str, int, float, str | None]]:
    """number_candidates with, for a number at an end of a longer line, the rest of the line (lower case)."""
    text = " ".join(_ODD_CHARS.sub(" ", text).split())
    if not text:
        return []
    if _SPACED_DIGITS.match(text):  # letter-spaced folio: "1 2" is 12
        text = text.replace(" ", "")
    m = _ALONE.match(text)
    if m:
        c = _token_candidate(m.group(1), roman_ok=True)
        return [(*c, 1.0, None)] if c else []
    tokens = text.split()
    out: list[tuple[str, int, float, str | None]] = []
    for k in (0, len(tokens) - 1):
        c = _token_candidate(tokens[k].strip(_EDGE_TRIM), roman_ok=tokens[k].islower())
        if c and not any(o[:2] == c for o in out):
            out.append((*c, _EDGE_WEIGHT, " ".join(tokens[:k] + tokens[k + 1:]).lower()))
    return out


def _token_candidate(tok: str, *, roman_ok: bool) -> tuple[str, int] | None:
    if tok.isdigit() and tok.isascii():
        value = int(tok)
        return ("arabic", value) if 0 < value < 10000 else None
    if roman_ok:
        value = roman_value(tok)
        if value is not None:
            return ("roman" if tok.islower() else "ROMAN", value)
    return None


def is_cover_sheet(text: str) -> bool:
    """A repository cover sheet (SSOAR, EconStor, White Rose...): terms of use and a suggested citation that a
    repository puts before the paper; it never carries the paper's page numbers.

    Example:
        >>> is_cover_sheet("www.ssoar.info Suggested Citation: ... Terms of use: ...")
        True
    """
    return len({m.group(0).lower() for m in _COVER.finditer(text)}) >= 2


def _label(track: str, value: int) -> str:
    return str(value) if track == "arabic" else to_roman(value, upper=track == "ROMAN")


def fit_labels(candidates: list[list[tuple[str, int, float]]], *,
               covers: frozenset[int] = frozenset(), page_chars: list[int] | None = None) -> list[str | None]:
    """Fit page-number runs to per-page candidates (see the module docstring); None where no run reaches.

    Args:
        candidates: for each physical page (0-based), the (track, value, weight) numbers in its margins.
        covers: 0-based pages that are repository cover sheets (never labelled by reaching back).
        page_chars: characters of text on each page, when known: a page with less than half the text of the
            run's typical page is a title page or a cover, not the opening page of the run, and is not reached.

    Example:
        >>> a = lambda v: [("arabic", v, 1.0)]
        >>> fit_labels([[], a(12), a(99), a(14), [], a(16), []])
        ['11', '12', '13', '14', '15', '16', None]
    """
    n = len(candidates)
    support: list[dict[tuple[str, int], float]] = []
    for i, cands in enumerate(candidates):
        page: dict[tuple[str, int], float] = {}
        for t, v, w in cands:
            page[(t, v - i)] = max(w, page.get((t, v - i), 0.0))
        support.append(page)
    states = sorted({s for page in support for s in page})
    if not states:
        return [None] * n
    path = _best_path(support, states)
    labels = _run_labels(path, support)
    _label_openings(labels, path, candidates, covers, page_chars)
    return labels


def _best_path(support: list[dict[tuple[str, int], float]], states: list[tuple[str, int]]) -> list:
    """Viterbi over offsets: each page's run (track, offset), or None for "no run here"; a switch between runs
    costs _SWITCH_COST, a page gains the weight of its number on the run."""
    n = len(support)
    keys: list[tuple[str, int] | None] = [None, *states]
    score = {k: 0.0 if k is None else -_SWITCH_COST for k in keys}
    back: list[dict] = []
    for i in range(n):
        best_prev = max(keys, key=lambda k: score[k])
        new, ptr = {}, {}
        for k in keys:
            stay, switch = score[k], score[best_prev] - _SWITCH_COST - 1e-9  # ties keep the current run
            prev = k if stay >= switch else best_prev
            gain = support[i].get(k, 0.0) if k is not None else 0.0
            new[k], ptr[k] = max(stay, switch) + gain, prev
        score = new
        back.append(ptr)
    path: list[tuple[str, int] | None] = [None] * n
    k = max(keys, key=lambda k: (score[k], k is None))
    for i in range(n - 1, -1, -1):
        path[i] = k
        k = back[i][k]
    return path


def _run_labels(path: list, support: list[dict[tuple[str, int], float]]) -> list[str | None]:
    """Labels from the pages of each run of the path between its first and last printed number; a run printed on
    fewer than _MIN_DENSITY of its pages is chance agreement (footnote numbers), not folios, and labels nothing."""
    n = len(path)
    labels: list[str | None] = [None] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and path[j + 1] == path[i]:
            j += 1
        state = path[i]
        if state is not None:
            hits = [p for p in range(i, j + 1) if state in support[p]]
            if hits and len(hits) >= _MIN_DENSITY * (hits[-1] - hits[0] + 1):
                for p in range(hits[0], hits[-1] + 1):
                    labels[p] = _label(state[0], state[1] + p)
        i = j + 1
    return labels


def _label_openings(labels: list[str | None], path: list, candidates: list[list[tuple[str, int, float]]],
                    covers: frozenset[int], page_chars: list[int] | None) -> None:
    """A run's opening page often prints no number (article first page, chapter opening): an unlabelled page
    with no candidate right before a run gets the run's label, unless it is a cover or a short page."""
    for p in range(len(labels) - 1):
        if labels[p] is None and labels[p + 1] is not None and (p == 0 or labels[p - 1] is None) and \
                (p == 0 or not candidates[p]) and p not in covers and _full_page(p, labels, page_chars):
            state = path[p + 1]
            if state is not None and state[1] + p >= 1:
                labels[p] = _label(state[0], state[1] + p)


def _full_page(p: int, labels: list[str | None], page_chars: list[int] | None) -> bool:
    """Page p holds at least half the text of the median page the fit labelled (True when unknown)."""
    if not page_chars or len(page_chars) != len(labels):
        return True
    run = sorted(page_chars[i] for i, lab in enumerate(labels) if lab is not None)
    return not run or page_chars[p] >= 0.5 * run[len(run) // 2]


def find_page_labels(margins: list[list[MarginLine]], pdf_labels: list[str | None] | None = None,
                     page_texts: list[str] | None = None, page_chars: list[int] | None = None) -> list[str | None]:
    """The printed label of each physical page, None where the page prints none.

    Args:
        margins: for each physical page, the lines in its top and bottom margins (running heads included).
        pdf_labels: the PDF's own /PageLabels per page, when it has them.
        page_texts: the text of the first pages (or all), to recognise a repository cover sheet.
        page_chars: characters of text on each page, to tell a title page from a run's unnumbered opening page.

    Example:
        >>> m = [[MarginLine("Annual Report", "top")], [], [MarginLine("ii")], [MarginLine("iii")],
        ...      [MarginLine("1")], [MarginLine("2")]]
        >>> find_page_labels(m)  # page 2 opens the front matter without a number: reached back
        [None, 'i', 'ii', 'iii', '1', '2']
    """
    candidates = margin_candidates(margins)
    covers = frozenset(i for i, t in enumerate(page_texts or []) if i < 2 and is_cover_sheet(t))
    labels = fit_labels(candidates, covers=covers, page_chars=page_chars)
    if pdf_labels and len(pdf_labels) == len(labels) and _pdf_labels_trusted(pdf_labels, candidates):
        found = [i for i, lab in enumerate(labels) if lab is not None]
        if found:
            for i in range(found[0], found[-1] + 1):
                if pdf_labels[i]:
                    labels[i] = pdf_labels[i]
    return labels


def margin_candidates(margins: list[list[MarginLine]]) -> list[list[tuple[str, int, float]]]:
    """The page-number candidates of every page, read from its outermost text: the top band and the bottom band
    of its margin lines (a folio is the outermost text; a footnote number or a table cell in the margin zone has
    text beyond it), each band read as one line. A line printed identically on three pages or more ("ACCEPTED
    MANUSCRIPT", "Report: Volume 1") is decoration, not a folio, and is left out first. A number at either end of
    a band counts fully only when the rest of the band recurs on other pages (a running head's text), else half
    (a footnote line that starts with its number).

    Example:
        >>> margin_candidates([[MarginLine("Vol 1")], [MarginLine("Vol 1")], [MarginLine("Vol 1"), MarginLine("3")]])
        [[], [], [('arabic', 3, 1.0)]]
    """
    exact: dict[str, set[int]] = {}
    for i, page in enumerate(margins):
        for line in page:
            exact.setdefault(" ".join(line.text.split()), set()).add(i)
    decoration = {t for t, pages in exact.items() if len(pages) >= 3 and not _ALONE.match(t)}
    bands = [_outer_bands([ln for ln in page if " ".join(ln.text.split()) not in decoration]) for page in margins]
    found = [[c for text in page for c in _candidates(text)] for page in bands]
    rests: dict[str, set[int]] = {}
    for i, page in enumerate(found):
        for *_, rest in page:
            rests.setdefault(rest, set()).add(i)
    need = max(2, math.ceil(_RECUR_SHARE * len(margins)))
    return [[(t, v, w if rest is None or len(rests[rest]) >= need else w / 2) for t, v, w, rest in page]
            for page in found]


def _outer_bands(page: list[MarginLine]) -> list[str]:
    """The text of the page's top band and bottom band (lines without positions are each their own band)."""
    tops = [ln.top for ln in page if ln.zone == "top" and ln.top is not None]
    bottoms = [ln.bottom for ln in page if ln.zone == "bottom" and ln.bottom is not None]
    first, last = min(tops, default=0.0), max(bottoms, default=0.0)
    loose = [ln.text for ln in page if ln.top is None or ln.bottom is None]
    top = [ln.text for ln in page if ln.zone == "top" and ln.top is not None and ln.top <= first + _BAND]
    bottom = [ln.text for ln in page if ln.zone == "bottom" and ln.bottom is not None and ln.bottom >= last - _BAND]
    return loose + [" ".join(band) for band in (top, bottom) if band]


def _pdf_labels_trusted(pdf_labels: list[str | None], candidates: list[list[tuple[str, int, float]]]) -> bool:
    """The PDF's labels match a printed number on most pages that print one (at least two such pages)."""
    checked = agree = 0
    for lab, cands in zip(pdf_labels, candidates):
        if not cands:
            continue
        checked += 1
        agree += lab is not None and lab in {_label(t, v) for t, v, _ in cands}
    return checked >= 2 and agree >= _PDF_TRUST * checked
