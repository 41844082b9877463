"""Blocks → passages: hyphenation repair, headings and sections, passage kinds, languages, sentences, offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

import os

from litmine.citations.reflist import filter_region, filter_region_by_rules
from litmine.ingest.blocks import (BREAK_MARKS, HYPHEN_MARK, SUP_CLOSE, SUP_OPEN, Block, last_page_of, mark_page,
                                   page_break_mark)
from litmine.ingest.language import UNDETERMINED, detect_language
from litmine.ingest.sentences import split_sentences
from litmine.models import Passage

PASSAGE_SEPARATOR = "\n\n"

# Prefixes that keep their hyphen when a line break falls after them ("co-\nproduction" → "co-production").
_HYPHEN_PREFIXES = frozenset(
    "co non self multi inter intra post pre anti cross well long short low high semi quasi neo socio "
    "sub super ex meta macro micro mid over under out third first second one two full part "
    "street place user front back work welfare".split()
)
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
# a line-end hyphen before one of these is a suspended compound ("Ost- und Westdeutschland", "short- and
# long-term"): the hyphen stays, and so does the space
_CONJUNCTIONS = frozenset("und oder bzw sowie and or nor et ou".split())

REFERENCE_HEADINGS = re.compile(
    r"^(?:[\dIVX]+(?:\.\d+)*[.)]?\s*)?(?:(?:bibliographical|cited|selected|list of|notes and|further|"
    r"verwendete|zitierte|benutzte|ausgewählte|weiterführende|empfohlene)\s+)?"
    r"(references?(?: (?:list|cited|and notes))?|bibliograph(?:y|ie)|literature(?: cited)?|"
    r"literatur(?:verzeichnis|liste|angaben|hinweise)?(?: und quellen(?:verzeichnis)?)?|quellen und literatur|"
    # German compounds and the genitive form: "Literatur- und Quellenverzeichnis", "Quellen- und
    # Literaturverzeichnis", "Verzeichnis der verwendeten Literatur"
    r"(?:literatur|quellen)-? und (?:literatur|quellen)verzeichnis|"
    r"verzeichnis der (?:verwendeten |zitierten |benutzten |angeführten )?(?:literatur|quellen)(?: und quellen)?|"
    r"works cited|sources(?: cited)?|cited works|quellen(?:verzeichnis|angaben)?|références(?: bibliographiques)?|"
    r"referencias(?: bibliográficas)?|bibliograf(?:ía|ia|ie)|literatuur(?:lijst)?)\s*:?$",
    re.I,
)
# sub-headings inside a reference list ("6.1 Primary sources", "Newspaper articles") do not end it
_REFERENCE_SUBHEADING = re.compile(
    r"^(?:[\dIVX]+(?:\.\d+)+\.?\s*)?(?:(?:primary|secondary|other|official|archival|online|web|legal)\s+)?"
    r"(sources?|documents?|literature|newspapers?(?: articles)?|articles|books|reports|websites?|legislation|"
    r"interviews|archives?|statutes|cases|data(?:sets?)?|grey literature|official publications|"
    r"government documents)\s*:?$", re.I)


# the list of the works a review or digest presents ("Vorgestellte Aufsätze", "Besprochene Bücher", "Books reviewed")
_REVIEWED = re.compile(r"^(vorgestellte|besprochene|rezensierte|ausgewertete)\s+(\S+)$|"
                       r"^(?:(?:works|books|articles|titles)\s+reviewed|reviewed\s+(?:works|books|articles))$")
_REVIEWED_NOUNS = ("aufsätze", "artikel", "beiträge", "bücher", "literatur", "publikationen", "titel", "zeitschriften")


def is_reference_heading(text: str) -> bool:
    """A heading that opens a reference list, tolerating one typo ("Refeferences"), or the list of works a review
    presents, tolerating one letter the PDF's font mapping changed ("Besprochene B¸cher")."""
    bare = text.strip().rstrip(":").strip()
    if REFERENCE_HEADINGS.match(bare):
        return True
    # a heading in two languages: "Bibliographie / Bibliography", "Literatur | References"
    parts = re.split(r"\s+[/|]\s+", bare)
    if len(parts) == 2 and all(REFERENCE_HEADINGS.match(p) for p in parts):
        return True
    reviewed = _REVIEWED.match(_SECTION_NUMBER.sub("", bare).lower())
    if reviewed:
        noun = reviewed[2]
        return not noun or any(len(noun) == len(w) and sum(a != b for a, b in zip(noun, w)) <= 1 for w in _REVIEWED_NOUNS)
    word = _LEADING_NUMBER.sub("", bare).lower()
    return len(word) >= 8 and " " not in word and any(_near(word, w, counts) for w, counts in _TYPO_OF)


_SECTION_NUMBER = re.compile(r"^[\dIVX]+(?:\.\d+)*[.)]?\s+")
_LEADING_NUMBER = re.compile(r"^[\dIVX.)\s]+")
# the headings one typo away from which a word still opens a reference list, with their letters' counts
_TYPO_OF = tuple((w, tuple(Counter(w).items())) for w in ("references", "bibliography"))


def _near(word: str, w: str, counts: tuple[tuple[str, int], ...]) -> bool:
    """SequenceMatcher(None, word, w).ratio() >= 0.85, the matcher run only when the letters both words share allow
    it: its ratio is 2 * matched letters / both lengths, and no more letters match than the two words share
    (difflib's quick_ratio bound, here counted over w's letters)."""
    shared = sum(min(word.count(ch), n) for ch, n in counts)
    if 2.0 * shared / (len(word) + len(w)) < 0.85:
        return False
    return SequenceMatcher(None, word, w).ratio() >= 0.85
NOTES_HEADINGS = re.compile(r"^(?:\d+[.)]?\s*)?(notes|endnotes|footnotes|anmerkungen|endnoten|fu(?:ß|ss)noten)\s*:?$",
                            re.I)
# a symbol a layout sets before a section's name ("! Anmerkungen", "■ Literatur": a glyph of a pictogram font)
_LEADING_SYMBOLS = re.compile(r"^[^\w(\[\"'„“‚‘«»]+(?=\w)")
_CLOSED = re.compile(r"[.!?][\"'”“»«)]*$")  # text that ends a sentence
# a line of an endnote section that opens a note: its number, a space, then a word ("7 Vgl.", "12 Die")
# (a number raised above its note's first line, which the text layer ran into the note's first word, "1Vgl.",
# opens it too: a capital and a small letter after the figures)
_NOTE_LINE = re.compile(r"^(\d{1,3})(?:[.)]?\s+|(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]))"
                        r"(?!(?:f|ff|S|Bd|Jg|Nr|Aufl)\b)(?=[^\W\d_])")
_NOTE_START = re.compile(r"^(\d{1,3})[.)]?\s")  # a block that opens with a number: a note of its own
ABSTRACT_HEADINGS = re.compile(
    r"^(abstract|summary|executive summary|résumé|resume|resumen|zusammenfassung|riassunto|samenvatting|"
    r"resumo|аннотация|摘要|الملخص|key findings)\s*:?$",
    re.I,
)
_ABSTRACT_PREFIX = re.compile(r"^(abstract|summary|résumé|resumen|zusammenfassung)\s*[:.\u2014-]\s*", re.I)
_CAPTION = re.compile(r"^(table|figure|fig\.|chart|exhibit|box|graph|map|diagram|tabelle|abbildung)\s+[\dIVX]+"
                      r"(?:\.\d+)?[a-z]?\s*[.:\u2013\u2014|-]", re.I)
_KNOWN_SECTION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(introduction|background|methods?|methodology|data|findings|results|discussion|"
    r"conclusions?|concluding remarks|acknowledg(e)?ments?|appendix|annex|policy implications|recommendations|"
    r"literature review|context|case stud(y|ies)|analysis|this briefing|funding|declaration of conflicting interests)\s*:?$",
    re.I,
)
_NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+){0,3}\.?|[IVX]+\.)\s+[A-Z\u00C0-\u024F]")


_MARK = re.compile(SUP_OPEN + r"([^" + SUP_CLOSE + r"]*)" + SUP_CLOSE)


def _take_marks(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove superscript marks from text, returning the clean text and (offset, number) for each."""
    if SUP_OPEN not in text:
        return text, []
    marks: list[tuple[int, str]] = []
    out: list[str] = []
    last = 0
    length = 0
    for m in _MARK.finditer(text):
        out.append(text[last:m.start()])
        length += m.start() - last
        marks.append((length, m.group(1)))
        last = m.end()
    out.append(text[last:])
    return "".join(out), marks


def _take_breaks(text: str, marks: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]], list[tuple[int, str]]]:
    """Take the page-break marks (blocks.page_break_mark) out of text: the clean text, (offset, page) of each break,
    and the superscript marks' offsets moved to the clean text."""
    found = [] if text.isascii() else list(BREAK_MARKS.finditer(text))  # (a mark is outside ASCII)
    if not found:
        return text, [], marks
    at = [m.start() for m in found]
    breaks = [(pos - k, mark_page(m.group())) for k, (pos, m) in enumerate(zip(at, found))]
    return BREAK_MARKS.sub("", text), breaks, [(pos - bisect_left(at, pos), n) for pos, n in marks]


def _chunk_pages(page: int | None, breaks: list[tuple[int, int]], start: int,
                 end: int) -> tuple[int | None, list[tuple[int, int]]]:
    """The page a passage cut from text[start:end] starts on, and the page breaks inside it (offsets from start)."""
    for pos, next_page in breaks:
        if pos <= start:
            page = next_page
    return page, [(pos - start, next_page) for pos, next_page in breaks if start < pos < end]


def resolve_hyphens(blocks: list[Block]) -> None:
    """Repair line-break hyphenation in place, keeping real hyphens.

    A word split as "employ-/ability" becomes "employability"; "co-/production" stays hyphenated. The
    document itself decides when it can: whichever form (joined or hyphenated) it uses elsewhere wins. Otherwise
    the hyphen stays after a compound's prefix, before a capital or a figure ("Anglo-/Saxon", "COVID-/19") and
    before a conjunction ("Ost-/und West" is "Ost- und West"); a plain word break is joined.
    """
    if not any(HYPHEN_MARK in b.text for b in blocks):
        return
    vocab = _vocabulary([b.text for b in blocks])
    split = _split_at(HYPHEN_MARK)

    def fix(m: re.Match) -> str:
        left, right = m.group(1) or "", m.group(2)
        joined, hyphened = (left + right).lower(), f"{left}-{right}".lower()
        if vocab.get(hyphened, 0) > vocab.get(joined, 0):
            return f"{left}-{right}"
        if vocab.get(joined, 0) > 0:
            return left + right
        if right.lower() in _CONJUNCTIONS:
            return f"{left}- {right}"
        last = left.split("-")[-1].lower()
        if last in _HYPHEN_PREFIXES or right[:1].isupper() or right[:1].isdigit() or "-" in left:
            return f"{left}-{right}"
        return left + right

    def fix_word(m: re.Match) -> str:
        return split.sub(fix, m.group())

    words = _words_with(HYPHEN_MARK)
    for b in blocks:
        if HYPHEN_MARK in b.text:
            b.text = words.sub(fix_word, b.text).replace(HYPHEN_MARK, "-")


_ASCII_WORD = re.compile(r"[a-z][\w'-]*", re.ASCII)  # _WORD's words in lower-cased ASCII text


def _vocabulary(texts: list[str]) -> Counter:
    """How often each word (lower-cased) occurs in the texts. The words of all texts at once (a line break between
    texts ends a word as a space does): the ASCII texts lower-cased as one text, with a pattern that gives _WORD's
    words there (lower-casing ASCII changes no letter into another kind), the others word by word."""
    vocab = Counter(_ASCII_WORD.findall("\n".join(t for t in texts if t.isascii()).lower()))
    other = "\n".join(t for t in texts if not t.isascii())
    vocab.update(map(str.lower, _WORD.findall(other.replace(HYPHEN_MARK, " "))))
    return vocab


@lru_cache(maxsize=2)
def _split_at(mark: str) -> re.Pattern:
    """A word broken at mark: its left part (letters first, if any) and its right part."""
    return re.compile(r"([^\W\d_][\w'-]*)?" + mark + r"([\w']+)")


@lru_cache(maxsize=2)
def _words_with(mark: str) -> re.Pattern:
    """The runs of word characters, apostrophes, hyphens and marks that hold a mark, each tried from its start only:
    a broken word (_split_at) never reaches past one, so each run is repaired alone, and the repair's pattern is not
    tried at every letter of every word of the block (a word of n letters cost it about n² steps)."""
    return re.compile(r"(?<![\w'\-" + mark + r"])[\w'\-]*+" + mark + r"[\w'\-" + mark + r"]*")


_ENTRY_START = re.compile(r"^[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+(?: [A-Z\u00C0-\u024F][\w'’-]+)?,\s+\S")


def entry_start(text: str) -> bool:
    """Starts like a reference entry: "Surname, I." or "Surname, Given," or a number in brackets."""
    return bool(_ENTRY_START.match(text) or re.match(r"^\s*\[\d{1,3}\]\s", text))


def entry_like(text: str) -> bool:
    """Starts like a reference entry ("Mason, Jennifer (2008): ...") and carries a year."""
    return bool(_ENTRY_START.match(text)) and bool(re.search(r"\b(1[89]\d\d|20\d\d)[a-z]?\b|n\.d\.", text))


_AFTER_REFERENCES = re.compile(
    r"^(?:[\dIVX]+\.?\s+|[A-Z]\.?\s+)?(appendix|appendices|annex|about the authors?|the authors?|authors?|"
    r"notes on (the )?contributors?|biograph(?:y|ies|ical)\b|acknowledg|tables?|figures?|endnotes|notes|footnotes|"
    r"anmerkungen|endnoten|fu(?:ß|ss)noten|supplementary|index|glossary|abbreviations)", re.I)


def _ends_reference_list(text: str) -> bool:
    """A heading that closes a reference list: an appendix, notes, about the author, a new numbered part; a footnote
    mark on it is left out ("0 Einleitung" with its note "1")."""
    text = re.sub(f"{SUP_OPEN}[^{SUP_CLOSE}]*{SUP_CLOSE}", "", text).strip()
    return bool(_AFTER_REFERENCES.match(text) or _KNOWN_SECTION.match(text) or ABSTRACT_HEADINGS.match(text)
                or re.match(r"^\d{1,2}\.?\s+[A-Z][a-z]+(?:\s+[A-Za-z]+){0,5}$", text) and not entry_like(text))


def _back_matter_starts(blocks: list[Block], i: int, ref_size: float) -> bool:
    """At a page break inside a reference list: the page is set in another size and its first blocks are not
    entries (a series' list of publications, an order form), so the reference list has ended."""
    following = [b for b in blocks[i:i + 3] if b.page == blocks[i].page]
    return bool(following) and all(abs(b.size - ref_size) >= 0.05 and not entry_like(b.text) for b in following)


_LINE_ENTRY = re.compile(r"^[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]+(?: [A-Z\u00C0-\u024F][\w'’-]+)?,\s+"
                         r"(?:[A-Z\u00C0-\u024F]\.|[A-Z\u00C0-\u024F][a-z\u00E0-\u024F]+)")
_LINE_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)[a-z]?\b")
_URL = re.compile(r"(?:https?://|www\.|doi:?\s?10\.)\S*")


def _running_head(blocks: list[Block], i: int) -> bool:
    """Rule: inside a reference list, a heading-like block that opens a page, is no entry itself, and is followed on
    its page by an entry ("Surname, Given ... 2004") is the page's running head (the paper's short title, an
    author's name with a page number), not a section that ends the list; an appendix, notes or another known
    section still ends it."""
    b = blocks[i]
    if i == 0 or b.page is None or blocks[i - 1].page == b.page or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    text = re.sub(f"{SUP_OPEN}[^{SUP_CLOSE}]*{SUP_CLOSE}", "", b.text).strip()
    # a page number before the head ("52 Franka Maubach") is no section number here: an entry follows
    return nxt.page == b.page and len(text) <= 150 and not entry_like(text) and entry_like(nxt.text) and \
        not is_reference_heading(text) and not (_AFTER_REFERENCES.match(text) or _KNOWN_SECTION.match(text) or
                                                ABSTRACT_HEADINGS.match(text))


# "Doucet, Andrea. (2010).", "Bauer, A. & Gröning, K. (Hrsg.). (2008)": names, then the year in brackets
_LINE_DATED_NAMES = re.compile(r"^[^\d()]{3,90}?\s?(?:\((?:Hg|Hrsg|eds?|Eds?)\.?\)[.,]?\s*)?\((?:1[89]|20)\d\d[a-z]?\)")


# the German convention "Goffman, Erving: Stigma. ... Frankfurt am Main 1975", "Rössner, Dieter; Meyer, Anja: Titel"
_LINE_NAME_COLON = re.compile(r"^[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]+,\s+[A-Z\u00C0-\u024F][\w\u00C0-\u024F.-]*"
                              r"(?:\s[A-Z\u00C0-\u024F][\w\u00C0-\u024F.-]*)?(?:\s?[/;]\s?[^:]{3,80})?:\s")


def _dated_start_after_ended(line: str, entry: list[str], first: bool) -> bool:
    """Rule: a line opening with names and the year in brackets starts an entry after an entry left without a final
    full stop ("... München: C. H. Beck Verlag" / "Bereswill, Mechthild (2006). ..."): the entry before holds a year,
    or is the block's first piece and no entry's start (the tail of an entry from the block before), and its last
    line ends on a word that joins nothing (not "und", "&", "/", ",", a hyphen)."""
    prev = entry[-1]
    return bool(_LINE_DATED_NAMES.match(line)) and bool(re.search(r"[^\W\d_]{2}$", prev)) and \
        prev.rsplit(None, 1)[-1].lower() not in ("und", "and", "in", "et", "u", "von", "der", "the", "of") and \
        bool(_LINE_YEAR.search(" ".join(entry)) or first and not _LINE_ENTRY.match(entry[0]))


def _entries_by_line(lines: list[str]) -> list[str]:
    """The lines of one reference block as entries. A list set without indents or spacing runs entries together;
    a line starts a new entry when it opens like one, with a year, and the line before ended like one."""
    entries: list[list[str]] = []
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        prev = entries[-1][-1] if entries else ""
        if entries and _LINE_NAME_COLON.match(line) and re.search(r"[.)\]\d]$", prev) and \
                _LINE_YEAR.search(" ".join(entries[-1])):
            entries.append([line])  # rule: "Name, Vorname: Titel ... Ort 1999" entries, the year at the end
            continue
        if not entries or (_LINE_ENTRY.match(line) and _LINE_YEAR.search(_URL.sub("", line)[:90]) and
                           (re.search(r"[.)\]\d]$", prev) or _dated_start_after_ended(line, entries[-1], len(entries) == 1))):
            entries.append([line])
        else:
            entries[-1].append(line)
    return [" ".join(e) for e in entries]


# a report's numbered paragraph, "2.2 Escape routes should ...", "A1.28 The panel ...": a section number with a
# decimal part, a capitalised word after it (a note opens with its own whole number; "2.5 million" is lower case)
_NUMBERED_PARAGRAPH = re.compile(r"^[A-Z]?\d{1,2}\.\d{1,3}[ \t]+[A-Z][a-z]+(?:\s+\S+){4}")
# an item of a list of notes: "1. ...", "12 ...", "a) ...", "* ...", "† ..."
_NOTE_ITEM = re.compile(r"^\s*(?:\d{1,3}|[a-z]|\*{1,3}|[\u2020\u2021\u00a7])[.)]?\s")
_PAGE_NUMBER_LINE = re.compile(r"^[-–—\s]*(?:page\s+|seite\s+|p\.\s?)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/|von)\s*\d{1,4})?"
                               r"[-–—\s]*$", re.I)


def _looks_like_heading(text: str) -> bool:
    """A bare paragraph of a text file that is a heading: a known section name, or short and numbered."""
    bare = text.rstrip(":").strip()
    if len(bare) > 90:
        return False
    if _KNOWN_SECTION.match(bare) or is_reference_heading(bare) or NOTES_HEADINGS.match(bare):
        return True
    if ABSTRACT_HEADINGS.match(bare):
        return True
    words = bare.split()
    if len(words) > 10 or bare.endswith((".", ",", ";")):
        return False
    return bool(_NUMBERED_HEADING.match(bare)) and not re.search(r"\(\d{4}\)|\d{4}[,;]|https?:|@|\bet al\b", bare)


def _short_title_line(text: str, following: Block | None) -> bool:
    """A short unpunctuated line followed by a real paragraph: a heading in a plain text file."""
    if following is None or following.hint != "body" or len(text) > 70:
        return False
    words = text.split()  # the line's own tests first: the next paragraph's words are counted for a heading's only
    return (1 <= len(words) <= 8 and text[:1].isupper() and not text.endswith((".", ",", ";"))
            and not re.search(r"\d{4}|https?:|@|\bet al\b|[()]", text) and len(following.text.split()) >= 25)


def _split_language_runs(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    """Split a passage where its language changes (one paragraph holding abstracts in several languages).
    spans: the text's sentences when already split (split_sentences(text))."""
    spans = split_sentences(text) if spans is None else spans
    if len(spans) < 2:
        return [(text, detect_language(text))]
    langs = [detect_language(text[s:e]) for s, e in spans]
    known = [lang for lang in langs if lang != UNDETERMINED]
    if len(set(known)) <= 1:
        return [(text, known[0] if known else detect_language(text))]
    # undetermined sentences join the run before them (or after, at the start)
    for i, lang in enumerate(langs):
        if lang == UNDETERMINED:
            langs[i] = langs[i - 1] if i else next(lg for lg in langs if lg != UNDETERMINED)
    runs: list[tuple[str, str]] = []
    run_start = spans[0][0]
    for i in range(1, len(spans) + 1):
        if i == len(spans) or langs[i] != langs[i - 1]:
            end = spans[i - 1][1]
            runs.append((text[run_start:end].strip(), langs[i - 1]))
            if i < len(spans):
                run_start = spans[i][0]
    # a run of one short sentence (a quoted title, a foreign phrase) is not a new abstract: it joins a neighbour
    merged: list[tuple[str, str]] = []
    for chunk, lang in runs:
        if merged and (_is_short_run(chunk) or _is_short_run(merged[-1][0])) and \
                _script_of(chunk) == _script_of(merged[-1][0]):
            keep = lang if len(chunk.split()) > len(merged[-1][0].split()) else merged[-1][1]
            merged[-1] = (merged[-1][0] + " " + chunk, keep)
        else:
            merged.append((chunk, lang))
    return merged


def _is_short_run(text: str) -> bool:
    return len(split_sentences(text)) < 2 or len(text.split()) < 12


def _script_of(text: str) -> str:
    lang = detect_language(text)
    return "latin" if lang in ("en", "fr", "es", "de", "it", "nl", "pt", UNDETERMINED) else lang


def _use_reflist_model() -> bool:
    """Whether the learned line model (citations/reflist.py) filters reference regions (its "O" lines left out)
    before the line rules split them. Off by default: end to end from PDF it ties the rules on the development sets
    and on held-out JOSE Crossref fields (0.901 each) but found one held-out citation fewer (recall 0.950 against
    0.952), so it has not shown a gain on unseen documents; LITMINE_REFLIST_MODEL=1 turns it on. Its earlier use
    (its own splits and joins) scored held-out JOSE Crossref 0.878 against the rules' 0.896."""
    return os.environ.get("LITMINE_REFLIST_MODEL", "0") == "1"


def build_passages(blocks: list[Block]) -> tuple[str, list[Passage]]:
    """Turn a document's blocks into passages with kinds, sections, languages, sentences and offsets.

    Returns the document text (passages joined by blank lines) and the passages, whose start/end index it.
    """
    resolve_hyphens(blocks)
    builder = _PassageBuilder()
    for i in range(len(blocks)):
        builder.block(blocks, i)
    return builder.finish()


class _PassageBuilder:
    """The passages of one document, built block by block, and the section and mode the blocks are in."""

    def __init__(self) -> None:
        self.passages: list[Passage] = []
        self.section: str | None = None
        self.mode = "body"  # body | abstract | reference | notes
        self.ref_sizes: Counter[float] = Counter()
        self.ref_number: str | None = None  # "6" of "6. Bibliography": "6.2 Secondary sources" stays inside it
        self.ref_last_page: int | None = None
        self.ref_shapes = [0, 0]  # blocks of the current reference list that start like an entry, all its blocks
        self.pieces: list[str] = []
        self.offset = 0
        self.pending: list[tuple[list[str], int | None]] = []  # a reference region's blocks, labelled together
        self.note: tuple[str, int | None] | None = None  # the endnote being gathered (notes mode), its first page
        self.note_number = 0  # the number of the last note opened in the endnote section
        self.unheaded = False  # the endnote section was found by its numbers, not opened by a heading
        self.labelled = False  # the notes were opened by a label with a colon ("Notes:"), not a heading
        self.marked: dict[int, int] = {}  # each note number marked in the text outside notes: the page of its mark
        self.foot_number = 0  # the number that opens the last footnote passage
        self.notes_until: int | None = None  # the last block of body-size notes found by their numbers
        self.section_start = 0  # the index of the passage that opened the current section

    def flush_references(self) -> None:
        """Entries of the pending reference region: the line model's (reflist), else the line rules."""
        if not self.pending:
            return
        region = list(self.pending)
        self.pending.clear()
        if _use_reflist_model():
            region = filter_region(region) or region  # the model leaves out non-reference lines; rules split
        else:
            region = filter_region_by_rules(region)  # margin line numbers and notices out
        found = [(e, page) for lines, page in region
                 for e in (_entries_by_line(lines) if len(lines) > 1 else [" ".join(lines)])]
        for entry, page in found:
            self.add(entry, "reference", page)

    def flush_note(self) -> None:
        """Add the endnote being gathered as one footnote passage."""
        if self.note is not None:
            text, page = self.note
            self.note = None
            self.add(text, "footnote", page)

    def endnotes(self, lines: list[str], page: int | None) -> None:
        """Rule: the lines of a block in an endnote section (notes mode), as notes. A note starts at a line that
        opens with a number just past the last note's (one note may have been missed), or where such a number
        follows a closed sentence inside a line ("... (Lyotard 1987: 9) 22 Zum ..."); a block that opens with no
        number goes on the note before it when that note stops mid-sentence ("... die Erwiderung von" /
        "Hannelore Schröder (2005) ...") or it opens in lower case: the layout broke the note where a line ended
        short or at a page's end; in body-size notes found by their numbers (_body_size_notes), whose run takes in
        only such blocks and a note's further paragraphs, it always does. Any other block stays a passage of its
        own (a publisher's notice after the notes), and a block that opens with a number is one as before."""
        for k, line in enumerate(lines):
            number = _NOTE_LINE.match(line)
            numbered = bool(number) and self.note_number < int(number.group(1)) <= self.note_number + 2
            if numbered or k == 0 and _NOTE_START.match(line):
                self.flush_note()
                if numbered and number.end() == len(number.group(1)):  # a raised number run into its note's word
                    line = f"{number.group(1)} {line[number.end():]}"
                self.note_number = int(number.group(1)) if numbered else self.note_number
                self.note = (line, page)
            elif self.note is not None and (k > 0 or not _CLOSED.search(self.note[0]) or line[:1].islower() or
                                            self.notes_until is not None):  # (a body-size note's next paragraph)
                self.note = (_join_note(self.note[0], line, page, self.note[1]), self.note[1])
            else:
                self.flush_note()
                self.note = (line, page)
            self._run_in_notes(page)

    def _unheaded_notes(self, blocks: list[Block], i: int) -> bool:
        """Rule: notes gathered after the body without a heading. Block `i`, in small type, opens the note after
        the last footnote (at a line's start, or after a closed sentence), that note's number and the next one
        are marked in the text on earlier pages (a note on its mark's page is a footnote), and the next opens this
        block or one of the three after it, all in small type."""
        k, page = self.foot_number + 1, blocks[i].page or 0
        if not (0 < self.marked.get(k, page) < page and 0 < self.marked.get(k + 1, page) < page) or \
                not _opens_note(blocks[i].text, k):
            return False
        return any(b.hint in ("caption", "footnote") and _opens_note(b.text, k + 1) for b in blocks[i:i + 4])

    def _body_size_notes(self, blocks: list[Block], i: int) -> None:
        """Rule: endnotes set at body size after the body (a word processor's endnotes, a working paper's notes
        before or after its list), without a heading. Block `i`, in body type, in the body or after entries of a
        reference list that open with no number, opens the note after the last footnote, or note 1 (notes numbered
        anew, the run then going past the footnotes' last number): "1 ", "1. ", a raised "1" run into its first
        word. A run of blocks from it numbers notes on (_note_run). It is enough evidence when the text called its
        numbers by superscript marks, in order, and none past its last (_called_in_order: the notes answer all of
        the body's marks), it is shaped like notes (_note_shapes: short, not a questionnaire's "1) Ja", not list
        entries), the document's end, a heading or other type follows it, not text in body type (_ends_note_run),
        and no text after it carries a mark (_marked_after: the notes stand after the body). A numbered list or
        numbered paragraphs in the body fail the last tests (text and marks go on after them), numbered headings
        are headings, a table of contents has no marks before it, a numbered reference list opens its section
        with numbers or its items like entries. The notes then end with the run."""
        b = blocks[i]
        first = b.text.lstrip()[:1]
        if self.mode not in ("body", "reference") or b.hint != "body" or not self.marked or \
                not (first.isdigit() or first == SUP_OPEN):
            return
        k = _note_number(b.text)
        # (endnotes numbered anew after footnotes, "1" of an author's note on the first page: they must number on
        # past the footnotes, so that marks no footnote answered call them)
        if k not in (self.foot_number + 1, 1) or k not in self.marked or \
                self.mode == "reference" and not self._unnumbered_entries():
            return
        last, n, words = _note_run(blocks, i, k)
        if n <= self.foot_number or not _called_in_order(self.marked, k, n) or \
                not _note_shapes(blocks[i:last + 1], words) or not _ends_note_run(blocks, last + 1) or \
                _marked_after(blocks, last + 1, n):
            return
        self.flush_references()
        self.mode, self.note_number, self.notes_until = "notes", k - 1, last

    def _unnumbered_entries(self) -> bool:
        """Whether the reference list being read holds an entry that opens with no number (an author-year list)."""
        firsts = [lines[0] for lines, _ in self.pending if lines] + \
            [p.text for p in self.passages[self.section_start:] if p.kind == "reference"]
        return any(not re.match(r"^\W*\d", t) for t in firsts)

    def _run_in_notes(self, page: int | None) -> None:
        """Cut the note being gathered where the next note's number follows a closed sentence inside it."""
        while self.note is not None and self.note_number:
            text, first = self.note
            m = re.search(rf"(?<=[.!?)\"”“»«])\s+(?={self.note_number + 1}\s+[^\W\d_])", text)
            if not m:
                return
            self.note = (text[:m.start()], first)
            self.flush_note()
            self.note_number += 1
            self.note = (text[m.end():], page)

    def add(self, text: str, kind: str, page: int | None, language: str | None = None) -> None:
        """Add a passage (split where its language changes) to the passages and the document text."""
        if self.pending and kind != "reference":
            self.flush_references()
        if self.note is not None:
            self.flush_note()
        text = text.strip()
        if not text or not any(ch.isalnum() for ch in text):
            return  # stray punctuation left by the layout
        text, marks = _take_marks(text)
        text, breaks, marks = _take_breaks(text, marks)
        if kind == "footnote":
            number = _NOTE_START.match(text)
            self.foot_number = int(number.group(1)) if number else self.foot_number
        else:
            for _, mark in marks:
                for n in re.findall(r"\d{1,3}", mark):
                    self.marked.setdefault(int(n), page or 0)
        if self.offset:
            self.pieces.append(PASSAGE_SEPARATOR)
            self.offset += len(PASSAGE_SEPARATOR)
        spans = split_sentences(text) if kind != "heading" else None  # once: the passage's own when it stays whole
        if language or kind in ("heading", "reference", "footnote", "caption"):
            runs = [(text, language or detect_language(text))]
        else:
            runs = _split_language_runs(text, spans)
        for j, (chunk, lang) in enumerate(runs):
            if j:
                self.pieces.append(PASSAGE_SEPARATOR)
                self.offset += len(PASSAGE_SEPARATOR)
            chunk_at = text.find(chunk)
            chunk_page, chunk_breaks = _chunk_pages(page, breaks, chunk_at, chunk_at + len(chunk))
            p = Passage(index=len(self.passages), kind=kind, text=chunk, page=chunk_page, section=self.section,
                        language=lang, start=self.offset, end=self.offset + len(chunk),
                        sentences=[(0, len(chunk))] if kind == "heading" else spans if chunk is text else
                        split_sentences(chunk),
                        marks=[(at - chunk_at, n) for at, n in marks if chunk_at <= at <= chunk_at + len(chunk)],
                        breaks=chunk_breaks)
            self.passages.append(p)
            self.pieces.append(chunk)
            self.offset += len(chunk)

    def block(self, blocks: list[Block], i: int) -> None:
        """Take block `i`: a heading (new section and mode), a reference region's part, or a passage."""
        b = blocks[i]
        # a paragraph rejoined across a page break (pdf.py; its mark is outside ASCII)
        broken = not b.text.isascii() and BREAK_MARKS.search(b.text) is not None
        lines = (BREAK_MARKS.sub("", b.text) if broken else b.text).split("\n")
        text = " ".join(line.strip() for line in lines).strip()
        if not text:
            return
        self._body_size_notes(blocks, i)
        if self._leading_reference_heading(blocks, i, lines):
            return
        is_heading = b.hint == "heading" or (b.hint == "body" and (
            _looks_like_heading(text) or _short_title_line(text, blocks[i + 1] if i + 1 < len(blocks) else None)))
        if is_heading and b.hint == "body" and self.mode == "notes" and self._in_note(text):
            is_heading = False
        if not is_heading and b.hint in ("caption", "footnote") and is_reference_heading(text) and \
                i + 1 < len(blocks) and entry_like(blocks[i + 1].text):
            is_heading = True  # rule: "LITERATUR" set small or in capitals, read as a caption or note, entries after
        if self.mode == "reference":
            if _PAGE_NUMBER_LINE.match(text):
                return  # rule: a page number the reader left (set large, or apart) neither ends the list nor is in it
            is_heading = self._in_references(blocks, i, text, is_heading)
            if is_heading is None:
                return
        if is_heading and len(text) <= 200:
            self._heading(text, b.page)
            return
        self._endnote_section(blocks, i)
        self._passage(b, text, lines, broken)

    def _in_note(self, text: str) -> bool:
        """Rules, endnotes in body type: a short note that looks like a heading ("4 Siehe Kapitel 2") is the next
        note, and a short line that goes on a note stopped mid-sentence ("... die Antwort von" / "Erika Beispiel
        und Otto Muster") is the rest of that note, no heading (a known section's, a list's or notes' heading, a
        numbered heading still is one). Not in small-type notes found by their numbers or under a label ("Notes:"),
        which body type ends."""
        return not (self.unheaded or self.labelled) and (
            _note_number(text) == self.note_number + 1 or self.note is not None and
            not _CLOSED.search(self.note[0]) and not _looks_like_heading(text))

    def _endnote_section(self, blocks: list[Block], i: int) -> None:
        """Notes found by their numbers (no heading) end at body-size text; small type that numbers notes on from
        the last footnote starts them (_unheaded_notes)."""
        b = blocks[i]
        if self.mode == "notes" and self.notes_until is not None and i > self.notes_until:
            self.flush_note()  # the body-size notes found by their numbers (_body_size_notes) ended with the last
            self.mode, self.notes_until = "body", None
        if self.mode == "notes" and b.hint == "body" and (self.unheaded or _NUMBERED_PARAGRAPH.match(b.text) or (
                self.labelled and not _NOTE_ITEM.match(b.text))):
            # rules: a report's numbered paragraph ("2.2 Escape routes ...") opens no note; the notes a label
            # ("Notes:" under a table) introduces are items ("1. ...", "a) ...", "* ..."), and what is none is text
            self.flush_note()
            self.mode, self.unheaded, self.labelled = "body", False, False
        elif self.mode == "body" and b.hint == "caption" and self._unheaded_notes(blocks, i):
            self.mode, self.unheaded, self.note_number = "notes", True, self.foot_number

    def _passage(self, b: Block, text: str, lines: list[str], broken: bool) -> None:
        """A block that is no heading: lines of an endnote section, part of a reference region, or a passage of
        its kind (broken: rejoined across a page break, its marks kept for the passage's page breaks)."""
        kind = self._kind(b, text)
        if kind == "footnote" and self.mode == "notes":
            self.endnotes([line.strip() for line in b.text.split("\n") if line.strip()], b.page)
        elif kind == "reference":
            self.pending.append(([line.strip() for line in lines if line.strip()], b.page))
        else:
            self.add(" ".join(line.strip() for line in b.text.split("\n")).strip() if broken else text, kind,
                     b.page)

    def _leading_reference_heading(self, blocks: list[Block], i: int, lines: list[str]) -> bool:
        """Rule: a reference heading alone on the first line of a block whose next line opens an entry ("Literatur"
        / "Blinkert, Baldo: ...", the reader joined the heading to its list), or a notes heading alone there whose
        next line opens note 1 ("Anmerkungen" / "1 Vgl. ...", notes set in body type under a heading in it): the
        heading, then the rest of the block as the section's first block. Whether it was so."""
        if len(lines) < 2 or not (
                self.mode != "reference" and is_reference_heading(lines[0].strip()) and entry_start(lines[1].strip())
                or NOTES_HEADINGS.match(_LEADING_SYMBOLS.sub("", lines[0]).strip()) and _note_number(lines[1]) == 1):
            return False
        b = blocks[i]
        self._heading(lines[0].strip(), b.page)
        rest = Block("\n".join(lines[1:]), page=b.page, hint=b.hint, level=b.level, size=b.size)
        self.block([*blocks[:i], rest, *blocks[i + 1:]], i)
        return True

    def _in_references(self, blocks: list[Block], i: int, text: str, is_heading: bool) -> bool | None:
        """Inside a reference list: whether block `i` is a heading after all (None: added as a subheading); ends
        the list where back matter starts."""
        b = blocks[i]
        if is_heading and _running_head(blocks, i):
            return None  # a running head at a page's top, entries after it: the list goes on
        if len(text.split()) <= 4 and _AFTER_REFERENCES.match(text):
            is_heading = True  # "Authors", "Appendix", "Notes" standing alone after a reference list
        if b.page is not None and self.ref_sizes and b.page != self.ref_last_page and (
                _back_matter_starts(blocks, i, self.ref_sizes.most_common(1)[0][0]) or
                is_heading and self._series_list_starts(blocks, i)):
            self.flush_references()
            self.mode, self.section = "body", None  # a new page in another type size without entries: back matter
            return is_heading
        if b.hint != "heading":
            self.ref_sizes[b.size] += 1
            self.ref_last_page = b.page
            self.ref_shapes[0] += entry_like(b.text)
            self.ref_shapes[1] += 1
        big = b.size >= 1.1  # set larger than the body text (PDF); text files carry 1.0
        ref_number = self.ref_number
        sub_numbered = bool(ref_number and re.match(rf"^{re.escape(ref_number)}\.\d", text))
        if is_heading and (sub_numbered or not _ends_reference_list(text) and not (
                big and not entry_like(text) and not _REFERENCE_SUBHEADING.match(text))):
            if _REFERENCE_SUBHEADING.match(text) or (ref_number and re.match(rf"^{re.escape(ref_number)}\.\d", text)):
                self.add(text, "heading", b.page)
                return None
            is_heading = False  # a bold author line or a wrapped line of an entry, not a new section
        return is_heading

    def _series_list_starts(self, blocks: list[Block], i: int) -> bool:
        """Rule: a heading at a page's top after a list of which at least five blocks (and 40 % of them; the
        others are wrapped parts of entries) start like entries ("Surname, Given (2004): ..."), with no such entry
        among the page's next three blocks: back matter (a publisher's list of its series, "Bücher der Abteilung
        ...", "Discussion Papers"), not more of the list."""
        like, seen = self.ref_shapes
        following = [x for x in blocks[i + 1:i + 4] if x.page == blocks[i].page]
        return like >= 5 and like >= 0.4 * seen and bool(following) and not any(entry_like(x.text) for x in following)

    def _heading(self, text: str, page: int | None) -> None:
        """Start a section: its heading sets the mode (reference list, notes, abstract or body); a symbol before
        its name does not hide the name."""
        self.flush_references()
        self.flush_note()
        self.section, self.note_number, self.unheaded, self.labelled = text, 0, False, False
        self.notes_until, self.section_start = None, len(self.passages)
        name = _LEADING_SYMBOLS.sub("", text).strip()
        if is_reference_heading(name):
            self.mode = "reference"
            self.ref_shapes = [0, 0]
            number = re.match(r"^(\d{1,2})\.?\s", name)
            self.ref_number = number.group(1) if number else None
        elif NOTES_HEADINGS.match(name):
            self.mode, self.labelled = "notes", name.endswith(":")
        elif ABSTRACT_HEADINGS.match(name):
            self.mode = "abstract"
        else:
            self.mode = "body"
        self.add(text, "heading", page)

    def _kind(self, b: Block, text: str) -> str:
        """The kind of a block that is not a heading, from its hint, its text and the mode."""
        mode, passages = self.mode, self.passages
        if mode == "reference" and b.hint == "footnote" and not re.match(r"^\d{1,3}\s(?![(,:;.–-])", text):
            kind = "reference"  # a reference list set small at the foot of a page, not a footnote; "16 (1-2), S.
            # 5-45." is the end of an entry (a volume, its issue and pages), not note 16
        elif b.hint == "footnote" or mode == "notes":
            kind = "footnote"
        elif mode == "reference" or b.hint == "reference":
            kind = "reference"
        elif _CAPTION.match(text) and len(text.split()) <= 60 or b.hint == "caption":
            kind = "caption"
        elif mode == "abstract":
            kind = "abstract"
        elif _ABSTRACT_PREFIX.match(text) and not passages or (
                _ABSTRACT_PREFIX.match(text) and all(p.kind != "abstract" for p in passages) and len(passages) < 40):
            kind = "abstract"
        else:
            kind = "body"
        return kind

    def finish(self) -> tuple[str, list[Passage]]:
        """The document text and passages, undetermined languages set to the dominant one, long abstracts cut."""
        self.flush_references()
        self.flush_note()
        passages = self.passages
        main = Counter(p.language for p in passages if p.language != UNDETERMINED and p.kind != "heading")
        dominant = main.most_common(1)[0][0] if main else UNDETERMINED
        for p in passages:
            if p.language == UNDETERMINED:
                p.language = dominant
        # an abstract section ends at its first paragraph when the document has no further heading for a while
        _end_long_abstracts(passages)
        return "".join(self.pieces), passages


_NOTE_NUMBER_TEXT = re.compile(rf"^\s*{SUP_OPEN}?\d{{1,3}}{SUP_CLOSE}?[.)]?\s*")


def _note_number(text: str) -> int | None:
    """The number a block or line opens with as a note would (_NOTE_LINE; a raised number marked as such too)."""
    m = _NOTE_LINE.match(re.sub(rf"^\s*{SUP_OPEN}(\d{{1,3}}){SUP_CLOSE}\s*", r"\1 ", text, count=1))
    return int(m.group(1)) if m else None


# a numbered line whose words open with a note's cue ("7 Vgl. dazu Muster/Meier", "3 Siehe", "2 See"): a note's
# first line, never a numbered heading, however it ends
_CUE_AFTER_NUMBER = re.compile(r"^\d{1,3}[.)]?\s+(?:[Vv]gl\.|[Ss]iehe\b|[Cc]f\.|[Ss]ee\b|[Ee]bd\.|[Ee]benda\b|[Ii]bid\b|"
                               r"[Zz]it\.|[Zz]itiert\b)")


def _note_run(blocks: list[Block], i: int, k: int) -> tuple[int, int, list[int]]:
    """The run of body-type blocks from block `i` (which opens note `k`) that numbers notes on: its last block, its
    last note's number and each note's words. A line opening with the next number opens the next note; a block
    that opens with no number goes on the note before where it starts in lower case or that note stops
    mid-sentence (not after a line that looks like a heading: "1 Einleitung"; a line that opens with a note's cue,
    "7 Vgl. dazu Muster/Meier", is none), or where the next note opens in one of the two blocks after it (a note's
    second paragraph); any other block (another number, a heading, small type) ends the run."""
    n, last, words, prev = k, i, [0], ""
    for j in range(i, len(blocks)):
        x = blocks[j]
        lines = [line.strip() for line in BREAK_MARKS.sub("", x.text).split("\n") if line.strip()]
        if x.hint != "body" or not lines:
            break
        if j > i and _note_number(lines[0]) != n + 1 and (_note_number(lines[0]) is not None or _looks_like_heading(
                prev) and not _CUE_AFTER_NUMBER.match(prev) and not lines[0][:1].islower() and
                not _short_note_tail(blocks, j, lines, prev, n) or
                not (lines[0][:1].islower() or not _CLOSED.search(prev) or _next_note_within(blocks, j + 1, n + 1))):
            break  # (a numbered heading, "1 Einleitung", and the paragraph after it: no note going on)
        for line in lines[1 if j == i else 0:]:
            if _note_number(line) == n + 1:
                n += 1
                words.append(0)
            words[-1] += len(line.split())
        words[0] += len(lines[0].split()) if j == i else 0
        last, prev = j, lines[-1]
    return last, n, words


def _short_note_tail(blocks: list[Block], j: int, lines: list[str], prev: str, n: int) -> bool:
    """Whether block j, after a short numbered line that looks like a heading ("1 Für Näheres siehe"), is the tail
    of that note and not a heading's paragraph: the line stops on a lower-case word (a heading ends on a noun in
    German), block j is one short line of six words or fewer that closes a sentence ("Muster (2003)."), and the
    next note opens in the block right after it. A heading's paragraph is longer, or no number follows it."""
    last_word = prev.split()[-1] if prev.split() else ""
    return last_word[:1].islower() and not _CLOSED.search(prev) and len(lines) == 1 and \
        len(lines[0].split()) <= 6 and bool(_CLOSED.search(lines[0])) and j + 1 < len(blocks) and \
        blocks[j + 1].hint == "body" and _note_number(blocks[j + 1].text) == n + 1


def _called_in_order(marked: dict[int, int], k: int, n: int) -> bool:
    """Whether notes k..n (two or more) are the text's marks (marked: each number's first page): at least four in
    five of them marked, in the order of the pages, and neither of the next two numbers marked."""
    pages = [marked[m] for m in range(k, n + 1) if m in marked]
    return n > k and len(pages) >= 0.8 * (n - k + 1) and pages == sorted(pages) and \
        n + 1 not in marked and n + 2 not in marked


def _note_shapes(run: list[Block], words: list[int]) -> bool:
    """Whether a run of numbered blocks (_note_run, with each note's words) is shaped like notes: none over 200
    words, five words a note on average with the number, no more than half opening like a list's entry."""
    entries = sum(entry_like(_NOTE_NUMBER_TEXT.sub("", x.text, count=1)) for x in run if _note_number(x.text))
    return max(words) <= 200 and sum(words) >= 5 * len(words) and entries * 2 <= len(words)


def _ends_note_run(blocks: list[Block], j: int) -> bool:
    """Whether what follows a run of notes at block j may end it: the document's end, a heading (or a list's
    heading joined to its first entry, _leading_reference_heading), other type, or an author-year list set without
    a heading (a newsletter's or working paper's notes, then its literature: block j opens like an entry,
    "Name, First, 2003: ...", or its first line of names alone, "Name, First; Other, Second;", the layout having
    broken the entry before its year, and one of the three blocks after it opens like an entry too; one entry-like
    paragraph alone is body text going on, so the run does not end there)."""
    if j >= len(blocks) or blocks[j].hint != "body" or _looks_like_heading(blocks[j].text.strip()) or \
            is_reference_heading(blocks[j].text.split("\n", 1)[0].strip()):
        return True
    names = _NAMES_LINE.match(blocks[j].text) is not None and j + 1 < len(blocks) and \
        blocks[j + 1].hint == "body" and entry_like(f"{blocks[j].text} {blocks[j + 1].text}")
    return (entry_like(blocks[j].text) or names) and any(entry_like(x.text) for x in blocks[j + 1:j + 4])


# an author-year entry's first line that holds its names alone ("Diener, Ed; Sandvik, Ed; Seidlitz, Larry;"): names
# "Surname, Given" parted by ";" or "/", the line ending on a separator
_NAMES_LINE = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+,\s+[A-Z\u00C0-\u024F][\w.\u00C0-\u024F'’-]*"
                         r"(?:\s+[A-Z\u00C0-\u024F][\w.'’-]*)?\s*[;/,]\s*){2,}$")


def _marked_after(blocks: list[Block], j: int, last: int) -> bool:
    """Whether text from block j on carries a superscript mark: any mark before a reference list's heading, one
    past `last` (the last note's number) after it (a raised edition number, "Berlin \u00b22005", stands in German
    entries). A heading set at twice the body size or more is the title of the next article (a newsletter or a
    collected volume read as one PDF): its text's marks are its own, so the search stops there."""
    in_list = False
    for x in blocks[j:]:
        if x.hint == "heading" and x.size >= 2.0:
            break
        head = x.text.split("\n", 1)[0].strip()  # (a list's heading may be joined to its first entry)
        if x.hint == "heading" or is_reference_heading(head):
            in_list = is_reference_heading(_LEADING_SYMBOLS.sub("", head).strip())
        if x.hint != "heading" and SUP_OPEN in x.text and (not in_list or any(
                int(n) > last for mark in _MARK.findall(x.text) for n in re.findall(r"\d{1,3}", mark))):
            return True
    return False


def _next_note_within(blocks: list[Block], j: int, number: int) -> bool:
    """Whether note `number` opens block j or j + 1, in body type, the block before it opening with no number."""
    for x in blocks[j:j + 2]:
        if x.hint != "body":
            return False
        found = _note_number(x.text)
        if found is not None:
            return found == number
    return False


def _opens_note(text: str, number: int) -> bool:
    """Whether a note numbered `number` opens in text: at a line's start ("6 ", "6. "), or after a closed sentence
    ("6 " alone), then a word."""
    return re.search(rf"(?:^|\n){number}[.)]?\s+[^\W\d_]|(?<=[.!?)\"”“»«])\s{number}\s+[^\W\d_]", text) is not None


def _join_note(text: str, line: str, page: int | None, first: int | None) -> str:
    """A note's text with a line that goes on it: a word broken at the line's end joined ("(Ar-" / "nold/Stuewe")
    unless a conjunction follows ("Berufs-" / "und"), a page_break_mark where the line is on a later page."""
    last = last_page_of(text, first)
    mark = page_break_mark(page) if page is not None and last is not None and page > last else ""
    if re.search(r"[^\W\d_]-$", text) and line[:1].islower() and line.split()[0].lower() not in _CONJUNCTIONS:
        return text[:-1] + mark + line
    return f"{text} {mark}{line}"


def _end_long_abstracts(passages: list[Passage], max_words: int = 400) -> None:
    """An "Abstract" heading followed by the whole paper and no other heading: keep the abstract short.

    Abstracts in other languages (a new language starts a new abstract) each get their own allowance.
    """
    words: dict[str | None, int] = {}
    for p in passages:
        if p.kind == "heading":
            words.clear()
        elif p.kind == "abstract":
            used = words.get(p.language, 0)
            if used >= max_words:
                p.kind = "body"
            words[p.language] = used + len(p.text.split())
