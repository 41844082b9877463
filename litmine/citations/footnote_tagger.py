"""The note tagger: the reference tagger (reference_model.ReferenceTagger) with weights trained on German footnote
shapes as well (data/footnote_tagger.npz, scripts/train_footnote_tagger.py), for the references in footnotes that
footnote_fields' rules do not parse. The list parser (references.parse_reference) keeps its own weights."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from litmine.citations import references as _refs
from litmine.citations.intext_words import READ_WORD
from litmine.citations.reference_model import ReferenceTagger, forced_labels, load_reference_tagger
from litmine.models import Reference

NOTE_MODEL_PATH = Path(__file__).resolve().parent / "data" / "footnote_tagger.npz"


@lru_cache(maxsize=2)
def load_note_tagger(path: str | None = None) -> ReferenceTagger | None:
    """The note tagger, loaded once; None without its weights file."""
    file = Path(path) if path else NOTE_MODEL_PATH
    if not file.exists():
        return None
    return load_reference_tagger.__wrapped__(str(file))


def for_list_tagger(labels: list[str]) -> bool:
    """Whether an entry stays with the list tagger, by the list tagger's labels: an author-year entry, its first year
    right after the names ("Weber, Max (1922): Titel", "Schily, Otto 2006: Titel", "CDU/CSU/SPD (2013): Titel"), the
    list style the list tagger was trained on; or an entry without a year ("House of Lords, Third Report: Title, HL
    102."), which the note tagger never saw (every note shape it was trained on has one). A note's year closes it
    after the title ("Max Weber, Titel, Tübingen 1922")."""
    words = [lab for lab in labels if lab != "note"]
    if "year" not in words:
        return True
    first = words.index("year")
    return first > 0 and set(words[:first]) <= {"author", "editor"}


def parse_note_reference(raw: str, *, index: int = 0, path: str | None = None, route: bool = True) -> Reference:
    """references.parse_reference with the note tagger's weights (the list parser's where the note tagger's file
    is missing, or, route, where the entry stays with the list tagger: for_list_tagger): the same entry cleaning,
    tagging with forced labels and field building (the list tagger's labels, once found, serve both)."""
    return parse_note_references([raw], [index], path=path, route=route)[0]


def parse_note_references(raws: list[str], indexes: list[int], *, path: str | None = None,
                          route: bool = True) -> list[Reference]:
    """parse_note_reference of each raw with its index, the entries tagged in one batch per tagger (the list
    tagger's tag_many over all of them, the note tagger's over those it keeps): tag_many labels and scores a batch
    as it does each string alone, so these are the references one call each gives. No taggers loaded for none (a
    process whose documents hold no such entry, the writer's warm-up, does not hold them)."""
    if not raws:
        return []
    tagger = load_note_tagger(path)
    listed = load_reference_tagger()
    if tagger is None or listed is None:
        return [_refs.parse_reference(raw, index=index) for raw, index in zip(raws, indexes)]
    entries = [_refs._entry_tokens(raw) for raw in raws]
    items = [(masked, seen, forced_labels(masked, seen)) for _, _, masked, seen in entries]
    chosen: list = [None] * len(raws)  # each entry's labels, scores and the tagger that gave them
    if route:
        for k, (labels, scores) in enumerate(listed.tag_many(items) if items else []):
            if for_list_tagger(labels):
                chosen[k] = (labels, scores, listed)
    rest = [k for k, got in enumerate(chosen) if got is None]
    for k, (labels, scores) in zip(rest, tagger.tag_many([items[k] for k in rest]) if rest else []):
        chosen[k] = (labels, scores, tagger)
    return [_build(raw, index, entry, *got) for raw, index, entry, got in zip(raws, indexes, entries, chosen)]


def _build(raw: str, index: int, entry: tuple, labels: list[str], scores, tagger: ReferenceTagger) -> Reference:
    """The Reference from a tagger's labels of the masked entry, as references.parse_references builds it."""
    text, tokens, masked, seen = entry
    labels = _access_day_no_year(text, tokens, _refs._carry_labels(labels, seen, tokens))
    return _refs._finish(raw, index, text, tokens, labels, scores if masked == text else None, None, tagger)


# the day a web page was read or its page's state, after a word saying so (intext_words.READ_WORD: "Stand:",
# "Zugriff am", "abgerufen am", "accessed") or in brackets after an address ("URL [12.3.2010]"): the reader's day,
# never the work's year
_ACCESS_DAY = re.compile(
    rf"(?:\b{READ_WORD}\.?\s*(?:am|on)?\s*:?\s*|(?<=[\w/]\s)\[|(?<=[\w/])\s\[)"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d\d)|\d{1,2}\.?\s+[A-Za-zäÄ]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d\d-\d\d)", re.IGNORECASE)


def _access_day_no_year(text: str, tokens: list, labels: list[str]) -> list[str]:
    """A tagger's labels with the year words of an access day (_ACCESS_DAY) made note: a tagger that reads the
    reader's day "Stand: 14.10.2005" as the work's year gives a web page the year someone looked at it."""
    spans = [m.span() for m in _ACCESS_DAY.finditer(text)] if "year" in labels else []
    if not spans:
        return labels
    return [("note" if lab == "year" and any(a <= tok.start < b for a, b in spans) else lab)
            for tok, lab in zip(tokens, labels)]
