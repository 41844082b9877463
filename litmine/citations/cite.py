"""Author-year citations of corpus documents for a literature review: "(Lindsay et al., 2018, p. 5)"."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from litmine.models import Document, Passage, label_at

_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "dal", "du",
                        "des", "dos", "das", "la", "le", "ter", "ten", "zu", "zur", "d'", "al", "el", "bin", "ben",
                        "ó", "o'", "ní", "nic", "mac", "mhic", "ua", "uí"})
_NAME_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def parse_surname(name: str) -> str:
    """The surname of an author written "Given Surname" (or "Surname, Given"), particles kept.

    Example:
        >>> parse_surname("Ludwig van Beethoven"), parse_surname("Seán Ó Briain"), parse_surname("Müller, Anja")
        ('van Beethoven', 'Ó Briain', 'Müller')
    """
    from litmine.citations.reference_names import is_corporate

    name = " ".join(name.split()).strip(" ,;")
    if "," in name:
        return name.split(",")[0].strip()
    if is_corporate(name):
        return name
    toks = name.split()
    while len(toks) > 1 and toks[-1].lower() in _NAME_SUFFIX:
        toks.pop()
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in _PARTICLES:
        k -= 1
    return " ".join(toks[k:])


def _short_title(title: str | None) -> str:
    words = re.split(r"[:?.!]", title or "")[0].split()
    return "\u201c" + " ".join(words[:4]) + ("\u2026" if len(words) > 4 else "") + "\u201d" if words else "Anon."


def build_author_names(authors: Sequence[str], creators: Sequence[dict] | None = None) -> list[str]:
    """The names a citation gives for each author: a person's family name, an organisation's whole name.

    Document.creators decide when present; else each author string is read ("Given Family", "Family, Given",
    or an organisation kept whole, see reference_names.is_corporate).

    Example:
        >>> build_author_names(["House of Lords Science and Technology Select Committee", "Jürgen Müller"])
        ['House of Lords Science and Technology Select Committee', 'Müller']
    """
    names = [(c.get("family") or c.get("literal") or "").strip() for c in creators or []]
    if names and all(names) and (not authors or len(names) == len(authors)):  # the creators are these authors
        return names
    return [parse_surname(a) for a in authors if a and a.strip()]


def build_citation_name(authors: Sequence[str], year: int | None, *, title: str | None = None,
                        suffix: str = "", creators: Sequence[dict] | None = None) -> str:
    """Author and year as a review cites them, without brackets or page: one, two, or "et al." for three or more.

    Persons are cited by family name, organisations by their whole name ("UK Covid-19 Inquiry, 2024", never
    "Inquiry, 2024"); `creators` (Document.creators) decide when given. A document without authors is cited by
    the first words of its title; without a year by "n.d.".

    Example:
        >>> build_citation_name(["Colin Lindsay", "Sarah Pearson", "Ewan Batty"], 2018)
        'Lindsay et al., 2018'
        >>> build_citation_name(["Morag Kerr", "Jon Baird"], None)
        'Kerr and Baird, n.d.'
        >>> build_citation_name(["Intergovernmental Panel on Climate Change"], 2011)
        'Intergovernmental Panel on Climate Change, 2011'
    """
    names = build_author_names(authors, creators)
    who = (_short_title(title) if not names else names[0] if len(names) == 1
           else f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al.")
    return f"{who}, {year if year else 'n.d.'}{suffix if year else ('-' + suffix if suffix else '')}"


def build_citation(name: str, page: int | str | None = None) -> str:
    """The bracketed citation of a passage: "(Lindsay et al., 2018, p. 5)", without page part when it has none.

    page is a page number, or the page part already written (see page_citation: "p. 88", "PDF p. 5").

    Example:
        >>> build_citation("Kerr, 2012", 45), build_citation("Kerr and Baird, 2012")
        ('(Kerr, 2012, p. 45)', '(Kerr and Baird, 2012)')
        >>> build_citation("Kerr, 2012", page_citation(90, "88")), build_citation("Kerr, 2012", page_citation(5, None))
        ('(Kerr, 2012, p. 88)', '(Kerr, 2012, PDF p. 5)')
    """
    if not page:
        return f"({name})"
    return f"({name}, {page})" if isinstance(page, str) else f"({name}, p. {page})"


def page_citation(page: int | None, label: str | None) -> str | None:
    """How litmine cites a page: by the label printed on it ("p. 88", "p. xii"); by its physical page marked as
    such ("PDF p. 5") when the page prints no number; None when the page is unknown (text and Markdown files).

    Example:
        >>> page_citation(90, "88"), page_citation(5, None), page_citation(None, None)
        ('p. 88', 'PDF p. 5', None)
    """
    if label:
        return f"p. {label}"
    if page:
        return f"PDF p. {page}"
    return None


def passage_page_citation(p: Passage, labels: Sequence[str | None]) -> str | None:
    """How litmine cites a passage's pages: page_citation of its page, or the range of pages it is printed on where
    it runs over a page break ("pp. 41–42"; "PDF pp. 4–5" when a page prints no number).

    Example:
        >>> p = Passage(0, "body", "ends here. Goes on.", page=4, page_label="41", breaks=[(11, 5)])
        >>> passage_page_citation(p, ["38", "39", "40", "41", "42"]), passage_page_citation(p, [])
        ('pp. 41–42', 'PDF pp. 4–5')
    """
    page, label, last, last_label = passage_pages(p, labels)
    if last == page:
        return page_citation(page, label)
    if label and last_label:
        return f"pp. {label}–{last_label}"
    return f"PDF pp. {page}–{last}"


def page_display(page: int | None, label: str | None) -> str:
    """Both pages, where a reader needs both: "p. 88 (PDF p. 90)"; "p. 5" when the printed and the physical page
    agree; "PDF p. 5" when none is printed; "" when unknown.

    Example:
        >>> page_display(90, "88"), page_display(5, "5"), page_display(5, None), page_display(None, None)
        ('p. 88 (PDF p. 90)', 'p. 5', 'PDF p. 5', '')
    """
    if label and page and label != str(page):
        return f"p. {label} (PDF p. {page})"
    return page_citation(page, label) or ""


def passage_pages(p: Passage, labels: Sequence[str | None]) -> tuple[int | None, str | None, int | None, str | None]:
    """(page, page_label, page_end, page_label_end): the physical page and printed number where the passage begins,
    and where it ends (the same as where it begins unless it runs over a page break).

    Example:
        >>> p = Passage(0, "body", "ends here. Goes on.", page=4, page_label="41", breaks=[(11, 5)])
        >>> passage_pages(p, ["38", "39", "40", "41", "42"]), passage_pages(Passage(0, "body", "x", page=2), [])
        ((4, '41', 5, '42'), (2, None, 2, None))
    """
    if not p.breaks:
        return p.page, p.page_label, p.page, p.page_label
    at, last = p.breaks[-1]
    return p.page, p.page_label, last, label_at(p, at, list(labels))


def page_range_display(page: int | None, label: str | None, page_end: int | None = None,
                       label_end: str | None = None) -> str:
    """page_display of a page or of a range of pages, where a passage runs over a page break: "pp. 41–42 (PDF pp.
    4–5)"; "pp. 5–6" where the printed and the physical pages agree; "PDF pp. 4–5" where a page prints no number.

    Example:
        >>> page_range_display(4, "41", 5, "42"), page_range_display(5, "5", 6, "6"), page_range_display(4, "41", 5)
        ('pp. 41–42 (PDF pp. 4–5)', 'pp. 5–6', 'PDF pp. 4–5')
        >>> page_range_display(90, "88", 90, "88"), page_range_display(90, "88")
        ('p. 88 (PDF p. 90)', 'p. 88 (PDF p. 90)')
    """
    if not page or not page_end or page_end == page:
        return page_display(page, label)
    if not (label and label_end):
        return f"PDF pp. {page}–{page_end}"
    printed = f"pp. {label}–{label_end}"
    return printed if (label, label_end) == (str(page), str(page_end)) else f"{printed} (PDF pp. {page}–{page_end})"


def passage_page_display(p: Passage, labels: Sequence[str | None]) -> str:
    """page_range_display of the pages a passage is printed on (one page, or the range where it runs over)."""
    return page_range_display(*passage_pages(p, labels))


def build_citation_names(documents: Iterable[Document]) -> dict[str, str]:
    """Document id -> citation name, with a, b, ... after the year where two documents would read the same
    (ordered by title, as APA orders them).

    Example:
        >>> docs = [Document("d1", "a.txt", "txt", title="B", authors=["Ann Kerr"], year=2012),
        ...         Document("d2", "b.txt", "txt", title="A", authors=["Ann Kerr"], year=2012)]
        >>> build_citation_names(docs)
        {'d2': 'Kerr, 2012a', 'd1': 'Kerr, 2012b'}
    """
    groups: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        groups[build_citation_name(d.authors, d.year, title=d.title, creators=d.creators)].append(d)
    out: dict[str, str] = {}
    for name, docs in groups.items():
        if len(docs) == 1:
            out[docs[0].id] = name
            continue
        for k, d in enumerate(sorted(docs, key=lambda d: ((d.title or "").casefold(), d.path))):
            out[d.id] = build_citation_name(d.authors, d.year, title=d.title, suffix=chr(ord("a") + k % 26),
                                            creators=d.creators)
    return out


# ------------------------------------------------------------------ snippets and proximity
