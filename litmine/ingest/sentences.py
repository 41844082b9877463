"""Sentence boundaries that survive "et al.", "e.g.", initials and page abbreviations."""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "al e.g eg i.e ie cf vs viz ed eds edn approx dr mr mrs ms prof st jr sr corp dept univ op cit ibid ca c "
    "n.d nd rev repr trans jan feb mar apr jun jul aug sep sept oct nov dec mt gov govt assoc".split()
)
# abbreviations that are followed by a number ("pp. 4", "no. 3", "Vol. 2"): not a sentence end before a digit
_NUMBER_ABBREVIATIONS = frozenset("p pp para paras vol vols no nos ch chap fig figs tab art sec".split())
# A candidate end: terminal punctuation, optional closing quotes/brackets, then space and a likely sentence start.
# The look-behind lets only the first mark of a run start a match, so a long run of marks ("......") is scanned once.
_BOUNDARY = re.compile(r"(?<![.!?\u3002\uff01\uff1f\u061f])([.!?\u3002\uff01\uff1f\u061f]+)([\"')\]\u00bb]*)(\s+)"
                       r"(?=[\"'(\[\u00ab]?[^\W\d_a-z]|[\"'\u00ab]|\d)")
_CJK_END = re.compile(r"[\u3002\uff01\uff1f](?=\S)")
# The word before a full stop, looked for in a bounded window before it (never from the passage start, which
# made splitting quadratic in the passage length); a word longer than the window is no abbreviation anyway.
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WINDOW = 80


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a passage, in time linear in its length.

    Example:
        >>> t = "As Kerr et al. (2012) argue, work-first fails, e.g. for lone parents. It is costly."
        >>> [t[s:e] for s, e in split_sentences(t)]
        ['As Kerr et al. (2012) argue, work-first fails, e.g. for lone parents.', 'It is costly.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    cuts: list[int] = []
    for m in _BOUNDARY.finditer(text):
        end_punct = m.group(1)
        if end_punct == ".":
            lo = max(0, m.start(1) - _WINDOW)
            word_m = _WORD_BEFORE.search(text, lo, m.start(1))
            word = word_m.group(1) if word_m else ""
            if word_m and word_m.start() == lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "._"):
                word = "\x00" + word  # longer than the window: not an abbreviation, initial or number
            low = word.lower().rstrip(".")
            next_char = text[m.end():m.end() + 1]
            if low in _NUMBER_ABBREVIATIONS and next_char.isdigit():
                continue
            if low in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.K., e.g, i.e
                continue
            if word.isdigit() and text[m.end():m.end() + 1].isdigit():
                continue
        cuts.append(m.end(2))
    cuts.extend(m.end() for m in _CJK_END.finditer(text))
    for cut in sorted(set(cuts)):
        if cut <= start:
            continue
        seg_end = cut
        while seg_end > start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > start:
            spans.append((start, seg_end))
        start = cut
        while start < len(text) and text[start].isspace():
            start += 1
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


def split_long(text: str, limit: int) -> list[str]:
    """Cut a text longer than `limit` characters into pieces of at most `limit`, at sentence boundaries (a
    sentence longer than the limit at its last space before the limit, else at the limit itself).

    Example:
        >>> split_long("One sentence here. Another one. A third.", 25)
        ['One sentence here.', 'Another one. A third.']
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = end = 0  # the piece being built is text[start:end]
    for s, e in split_sentences(text):
        if e - start <= limit:
            end = e
            continue
        if end > start:
            pieces.append(text[start:end].strip())
        start = s
        while e - start > limit:  # one sentence longer than the limit
            cut = text.rfind(" ", start + 1, start + limit + 1)
            cut = cut if cut > start else start + limit
            pieces.append(text[start:cut].strip())
            start = cut
        end = e
    if end > start:
        pieces.append(text[start:end].strip())
    return [p for p in pieces if p]
