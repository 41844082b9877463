"""Surnames folded to the key callouts, references and works are matched on.

One module for the linker (link.py) and the works (works.py), which both fold names the same way: case, diacritics,
German and Scandinavian transliterations, particles and punctuation; and one typo between two names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["author_name", "normalise_surname", "surname_tokens", "within_one_edit"]

_TRANSLIT = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l",
                           "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i"})
# German and Scandinavian transliterations: Müller/Mueller/Muller, Sørensen/Soerensen/Sorensen.
_UMLAUT_DIGRAPH = re.compile(r"([aou])e")
_NON_LETTER = re.compile(r"[^a-z]+")
_NAME_SPLIT = re.compile(r"[\s'’\-]+")
_PARTICLES = frozenset("van von de der den del della dei degli di da dal du dos das la le ten ter zu zur d l "
                       "bin ibn al el".split())


def normalise_surname(name: str) -> str:
    """Fold a surname to the key used for matching: case, diacritics, transliterations, particles, punctuation.

    "Berkel, R. van" is read as surname "Berkel" with particle "van"; particles are dropped wherever they stand.

    Example:
        >>> [normalise_surname(n) for n in ("Sørensen", "Soerensen", "van Berkel", "Berkel, R. van", "O'Connor")]
        ['sorensen', 'sorensen', 'berkel', 'berkel', 'oconnor']
    """
    return _normalise(name)


@lru_cache(maxsize=8192)
def _normalise(name: str) -> str:
    return "".join(surname_tokens(name))


@lru_cache(maxsize=8192)
def surname_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a surname, particles dropped unless nothing else is left."""
    if "," in name:  # "Berkel, R. van": keep the surname and any particle after the initials
        head, _, rest = name.partition(",")
        name = head + " " + " ".join(w for w in rest.split() if w.lower() in _PARTICLES)
    folded = unicodedata.normalize("NFKD", name.translate(_TRANSLIT).lower().replace("&", " and "))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch) and ch not in "´¨ˆ˜¸ˇ˚`")
    words = [_NON_LETTER.sub("", _UMLAUT_DIGRAPH.sub(r"\1", w)) for w in _NAME_SPLIT.split(folded)]
    words = [w for w in words if w]
    kept = [w for w in words if w not in _PARTICLES and w != "the"]  # "The Scottish Government"
    return tuple(kept or words)


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (insert, delete, substitute or swap of neighbours)."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def author_name(author: dict[str, str]) -> str:
    """An author as citations print it and the linker reads it: the surname, or a body's whole name ({"literal":
    "R Core Team"}), "" for neither.

    Example:
        >>> author_name({"surname": "Weber", "given": "Max"}), author_name({"literal": "Bundesagentur für Arbeit"})
        ('Weber', 'Bundesagentur für Arbeit')
    """
    return author.get("surname") or author.get("literal") or author.get("name") or ""
