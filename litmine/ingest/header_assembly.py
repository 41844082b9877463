"""Title and authors from the labelled header lines (header_model): the title run with its subtitle, the author
lines split into persons (family, given) or kept whole as a corporate author, PDF info fields checked against the
page, and a confidence for each field (the model's probability)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from litmine.citations.reference_names import creator_display, creators_from_names  # noqa: F401 - re-exported
from litmine.ingest.header_model import _HEADING, LABELS, _affil, _lower_words, current_model, lines_from_pdf
from litmine.ingest.header_names import (_corporate_case, _creators_from_lines, _ends_open, _fold, _names,
                                         _organisation_line, byline_shaped)
from litmine.ingest.header_names import organisation_author
from litmine.ingest.header_titles import _join_title, _letter_spaced, institute_by_line, section_heads
from litmine.ingest.header_lines import (_BY_LINE, _HEADING_STOP, _IMPRINT, _MASTHEAD, _SERIES, _TOC, _URL,
                                         _has_name_word, _has_words, _label_only, _masthead_block, _running_heads)
from litmine.ingest.header_names import plausible_info_authors, plausible_info_title, split_names  # noqa: F401
from litmine.ingest.language import UNDETERMINED, detect_language

_T, _A = LABELS.index("title"), LABELS.index("author")
# a label whose value, on the next line, is a body that provides, publishes, funds or commissions the work, or is
# reached at an address: never its byline (a repository cover's "Zur Verfügung gestellt in Kooperation mit /
# provided in cooperation with:" over "SSG Sozialwissenschaften, USB Köln" or "Verlag Barbara Budrich", a report's
# "Published by:", "Gefördert durch:", "Im Auftrag von:", "Kontakt:"); labels that announce persons who wrote it
# ("Authors:", "Prepared by:", "von") are not among them
_NOT_BYLINE_LABEL = re.compile(
    r"(?:provided in co-?operation with|in kooperation mit|zur verfügung gestellt(?: von)?|published by|"
    r"publisher|verlag|herausgeber(?:in)?|hrsg\.|herausgegeben von|edited by|funded by|supported by|"
    r"commissioned by|gefördert (?:von|durch)|im auftrag (?:von|des|der)|kontakt(?:adresse)?|contact|"
    r"correspondence|korrespondenz(?:adresse)?)\s*:\s*$", re.I)
_OPEN_ENDS = frozenset("of the and in for to on with a an from at by as or its their into between".split())


@dataclass
class Header:
    """What the header model found: values, their confidences and sources."""

    title: str | None = None
    creators: list[dict[str, str]] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def authors(self) -> list[str]:
        return [creator_display(c) for c in self.creators]


# a numbered section heading ("2. A 'Window of Opportunity' ...", "3.1 Data") is not a document's title
_NUMBERED = re.compile(r"^\s*\d{1,2}\.(?:\d{1,2}\.?)*\s+\S")


_MARK_END = re.compile(r"(?:[^\W\d_]{3,}\d{1,2}|[*∗\u2020\u2021])\s*$")


def _first_language(rows: list[dict], run: list[int]) -> list[int]:
    """The title run up to its first line in another language: the original title comes first, its translations
    (printed below it by Latin American and many European journals) are not part of it."""
    keep = run[:1]
    for k in run[1:]:
        if _other_language(" ".join(rows[i]["text"] for i in keep), rows[k]["text"]):
            break
        keep.append(k)
    return keep


def _other_language(title: str, line: str) -> bool:
    """A line in another language than the title above it: its translation (Latin American and European journals
    print the title again in Portuguese, Spanish, French or German below the original)."""
    title, line = _letter_spaced(title), _letter_spaced(line)
    if len(line.split()) < 4 or len(title.split()) < 3:
        return False
    a, b = detect_language(title), detect_language(line)
    return a != UNDETERMINED and b != UNDETERMINED and a != b


def _title_run(rows: list[dict], probs: np.ndarray) -> list[int]:
    p = probs[:, _T]
    never = _running_heads(rows) | _masthead_block(rows) | section_heads(rows)
    seed = _title_seed(rows, p, never)
    if seed is None:
        return []
    run = [seed]
    _grow_run(rows, p, partial(_joins, rows, p, never), run)
    _volume_and_original(rows, never, run)
    return _first_language(rows, run)


def _title_seed(rows: list[dict], p: np.ndarray, never: set[int]) -> int | None:
    """The line the title run starts from: the largest line the model is sure of, or the line below a label."""
    # among lines the model is sure of, the largest type is the title (a kicker or body line above it is not); in
    # the same type, the first page's (a heading set like the title on a later page is not it): the first line in
    # that order that could be a title (so the tests run on a few lines, not all)
    order = sorted(range(len(rows)), reverse=True, key=lambda i: (
        p[i] >= 0.5, round(rows[i].get("size_rel", 1.0), 2) if p[i] >= 0.5 else 0.0, -rows[i]["page"], p[i], -i))
    seed = next((i for i in order if _may_be_title(rows, never, i)), None)
    if seed is None:
        return None
    if p[seed] < 0.2:
        # the model's title is an article-type label ("ARTIGO ORIGINAL"): the title is the line printed below it
        labels = [i for i, r in enumerate(rows) if r["page"] <= 3 and p[i] >= 0.5 and _label_only(r["text"])]
        if not labels or labels[0] + 1 >= len(rows) or not _may_be_title(rows, never, labels[0] + 1) or \
                rows[labels[0] + 1]["page"] != rows[labels[0]]["page"]:
            return None
        seed = labels[0] + 1
    return seed


def _may_be_title(rows: list[dict], never: set[int], i: int) -> bool:
    """Whether line i can start a title: on the first three pages, no contents line, URL, label, imprint or
    numbered line, at most 40 words and some words at all."""
    text = rows[i]["text"]
    return rows[i]["page"] <= 3 and not _TOC.search(text) and len(text.split()) <= 40 and _has_words(text) and \
        not _URL.search(text) and not _label_only(text) and i not in never and not _IMPRINT.match(text) and \
        not _NUMBERED.match(text)


def _same_style(a: dict, b: dict) -> bool:
    """Whether two lines are set alike: a wrapped title keeps its size, weight and line spacing."""
    return abs(a["size_rel"] - b["size_rel"]) <= 0.03 * a["size_rel"] and a["bold"] == b["bold"] and \
        abs(a["top_rel"] - b["top_rel"]) < 0.045 * max(1.0, a["size_rel"] / 2.2) and \
        (a["size_rel"] > 1.05 or a["bold"])  # (display type has wider line spacing)


def _joins(rows: list[dict], p: np.ndarray, never: set[int], i: int, j: int) -> bool:
    """Whether line j continues the title next to line i (p: the title probabilities; never: lines no title is)."""
    a, b = rows[i], rows[j]
    if _never_joins(rows, never, i, j):
        return False
    if not (a.get("geom") and b.get("geom")):
        return p[j] >= 0.3
    if _set_apart(a, b, i, j):
        return False
    if p[j] >= 0.3 or (j == i - 1 and p[j] >= 0.2 and b["size_rel"] > 1.05 * a["size_rel"] and
                       abs(a["top_rel"] - b["top_rel"]) < 0.045 and not byline_shaped(b["text"])):
        return True  # (a main title right above its subtitle and set larger: the model doubts it more)
    return _goes_on(a, b, i, j)


def _goes_on(a: dict, b: dict, i: int, j: int) -> bool:
    """Whether line b goes on from line a in the ways a title wraps (lower case, subtitle, open end, same type)."""
    upper, lower = (b, a) if j < i else (a, b)
    close = abs(a["top_rel"] - b["top_rel"]) < 0.045
    if _wraps_lower(a, b, i, j, close):
        return True
    # a subtitle right below, set larger than the body though smaller than the title, is not a byline or heading
    if j == i + 1 and close and b["size_rel"] > 1.05 and b["size_rel"] >= 0.75 * a["size_rel"] and \
            not byline_shaped(b["text"]) and not _HEADING.match(b["text"]) and not _affil(_lower_words(b["text"])):
        return True
    # a line ending in "of", "the", "and" goes on; so does one set like the title (not a byline set alike)
    open_end = upper["text"].rstrip().rsplit(" ", 1)[-1].lower() in _OPEN_ENDS and \
        lower["size_rel"] >= 0.7 * upper["size_rel"] and abs(a["top_rel"] - b["top_rel"]) < 0.045
    return open_end or (_same_style(a, b) and not byline_shaped(b["text"]))


def _wraps_lower(a: dict, b: dict, i: int, j: int, close: bool) -> bool:
    """Whether a title wraps into or out of a line that begins in lower case."""
    # a wrapped title goes on in lower case ("Driving forces of ... trade / in Europe 1996-2005")
    if j > i and close and b["text"].lstrip()[:1].islower() and b["size_rel"] >= 0.7 * a["size_rel"] and \
            not re.match(r"\s*(?:by|von|par|por)\b", b["text"], re.I) and not byline_shaped(b["text"]) and \
            (b["size_rel"] > 1.03 or b["width_rel"] <= a["width_rel"] + 0.02):  # not a full body-text line
        return True
    # a title line that begins in lower case goes on from the line right above it
    if j < i and close and a["text"].lstrip()[:1].islower() and b["size_rel"] >= 0.8 * a["size_rel"] and \
            not byline_shaped(b["text"]) and not b["text"].rstrip().endswith("."):
        return True
    return False


def _never_joins(rows: list[dict], never: set[int], i: int, j: int) -> bool:
    """Lines a title never goes on into: another page, contents, URLs, imprints, bylines, labels, a footnote mark."""
    a, b = rows[i], rows[j]
    if b["page"] != a["page"] or _TOC.search(b["text"]) or not _has_words(b["text"]) or \
            _URL.search(b["text"]) or j in never or _IMPRINT.match(b["text"]) or \
            (_BY_LINE.match(b["text"]) and not (j > i and institute_by_line(rows, j))) or \
            (_label_only(b["text"]) and not (j > i and a.get("geom") and b.get("geom") and  # "... / Report"
                                             abs(a["size_rel"] - b["size_rel"]) <= 0.03 * a["size_rel"])):
        return True
    upper = b if j < i else a
    if _MARK_END.search(upper["text"]):  # a footnote mark ends the title ("... Approach1", "... Policy*")
        return True
    return False


def _set_apart(a: dict, b: dict, i: int, j: int) -> bool:
    """Lines set too far apart or too differently for one title (i, j: their indices)."""
    if abs(a["top_rel"] - b["top_rel"]) > 0.12:
        return True
    if j < i and b["size_rel"] < 0.8 * a["size_rel"]:  # a smaller line above the title: series, body, author
        return True
    if j > i and b["size_rel"] > 1.25 * a["size_rel"]:  # a much larger line below is a title of its own
        return True
    if min(a["size_rel"], b["size_rel"]) < 0.55 * max(a["size_rel"], b["size_rel"]):
        return True  # display type does not wrap into body type: a line half its size is another matter
    if byline_shaped(b["text"]) and not _same_style(a, b):
        return True  # names below or above the title, not set as a wrapped display title ("Query Expansion"): a byline
    return False


def _grow_run(rows: list[dict], p: np.ndarray, joins, run: list[int]) -> None:
    """Extend the title run up and down while the next line joins it (at most six lines)."""
    while len(run) < 6 and run[0] > 0 and joins(run[0], run[0] - 1):
        run.insert(0, run[0] - 1)
    while len(run) < 6 and run[-1] + 1 < len(rows):
        if joins(run[-1], run[-1] + 1):
            run.append(run[-1] + 1)
            continue
        # a subtitle line the model doubts between two title lines ("Decentering ... / in Governing")
        k = run[-1] + 2
        if k < len(rows) and p[k] >= 0.5 and rows[run[-1] + 1]["page"] == rows[k]["page"] == rows[run[-1]]["page"] \
                and joins(run[-1] + 1, k) and not _URL.search(rows[run[-1] + 1]["text"]) and \
                not byline_shaped(rows[run[-1] + 1]["text"]) and \
                rows[k].get("size_rel", 1.0) >= 0.75 * rows[run[-1]].get("size_rel", 1.0):
            run.extend([run[-1] + 1, k])
            continue
        break


def _volume_and_original(rows: list[dict], never: set[int], run: list[int]) -> None:
    """Add a volume line below the run and an original-language title set alike right above it."""
    nxt = run[-1] + 1
    if nxt < len(rows) and _VOLUME.match(rows[nxt]["text"]) and rows[nxt]["page"] == rows[run[-1]]["page"] and \
            0 <= rows[nxt].get("top_rel", 0.0) - rows[run[-1]].get("top_rel", 0.0) < 0.1:
        run.append(nxt)  # "Report" / "Volume 1": the volume of a multi-volume report belongs to its title
    above = run[0] - 1
    if above >= 0 and above not in never and rows[above]["page"] == rows[run[0]]["page"] and \
            rows[above].get("geom") and rows[run[0]].get("geom") and _has_words(rows[above]["text"]) and \
            abs(rows[above]["size_rel"] - rows[run[0]]["size_rel"]) <= 0.03 * rows[run[0]]["size_rel"] and \
            0 < rows[run[0]]["top_rel"] - rows[above]["top_rel"] < 0.045 and \
            _other_language(rows[above]["text"], " ".join(rows[i]["text"] for i in run)):
        run.insert(0, above)  # the original title right above its translation, set alike: the title


_VOLUME = re.compile(r"^\s*(?:volume|vol\.|part|book|band|teil)\s+(?:\d{1,2}|[ivx]{1,4}|[a-d])\s*$", re.I)
_GENERIC = frozenset("the a final interim first second third fourth report reports summary overview volume part "
                     "recommendations executive annual and of conclusions findings".split())
_ISSUER = re.compile(r"\b(?:inquiry|committee|commission|review|taskforce|task force|ombudsman|tribunal)\s*$", re.I)


def _with_issuer(rows: list[dict], run: list[int], title: str) -> str:
    """A generic title ("The Report", "Final Report", "Volume 1") under the name of the inquiry, committee or
    commission that issues it, printed just above it on the cover ("Infected Blood Inquiry" / "The Report"), keeps
    that name: "Infected Blood Inquiry: The Report", as such reports are cited."""
    words = re.findall(r"[^\W_]+", title.lower())
    if not words or not all(w in _GENERIC or w.isdigit() for w in words) or run[0] == 0:
        return title
    above, first = rows[run[0] - 1], rows[run[0]]
    if above["page"] != first["page"] or not _ISSUER.search(above["text"]) or len(above["text"].split()) > 8 or \
            re.search(r"\d", above["text"]) or \
            (above.get("geom") and first.get("geom") and first["top_rel"] - above["top_rel"] > 0.15):
        return title
    return f"{_corporate_case(above['text'].strip())}: {title}"


def _part_named(rows: list[dict], run: list[int], probs: np.ndarray, title: str) -> list[int]:
    """A generic title ("The Report", "Final Report") whose cover names the part further down in display type
    ("Overview and" / "Recommendations": lines the model takes for title, or at least not names), keeps that part: "The Report. Overview and
    Recommendations", as the volumes of a multi-volume report are cited. Returns the part's lines."""
    words = re.findall(r"[^\W_]+", title.lower())
    if not words or not all(w in _GENERIC or w.isdigit() for w in words):
        return []
    last = rows[run[-1]]
    part: list[int] = []
    for k in range(run[-1] + 1, min(len(rows), run[-1] + 4)):
        r = rows[k]
        if r["page"] != last["page"] or not (r.get("geom") and last.get("geom")) or \
                (probs[k, _T] < 0.5 and _names(r["text"])) or _IMPRINT.match(r["text"]) or \
                _HEADING_STOP.match(r["text"]) or _MASTHEAD.search(r["text"]) or _URL.search(r["text"]) or \
                r["size_rel"] < 1.3 or r["top_rel"] - last["top_rel"] > 0.3 or not _has_words(r["text"]) or \
                (part and not (r["size_rel"] == rows[part[0]]["size_rel"] and r["bold"] == rows[part[0]]["bold"])):
            break
        part.append(k)
    return part


def _title_above_byline(rows: list[dict], picked: list[int]) -> list[int]:
    """Where the model takes no line for a title (a manuscript set all in body type under a running head), the lines
    right above the byline on its page, as a header is ordered (title, then authors): up to three lines close
    together that read as a title (no full stop, no names, address, label, masthead, running head or imprint)."""
    never = _running_heads(rows) | _masthead_block(rows)
    first = picked[0]
    out: list[int] = []
    k = first - 1
    while k >= 0 and len(out) < 3 and rows[k]["page"] == rows[first]["page"]:
        r, text = rows[k], rows[k]["text"].strip()
        if k in never or _label_only(text) or _TOC.search(text) or _URL.search(text) or _IMPRINT.match(text) or \
                _HEADING_STOP.match(text) or byline_shaped(text) or text.endswith(".") or "@" in text or \
                _affil(_lower_words(text)) or len(text.split()) > 40:
            break
        below = rows[out[0] if out else first]
        if r.get("geom") and below.get("geom") and below["top_rel"] - r["top_rel"] > (0.045 if out else 0.12):
            break
        out.insert(0, k)
        k -= 1
    return out if sum(len(rows[i]["text"].split()) for i in out) >= 3 else []


def _author_rows(rows: list[dict], probs: np.ndarray, run: list[int]) -> list[int]:
    """The byline: lines the model calls author, or name-shaped lines it gives some author probability, near the
    title on its page (a few lines before it, more after it, up to the abstract or introduction heading)."""
    pa = probs[:, _A]

    def author(i: int) -> bool:
        text = rows[i]["text"]
        if _HEADING_STOP.match(text) or _TOC.search(text) or not _has_name_word(text) or _label_only(text) or \
                re.search(r"\d{4,}|@", text):  # postcodes, years and e-mail belong to addresses and dates
            return False
        if i and _NOT_BYLINE_LABEL.search(rows[i - 1]["text"]):  # the provider, publisher or funder a label names
            return False
        if run and i < run[0]:
            return _author_above_title(rows, pa, run, i)
        # a name-shaped line right under (or just above) the title is the byline even where the model doubts it;
        # a line the model calls author must still read as names or an organisation (not a series line)
        near = bool(run) and (0 < i - run[-1] <= 3 or 0 < run[0] - i <= 2)
        names = _names(text)
        if pa[i] >= 0.5 or (pa[i] >= 0.3 and int(np.argmax(probs[i])) == _A):
            return names or _organisation_line(text) or pa[i] >= 0.9 or "," in text
        return (pa[i] >= 0.08 or near) and names

    heads = _running_heads(rows)  # "Porto AR, Thofehrn MB, Pai DD et al." over every page is no byline
    window = _byline_window(rows, run, heads)
    picked = _pick_byline(rows, run, window, author)
    if not picked and run:  # authors on the page after a cover or title page
        page = rows[run[0]]["page"]
        picked = [i for i, r in enumerate(rows) if r["page"] == page + 1 and pa[i] >= 0.5 and author(i)
                  and i not in heads][:6]
    # a byline of persons: the lines between or after them that do not read as names are their affiliations
    # ("Department of Communication, Monmouth University", "1 Museum of Zoology, University of Michigan, ..."); one
    # that begins with its mark is an affiliation even under a byline wrapped inside a name ("..., J." / "Jasmin")
    picked = [i for i in picked if not (_affiliation_line(rows[i]["text"]) and (
        _MARKED.match(rows[i]["text"]) or any(_names(rows[k]["text"]) for k in picked)))]
    return _wrapped_byline(rows, picked)


def _byline_window(rows: list[dict], run: list[int], heads: set[int]) -> list[int]:
    """The lines a byline may be on: near the title on its page, else the first page's first 40 lines."""
    if run:
        page = rows[run[0]]["page"]
        return [i for i in range(max(0, run[0] - 5), min(len(rows), run[-1] + 16))
                if rows[i]["page"] == page and i not in run and i not in heads]
    return [i for i in range(min(len(rows), 40)) if rows[i]["page"] == 1 and i not in heads]


def _pick_byline(rows: list[dict], run: list[int], window: list[int], author) -> list[int]:
    """The byline lines of the window, up to the abstract heading below the title (author: the line test)."""
    picked: list[int] = []
    ended = False  # once a line of other matter (an affiliation) follows the byline, only names join it
    for i in window:
        if run and i > run[-1] and _HEADING_STOP.match(rows[i]["text"]):
            break
        if author(i) and (not ended or _names(rows[i]["text"])):
            picked.append(i)
        elif picked and run and i > run[-1] and len(rows[i]["text"].split()) >= 3:
            ended = True
    return picked


_MARKED = re.compile(r"^\s*(?:\d{1,2}|[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3])\s*[^\W\d_]")


def _author_above_title(rows: list[dict], pa: np.ndarray, run: list[int], i: int) -> bool:
    """A byline line above the title: names or an issuing body, not a series or journal line, nor a journal's name
    with its issue line between it and the title ("Intergroup Relations" / "2008 Vol 11(1)"), nor names set smaller
    than the body text (a masthead: "European Union Politics")."""
    text = rows[i]["text"]
    if any(_MASTHEAD.search(rows[k]["text"]) for k in range(i + 1, run[0])):
        return False
    body = pa[i] >= 0.4 and not _SERIES.search(text) and (  # (an issuing body the model half believes in)
        _organisation_line(text) or (i + 1 < run[0] and _organisation_line(rows[i + 1]["text"])))
    small = rows[i].get("geom") and rows[i]["size_rel"] < 0.95
    return body or (_names(text) and not small and (pa[i] >= 0.08 or run[0] - i <= 2))


def _affiliation_line(text: str) -> bool:
    """An address or affiliation, not names: institution words or a street number, and not set as a byline."""
    return (_affil(_lower_words(text)) or bool(re.search(r"\d{3}", text))) and not byline_shaped(text)


def _wrapped_byline(rows: list[dict], picked: list[int]) -> list[int]:
    """An author list wrapped over lines set alike: a line between two byline lines and set like them is byline too
    ("Luthiana Soares7, ..., and Americo" between two lines of names), and so is the line right after the last one
    when that ends open ("... and Ana" / "Trisovic 4", "... and John C." / "Gallagher4")."""
    if not picked:
        return picked

    def alike(i: int, j: int) -> bool:
        a, b = rows[i], rows[j]
        return a["page"] == b["page"] and bool(a.get("geom") and b.get("geom")) and \
            abs(a["size_rel"] - b["size_rel"]) <= 0.03 * a["size_rel"] and 0 < b["top_rel"] - a["top_rel"] < 0.035 \
            and _has_name_word(b["text"]) and not _affil(_lower_words(b["text"])) and \
            not re.search(r"@|\d{4,}", b["text"]) and not _HEADING_STOP.match(b["text"])

    out = set(picked)
    ordered = sorted(picked)
    for a, b in zip(ordered, ordered[1:]):
        if b - a == 2 and alike(a, a + 1) and alike(a + 1, b):
            out.add(a + 1)
    last = ordered[-1]
    if last + 1 < len(rows) and _ends_open(rows[last]["text"]) and alike(last, last + 1) and \
            len(rows[last + 1]["text"].split()) <= 6:
        out.add(last + 1)
    return sorted(out)


def _whole_organisation(rows: list[dict], picked: list[int], run: list[int]) -> list[int]:
    """A corporate byline printed over several lines set alike ("HOUSE OF LORDS" / "Science and Technology Select
    Committee", "UK Engagement with" / "Space Committee"): the lines next to it in the same type, close above or
    below it, join it so that the body is named whole, as its reports are cited. A line with digits (a session or
    report number), a series or journal word, names, a heading or an imprint ends it."""
    texts = [rows[i]["text"] for i in picked]
    if not picked or not any(_organisation_line(t) for t in texts) or any(byline_shaped(t) for t in texts):
        return picked

    def fits(j: int, i: int) -> bool:
        a, b = rows[i], rows[j]
        t = b["text"].strip()
        return b["page"] == a["page"] and bool(a.get("geom") and b.get("geom")) and j not in run and \
            abs(a["size_rel"] - b["size_rel"]) <= 0.03 * a["size_rel"] and a["bold"] == b["bold"] and \
            abs(a["top_rel"] - b["top_rel"]) < 0.09 and not re.search(r"\d|@", t) and not _SERIES.search(t) and \
            not _HEADING_STOP.match(t) and not _IMPRINT.match(t) and not _MASTHEAD.search(t) and \
            not byline_shaped(t) and 0 < len(t.split()) <= 8 and not _label_only(t)

    out = sorted(picked)
    # a line between two of its lines, set alike ("HOUSE OF LORDS" / "UK Engagement with" / "Space Committee")
    out = sorted(set(out) | {a + 1 for a, b in zip(out, out[1:]) if b - a == 2 and fits(a + 1, a)})
    while out[0] > 0 and out[0] - 1 not in out and fits(out[0] - 1, out[0]):
        out.insert(0, out[0] - 1)
    while out[-1] + 1 < len(rows) and fits(out[-1] + 1, out[-1]):
        out.append(out[-1] + 1)
    return out


def find_header(front_lines: list, *, page_sizes: list | None = None, body_size: float | None = None,
                pdf_meta: dict | None = None) -> Header:
    """Title and authors of a PDF from its first pages' lines (and its info dictionary, when it agrees).

    Example:
        >>> from litmine.ingest.pdf_layout import Line
        >>> h = find_header([Line(1, 72, 90, 520, 112, "Work First in Practice", 20, True),
        ...                  Line(1, 72, 130, 300, 142, "Ann Lee and Bo Chen", 11, False)], body_size=10)
        >>> h.title, h.authors
        ('Work First in Practice', ['Ann Lee', 'Bo Chen'])
    """
    rows = lines_from_pdf(front_lines, page_sizes, body_size)
    header = Header()
    if not rows:
        return header
    probs = current_model().predict_proba(rows)
    run = _title_run(rows, probs)
    if run:
        title = _join_title([rows[i] for i in run])
        part = _part_named(rows, run, probs, title)
        header.title = _with_issuer(rows, run, title) + (f". {_join_title([rows[i] for i in part])}" if part else "")
        header.confidence["title"] = round(float(np.mean(probs[run, _T])), 3)
        header.sources["title"] = "header-model"
        run = run + part  # (no byline)
    picked = _author_rows(rows, probs, run)
    if not run and picked and (above := _title_above_byline(rows, picked)):
        header.title = _join_title([rows[i] for i in above])
        header.confidence["title"] = 0.3  # no line the model believes in: flagged for review
        header.sources["title"] = "above-byline"
    picked = _whole_organisation(rows, picked, run)
    if picked:
        header.creators = _creators_from_lines([rows[i]["text"] for i in picked])
        if header.creators:
            header.confidence["authors"] = round(float(np.mean(probs[picked, _A])), 3)
            header.sources["authors"] = "header-model"
    if not header.creators:
        organisation_author(rows, header)
    _pdf_info(header, rows, pdf_meta)
    return header


def _pdf_info(header: Header, rows: list[dict], pdf_meta: dict | None) -> None:
    """Check the PDF info title and author against the printed front pages: agreement raises the confidence, a
    plausible info field replaces a printed one the model doubts."""
    meta = pdf_meta or {}
    front_text = " ".join(r["text"] for r in rows if r["page"] <= 2)
    _info_title(header, meta, front_text)
    _info_author(header, meta, front_text)


def _info_title(header: Header, meta: dict, front_text: str) -> None:
    """The info title: raises the printed title's confidence when they agree, replaces a doubted one."""
    info_title = re.sub(r"\s+", " ", str(meta.get("Title") or "")).strip()
    if info_title and plausible_info_title(info_title, front_text, printed_only=bool(header.title)):
        if header.title and (_fold(info_title) == _fold(header.title) or
                             _fold(header.title) in _fold(info_title) and len(header.title) > 20 or
                             _fold(header.title).startswith(_fold(info_title)) and len(info_title) > 20):
            # two sources agree (the printed title may go on past a shorter info title: its wrapped last line)
            header.confidence["title"] = max(header.confidence["title"], 0.9)  # two sources agree
        elif header.confidence.get("title", 0.0) < 0.5:
            header.title = info_title.rstrip(".")
            header.confidence["title"] = 0.6
            header.sources["title"] = "pdf-metadata"


def _info_author(header: Header, meta: dict, front_text: str) -> None:
    """The info author: replaces printed authors the model doubts when it reads as persons on the page."""
    info_author = str(meta.get("Author") or "").strip()
    if info_author and header.confidence.get("authors", 0.0) < 0.5:
        persons = plausible_info_authors(info_author, front_text, printed_only=bool(header.creators))
        if persons:
            header.creators = persons
            header.confidence["authors"] = 0.6
            header.sources["authors"] = "pdf-metadata"
