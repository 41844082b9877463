"""Keep the store's concept mentions in step with the documents and the lexicon.

Each document is tagged once per lexicon (a fingerprint of the concepts and of the matcher's version is stored
with it); the corpus glossary (acronyms one document defines, found in the others) is rebuilt whenever any
document was tagged again.
"""

from __future__ import annotations

import bisect
import hashlib
import inspect
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from litmine.concepts.matcher import ConceptMatcher
from litmine.models import Concept, Mention, Passage
from litmine.store import Store

MATCHER_VERSION = 21  # 2: ambiguous forms need evidence of their sense (issue 12); 3: field density per 1,000 words;
# 4: cues of one form (form_cues), capitalised short names, a safe match over a candidate is no evidence for it
# 5: an en dash between two letters joins a compound as a hyphen does; capitals in German text are not names
# 6: another sense's words (form_against) count in the form's clause only; a name's short form in its passage is it
# 7: German text (litmine/concepts/german.py): forms on German stems, compounds by their parts, German cues
# 8: an English cue written as part of a proper name is no evidence ("the Japanese Space Agency")
# 9: a mostly German document's short texts (headings, list items) are read as German too
# 10: the glossary leaves out plurals of the lexicon's acronyms and of a document's own ("NGOs": found twice before)
# 11: one sense per discourse at the document (senses.py rule 4); a strict concept named needs a cue-backed use
# 12: coordinated modifiers sharing a head ("voluntary and private sectors": litmine/concepts/ellipsis.py)
# 13: another sense's word coordinated with the form is no collocation ("commissioning and proper evaluation")
# 14: a German adjective before a list of nouns modifies each ("gemeinnützige Betriebe, Verwaltungen und Vereine")
# 15: a document outside the field sets aside safe forms written as names and acronyms it does not define
# 16: a form decided by its collocations ignores its agent ("an exercise commissioned by the Department of Health")
# 17: German forms the lexicon lacked (lokale Bündnisse, bürgerschaftliche Organisationen and others), New Deals
# 18: German cue parts of compounds ("*politik"): a policy field modifying a network form ("sozialpolitisches Netzwerk");
# German "netzwerkförmig organisiert/zu organisieren", "netzwerkförmige Organisation", cue "Organisationsform"; a form
# listed among sectors, one of them a partners side ("zwischen Staat, Wirtschaft, Verbänden und Netzwerken")
# 19: German catalogue (F51): "Ausschreibung/Vergabe sozialer|öffentlicher Dienstleistungen", "koproduktions*" compounds
# 20: German, Austrian and Swiss wording of the field (C35: "arbeitsmarktliche Massnahmen", "Einstelltage",
# "Zumutbarkeit", "Zusatzjobs", "Territoriale Beschäftigungspakte", "Organisationen ohne Erwerbszweck", ...); German
# gender marks read through ("Alleinerzieher*innen", "Leistungsbezieher:innen")
# 21: English "partnership" beside words of the space and aerospace industry, defence alliances or states ("international",
# "bilateral") is another sense
# and German "Eingliederungsvereinbarung" is ambiguous (a firm's reintegration agreement for sick employees, BEM)
_WORD = re.compile(r"\w+(?:[-\u2010'’]\w+)*")


@dataclass
class TagReport:
    """What ensure_mentions did: documents tagged, mentions stored, the glossary and its size."""

    tagged: int = 0
    unchanged: int = 0
    mentions: int = 0
    glossary: dict[str, str] = field(default_factory=dict)
    glossary_mentions: int = 0
    ambiguous: list[str] = field(default_factory=list)


def lexicon_fingerprint(concepts: Sequence[Concept]) -> str:
    """A short hash of the concepts' ids, patterns, acronyms and exclusions, and of the matcher's version."""
    data = [MATCHER_VERSION] + [[c.id, c.label, c.group, c.patterns, c.acronyms, c.exclude]
                                + ([c.exact, c.ambiguous, c.cues, c.form_cues, c.form_against] if c.ambiguous else [])
                                + ([c.partners] if c.partners and c.ambiguous else []) for c in concepts]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]


# an ASCII text's characters as count_words reads them: word characters (what \w matches in ASCII) as "a", the
# ASCII joiners of _WORD (hyphen, apostrophe) as "j", everything else as a space
_WORD_CLASSES = bytes(ord("a") if chr(i).isalnum() or chr(i) == "_" else ord("j") if chr(i) in "-'" else ord(" ")
                      for i in range(128)) + b" " * 128


def count_words(text: str) -> int:
    """Words in a text (hyphenated words count once): how many matches _WORD finds.

    Each match is a run of word characters and the runs joined to it by one joiner between word characters, so
    the matches are the runs less the joiners that join two. An ASCII text (most passages) is counted so from its
    characters' classes (bytes.translate and counts, about 2.5 times faster than the regular expression).

    Example:
        >>> count_words("Co-design, lone parents' work-first rules -- and 'pay-by-results'.")
        7
    """
    if not text.isascii():
        return len(_WORD.findall(text))
    classes = text.encode("ascii").translate(_WORD_CLASSES)
    runs = classes.count(b" a") + classes.count(b"ja") + classes.startswith(b"a")
    # a joiner between two word characters: "aj" cannot overlap itself, nor can "<a" once each is marked
    return runs - classes.replace(b"aj", b"a<").count(b"<a")


def _sentence_of(p: Passage, offset: int) -> int | None:
    if not p.sentences:
        return None
    return max(0, bisect.bisect_right([s for s, _ in p.sentences], offset) - 1)


def _takes_rejections(matcher: ConceptMatcher) -> bool:
    try:
        return "rejections" in inspect.signature(matcher.tag_document).parameters
    except (TypeError, ValueError):
        return False


def tag_passages(matcher: ConceptMatcher, passages: Sequence[Passage], *,
                 glossary: dict[str, str] | None = None, rejections: list | None = None
                 ) -> tuple[list[Mention], list[tuple[str, str | None, int | None]], int]:
    """Mentions in one document's passages (reference entries tagged apart as source "references"), the acronyms
    it defines as (acronym, concept id or None, index of the passage defining it), and its word count outside the
    reference list. When rejections is a list, the candidates the matcher set aside as another sense are appended
    to it (litmine.models.Rejection, passage_index set to the passage's own index).

    Example:
        >>> from litmine.concepts.lexicon import load_lexicon
        >>> ms, defs, words = tag_passages(ConceptMatcher(load_lexicon()), [Passage(0, "body", "Co-design works.")])
        >>> [(m.concept, m.surface, m.source) for m in ms], words
        ([('co-design', 'Co-design', 'text')], 2)
    """
    sources = ["references" if p.kind == "reference" else "text" for p in passages]
    texts = [p.text for p in passages]
    if rejections is not None and _takes_rejections(matcher):
        found_rejections: list = []
        per_text, own = matcher.tag_document(texts, sources=sources, glossary=glossary, rejections=found_rejections)
        for r in found_rejections:
            if r.passage_index is not None and 0 <= r.passage_index < len(passages):
                r.passage_index = passages[r.passage_index].index
                rejections.append(r)
    else:
        per_text, own = matcher.tag_document(texts, sources=sources, glossary=glossary)
    mentions: list[Mention] = []
    for p, found in zip(passages, per_text):
        for m in found:
            m.passage_id, m.passage_index, m.doc_id = p.id, p.index, p.doc_id
            m.sentence = _sentence_of(p, m.start)
            mentions.append(m)
    words = sum(count_words(p.text) for p, s in zip(passages, sources) if s == "text")
    return mentions, [(a, c, _defining_passage(passages, a)) for a, c in own.items()], words


def build_glossary(definitions: Sequence[tuple[str, str, str]], lexicon_acronyms: dict[str, str]
                   ) -> tuple[dict[str, str], list[str]]:
    """Acronym -> concept from the corpus's definitions (doc id, acronym, concept id or "" for outside the lexicon),
    leaving out the lexicon's own acronyms and any acronym the corpus defines in more than one way (returned
    second, so a report can name them)."""
    meanings: dict[str, set[str]] = {}
    for _, acronym, concept in definitions:
        meanings.setdefault(acronym, set()).add(concept)
    glossary, ambiguous = {}, []
    for acronym, concepts in sorted(meanings.items()):
        if len(concepts) > 1:
            ambiguous.append(acronym)
        elif "" not in concepts and acronym not in lexicon_acronyms and singular(acronym) not in lexicon_acronyms:
            # a plural the matcher finds already ("NGOs": the lexicon's "NGO" with its "s") is no glossary entry
            glossary[acronym] = next(iter(concepts))
    return glossary, ambiguous


def singular(acronym: str) -> str:
    """An acronym without a plural "s" ("TSOs" -> "TSO"), as the matcher matches "NGO" in "NGOs".

    Example:
        >>> singular("NGOs"), singular("PbR"), singular("CAS")
        ('NGO', 'PbR', 'CAS')
    """
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper() else acronym


def ensure_mentions(store: Store, concepts: Sequence[Concept], *, force: bool = False,
                    progress: Callable[[int, int], None] | None = None, refresh_glossary: bool = False) -> TagReport:
    """Tag every document whose mentions are missing or were found with another lexicon, then rebuild the
    glossary mentions (also when refresh_glossary, e.g. after workers tagged new documents themselves). Each
    document's mentions are replaced in one transaction.

    Example:
        >>> from litmine.concepts.lexicon import load_lexicon
        >>> ensure_mentions(Store(":memory:"), load_lexicon()).tagged
        0
    """
    fingerprint = lexicon_fingerprint(concepts)
    state = store.tagging_state()
    doc_ids = store.document_ids()
    stale = [d for d in doc_ids if force or state.get(d) != fingerprint]
    report = TagReport(unchanged=len(doc_ids) - len(stale))
    stored_ids = [c["id"] for c in store.concept_rows()]
    if stored_ids != [c.id for c in concepts] or stale:
        store.save_concepts(list(concepts))
    if not stale:
        _glossary(store, None, concepts, report, count_only=not refresh_glossary)
        return report
    matcher = ConceptMatcher(concepts)
    for n, doc_id in enumerate(stale, start=1):
        passages = list(store.iter_passages(doc_id))
        rejections: list = []
        mentions, found, words = tag_passages(matcher, passages, rejections=rejections)
        ids = {p.index: p.id for p in passages}
        definitions = [(a, c, ids.get(i)) for a, c, i in found]
        store.replace_mentions(doc_id, mentions, definitions, lexicon=fingerprint, words=words,
                               rejections=rejections)
        report.tagged += 1
        report.mentions += len(mentions)
        if progress:
            progress(n, len(stale))
    _glossary(store, matcher, concepts, report)
    return report


def _defining_passage(passages: Sequence[Passage], acronym: str) -> int | None:
    # the needle holds the acronym itself, so a passage without it as a substring is skipped before the regex
    needle = _definition_needle(acronym)
    return next((p.index for p in passages if acronym in p.text and needle.search(p.text)), None)


@lru_cache(maxsize=4096)
def _definition_needle(acronym: str) -> re.Pattern:
    """"(ACRONYM)" or "ACRONYM (", compiled once per process (documents of a corpus share many acronyms)."""
    return re.compile(rf"\(\s*{re.escape(acronym)}\s*\)|(?<![\w-]){re.escape(acronym)}\s*\(")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _not_after_word(regex: re.Pattern, text: str):
    r"""The matches regex.finditer would give with (?<![\w-]) in front: a match after a word character or a hyphen
    is dropped and the search goes on from the next character, as re would (the look-behind first made re try it
    at every position)."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        i = m.start()
        if i and _WORD_OR_HYPHEN.match(text, i - 1):
            pos = i + 1
            continue
        yield m
        pos = m.end() if m.end() > i else i + 1


def _glossary_hits(store: Store, regex: re.Pattern, own_by_doc: dict[str, set[str]]) -> list[tuple[int, list]]:
    """(passage id, its glossary matches) of each passage with any, by document and index, reading only the
    passages' texts (no sentences: decoding them for every passage of a large store cost seconds per ingest)."""
    hits = []
    search = regex.search
    for pid, doc_id, _, _, _, text in store.iter_passage_texts():
        if search(text) is None:  # most passages: no match at all, so no generator and list per passage
            continue
        own = own_by_doc.get(doc_id, ())
        # an acronym the document defines itself (also in the singular): its own definition already counted it
        matches = [m for m in _not_after_word(regex, text) if singular(m.group(1)) not in own]
        if matches:
            hits.append((pid, matches))
    return hits


def _glossary(store: Store, matcher: ConceptMatcher | None, concepts: Sequence[Concept], report: TagReport, *,
              count_only: bool = False) -> None:
    lexicon_acronyms = {a: c.id for c in concepts for a in c.acronyms}
    definitions = store.acronym_definitions()
    report.glossary, report.ambiguous = build_glossary(definitions, lexicon_acronyms)
    if count_only:
        report.glossary_mentions = store.count_glossary_mentions()
        return
    found: list[Mention] = []
    if report.glossary:
        defined_in = Counter()
        own_by_doc: dict[str, set[str]] = {}
        for doc_id, acronym, _ in definitions:
            own_by_doc.setdefault(doc_id, set()).add(singular(acronym))
            defined_in[acronym] += 1
        alts = "|".join(re.escape(a) for a in sorted(report.glossary, key=len, reverse=True))
        regex = re.compile(rf"({alts})(?:s|'s|’s)?(?![\w-])")
        hits = _glossary_hits(store, regex, own_by_doc)
        passages = store.get_passages(pid for pid, _ in hits)  # sentences read only for the passages with a hit
        for pid, matches in hits:
            p = passages[pid]
            for m in matches:
                found.append(Mention(concept=report.glossary[m.group(1)], start=m.start(), end=m.end(),
                                     surface=m.group(), source="references" if p.kind == "reference" else "text",
                                     via="glossary", sentence=_sentence_of(p, m.start()), passage_id=p.id,
                                     passage_index=p.index, doc_id=p.doc_id))
    store.replace_glossary_mentions(found)
    report.glossary_mentions = len(found)
