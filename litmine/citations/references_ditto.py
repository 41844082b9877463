"""Repeated-author entries of a reference list: "----", "———" or "___" in place of the author's name.

Author-date styles (Chicago, MLA, many social-science journals) print a run of dashes for "the same author as the
entry above". The parser sees no name there; this module gives such an entry the authors of the entry before it.
Covers: two or more hyphens, en/em dashes or underscores, or the horizontal bar, optionally after
an entry number and followed by a full stop, comma or date; "—— and Name" or "——, and Name" adds the co-authors
printed after the dash. German lists print "ders." / "dies." (derselbe, dieselbe) instead: the same rule. It does
not guess when the entry before has no authors (nothing is inherited then).
"""

from __future__ import annotations

import re

from litmine.models import Reference

# German "ders." / "dies." (derselbe, dieselbe): the same author as the entry before (references.py uses it too)
SAME_AUTHOR_WORD = r"[Dd](?:ers|ies|erselbe|ieselbe|ieselben)"
_DASH_AUTHOR = re.compile(r"^\s*(?:\[\d{1,4}\]\s*|\d{1,3}\s?\.\s+)?(?:[-–—―_]{2,}|―|"
                          # one en or em dash before a date: "– 2009: Titel", "– (o.J.): Titel"
                          r"[–—]\s?(?=(?:1[5-9]\d\d|20\d\d)[a-z]?[:.,]\s|\(\s*(?:1[5-9]\d\d|20\d\d|o\.\s?J\.))|"
                          rf"{SAME_AUTHOR_WORD}\.?(?=[\s,:(]))"
                          r"(?P<more>\s*,?\s*(?:and|&|und|et)\s)?")

_SAME_WORDS = frozenset("ders dies derselbe dieselbe dieselben".split())


def inherit_repeated_authors(references: list[Reference]) -> list[Reference]:
    """Give each list entry that opens with a repeated-author dash the authors of the entry before it (in place).

    A chain of dashed entries all take the authors of the last named one. Co-authors printed after the dash
    ("—— and Müller, J.") follow the inherited names.

    Example:
        >>> from litmine.citations.references import parse_reference
        >>> refs = [parse_reference("Luhmann, N. (1984) Soziale Systeme. Frankfurt: Suhrkamp."),
        ...         parse_reference("——— (1997) Die Gesellschaft der Gesellschaft. Frankfurt: Suhrkamp.")]
        >>> [a["surname"] for a in inherit_repeated_authors(refs)[1].authors]
        ['Luhmann']
    """
    for previous, ref in zip(references, references[1:]):
        m = _DASH_AUTHOR.match(ref.raw)
        if not m or not previous.authors:
            continue
        inherited = [dict(a) for a in previous.authors]
        if m.group("more"):
            known = {a.get("surname") for a in inherited}
            inherited += [a for a in ref.authors if a.get("surname") not in known
                          and (a.get("surname") or "").lower() not in _SAME_WORDS]
        ref.authors = inherited
    return references
