"""What is not a reference in a reference list: running heads, editorial notes, author biographies and stray
fragments that the layout leaves among the entries (issue 13: non-reference material is recognised, not listed).

General rules, each covering one kind of material that any journal's layout can put inside its reference list:

- a running head or footer: a short line that recurs on other pages with only its numbers changed
  ("HSR 40 (2015) 4 │ 126", "… │ 127");
- an editorial note: "Paper received 26 June 2004; revised version accepted 6 March 2005", also at an entry's end;
- an author biography: "MONICA MOOKHERJEE is a lecturer at …", "Jane Doe is Professor of …";
- a list of the periodicals a paper drew on, each by name and short name ("Frankfurter Allgemeine Zeitung (FAZ)"):
  two or more such entries in a row are kept (reference_rules.SOURCE_NAME parses each as its container);
- a fragment that reads as no reference at all (``looks_like_reference`` below 0.3, no list number, no URL or
  DOI, no date: a year, "n.d.", "forthcoming", German "o.J." or "im Erscheinen") is joined to the entry before
  when it is that entry's missing tail ("Journal of X, 45, 819–828.", "Zagreb: Institut za javne financije."), and
  otherwise left out (a footnote, keywords, an abstract).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from litmine.citations.reference_rules import SOURCE_NAME
from litmine.citations.references import has_date, join_lines, looks_like_reference

_DIGITS = re.compile(r"\d+")
_EDGE_NUMBER = re.compile(r"^\s*(\d{1,4})\s|\s(\d{1,4})\s*$")
_EDITORIAL = re.compile(r"^\W*(?:(?:paper|manuscript|article|submission)\s+)?(?:first\s+)?(?:received|submitted)\b"
                        r"[^.]{0,80}\b(?:accepted|revised|published)\b"
                        # German: "Eingereicht am: 06.03.2005 Akzeptiert am: 05.06.2005"
                        r"|^\W*eingereicht\b.{0,40}?\b(?:akzeptiert|angenommen)\b", re.I)
_EDITORIAL_TAIL = re.compile(r"\s*\(\s*(?:received|submitted)\b[^()]{0,80}\baccepted\b[^()]{0,40}\)\s*$", re.I)
_BIOGRAPHY = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}|[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][\w'’-]+)"
    r"\s+(?:is|was|has been|holds|teaches|works|received)\s+(?:an?\s+|the\s+)?(?:senior\s+|associate\s+|assistant\s+|"
    r"full\s+|research\s+|visiting\s+|post-?doctoral\s+|doctoral\s+|phd\s+)*(?:lecturer|professor|reader|researcher|"
    r"fellow|student|candidate|director|head|member|chair|scientist|associate|at|in|a\b)"
    # German: "Anna Roth, Dr., Projektleiterin ...", "... Arbeitsschwerpunkte: ..."
    r"|^[^,()]{3,60},\s*(?:Dr|Prof|Dipl)\.|^[^()]{0,200}\b(?:Arbeits|Forschungs)schwerpunkte?\b"
    # "Der Autor Dr. X ist ...", "Die Autorinnen sind ...", "Daniel Roth, M.A., unterrichtet ..."; contact lines
    r"|^(?:der|die)\s+autor(?:in|innen|en)?\b.{0,150}?\b(?:ist|sind|war|lehrt|lehren|arbeitet|forscht)\b"
    # (a name of two words or more, no author list after the degree: "Hill, M. A., Overton, T. L." is an entry)
    r"|^[^,()\s]+(?:\s+[^,()\s]+){1,6},\s*(?:M\.\s?A|M\.\s?Sc|MA|PhD)\.?,"
    r"(?!\s*(?:&|and\b|[A-ZÀ-Þ][\w'’-]+,\s*[A-ZÀ-Þ]\.))"
    r"|^(?:e-?mail|tel(?:efon)?|fax)\s*\.?:", re.I)
_MARKER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,3}[.)]\s)")
_LINK = re.compile(r"https?://|www\.|\bdoi\b|10\.\d{4,9}/", re.I)
# the tail of an entry cut off at a page break: "Journal of X, 45(2), 819–828." or "Zagreb: Publisher."
_TAIL = re.compile(r"^(?:[A-ZÀ-Þ][^.:;]{2,90},?\s+\d{1,4}(?:\s*\(\d{1,4}\))?[,:]\s*\d{1,6}\s*[-–]\s*\d{1,6}\.?|"
                   r"[A-ZÀ-Þ][\w .'’/-]{2,30}:\s*[A-ZÀ-Þ][^:,;]{2,60})\s*$")
_PAGES = re.compile(r"\d\s*[-–]\s*\d|\bpp?\.\s*\d")


def running_head_keys(texts: Iterable[str], *, max_words: int = 15) -> set[str]:
    """Short texts that recur with only their page number changed (a number opening or closing them): the keys of
    the document's running heads. A reference printed twice, or two differing only in their year, are no heads."""
    numbers: dict[str, set[str]] = {}
    for t in texts:
        m = _EDGE_NUMBER.search(t) if len(t.split()) <= max_words else None
        if m:
            numbers.setdefault(_key(t), set()).add(m.group(1) or m.group(2))
    return {k for k, seen in numbers.items() if len(seen) >= 2 and re.search(r"[^\W\d_]{2}", k)}


def _key(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text).split()).lower()


def is_running_head(text: str, heads: set[str]) -> bool:
    """Whether a text is one of the document's running heads or footers (running_head_keys)."""
    return _key(text) in heads


def clean_list_entries(entries: list[str], heads: set[str] | None = None) -> list[str]:
    """The entries of a reference list without the material that is no reference (see the module docstring).

    Args:
        entries: the list's entries in order (merge_reference_passages).
        heads: running-head keys of the document (running_head_keys over all its passages).

    Example:
        >>> clean_list_entries(["Kay, A. (2005) Title. Journal of X, 3,", "45-67.", "HSR 40 (2015) 4 │ 126",
        ...                     "Paper received 2 May 2004; revised version accepted 6 March 2005."],
        ...                    {"hsr # (#) # │ #"})
        ['Kay, A. (2005) Title. Journal of X, 3, 45-67.']
    """
    heads = heads or set()
    out: list[str] = []
    named = [bool(SOURCE_NAME.match(e.strip())) for e in entries] + [False]
    for i, entry in enumerate(entries):
        entry = _EDITORIAL_TAIL.sub("", entry).strip()
        if not entry or is_running_head(entry, heads) or _EDITORIAL.match(entry) or _BIOGRAPHY.match(entry):
            continue
        if _MARKER.match(entry) or _LINK.search(entry) or (has_date(entry) and not _TAIL.match(entry)) or \
                looks_like_reference(entry) >= 0.3 or named[i] and (named[i - 1] or named[i + 1]):
            out.append(entry)
        elif out and _TAIL.match(entry) and not _PAGES.search(out[-1][-25:]):
            out[-1] = join_lines(out[-1], entry)
        elif out and re.match(r"^\d{1,6}\s*[-–]\s*\d{1,6}\.?$", entry):
            out[-1] = join_lines(out[-1], entry)  # a page range alone, cut from its entry
    return out
