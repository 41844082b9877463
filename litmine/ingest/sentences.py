"""Sentence boundaries that survive "et al.", "e.g.", "z. B.", "Nr. 5", "S. 12", initials and German ordinals.

A boundary is terminal punctuation, closing quotes or brackets, space, and a likely sentence start (a capital,
an opening quote or bracket, a digit). A full stop does not end a sentence after an abbreviation of English or
German academic and policy writing, a single letter (initials, "z. B.", "s. o.", "S. 12"), a dotted abbreviation
("U.K.", "u.a."), an abbreviation that takes a number before that number ("pp. 4", "Nr. 5", "Abb. 2", "Cm. 1234"),
or a German ordinal before a month or a noun that takes one ("am 3. Oktober", "im 19. Jahrhundert").
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    # English: citations, titles, Latin, months
    "al e.g eg i.e ie cf vs viz ed eds edn approx dr mr mrs ms prof st jr sr corp dept univ op cit ibid ca c "
    "n.d nd rev repr trans jan feb mar apr jun jul aug sep sept oct nov dec mt gov govt assoc hon rt cllr esp incl "
    "resp seq sen rep natl intl "
    # German: citations, connectives, titles, units, months
    "vgl bzw sog ggf evtl inkl exkl insb bspw zit ebd hg hrsg aufl jh jhd jhs dt engl frz lat lt allg bes bzgl "
    "einschl entspr gegr ggü mio mrd tsd ausg verf übers dipl geb gest abt okt dez mrz".split()
)
# abbreviations that are followed by a number ("pp. 4", "Nr. 3", "Vol. 2", "Abb. 1", "Cm. 8080"): not a sentence
# end before a digit
_NUMBER_ABBREVIATIONS = frozenset(
    "p pp para paras vol vols no nos ch chap fig figs tab art sec sect eq eqs ref refs cm cmnd cmd sch reg regs cl ss "
    "pt bk nr abb kap bd bde jg hft abs ziff anm fn sp rn rdnr".split()
)
# "am 3. Oktober", "im 19. Jahrhundert": a German ordinal (1 or 2 digits and a stop) before a month or a noun that
# takes an ordinal is no sentence end
_ORDINAL_NOUNS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember jahrhundert "
    "jahrhunderts jahrhunderte auflage lebensjahr lebensjahres wahlperiode legislaturperiode jahrestag sitzung "
    "klasse welle runde mal stelle platz kapitel".split()
)
_QUOTE = "\"'\u00ab\u2039\u201c\u2018\u201e\u201a"  # " ' « ‹ “ ‘ „ ‚
_OPEN = "(\\[" + _QUOTE
_CLOSE = "\"')\\]\u00bb\u203a\u201d\u2019\u201c"  # " ' ) ] » › ” ’ “ (German closing quote)
_END = ".!?\u3002\uff01\uff1f\u061f"
# A candidate end: terminal punctuation, optional closing quotes/brackets, then space and a likely sentence start.
# The look-behind lets only the first mark of a run start a match, so a long run of marks ("......") is scanned once;
# it follows the first mark (no mark before it) so that the pattern opens with a character class, which the regex
# engine searches for quickly (2.5x faster than a pattern opening with the look-behind).
_BOUNDARY = re.compile(rf"([{_END}](?<![{_END}][{_END}])[{_END}]*)([{_CLOSE}]*)(\s+)"
                       rf"(?=[{_OPEN}]?[^\W\d_a-z]|[{_QUOTE}]|\d)")
_CJK_END = re.compile(r"[\u3002\uff01\uff1f](?=\S)")
# The word before a full stop, looked for in a bounded window before it (never from the passage start, which
# made splitting quadratic in the passage length); a word longer than the window is no abbreviation anyway.
# Matched from the window's start: the greedy lead runs to the window's end and backs off to its last character
# that is no word character, so the word is the longest run of word characters and stops that ends the window (as
# searching for ([\w.]+)$ finds it, which tried every place in the window, each up to its end).
_WORD_BEFORE = re.compile(r"(?:.*[^\w.])?([\w.]+)$", re.S)
_CJK_ENDS = ("\u3002", "\uff01", "\uff1f")
_WORD_AFTER = re.compile(r"[\"'(\[\u00ab\u2039\u201c\u2018\u201e\u201a]?(\w+)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.K., e.g, i.e, u.a, z.B
_LETTER_STOP = re.compile(r"[^\W\d_]\.")  # "B." of "z. B.", "o." of "s. o."
_WINDOW = 80


def _continues(text: str, word: str, before: int, after: int) -> bool:
    """Whether a full stop after word (which starts at before; the text goes on at after) belongs to the sentence:
    an abbreviation, an initial, a number before a number, or an ordinal."""
    low = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper() or _DOTTED.fullmatch(word):
        return True
    if low in _ABBREVIATIONS and not word.isupper():  # "Vgl.", "bzw."; not the acronyms "LT." or "DT." at an end
        return True
    next_char = text[after:after + 1]
    if len(word) == 1 and word.isalpha():  # "z. B.", "s. o.", "u. a. 1985", "s. 12"; not "in year t. We", "Treloar's."
        return bool(_LETTER_STOP.match(text, after) or _LETTER_STOP.match(text, before - 3, before - 1)
                    or next_char.isdigit())
    if next_char.isdigit():
        return low in _NUMBER_ABBREVIATIONS or word.isdigit()
    if word.isdigit() and len(word) <= 2:
        following = _WORD_AFTER.match(text, after)
        return bool(following) and following.group(1).lower() in _ORDINAL_NOUNS
    return False


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
        first = text[m.end():m.end() + 2].lstrip(_OPEN)[:1]
        if first.islower():  # "ähnlich", "ωμέγα": the class above lets through lower-case letters beyond a-z
            continue
        if m.group(1) == ".":
            lo = max(0, m.start(1) - _WINDOW)
            word_m = _WORD_BEFORE.match(text, lo, m.start(1))
            if word_m and not (word_m.start(1) == lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "._")) \
                    and _continues(text, word_m.group(1), word_m.start(1), m.end()):
                continue  # (a word longer than the window is no abbreviation, initial or number)
        cuts.append(m.end(2))
    if not text.isascii() and any(mark in text for mark in _CJK_ENDS):  # (ASCII text holds none)
        cuts.extend(m.end() for m in _CJK_END.finditer(text))
        cuts = sorted(set(cuts))
    for cut in cuts:  # (the boundaries' cuts come in order, each after the last)
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
