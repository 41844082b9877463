"""Reference lists: entries split from a section's lines or passages, parsed into fields, and references found
in footnotes.

parse_reference labels the words of an entry with a small trained tagger (reference_model) and turns the labelled
spans into fields with rules (reference_rules); without the tagger's weights file it falls back to rules alone
(reference_heuristics). Everything here is a pure function over strings.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from litmine.citations.reference_heuristics import label_tokens_by_rules
from litmine.citations.reference_model import (forced_labels, load_reference_tagger, mask_for_tagging,
                                               tokenize_reference)
from litmine.citations.reference_rules import build_fields, join_broken_doi, join_broken_url
from litmine.citations.references_ditto import SAME_AUTHOR_WORD
from litmine.citations.reflist import label_lines, strip_line_numbers
from litmine.citations.typography import relabel_by_italics
from litmine.models import Reference

# list markers, and the words that introduce a reference in a footnote ("See", "Vgl.", "Cf.")
_MARKER = re.compile(r"^\s*(?:[•●▪◦·∙*\-–—]\s+|\[\s*\d{1,4}[a-z]?\s*\]\s*|\(\d{1,4}\)\s*|\d{1,3}[.)]\s+"
                     r"|\d{1,3}\)\s*|\d{1,3}\s+(?=[^\W\d]))")
_CUE = re.compile(r"^\s*(?:(?:see(?:\s+also)?|see,?\s+for\s+example|cf\.?|compare|vgl\.?(?:\s+(?:auch|dazu|hierzu))?|"
                  r"siehe(?:\s+auch|\s+dazu)?|s\.\s+auch|so\s+auch|z\.\s?b\.|e\.\s?g\.,?|for\s+example,?|"
                  r"zitiert\s+nach|zit\.\s+n(?:ach|\.)|quoted\s+in|cited\s+in)\s*[:,]?\s+)+", re.I)
_IBID = re.compile(r"^\s*(?:ibid(?:em)?|ib\.|ebd|ebenda|ebda|id\.|idem|eadem|a\.\s?a\.\s?o\.|op\.\s?cit)\b\.?", re.I)


def strip_reference_prefix(text: str) -> str:
    """The reference without its list marker ("[3]", "3.", "•") or footnote cue ("See", "Vgl.", "Cf.").

    Example:
        >>> strip_reference_prefix("12 Vgl. Müller, A.: Titel, Berlin 2003, S. 12.")
        'Müller, A.: Titel, Berlin 2003, S. 12.'
    """
    m = _MARKER.match(text)
    rest = text[m.end():] if m else text
    m = _CUE.match(rest)
    rest = rest[m.end():] if m else rest
    return rest.strip() if re.search(r"[^\W\d_]", rest) else text.strip()


def parse_reference(raw: str, *, index: int = 0,
                    italic: Callable[[str], list[bool] | None] | None = None) -> Reference:
    """Parse one reference string (any common style) into a Reference.

    Args:
        raw: the entry as printed; list markers ("[3]", "3.") and cues ("See", "Vgl.") are skipped.
        index: the entry's position in its list, stored on the Reference.
        italic: where the entry came from a PDF with italics, which of its characters are italic
            (typography.ItalicText.flags): they set the title/container boundary after tagging.

    Example:
        >>> r = parse_reference("Lindsay, C. (2007) 'The United Kingdom's work first welfare state', "
        ...                     "Social Policy & Administration, 41(6): 555-572.")
        >>> r.authors, r.year, r.container, (r.volume, r.issue, r.pages), r.type
        ([{'surname': 'Lindsay', 'given': 'C.'}], 2007, 'Social Policy & Administration', ('41', '6', '555-572'), \
'article')
    """
    return parse_references([raw], first=index, italic=italic)[0]


def parse_references(raws: list[str], *, first: int = 0,
                     italic: Callable[[str], list[bool] | None] | None = None) -> list[Reference]:
    """parse_reference of each string, indexed from first: the tagger labels all of them in one pass
    (ReferenceTagger.tag_many, the same labels), then each is finished in turn (italic asked in their order)."""
    if not raws:
        return []
    entries = [_entry_tokens(raw) for raw in raws]
    tagger = load_reference_tagger()
    if tagger is None:
        tagged = [(label_tokens_by_rules(text, tokens), None) for text, tokens, _, _ in entries]
    else:
        # the tagger reads each entry with Markdown emphasis blanked and "(n.d.)" as "(2000)", as in its training
        got = tagger.tag_many([(masked, seen, forced_labels(masked, seen)) for _, _, masked, seen in entries])
        tagged = [(_carry_labels(labels, seen, tokens), scores if masked == text else None)
                  for (text, tokens, masked, seen), (labels, scores) in zip(entries, got)]
    return [_finish(raw, first + k, entry[0], entry[1], labels, scores, italic, tagger)
            for k, (raw, entry, (labels, scores)) in enumerate(zip(raws, entries, tagged))]


def _entry_tokens(raw: str) -> tuple[str, list, str, list]:
    """An entry's text as parsed (accents composed, marker and cue gone, hyphens and DOIs repaired), its tokens,
    and the masked text the tagger reads (mask_for_tagging) with its tokens (the same list where nothing was
    masked)."""
    # composed accents: "Lähdesmäki" written as "a" + U+0308 would fall apart into words at the accent
    text = repair_hyphens(strip_reference_prefix(" ".join(unicodedata.normalize("NFC", raw).split())))
    if "10." in text:  # a DOI cut by a line break is one token again
        text = join_broken_doi(text)
    if "://" in text or "http" in text:  # and a URL cut so
        text = join_broken_url(text)
    tokens = tokenize_reference(text)
    masked = mask_for_tagging(text)
    return text, tokens, masked, tokenize_reference(masked) if masked != text else tokens


def _finish(raw: str, index: int, text: str, tokens: list, labels: list[str], scores, italic, tagger) -> Reference:
    """The Reference of an entry from its tokens' labels: the italics' title/container boundary applied (scores:
    the tagger's emissions of the text's tokens, for decoding again), fields built and tidied."""
    flags = italic(text) if italic is not None else None
    if flags:
        labels = _italic_labels(text, tokens, labels, flags, tagger, scores)
    ref = Reference(index=index, raw=raw, **build_fields(text, tokens, labels))
    if ref.container:  # "IZA Discussion Paper No" → "IZA Discussion Paper": the number is not the series
        ref.container = _SERIES_NUMBER.sub("", ref.container) or ref.container
    if ref.title:  # software: "Jupyter book (Version v0.10). Zenodo" → "Jupyter book"
        ref.title = _SOFTWARE_TAIL.sub("", ref.title) or ref.title
    _title_in_author_place(text, ref)
    return ref


# APA and its kin put the title of a work without author where the author goes: "Title. (2019). https://…",
# "Title. (n.d.). In Site. https://…". The head before the date is read as the title when nothing after the date
# can be one (only an address, "In <container>", "Retrieved/Accessed/Available …") and the head has no mark of
# personal names (an initial, "&", "et al.", "Surname, Given", "Surname, G", "Surname GH"); "R Core Team. (2018).
# R: A language…" keeps its author, for a title follows its date.
_HEAD_DATE = re.compile(r"^(?P<head>[^()]{3,200}?)\.\s*\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.?)\)\.?\s*(?P<rest>.*)$")
_NO_TITLE_AFTER = re.compile(r"^(?:$|(?:https?://|www\.|doi\b|10\.\d)|(?:in|retrieved|accessed|available)\b)", re.I)
_PERSONAL = re.compile(r"\b[A-ZÀ-Þ]\.|&|\bet al\b|,\s*[A-ZÀ-Þ][\w'’-]*\s*(?:,|$)|\s[A-ZÀ-Þ]{1,3}$")


def _title_in_author_place(text: str, ref: Reference) -> None:
    """Move a title the tagger read as the author (or the container) back to the title (see _HEAD_DATE); the
    "In <container>" after the date is the container; in place."""
    m = _HEAD_DATE.match(text)
    if not m or _PERSONAL.search(m.group("head")) or not _NO_TITLE_AFTER.match(m.group("rest")):
        return
    head = m.group("head").strip()
    within = re.match(r"In\s+([^.]{2,120}?)(?:\.\s|\.?$)", m.group("rest"))
    container = within.group(1).strip() if within else None
    if ref.title and (container is None or re.sub(r"^In\b\W*", "", ref.title).strip() not in ("", container)):
        return  # a title of its own after the date ("In" alone or "In <container>" is none)
    if not ref.authors and ref.container != head:
        return
    ref.title, ref.authors = head, []
    if ref.container in (None, head):
        ref.container = container


def _italic_labels(text: str, tokens: list, labels: list[str], flags: list[bool], tagger, scores=None) -> list[str]:
    """The labels with the italics' title/container boundary (typography.relabel_by_italics), the tagger decoding
    the entry again with the relabelled tokens fixed, so that the labels around them follow (scores: the tokens'
    emissions where the caller has them)."""
    new = relabel_by_italics(text, tokens, labels, flags)
    if new == labels or tagger is None or mask_for_tagging(text) != text:
        return new
    forced = forced_labels(text, tokens)
    forced.update({j: lab for j, (lab, old) in enumerate(zip(new, labels)) if lab != old})
    return tagger.tag(text, tokens, forced=forced, scores=scores)


# and APA's bracketed description of the kind of work: "GeoTeach [Jupyter notebooks]", "[Computer software]",
# "[Data set]", "[Video]", "[Conference presentation]" (a bracketed translation of the title stays)
_SOFTWARE_TAIL = re.compile(r"(?:\s*\((?:Version|Ver\.|v)\s?[^)]{1,20}\))?"
                            r"(?:\s*\[[^\][]{0,30}\b(?i:software|notebooks?|data\s?set|dataset|data|video|podcast|"
                            r"presentation|poster|slides|tweet|manuscript|preprint|proceedings paper|web page|website|"
                            r"source code|code|computer program|blog post|lecture|workshop|tutorial|course)\b[^\][]{0,30}\])?"
                            r"(?:\.?\s*(?:Zenodo|GitHub|GitLab|figshare|CRAN|PyPI|Software Heritage))?\s*[.(]?$")


_SERIES_NUMBER = re.compile(r"[\s,]+(?:No|Nr|no|nr|Vol|vol|Bd|Heft|Band|Issue|Series|vols?)\.?$")


def _carry_labels(labels: list[str], source: list, target: list) -> list[str]:
    """Labels of the tokens of a masked copy of a string, carried to the tokens of the string itself."""
    if source is target:
        return labels
    out: list[str] = []
    j = 0
    for t in target:
        while j + 1 < len(source) and source[j + 1].start <= t.start:
            j += 1
        out.append(labels[j] if source else "note")
    return out


# ---------------------------------------------------------------------------------------------- entry boundaries
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
# a name may hold a spacing accent the PDF text layer left beside its letter ("Martí´n", "S¨oderbom")
_NAME = rf"(?:[{_UPPER}][\w'’\-´¨ˆ˜˚ˇ`]+|[{_UPPER}]{{2,}})"
_INITS = r"(?:[A-ZÀ-ÖØ-Þ]\.\s?(?:-?[A-ZÀ-ÖØ-Þ]\.\s?)*)"
_START_PATTERNS = [
    # Lindsay, C. / Lindsay, Colin / van der Berg, J.
    re.compile(rf"^(?:(?:van|von|de|der|den|da|di|du|del|la|le|d'|O')\s?)*{_NAME}(?:[ \-]{_NAME})?,\s*"
               r"(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+|[A-Z]{1,3}\b)"),
    # Lindsay C, Pearson S / Rustgi AK (1989) / Kraemer HC. Title
    re.compile(rf"^{_NAME}(?:[ \-]{_NAME})?\s+(?:[A-Z]{{1,3}}|{_INITS})(?:,\s+{_NAME}\s+(?:[A-Z]{{1,3}}\b|{_INITS})|"
               rf",?\s+et al|\.?\s*\(\s*{_YEAR}|\.?,?\s*{_YEAR}[.,:]|\.\s+[A-Z])"),
    # C. Lindsay / R.A.W. Rhodes
    re.compile(rf"^{_INITS}{_NAME}"),
    # Liesbet Hooghe and Gary Marks, / Gary Marks, Title (no digit soon after: not "Social Policy, 41(2)")
    re.compile(rf"^(?=[^\d]{{30}})[A-Z][a-zà-ÿ]+(?:\s{_INITS}|\s[A-Z][a-zà-ÿ]+)?\s{_NAME}"
               r"(?:,\s|\s(?:and|&|und)\s[A-Z])"),
    # DWP (2010) / Scottish Government (2015a) / OECD (n.d.)
    re.compile(rf"^[A-ZÀ-Ý][^.()]{{0,90}}?(?:\([A-Z]{{2,}}\)\s*)?[(\[]\s*(?:{_YEAR}|n\.\s?d\.|forthcoming|in press)"),
    # APA corporate authors: World Meteorological Organisation. (2022b).
    re.compile(rf"^[A-ZÀ-Ý][^.()]{{0,90}}\.\s+\(\s*(?:{_YEAR}|n\.\s?d\.)\s*\)\."),
    # Angelika Tölke/Martin Diewald, / Hooghe/Marks:
    re.compile(rf"^(?:[A-Z][a-zà-ÿ]+\s)?{_NAME}\s?/\s?(?:[A-Z][a-zà-ÿ]+\s)?{_NAME}[,:(]"),
    # Хайек Ф. / Шаститко А. Е.
    re.compile(r"^[А-ЯЁ][а-яё\-]+,?\s+(?:[А-ЯЁ]\.\s?){1,3}"),
    # ——— (same author as above)
    re.compile(r"^(?:[-–—_]{2,}|\u2015)"),
]
_END_OK = re.compile(r"(?:[.!?)\]'\"’”]|\d|\b[A-ZÀ-Þ][^\W\d_]+|\b[A-Z]{2,}|\.html?|\.pdf|/|"
                     r"\b(?:mimeo|forthcoming|in press|unpublished|im Druck|im Erscheinen))\s*$")
_END_OPEN = re.compile(
    r"(?:[,;:&(/\-–]|(?<!/)(?<!\ba\.)(?<!\ba\.\s)\b[A-ZÀ-Þ]\.|\b(?:and|und|or|oder|in|In|of|the|The|a|an|for|on|to|with|from|by|at|der|die|das|"
    r"des|dem|den|von|vom|zur|zum|für|im|de|la|le|les|du|et|el|y|pp|eds?|Hrsg|Hg|vol|no|Nr|S|Dr|Mr|Mrs|Prof|St|Jg|"
    r"Bd|al|Vgl|vgl|cf|ed|trans|repr|esp|New|San|Los|Santa|Saint)\.?)\s*$")
_CONTINUATION = re.compile(r"^\s*(?:[a-zà-ÿ]|\d+\s*[-–]\s*\d+|\d+\s*[(:,]|pp?\.|S\.\s|\(|&|and\b|und\b|In:|in:|"
                           r"In\s|https?://|doi|vol\.|no\.|[)\]:;,.])")
_HYPHEN_PREFIXES = frozenset(
    "co non self multi inter intra post pre anti cross well socio neo pro counter semi sub super trans ex extra "
    "macro micro mid meta quasi pseudo bi tri re un over under out long short full part low high one two three "
    "first second third policy evidence state work welfare market user service labour labor".split())
_KEEP_AFTER_HYPHEN = frozenset("und oder bzw sowie bis and or to als wie noch".split())


def looks_like_entry_start(text: str) -> bool:
    """Whether a line or passage opens a new reference entry: a list marker, an author-like start, a dash."""
    t = text.lstrip()
    if not t:
        return False
    if _MARKER.match(t) and not re.match(r"^\s*\d+\s*[-–]\s*\d+", t):
        return True
    return any(p.match(t) for p in _START_PATTERNS) or bool(_SAME_AUTHOR.match(t))


# German "not yet out": "(i. E.)" (im Erscheinen), "im Erscheinen", "im Druck", "in Vorbereitung" (case kept: "i. e.")
_FORTHCOMING_DE = r"\(\s?i\.\s?E\.\s?\)|\bim (?:Erscheinen|Druck)\b|\bin Vorbereitung\b"


def has_date(text: str) -> bool:
    """Whether a text holds a year or a date's stand-in: "n.d.", "forthcoming", "in press", German "o.J.", "(i. E.)",
    "im Erscheinen", "im Druck", "in Vorbereitung" (an entry that has its date)."""
    return bool(re.search(rf"(?<!\d){_YEAR}(?!\d)|n\.\s?d\.|forthcoming|in press|o\.\s?J\.", text, re.I)
                or re.search(_FORTHCOMING_DE, text))


_FIRM_END = re.compile(r"(?:[.!?)\]'\"’”]|\d|\.html?|\.pdf|/)$")
_OPEN_QUOTE_END = re.compile(r"[(\[‘“„«]\s*$|(?:^|\s)['\"]$")


def _ends_open(t: str) -> bool:
    """_END_OPEN found in t (a string without trailing white space), searched in its last characters only: a match
    ends at the end and is at most six characters long (its look-behinds still see the characters before)."""
    return bool(_END_OPEN.search(t, max(0, len(t) - 8)))


def _ends_firmly(text: str) -> bool:
    """Ends with a full stop, bracket, quote, number or URL (a capitalised last word may be a wrapped title)."""
    t = text.rstrip()
    return bool(_FIRM_END.search(t, max(0, len(t) - 6))) and not _ends_open(t)


def _ends_complete(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and not _ends_open(t) and bool(_END_OK.search(t))


def join_lines(left: str, right: str) -> str:
    """Join two wrapped lines, repairing a line-break hyphen: "employ-" + "ability" → "employability", but
    "co-" + "production" → "co-production" and "Volks-" + "und" stays apart.

    Example:
        >>> join_lines("New approaches to employ-", "ability in the UK"), join_lines("user co-", "production")
        ('New approaches to employability in the UK', 'user co-production')
    """
    left, right = left.rstrip(), right.lstrip()
    if not left:
        return right
    if not right:
        return left
    m = re.search(r"([^\W\d_]+)[-‐­]$", left)
    if m and left[-2:-1] != " ":
        word = right.split(maxsplit=1)[0]
        if right[0].islower() and word.strip(".,;:").lower() not in _KEEP_AFTER_HYPHEN:
            if m.group(1).lower() in _HYPHEN_PREFIXES:
                return left + right
            return left[:-1] + right
        if right[0].isupper() or right[0].isdigit():
            return left + right
        return left + " " + right
    if re.search(r"\d[-–]$", left) and right[0].isdigit():
        return left + right
    return left + " " + right


_BREAK = re.compile(r"([^\W\d_]+[-‐­]) +(\S+)")


def repair_hyphens(text: str) -> str:
    """Join "employ- ability" style breaks left inside a flattened string (see join_lines)."""
    return _BREAK.sub(lambda m: join_lines(m.group(1), m.group(2)), text) if "- " in text else text


def split_references(lines: list[str]) -> list[str]:
    """The lines of a reference section (wrapped, hanging indents flattened) → one string per entry.

    The reference-list line model (reflist.label_lines) marks each line as an entry start, a line inside an entry
    or not a reference (running heads, page numbers, footers, watermarks, biographies, prose), which is left out;
    wrapped lines are joined with their line-break hyphens repaired (join_lines). Without the model's weights file
    the rules of split_references_by_rules decide.

    Example:
        >>> split_references(["Lindsay, C. (2007) The UK's work first welfare state. Social Policy &",
        ...                   "Administration, 41(6): 555-572.",
        ...                   "McQuaid, R. and Lindsay, C. (2005) The concept of employ-",
        ...                   "ability. Urban Studies, 42(2): 197-219."])[1]
        'McQuaid, R. and Lindsay, C. (2005) The concept of employability. Urban Studies, 42(2): 197-219.'
    """
    labels = label_lines(lines)
    if labels is None:
        return split_references_by_rules(lines)
    return entries_from_labels(strip_line_numbers(lines), labels)


def entries_from_labels(lines: list[str], labels: list[str]) -> list[str]:
    """Entries from labelled lines: a "B" line opens one, "I" lines join it, "O" and blank lines are left out.

    Example:
        >>> entries_from_labels(["Hood, C. (1991) A public", "management. Public Admin.", "For Peer Review",
        ...                      "Peck, J. (2001) The employ-", "ability gap."], ["B", "I", "O", "B", "I"])
        ['Hood, C. (1991) A public management. Public Admin.', 'Peck, J. (2001) The employability gap.']
    """
    entries: list[str] = []
    current: str | None = None
    for line, label in zip(lines, labels):
        row = " ".join(line.split())
        if label == "B" or (label == "I" and current is None):
            if current:
                entries.append(current)
            current = row
        elif label == "I":
            current = join_lines(current or "", row)
    if current:
        entries.append(current)
    return [e for e in entries if re.search(r"[^\W\d_]", e)]


def split_references_by_rules(lines: list[str]) -> list[str]:
    """The rules that split a reference section when the line model's weights are missing.

    Numbered lists ("[1]", "1.") and bulleted lists split at their markers; author-date lists split where a line
    opens like an entry (a surname and initials, a corporate author and a year, a dash for the same author) after
    a line that ends like one. Blank lines always end an entry; lines that are only a page number are dropped.
    Wrapped lines are joined with their line-break hyphens repaired (join_lines).

    Example:
        >>> split_references_by_rules(["Lindsay, C. (2007) The UK's work first welfare state. Social Policy &",
        ...                   "Administration, 41(6): 555-572.",
        ...                   "McQuaid, R. and Lindsay, C. (2005) The concept of employ-",
        ...                   "ability. Urban Studies, 42(2): 197-219."])[1]
        'McQuaid, R. and Lindsay, C. (2005) The concept of employability. Urban Studies, 42(2): 197-219.'
    """
    rows = [repair_hyphens(" ".join(line.split())) for line in lines]
    content = [r for r in rows if r and not re.fullmatch(r"\d{1,4}", r)]
    style = _list_style(content)
    # in an author-date list every entry has a year: one that has none yet goes on
    dated = sum(1 for r in content if has_date(r)) * 3 >= len(content)
    entries: list[str] = []
    current = ""
    expected = None
    for k, row in enumerate(rows):
        if not row:
            if current:
                entries.append(current)
            current = ""
            continue
        if re.fullmatch(r"\d{1,4}", row):
            continue  # a page number, perhaps between the halves of an entry
        if style == "numbered":
            new, expected = _numbered_start(row, current, expected)
        elif style == "bulleted":
            new = bool(_BULLET.match(row))
        else:
            new = _author_date_start(row, current, next((r for r in rows[k + 1:] if r), ""), dated=dated)
        if new and current:
            entries.append(current)
            current = row
        else:
            current = join_lines(current, row) if current else row
    if current:
        entries.append(current)
    return [e for e in entries if re.search(r"[^\W\d_]", e)]


_LIST_NUMBER = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]\s|\((\d{1,4})\))")
_BULLET = re.compile(r"^\s*[•●▪◦∙*\-–]\s")


def _list_style(content: list[str]) -> str | None:
    """ "numbered" or "bulleted" when two or more lines, and a quarter of them or more, open with a list number or
    a bullet; None for an author-date list."""
    numbered = sum(1 for r in content if _LIST_NUMBER.match(r))
    if numbered >= 2 and numbered * 4 >= len(content):
        return "numbered"
    bulleted = sum(1 for r in content if _BULLET.match(r))
    if bulleted >= 2 and bulleted * 4 >= len(content):
        return "bulleted"
    return None


def _numbered_start(row: str, current: str, expected: int | None) -> tuple[bool, int | None]:
    """Whether a line of a numbered list opens an entry (its number the one expected, or the one after), and the
    number expected next."""
    m = _LIST_NUMBER.match(row)
    new = bool(m) and (expected is None or int(next(g for g in m.groups() if g)) in (expected, expected + 1)
                       or not current)
    if m and new:
        expected = int(next(g for g in m.groups() if g)) + 1
    return new, expected


def _author_date_start(row: str, current: str, following: str, *, dated: bool) -> bool:
    """Whether a line of an author-date list opens an entry: it starts like one after an entry that ended, and in a
    dated list the entry before has its date and this one shows one early (or the next line does)."""
    return not current or (looks_like_entry_start(row) and not (_CONTINUATION.match(row) and not _SAME_AUTHOR.match(row))
                           and _ends_complete(current) and (not dated or has_date(current) and (
                               has_date(row) or has_date(following[:60]))))


# "(1997)", "(1976/1936)" (a reprint and its first year), "(o.J.)" (German n.d.)
_DATE_IN_BRACKETS = rf"\(\s*(?:{_YEAR}(?:\s?/\s?{_YEAR})?|n\.\s?d\.|o\.\s?J\.|forthcoming|in press)\s*\)"
# and German "not yet out" after a person's name ("Ott, K. (i. E.):"); after other words it ends a title, as in
# "..., Zeitschrift für X (im Erscheinen)."
_DATE_OR_SOON = rf"(?:{_DATE_IN_BRACKETS}|\(\s?(?:i\.\s?E\.|im Erscheinen|im Druck)\s?\))"
_FULL_NAME = rf"[{_UPPER}][a-zà-ÿ]+(?:\s{_INITS})?\s?{_NAME}"
_RUN_ON_STARTS = _START_PATTERNS[:3] + [
    # a corporate author, perhaps as editor ("Bertelsmann Stiftung (Hrsg.) (2003)"): no colon in it ("München: Beck
    # Betz, H. (1998)" is a place, a publisher and a name), and not the name of a proceedings or journal with its
    # year ("Proceedings of the Fourth (2017) ACM Conference")
    re.compile(rf"^(?!(?:Proceedings|Journal|Transactions|Annals|Conference|Symposium|Workshop)\b)"
               rf"[A-ZÀ-Ý][^.()\d:]{{0,60}}?(?:\((?:[A-Z]{{2,}}|Hrsg|Hgg?|[Ee]ds?)\.?\)\s*)?{_DATE_IN_BRACKETS}"),
    # full names and a date in brackets: "Vincent Carol and Stephen J. Ball (2006)"
    re.compile(rf"^{_FULL_NAME}(?:,?\s(?:and|&)\s{_FULL_NAME})?\s*{_DATE_IN_BRACKETS}"),
    # "Grossman G. and E. Helpman, 1994": surname and initials, "and", initials and a surname
    re.compile(rf"^{_NAME}\s+{_INITS}\s*(?:and|&)\s+{_INITS}?{_NAME}"), _START_PATTERNS[-1]]
# a repeated-author dash ("----", "———", "___", and one en or em dash before a date: "– 2009: Titel", "– (o.J.):"):
# the previous entry's author opens the next entry
_DASH_START = re.compile(rf"^(?:-{{3,}}|[–—―]{{2,}}|_{{3,}}|―|[–—]\s?(?={_YEAR}[:.,]\s|\(\s*(?:{_YEAR}|o\.\s?J\.)\s*\)))")
# an entry number: "[12] ", "12. ", and "12 . " as some text layers space it
_ENTRY_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,3}\s?\.)\s")
# German "ders." / "dies." (the same author as the entry before) and a date or a colon: "ders. (1998):", "dies.,
# 1986:", "Ders.: Title"; not "in: ders. (Hrsg.)", which has no date after it
_SAME_AUTHOR = re.compile(rf"^(?:{SAME_AUTHOR_WORD})\.?\s*(?:\(\s*{_YEAR}|,?\s*{_YEAR}\s*[:.,)]|:\s)")
# an entry that ended with a single capital and a full stop ends with an initial ("Hood, C."), not with the
# abbreviation of a place's river or region after a slash or "a." ("Frankfurt/M.", "Frankfurt a. M."); nor with
# initials and an abbreviated particle ("P. R. d.", "J. v."), the surname after which opens no entry
_INITIAL_END = re.compile(r"(?<!/)(?<!\ba\.)(?<!\ba\.\s)\b(?:[A-ZÀ-Þ]\.\s?(?:d|v|vd|de|da)\.|[A-ZÀ-Þ]\.)\s*$")
# "Weber, Max: Title, 5. Aufl., Tübingen 1972.": an inverted name and a colon, the date at the entry's end (the
# entry before then ends with a figure and a full stop: its year or its pages)
_NAME_COLON = re.compile(rf"^{_NAME},\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[\s-][A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?|{_INITS})"
                         rf"(?:\s?/\s?{_NAME},\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+|{_INITS}))*\s*:\s+[A-ZÀ-ÖØ-Þ„“\"]")
# a date soon: "(1997)", ", 1986:", and German "Lange, Niklas 1997: Title" (a year and a colon after the name)
# (editors first: "Fischer, Erika/Pflug, Isabel (Hg.) (2000)")
# lower-case name particles before a surname ("van Viegen", "de la Haye")
_PARTICLE_WORDS = r"(?:de|van|von|der|den|da|di|du|del|della|la|le|dos|das|ten|ter)"
# an APA list of authors, up to 20 and more with "…" before the last ("van Viegen, T., Akrami, A., ... Galbraith, B. V.,
# … Peters, M. A. K. (2021)."): its date may come hundreds of characters in
_APA_AUTHOR = rf"(?:{_PARTICLE_WORDS}\s+){{0,3}}{_NAME}(?:[ \-]{_NAME})?,\s?{_INITS}"
_APA_NAMES_DATE = re.compile(rf"^{_APA_AUTHOR}(?:,?\s?(?:&\s|…\s?|\.\.\.\s)?{_APA_AUTHOR}){{2,}}\s*{_DATE_IN_BRACKETS}")
_DATE_SOON = re.compile(rf"^[^()]{{0,100}}?(?:\((?:Hg|Hgg|Hrsg|eds?|Eds?)\.?\)\s*)?"
                        rf"(?:{_DATE_IN_BRACKETS}|[.,:]\s*{_YEAR}[.,:]|\s{_YEAR}:\s)")


# where a run-on entry may end: a space before a capital, a list number, a dash, or a lower-case name particle
_RUN_ON_GAP = re.compile(r"(?<=\S)\s+(?=[A-ZÀ-ÖØ-Þ\-–—_]|\[\d|\d{1,3}\.\s|[a-z])")
_PARTICLE = re.compile(rf"^(?:{_PARTICLE_WORDS}\s+){{1,3}}(?=[A-ZÀ-ÖØ-Þ])")
_URL_END = re.compile(r"(?:https?://|www\.|doi\.org/|\b10\.\d{4,9}/)\S*$")
# "Delcroix, Catherine (2000):" opens an entry even after a line that lost its full stop ("..., London")
_GIVEN = rf"(?:{_INITS}|[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-ÿĀ-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-ÿĀ-ž]+)?(?:\s{_INITS})?)"
# German lists also: "..., Princeton University Press Betz, Hans-Georg (1998):", "...: Campus Klein, Markus; Falter,
# Jürgen W. (1996):", "Nussbaum, Martha. (1999)", "Cohen, Ariel/Dale, Helle C. 2005:" (co-authors after ";", "/",
# "&" or "und": "Zorn, Kristine & Haber, Nina S. (2008).")
# Later co-authors may come initials first ("Weiß, A. / B. C. d. Lima / D. Ott (2008):", "d." a particle) and "et
# al." may close the names; the date may be German "(i. E.)" (forthcoming)
_CO_AUTHOR = rf"(?:{_NAME},\s+{_GIVEN}|{_INITS}(?:[a-z]{{1,3}}\.?\s)?{_NAME})"
_NAMES = rf"^{_NAME}(?:,\s+{_GIVEN}|\s+{_INITS})(?:(?:\s?[;/&]\s?|\s(?:und|and)\s){_CO_AUTHOR})*(?:,?\s+et al\.)?\s*"
_NAME_DATE = re.compile(rf"{_NAMES}(?:\.?\s*{_DATE_IN_BRACKETS}\s*[.:,]?|,?\s{_YEAR}:\s)")
# a body of capitalised words that edits a book, and its date: "Bundesverband Deutscher Stiftungen (Hrsg.) (2000):"
_BODY_EDITS_DATE = re.compile(rf"^[A-ZÀ-Ý][\w\-]+(?:\s[A-ZÀ-Ý][\w\-]+){{0,5}}\s\((?:Hrsg|Hgg?|[Ee]ds?)\.?\)\s?"
                              rf"{_DATE_IN_BRACKETS}")
# persons' names and "not yet out" ("Ott, K. / L. Pahl (im Druck):"): a date only after an entry that ended
_NAME_SOON = re.compile(rf"{_NAMES}\.?\s*{_DATE_OR_SOON}\s*[.:,]?")
# German corporate authors with "Jahr:" ("Amt für Statistik 2004: Titel"), up to six words, and a list's entries
# that open with a name, a year and a colon
_CORPORATE_YEAR = re.compile(rf"^[A-ZÀ-Ý][\w\-]+(?:\s(?:[A-ZÀ-Ý][\w\-]+|für|des|der|und|of|the|for|and)){{0,5}}"
                             rf"\s{_YEAR}:\s+(?!\d+\s?[-–])[\w„\"]")
_NAME_YEAR_COLON = re.compile(rf"^[^:]{{0,90}}?\s{_YEAR}:\s")
# APA corporate authors: "World Meteorological Organisation. (2022b). Title"
_CORPORATE_DATE = re.compile(rf"^[A-ZÀ-Ý][^.()]{{0,90}}\.\s+\(\s*{_YEAR}\s*\)\.")
# a software author's handle after a URL: "... https://doi.org/10.5281/x nick1627. (2019). Title"
_HANDLE_DATE = re.compile(rf"^[a-z][\w.-]{{1,30}}\.?\s+\(\s*{_YEAR}\s*\)")


def _split_run_on(text: str, joins: tuple[int, ...] = ()) -> list[str]:
    """Cut a passage that holds several author-date entries in one line at the starts of the later ones.

    Stricter than a line start: the next entry must open with names (or a short corporate author) and a year
    within its first words, and the one before must already have a year and end with a full stop or bracket.
    A repeated-author dash ("----") after such an entry opens one without a year. joins: offsets where pieces
    were joined on purpose (merge_reference_passages), never cut again. A cut whose piece reaches the next entry's
    start without a date of its own was the entry's undated tail, not an entry ("... Wandel. Opladen, Farmington
    Hills: Budrich Zorn, Kristine (2008)": the place reads like names, the next entry's date like its own), and
    moves to that start; so a corporate author run on after a place opens at its last capitalised word that still
    reads as one ("..., Southern California Bertelsmann Stiftung (Hrsg.) (2003)", but "Routledge Bundesverband" +
    "Deutscher Stiftungen (Hrsg.) (2000)": which words name the body no rule can tell).
    """
    if len(re.findall(rf"{_DATE_IN_BRACKETS}|\b{_YEAR}[.,:]", text)) < 2 and not (
            has_date(text) and re.search(r"\s(?:-{3,}|[–—―]{2,}|_{3,})\s", text)):
        return [text]
    parts = _split_at_bullets(text)
    if len(parts) > 1:
        return [e for at, part in parts for e in _split_run_on(part, tuple(j - at for j in joins))]
    cuts = [0]
    numbered = bool(_ENTRY_NUMBER.match(text))
    for m in _RUN_ON_GAP.finditer(text):
        if any(j - 2 <= m.end() <= j + 2 for j in joins):
            continue
        head = text[m.end():m.end() + 400]
        if _entry_starts_here(head, text[cuts[-1]:m.start()], numbered):
            cuts.append(m.end())
        elif len(cuts) > 1 and not has_date(text[cuts[-1]:m.start()]) and \
                _entry_starts_here(head, text[cuts[-2]:m.start()], numbered):
            cuts[-1] = m.end()
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]


_BULLET = re.compile(r"\s*[►•▪■●‣➢➤]\s*")


def _split_at_bullets(text: str) -> list[tuple[int, str]]:
    """Rule: a list-marker glyph between entries run together ("... Frankfurt a.M. ► Hanekamp, Gerd (1994): ...")
    parts them where the text before it holds a date and names and a date follow it; (offset, piece) each, the
    glyph left out."""
    parts, start = [], 0
    for m in _BULLET.finditer(text):
        head, left = text[m.end():m.end() + 400], text[start:m.start()]
        if len(left.split()) >= 3 and has_date(left) and _named_and_dated(head, head, left, False):
            parts.append((start, left))
            start = m.end()
    return [*parts, (start, text[start:])] if parts else [(0, text)]


def _entry_starts_here(head: str, left: str, numbered: bool) -> bool:
    """Whether a new entry opens at a gap of a run-on passage: head is the text after the gap, left the entry so far
    before it, numbered whether the passage opens with an entry number."""
    marker = _MARKER.match(head) if head[:1] in "[0123456789" else None
    if head[:1] in "[0123456789" and not (marker and numbered):
        return False
    head = head[marker.end():] if marker else head
    particle = _PARTICLE.match(head)  # "de la Haye, Y. (1988)": the name after the particle opens the entry
    after_url = bool(_URL_END.search(left))
    if not (after_url or _left_ended(head, left)):
        return False
    same = _SAME_AUTHOR.match(head)
    if head[:1].islower() and not particle and not same and not (after_url and _HANDLE_DATE.match(head)):
        return False
    if _DASH_START.match(head) or same:  # "... 1, 19-26 ---- 'Netzwerk ...'": a new work of the same author, dated or not
        return len(left.split()) >= 4 and bool(re.search(_YEAR, left))
    named = head[particle.end():] if particle else head
    if not _named_and_dated(head, named, left, after_url):
        return False
    return _whole_entry(left) and has_date(left) and not _INITIAL_END.search(left)


_PLACE_END = re.compile(r"(,\s)?\b[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}$")


def _left_ended(head: str, left: str) -> bool:
    """The entry before head has ended: with a full stop, bracket or figure; or with a place and no full stop before
    "Surname, Given (year)" or a body that edits and its date ("Stiftung X (Hrsg.) (2003)") or, in a list of "Name
    Jahr: Titel" entries, after ", Place" before a corporate author and its year (not "Council on Foreign" +
    "Relations 2006:")."""
    if re.search(r"[.!?)\]'’”\d]$", left):
        return True
    person = bool(_NAME_DATE.match(head) or _BODY_EDITS_DATE.match(head))
    if not (person or _CORPORATE_YEAR.match(head)):
        return False
    place = _PLACE_END.search(left[-60:])  # a corporate author's place follows a comma
    return bool(place) and (person or bool(place[1]) and _corporate_year_start(head, left))


def _corporate_year_start(head: str, left: str) -> bool:
    """head opens with a corporate author, a year and a colon ("Landesamt für Statistik 2004: Titel"), and the entry
    before (left) opens with a name, a year and a colon too: a list written so."""
    return bool(_CORPORATE_YEAR.match(head) and _NAME_YEAR_COLON.match(left)) and not re.search(rf"{_YEAR}\.?$", left)


def _whole_entry(left: str) -> bool:
    """Long enough to be an entry of its own: six words, or four that open with names and a date followed by a
    title ("Beck, U., 1986: Risikogesellschaft. Frankfurt/M.") or with an inverted name and a colon ("Abel,
    Karin: Staat, Bonn 1990.")."""
    words = len(left.split())
    return words >= 6 or words >= 4 and (_dated_with_title(left) or bool(_NAME_COLON.match(left)))


def _named_and_dated(head: str, named: str, left: str, after_url: bool) -> bool:
    """head opens with names (or a corporate author, or a handle after a URL) and a date with a title after it;
    or, after an entry that ended with a figure and a full stop, with an inverted name and a colon."""
    if not (any(p.match(named) for p in _RUN_ON_STARTS) or _CORPORATE_DATE.match(head)
            or (after_url and _HANDLE_DATE.match(head)) or _corporate_year_start(head, left)):
        return False
    return _dated_with_title(head) or bool(_NAME_COLON.match(head) and re.search(r"\d\)?\.$", left))


def _dated_with_title(head: str) -> bool:
    """A date soon (or after an APA list of authors however long), and words after it: not "..., Working Paper,
    1989 Network Series (forthcoming)"."""
    date = _DATE_SOON.search(head) or _NAME_SOON.match(head) or _APA_NAMES_DATE.match(head)
    return bool(date) and len(re.findall(r"[^\W\d_]{2,}", head[date.end():])) >= 2


def merge_reference_passages(texts: list[str]) -> list[str]:
    """Consecutive reference-section passages → entries.

    A passage that holds several entries (one per line, or run together) is split; a passage that does not
    start like an entry (lower-case, a page range, "pp.", "In:") and follows one that does not end like a
    complete entry is joined to it, as happens when an entry runs over a page break.

    Example:
        >>> merge_reference_passages(["Hood, C. (1991) 'A public management for all seasons?', Public",
        ...                           "Administration, 69(1): 3-19.",
        ...                           "Peck, J. (2001) Workfare States. New York: Guilford."])
        ["Hood, C. (1991) 'A public management for all seasons?', Public Administration, 69(1): 3-19.", \
'Peck, J. (2001) Workfare States. New York: Guilford.']
    """
    pieces: list[str] = []
    for text in texts:
        lines = text.split("\n")
        for entry in (split_references(lines) if len(lines) > 1 else [" ".join(text.split())]):
            pieces.extend(_split_run_on(entry))
    pieces = [p for p in pieces if p]
    dated = sum(1 for p in pieces if has_date(p)) * 3 >= len(pieces) * 2
    numbered = sum(1 for p in pieces if _ENTRY_NUMBER.match(p)) * 2 >= len(pieces)
    entries: list[str] = []
    joins: dict[int, list[int]] = {}  # per joined entry, the offsets where its pieces meet
    for k, piece in enumerate(pieces):
        tail = _tail_before_entry(entries[-1], piece, numbered) if entries else 0
        if tail:  # "Publishing, St. Paul. Grossman G. and E. Helpman, 1994, ...": the end of the entry before
            entries[-1] = join_lines(entries[-1], piece[:tail].rstrip())
            entries.extend(_split_run_on(piece[tail:].strip()))
        elif entries and (_quote_left_open(entries[-1], piece)
                          or _continues(entries[-1], piece, dated=dated, numbered=numbered,
                                        following=pieces[k + 1] if k + 1 < len(pieces) else "")):
            joins.setdefault(len(entries) - 1, []).append(len(entries[-1].rstrip()) + 1)
            entries[-1] = join_lines(entries[-1], piece)
        else:
            entries.append(piece)
    # a joined piece can hold the next entry's start ("..., 69-105 Lipset S. M. (1960) ...", "... Press. Rostow W.
    # W. (1960) ..."), which the run-on split missed while the piece had no year of its own; where the pieces meet
    # was judged already and is not cut again
    return [part for k, e in enumerate(entries)
            for part in (_split_run_on(e, tuple(joins[k])) if k in joins else [e])]


def _tail_before_entry(previous: str, piece: str, numbered: bool) -> int:
    """Where, in piece, an entry opens after the undated end of previous that the layout put on its line
    ("West" + "Publishing, St. Paul. Grossman G. and E. Helpman, 1994, ..."), or 0. previous must have its date;
    the text before the new entry holds no date and ends with a full stop, bracket or number after an entry that
    has not ended, or is a place and publisher before persons' names and a date, whatever previous ended with
    ("... (S. 47-68)." + "Opladen: Verlag Budrich Zorn, Kristine & Haber, Nina (2008). ...")."""
    if not has_date(previous) or _ENTRY_NUMBER.match(piece):
        return 0
    for m in _RUN_ON_GAP.finditer(piece[:160]):
        if has_date(piece[:m.start()]):
            return 0
        head, tail = piece[m.end():m.end() + 170], piece[:m.start()]
        if (not _ends_firmly(previous) and re.search(r"[.!?)\]'’”\d]$", tail)
                or _PLACE_PUBLISHER_TAIL.match(tail) and (_NAME_DATE.match(head) or _BODY_EDITS_DATE.match(head))) and \
                _entry_starts_here(head, join_lines(previous, tail), numbered):
            return m.end()
    return 0


# a book's places and publisher, the end of an entry that the layout put on the next entry's line ("Opladen, Farmington
# Hills: Verlag Barbara Budrich", "Houndmills, Basingstoke: Palgrave Macmillan"): no figures, one colon
_PLACE_PUBLISHER_TAIL = re.compile(r"^[A-ZÀ-Þ][^\W\d_]+(?:[ ,/-]+[A-ZÀ-Þ][^\W\d_]+)*\s?:\s?[A-ZÀ-Þ][^:;\d]{2,60}$")


_OPENERS = "‘“„«‚"
_CLOSES_EARLY = re.compile(r"^[^‘“„«‚'\"]{1,160}?\w[.?!,]?['\"’”»](?=[\s,.;:)]|$)")


def _quote_left_open(previous: str, piece: str) -> bool:
    """A quoted title cut at a line break: previous opened a quote ("... (1959) 'Some Social Requisites of") that
    it never closes, and piece closes one before opening any ("Legitimacy', American ..."). Covers every style
    that quotes titles; the piece then continues the entry whatever its first word looks like."""
    last = max((previous.rfind(q) for q in _OPENERS), default=-1)
    plain = [m.start() for m in re.finditer(r"(?:^|(?<=[\s(]))['\"](?=\w)", previous)]
    start = max([last] + plain)
    if start < 0 or re.search(r"\w[.?!,]?['\"’”»](?=[\s,.;:)]|$)", previous[start + 1:]):
        return False
    return bool(_CLOSES_EARLY.match(piece))


# a corporate author written in lower case, its name spelled out in brackets, and its date: "ifo (Institut für X)
# (2007):", "infratest (2001)." (not a function word: "in (2007)", "und (2008):")
_LOWER_CORPORATE = re.compile(rf"^(?!(?:in|und|and|or|oder|of|the|der|die|das|von|vom|hg|hrsg|eds?|pp|vgl)\b)"
                              rf"[a-zäöü][\w\-]{{1,20}}(?:\s\([^()]{{2,90}}\))?\s\(\s*{_YEAR}\s*\)\s*[:.,]")


# "In: Title", "In Name Surname (Hrsg.)", "in: Name" at a piece's start, and the same inside an entry (after a title)
_IN_START = re.compile(r"^(?:In|in):?\s+[A-ZÀ-Þ„“\"»«]")
_IN_INSIDE = re.compile(r"(?:[.,;]\s*(?:In|in):?|\s(?:In|in):)\s+[A-ZÀ-Þ„“\"»«]")


# names only, two or more, inverted with initials and ending open: "Okie, J. G., Poret-Peterson, A. T., van der Berg,
# L. E.,"
_AUTHORS_ONLY = re.compile(r"^(?:(?:(?:van|von|de|der|den|del|da|di|du|le|la|ter|dos)\s)*[A-ZÀ-Þ][\w'’-]+"
                           r"(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s(?:[A-ZÀ-Þ]\.[\s-]?){1,3}(?:,\s|,$|\s&\s|,\s&\s)){2,}$")


def _lower_case_start(previous: str, piece: str) -> bool:
    """A piece in lower case that opens an entry all the same: a name particle ("de la Haye, Y."), a software
    author's handle after a URL ("nick1627."), "ders."/"dies.", a lower-case corporate author after an ended
    entry ("ifo (Institut für X) (2007):")."""
    particle = _PARTICLE.match(piece)
    return bool(particle and looks_like_entry_start(piece[particle.end():])
                or _URL_END.search(previous) and _HANDLE_DATE.match(piece) or _SAME_AUTHOR.match(piece)
                or _ends_firmly(previous) and _LOWER_CORPORATE.match(piece))


def _continues(previous: str, piece: str, *, dated: bool, numbered: bool, following: str = "") -> bool:
    """Whether piece is the rest of the entry previous (cut by a page or passage break); following is the piece
    after it ("" at the list's end)."""
    if piece[:1].islower() and _CONTINUATION.match(piece) and not _lower_case_start(previous, piece) or \
            re.match(r"^\s*\d+\s*[-–]\s*\d+", piece):
        return True
    if numbered:
        return not _ENTRY_NUMBER.match(piece)
    # no entry ends with the "in:" that names its book or journal: the piece is that book, with its editors and
    # perhaps "(im Erscheinen)" ("..., in:" + "Fernandez, Rocco (Hg.), Geropsychology, Göttingen (im Erscheinen).")
    if re.search(r"\b[Ii]n:$", previous.rstrip()):
        return True
    # a long author list cut by a passage break: names alone up to a comma ("Okie, J. G., Lee, Z. M., Alcaraz, L.
    # D.,") go on in the next piece whatever it opens with, and open an entry of their own after one that has its date
    if dated and _AUTHORS_ONLY.match(previous.rstrip()):
        return True
    if dated and _AUTHORS_ONLY.match(piece.rstrip()) and has_date(previous):
        return False
    # long author lists push the date far in: look for it in the first 400 characters
    strong = looks_like_entry_start(piece) and (has_date(piece[:400]) or not dated)
    if dated and not has_date(previous):
        return not strong
    tail = previous.rstrip()
    if _ends_open(tail) or _OPEN_QUOTE_END.search(tail, max(0, len(tail) - 3)):
        return not strong
    # (from here on, in a dated list, previous has its date)
    if dated and _dated_entry_goes_on(previous, piece, following):
        return True
    if _ends_firmly(previous):
        return False
    # in a dated list an entry that has its date and has not ended goes on in a piece without a date, whatever it
    # opens with ("... in: Ders., Politics and Social" + "Structure, New York, S. 252-291.": a word and a comma read
    # like a name)
    if dated and not has_date(piece):
        return True
    return not (looks_like_entry_start(piece) or _corporate_year_start(piece, previous))


def _dated_entry_goes_on(previous: str, piece: str, following: str) -> bool:
    """In a dated list, whether an entry that has its date (previous) goes on in piece whatever previous ended with:
    a chapter's or an article's "In: Book" / "In Name (Hrsg.), Book" opens no entry, and after an entry that holds no
    "In" yet it is that entry's container ("... Yugoslavia." + "In: Paulina Bren (Hg.)"); an undated piece that does
    not open like an entry, between that entry and a dated entry, is its journal, place or volume on the next line
    ("... Frauen." + "Zeitschrift für Frauenforschung, 1-2: 115-132."), unless it is a page number and a running head
    ("6018 Tagung: Titel") or prose ("X is a lecturer at ...", "... ist"); what follows the list's last entry (notes
    on the authors, acknowledgements) goes on with none."""
    if _IN_START.match(piece):
        return not _IN_INSIDE.search(previous)
    return not (has_date(piece) or looks_like_entry_start(piece) or re.match(r"\d{2,}\s", piece)
                or _PROSE.search(piece)) and looks_like_entry_start(following) and has_date(following[:400])


# ------------------------------------------------------------------------------------- is this a reference?
# (each pattern below opens with a look-ahead at the characters its words can begin with, a test the regex
# engine makes at each place before it tries every word: a third to two fifths of the time, the same matches)
_CUE_WORDS = re.compile(
    r"(?:\b(?=[a-z])|(?=\())(?:press|verlag|publish\w*|journal|review|quarterly|proceedings|university|universität|books|"
    r"zeitschrift|jahrbuch|handbook|handbuch|eds?\.|hrsg\.|hg\.|\(eds?\)|\(ed\.\)|edited by|in:|pp\.|vol\.|"
    r"no\.|nr\.|jg\.|heft|aufl\.|edn|edition|working paper|discussion paper|report|isbn|issn|doi|"
    r"available at|accessed|retrieved|abrufbar|policy press|routledge|sage|palgrave|macmillan|blackwell|"
    r"springer|wiley|elsevier|suhrkamp|campus|nomos|vs verlag|leske|budrich|westdeutscher|oxford|cambridge)(?:\b|(?<=[.):]))",  # "pp." or "(eds)" before a space counts too
    re.I)
_PLACE_PUBLISHER = re.compile(r"\b[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?(?:, [A-Z]{2})?\s*:\s*[A-Z][\w&.\- ]{2,40}")
_PLACE_YEAR = re.compile(rf"\b[A-ZА-Я][a-zà-ÿа-я]*\.?(?:/[A-Z][a-zà-ÿ]+)?(?: u\. a\.| et al\.)?,?\s+{_YEAR}\b")
# a narrative citation in running text: "Lindsay (2007) argues", "Dowling et al. (2004) highlight", "(2012: 1085)"
_NARRATIVE = re.compile(rf"(?=[eA-Z(anshdopc])(?:(?:\bet al\.?|[A-Z][\w\-]+)\s*\(\s*{_YEAR}(?:[:,]\s*[\d\-–]+)?\s*\)\s+"
                        rf"(?:[a-z]{{2,}}|[A-Z][a-z]+ed\b)|\(\s*{_YEAR}\s*:\s*\d|"
                        r"\b(?:argues?|argued|notes|noted|suggests|suggested|shows|showed|highlights?|defines|"
                        r"observes|observed|points out|emphasi[sz]es|demonstrates|concludes)\b)")
_BACK_REFERENCE = re.compile(r"(?=[(aol])(?:\(Anm\.\s*\d+|\(note\s*\d+|\(n\.\s*\d+|a\.\s?a\.\s?O\.|op\.\s?cit|loc\.\s?cit)",
                             re.I)
_PAGES_CUE = re.compile(r"(?=[pSf\d])(?:\bpp?\.\s*\d|\bS\.\s*\d|\bp\.\s*\d|\d+\s*[-–]\s*\d+\b|\d+\s*\(\d+\)|\bff?\.)")
_PROSE = re.compile(r"\b(?=[a-z])(?:is|are|was|were|has|have|had|be|been|being|this|that|which|these|those|we|our|it|"
                    r"they|there|would|could|should|will|can|may|must|not|also|because|however|began|ist|sind|"
                    r"wird|wurde|werden|hat|haben|dass|nicht|auch|sich|es|wir|diese|dieser|als|wenn)\b", re.I)


def looks_like_reference(text: str) -> float:
    """A score from 0 to 1 that a text (a footnote, a paragraph) is, or holds, a bibliographic reference.

    Counts what references have (an author-like start, a year, "Place: Publisher", a journal or publisher word,
    pages, a DOI or URL) against what running prose has (many words, verbs and pronouns, no cues).

    Example:
        >>> looks_like_reference("See Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press.")
        0.992
        >>> looks_like_reference("1 Fifteen Employment Zones began operating in April 2000 in areas of high "
        ...                      "unemployment.") < 0.3
        True
    """
    return _reference_score(text)


# _reference_score's patterns, compiled once
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_BRACKETED_DATE = re.compile(rf"[(\[]\s*(?:{_YEAR}|n\.\s?d\.|forthcoming|in press|o\.\s?J\.)\s*[)\],]")
_BARE_YEAR = re.compile(rf"(?:^|[\s,.:]){_YEAR}(?:[.,:;)]|\s*$)")
_DOI_OR_URL = re.compile(r"(?=[1hw])(?:\b10\.\d{4,9}/|https?://|www\.)")
_QUOTED_TITLE = re.compile(r"['‘“\"][^'’”\"]{8,}['’”\"]")
_SLASHES = re.compile(r"\s//\s")
_ANY_DATE = re.compile(rf"{_YEAR}|n\.\s?d\.|o\.\s?J\.")


@lru_cache(maxsize=4096)  # a text is often scored twice (a passage, then its run of passages; a note's parts)
def _reference_score(text: str) -> float:
    t = " ".join(text.split())
    if not t or not _LETTER.search(t):
        return 0.0
    if _IBID.match(strip_reference_prefix(t)) and len(t) < 40:
        return 0.3
    body = strip_reference_prefix(t)
    words = _WORDS.findall(body)
    n = max(len(words), 1)
    score = -1.6
    if looks_like_entry_start(body):
        score += 1.6
    if _BRACKETED_DATE.search(body):
        score += 1.5
    elif _BARE_YEAR.search(body):
        score += 0.8
    cues = len(_CUE_WORDS.findall(body))
    score += min(cues, 3) * 0.6
    if _PLACE_PUBLISHER.search(body) or _PLACE_YEAR.search(body):
        score += 0.9
    if _PAGES_CUE.search(body):
        score += 0.5
    if _DOI_OR_URL.search(body):
        score += 0.8
    if _QUOTED_TITLE.search(body):
        score += 0.3
    prose = len(_PROSE.findall(body))
    score -= 4.0 * prose / n
    narrative = len(_NARRATIVE.findall(body))
    score -= 2.0 * min(narrative, 2)
    if _SLASHES.search(body):
        score += 0.8
    if n > 60:
        score -= (n - 60) / 30
    if _BACK_REFERENCE.search(body):
        score += 0.6
    elif not _ANY_DATE.search(body):
        score -= 1.0
    z = max(-60.0, min(60.0, -1.6 * score))  # a very long prose passage drives the score far below zero
    return round(1.0 / (1.0 + math.exp(z)), 3)


_FOOTNOTE_CUE = re.compile(
    r"(?:^|(?<=[.;:,)\s]))\s*(?:see(?:\s+also)?|cf\.|compare|vgl\.(?:\s+(?:auch|dazu|hierzu))?|siehe(?:\s+auch|"
    r"\s+dazu)?|s\.\s+auch|zit\.\s+n(?:ach|\.)|zitiert\s+nach|quoted\s+in|cited\s+in)\s*[:,]?\s+", re.I)


def find_reference_entries_in_footnote(text: str) -> list[str]:
    """The references a footnote holds, each a substring of the footnote's text.

    The footnote number and cues such as "See", "Cf.", "Vgl." are dropped; several references separated by ";"
    or by a new cue ("See also", "vgl. auch") are returned separately; prose around them is left out, and so are
    short citations of a work listed elsewhere ("Hood 1991, S. 4"). A footnote that is only "Ibid." / "Ebd."
    (perhaps with a page) points back to the reference before it and is not a new one, so it gives [].

    Example:
        >>> find_reference_entries_in_footnote("3 See Hughes, R. (2004) Partnership and the Local State. Bristol: "
        ...     "Policy Press; see also Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage.")[1]
        'Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage.'
    """
    m = _MARKER.match(text)
    start = m.end() if m else 0
    ibid = _IBID.match(text, start)
    if ibid and not re.search(r"[^\W\d_]{4,}", re.sub(r"\b(?:S|p|pp|ff?|Anm|n)\b\.?", "", text[ibid.end():])):
        return []
    # stretches between cues, then between the semicolons that separate references
    bounds: list[tuple[int, int]] = []
    pos = start
    for cm in _FOOTNOTE_CUE.finditer(text, start):
        if cm.start() > pos:
            bounds.append((pos, cm.start()))
        pos = cm.end()
    bounds.append((pos, len(text)))
    entries: list[str] = []
    for a, b in bounds:
        for a2, b2 in _split_semicolons(text, a, b):
            ib = _IBID.match(text, a2)
            if ib:
                a2 = ib.end()
            part = text[a2:b2].strip(" \t\n;,")
            if len(re.findall(r"[^\W\d_]{2,}", part)) >= 4 and looks_like_reference(part) >= 0.5:
                entries.append(part)
    return entries


def _split_semicolons(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] at ";" where both sides look like references (a ";" also separates authors)."""
    cuts = [m.start() for m in re.finditer(";", text[start:end])]
    out = [(start, end)]
    for c in cuts:
        a, _ = out[-1]
        left, right = text[a:start + c], text[start + c + 1:end]
        if looks_like_reference(left) >= 0.5 and (looks_like_entry_start(right.strip())
                                                  or looks_like_reference(right) >= 0.5):
            out[-1] = (a, start + c)
            out.append((start + c + 1, end))
    return out
