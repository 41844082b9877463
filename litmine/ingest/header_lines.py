"""Line tests shared by the title and byline steps of header_assembly: contents and URL lines, imprints, headings
that end a header, running heads, journal mastheads, by-lines and article-type labels."""

from __future__ import annotations

import re

from litmine.ingest.header_model import _NOT_NAME
from litmine.ingest.header_names import _fold
from litmine.ingest.header_titles import _letter_spaced

# (a pattern opening with a look-ahead at the first characters a match can start with: the scan passes other
# positions at one test, with the same matches)
_TOC = re.compile(r"(?=[.…\scti])(?:\.{4,}|…{2,}|(?:\.\s){4,}|^\s*(?:contents|table of contents|inhalt)\s*$)", re.I)
# journal mastheads and issue lines: a month with its year, or volume and number ("May 2002", "Vol. 31, No. 3")
_MASTHEAD = re.compile(r"(?=[jfmasondv])(?:\b(?:january|february|march|april|may|june|july|august|september|october|"
                       r"november|december)\s+(?:1[89]|20)\d\d\b|"
                       r"\b(?:vol\.?|volume)\s*\d+\s*(?:[,(]?\s*(?:no\.?|issue|number)\s*\d|"
                       r"\(\d{1,3}\)))", re.I)  # ... or "Vol 11(1)"
_URL = re.compile(r"(?=[hw.])(?:https?://|www\.|\.(?:org|com|info|de)\b)", re.I)
_HEADING_STOP = re.compile(r"^\s*(?:\d+\.?\s*)?(abstract|introduction|summary|executive summary|keywords?|contents|"
                           r"zusammenfassung|einleitung|statement of need)\b", re.I)
# imprint lines of UK command and House papers: never part of a title ("Presented to Parliament by ... by Command
# of His Majesty", "Ordered by the House of Commons to be printed ...", "Laid before ...")
_IMPRINT = re.compile(r"^\s*(?:presented to parliament|ordered (?:by the house|to be printed)|laid before|"
                      r"published by the authority|by command of)\b", re.I)


def _running_heads(rows: list[dict]) -> set[int]:
    """Running heads and feet, never a title: a line near the top or bottom edge printed again on another of the
    first pages at the same height (numbers aside: "prosocial songs 1" / "prosocial songs 2", a manuscript's running
    head; a cover repeated as a title page is not one), and a line at the top
    or bottom of page 2 or 3 that begins or ends with a page number ("470 L. Jensen", "... in Europe 471")."""
    where: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if not r.get("geom") or 0.1 <= r["top_rel"] <= 0.9:
            continue  # (tested first: most lines sit mid-page, and folding is the cost)
        key = _fold(re.sub(r"\d+", "", r["text"]))
        if len(key) >= 4:
            where.setdefault(key, []).append(i)
    out = set()
    for same in where.values():
        for i in same:
            if any(rows[j]["page"] != rows[i]["page"] and abs(rows[j]["top_rel"] - rows[i]["top_rel"]) < 0.02
                   for j in same):
                out.add(i)
    for i, r in enumerate(rows):
        if r["page"] >= 2 and r.get("geom") and (r["top_rel"] < 0.08 or r["top_rel"] > 0.92) and \
                re.search(r"^\s*\d{1,4}\s+\S|\S\s+\d{1,4}\s*$", r["text"]):
            out.add(i)
    return out


def _masthead_block(rows: list[dict]) -> set[int]:
    """A journal masthead: an issue line ("SOCIAL RESEARCH May 2002", "Vol. 31, No. 3") and the short lines set
    like it right above or below it (the journal's name wrapped onto its own line: "SOZIALFORSCHUNG")."""
    out = {i for i, r in enumerate(rows) if _MASTHEAD.search(r["text"])}
    # the other pieces of a printed masthead line parted at a column gap ("SOCIAL RESEARCH" ... "May 2002")
    out |= {j for i in out for j in range(max(0, i - 3), min(len(rows), i + 4))
            if rows[j]["page"] == rows[i]["page"] and rows[i].get("geom") and rows[j].get("geom") and
            abs(rows[j]["top_rel"] - rows[i]["top_rel"]) < 0.004 and len(rows[j]["text"].split()) <= 4}
    todo = list(out)
    while todo:
        i = todo.pop()
        a = rows[i]
        for j in (i - 1, i + 1):
            if not 0 <= j < len(rows) or j in out or not (a.get("geom") and rows[j].get("geom")):
                continue
            b = rows[j]
            if b["page"] == a["page"] and abs(a["size_rel"] - b["size_rel"]) <= 0.02 * a["size_rel"] and \
                    a["bold"] == b["bold"] and abs(a["top_rel"] - b["top_rel"]) < 0.03 and len(b["text"].split()) <= 4:
                out.add(j)
                todo.append(j)
    return out


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _has_words(text: str) -> bool:
    """A line without a word (a rule of underscores, a lone mark) is no part of a title; letter-spaced words count."""
    # (a word of the line stays one when its letter-spaced runs are joined: most lines need no joining)
    return bool(_WORDS.search(text) or _WORDS.search(_letter_spaced(text)))


# a statement of authorship under a title ("A report by The Rt Hon ...", "Prepared by ...") is no part of it
_BY_LINE = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?:(?:report|paper|study|review|submission|briefing)\s+)?"
                      r"(?:(?:prepared|written|edited|compiled|produced|commissioned)\s+)?by\s", re.I)

# article-type labels journals print above a title (English, German, Portuguese, Spanish, French)
_LABELS_ONLY = frozenset("original contribution article articles review reviews accepted manuscript preprint letter "
                         "letters commentary editorial essay research paper reflection reflexion perspective "
                         "perspectives viewpoint debate forum brief report short communication case study studies "
                         "special issue section focus invited themed theme symposium discussion note notes opinion "
                         "book presentation systematic meta-analysis review-article full rapid commentaries response "
                         "reply rejoinder "
                         "aufsatz beitrag artikel schwerpunkt rezension debatte diskussion forschungsbericht "
                         "artigo artículo artigos ensaio ensayo revisão revisión reflexão reflexión relato "
                         "experiência investigación pesquisa original originais originales "
                         "de da do la le of and".split())
_SERIES = re.compile(r"\b(?:series|reihe|working papers?|discussion papers?|journal|proceedings)\b", re.I)


def _label_only(text: str) -> bool:
    """An article-type label ("Original Contribution", "Review Article", "ARTIGO ORIGINAL", "Research Article:"),
    not a title: every word is a label word (a doubled letter of a misprint forgiven: "REFLECTIION"), and at least
    one is not a mere connective."""
    substantive = False
    for w in _LABEL_WORD.findall(text.lower()):  # stops at the first word no label (most lines)
        if w not in _LABELS_ONLY:
            w = _DOUBLED.sub(r"\1", w)
            if w not in _LABELS_ONLY:
                return False
        substantive = substantive or w not in _CONNECTIVES
    return substantive


_LABEL_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DOUBLED = re.compile(r"(.)\1")
_CONNECTIVES = frozenset({"de", "da", "do", "la", "le", "of", "and"})


def _has_name_word(text: str) -> bool:
    """Some word that is not document structure ("Review Summary", "File Name Description" name nobody)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(w not in _NOT_NAME for w in words)
