"""A title's text from its header lines (header_assembly): letter-spaced words joined, a subtitle set smaller or in
another weight after a colon, line-end hyphens repaired, an all-capitals title in title case; and two tests of
which lines may be part of a title (a journal section's name repeated from the running head; a "by" line naming an
institute above the persons' byline)."""

from __future__ import annotations

import re

from litmine.ingest.header_model import name_shaped
from litmine.ingest.header_names import _SMALL

_NOT_LETTER = re.compile(r"[\W\d_]+")
_BY = re.compile(r"^\s*by\s", re.I)


def section_heads(rows: list[dict]) -> set[int]:
    """Lines (indices of header rows) that repeat the running head printed in the top or foot margin of their own
    page and of another page: a journal's section or the journal itself ("REGION AND REGIONALIZATION" set large
    above the article, with "Region and Regionalization" as the running head of every page). An article's own
    running title is left out of its first page, so a title is not caught; nor is a cover page's title repeated
    on the title page (neither sits in a margin)."""
    margin: dict[str, set[int]] = {}
    for r in rows:
        if r.get("geom") and not 0.1 <= r["top_rel"] <= 0.9:
            margin.setdefault(_NOT_LETTER.sub("", r["text"].lower()), set()).add(r["page"])
    out = set()
    for i, r in enumerate(rows):
        if not r.get("geom") or not 0.1 <= r["top_rel"] <= 0.9:
            continue
        pages = margin.get(_NOT_LETTER.sub("", r["text"].lower()), set())
        if r["page"] in pages and len(pages) >= 2 and len(_NOT_LETTER.sub("", r["text"])) >= 6:
            out.add(i)
    return out


def institute_by_line(rows: list[dict], j: int) -> bool:
    """Row j is a "by" line that names no person ("by ZUMA, Germany") right above a byline of persons on its page:
    the end of the title's sentence ("Report on monitoring work undertaken for the ISSP by ZUMA, Germany"), the
    persons below being the authors; a "by" line naming persons is the byline itself."""
    text = rows[j]["text"]
    if not _BY.match(text) or name_shaped(text) or j + 1 >= len(rows) or rows[j + 1]["page"] != rows[j]["page"]:
        return False
    return name_shaped(rows[j + 1]["text"])


def _letter_spaced(text: str) -> str:
    """"M I G R A T I O N  A N D" → "MIGRATION AND": runs of single letters joined, wide gaps kept as spaces."""
    tokens = text.split(" ")
    if sum(1 for t in tokens if len(t) == 1 and t.isalpha()) < 0.6 * max(len([t for t in tokens if t]), 1) or \
            len(tokens) < 4:
        return text
    return re.sub(r"\s+", " ", re.sub(r"(?<=\S) (?=\S)", "", text.replace("  ", "\0"))).replace("\0", " ")


def _title_case(text: str) -> str:
    """An all-capitals line in title case (small words lower case after the first)."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        out.append(lw if i and lw in _SMALL else "-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def _join_title(rows: list[dict]) -> str:
    text = ""
    for k, r in enumerate(rows):
        t = _letter_spaced(r["text"].strip())
        if not text:
            text = t
        elif text.endswith("-") and t[:1].islower():
            text = text[:-1] + t
        else:
            prev = rows[k - 1]
            subtitle = r.get("geom") and prev.get("geom") and (
                r["size_rel"] < 0.9 * prev["size_rel"] or bool(r.get("bold")) != bool(prev.get("bold")))
            sep = ": " if subtitle and not re.search(r"[:.?!–—-]$", text) and not t[:1].islower() else " "
            text += sep + t
    text = re.sub(r"\s*[*∗\u2020]+$|(?<=[^\W\d_])\d{1,2}$", "", re.sub(r"\s+", " ", text)).strip(" .")
    text = re.sub(r"^(?:chapter|part|kapitel|teil)\s+[\divxlc]+\s*[:.]\s*", "", text, flags=re.I)  # a book's label
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.9 * len(letters) and len(letters) > 12:
        text = _title_case(text)
    return text
