"""Concept mentions with spaCy: a blank tokenizer, lexeme norms that ignore case, accents, hyphens and inflection,
and one PhraseMatcher over those norms; acronyms by their definitions in each document.

The norm is a lexeme attribute, so it is computed once per word type, and no trained model is loaded. Passages
that cannot hold any lexicon phrase (litmine/concepts/prefilter.py) are not tokenised at all, so the matcher runs
faster than spaCy's tokenizer on text outside the field.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from litmine.concepts import ellipsis, sense_model, senses
from litmine.concepts.german import GermanPhrases, is_german, stem
from litmine.concepts.prefilter import PhraseFilter, fold
from litmine.models import Concept, Mention, Rejection

# hyphen-like characters that join the parts of one word ("co-production", "co‐production", soft hyphen)
_JOINERS = "-\u2010\u2011\u00ad"
_STRIP_JOINERS = str.maketrans("", "", _JOINERS + "'\u2019")
_LINEBREAK_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u00ad][ \t]*\n\s*(?=\w)")
# ... and an en dash between two letters, which typesetting puts between the parts of a compound ("public–private
# partnership", "multi–level governance"; not between figures: "2010–2015" is a range)
# (the dash first, the letter before it looked behind at from after it: re then scans for the dashes alone)
_INWORD_HYPHEN = re.compile(r"[-\u2010\u2011](?<=\w.)(?=\w)|\u2013(?<=[^\W\d_].)(?=[^\W\d_])")
_MESSY_SPACE = re.compile(r"\s{2,}|[\t\n\r\f\v\u00a0\u2009\u202f]|(?<=\w)\u00ad(?=\w)")
_JOIN = re.compile(f"{_LINEBREAK_HYPHEN.pattern}|{_MESSY_SPACE.pattern}")
# a quick screen for the two patterns above (each alternative starts with a character class, which re scans fast)
_MAYBE_MESSY = re.compile(r"[\t\n\r\f\v\u00a0\u2009\u202f\u00ad]|\s\s")
_ASCII_SPACE_ODDITIES = ("  ", "\t", "\n", "\r", "\f", "\v", "\x1c", "\x1d", "\x1e", "\x1f")
_ACRONYM_REST = r"[A-Za-z&]{0,2}[A-Z][A-Za-z]{0,6}"  # an acronym after its first capital
_ACRONYM = rf"[A-Z]{_ACRONYM_REST}"  # NPM, PbR, ALMPs, NPG: at least two capitals
# "NPM (New Public Management)": the acronym not after a word character or a hyphen, tested after its first capital
# (a look-behind first made re try every position of every text with a bracket; its first letter looked behind at
# from after it lets re scan for the capitals alone, with the same matches)
_PAREN_DEFINITION = re.compile(rf"([A-Z](?<![\w-].){_ACRONYM_REST})\s*[(\[]([^()\[\]]{{3,90}})[)\]]")
SHORT_TEXT = 200  # characters of a text read as German in a mostly German document whatever its words
_SHORT_IN_PARENS = re.compile(rf"\(\s*({_ACRONYM})\s*\)")


def normalise_word(word: str) -> str:
    """The form words are matched on: lower case, no accents, no hyphens or apostrophes, inflection removed.

    Example:
        >>> [normalise_word(w) for w in ("Co-produced", "coproducing", "co‐produce", "policies", "Coproducción")]
        ['coproduc', 'coproduc', 'coproduc', 'policy', 'coproduccion']
    """
    w = word.lower()
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    w = w.translate(_STRIP_JOINERS)
    return _strip_inflection(w) if w.isalpha() else w


@cache
def _strip_inflection(w: str) -> str:
    # a light English inflection stripper applied to text and patterns alike, so it only has to be consistent:
    # produce/produces/produced/producing -> produc; policy/policies -> policy; sanctions -> sanction
    n = len(w)
    if n <= 3:
        return w
    if w.endswith("ies") and n > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ing") and n > 5:
        w = w[:-3]
    elif w.endswith("ed") and n > 4 and not w.endswith("eed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
        w = w[:-1]  # planned -> plann -> plan
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


@cache
def _make_nlp():
    """spaCy's blank English with French elisions split off and the norm getter above: one per process, shared by
    every matcher (building it takes 0.2 s; each matcher keeps its own phrase matchers and match keys)."""
    from spacy.attrs import LOWER, NORM
    from spacy.lang.en import English

    class _Defaults(English.Defaults):
        # French and Italian elisions ("l'innovation", "d'activation") split off, as English "'s" is
        prefixes = [r"(?:[cdjlmnst]|qu)['’](?=[^\W\d_])", r"(?:[CDJLMNST]|Qu)['’](?=[^\W\d_])",
                    *English.Defaults.prefixes]

    class _English(English):
        Defaults = _Defaults

    # spacy.blank("en") with the prefixes above: its tokenizer built with them once (setting prefix_search on a
    # built tokenizer loads its 1,347 special cases a second time: 0.05-0.07 s per process)
    nlp = _English.from_config()
    # only the attributes the matchers read: every other getter (shape, like_num, ...) would run once per new word
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {LOWER: getters[LOWER], NORM: normalise_word}
    return nlp


def _exception_norms(nlp) -> set[str]:
    """The norms spaCy's tokenizer exceptions give tokens whose text does not hold them ("cuz" -> "because"), and
    the short ones (PhraseFilter.EXACT letters) of tokens whose folded text is not theirs ("did" -> "do")."""
    from spacy.attrs import NORM, ORTH

    out = set()
    for pieces in nlp.tokenizer.rules.values():
        for attrs in pieces:
            norm = attrs.get(NORM, attrs.get("NORM"))
            orth = str(attrs.get(ORTH, attrs.get("ORTH", "")))
            if norm and (normalise_word(norm) not in normalise_word(orth)
                         or len(normalise_word(norm)) <= PhraseFilter.EXACT and fold(orth) != fold(norm)):
                out.add(normalise_word(norm))
    return out


@dataclass
class _Clean:
    """Text with line-break hyphens removed and whitespace runs collapsed, and the way back to the original."""

    text: str
    # (empty tuples by default: most texts need no cleaning, and two lists per passage cost allocations)
    cuts: Sequence[int] = ()  # positions in clean text where the original skipped ahead
    shifts: Sequence[int] = ()  # total characters skipped up to each cut

    def original(self, pos: int) -> int:
        i = bisect.bisect_right(self.cuts, pos) - 1
        return pos + (self.shifts[i] if i >= 0 else 0)


def _clean(text: str) -> _Clean:
    """Line-break hyphens and soft hyphens removed, whitespace runs made one space, and the hyphens inside words
    made spaces (same length), so "co-production" reads as "co production" and "third sector-led" holds
    "third sector"; the closed-up form "coproduction" is a pattern variant of its own."""
    clean = _join_lines(text)
    t = clean.text
    if ("-" in t or "\u2010" in t or "\u2011" in t or "\u2013" in t) and _INWORD_HYPHEN.search(t):
        clean.text = _INWORD_HYPHEN.sub(" ", t)
    return clean


# a bracketed insertion of one to four words of letters (no digits: not a citation, a year or a number) inside a
# term: fused to the next word, an optional part of a compound ("aktivierenden (Workfare)Staats",
# "(Sozial)Staat"), or before a word, modifiers written as an aside ("der (passiven und aktiven)
# Arbeitsmarktpolitik", "(public and voluntary) partnerships")
_BRACKETED = re.compile(r"\(([^\W\d_]+(?:,? [^\W\d_]+){0,3})\)(?=([^\W\d_])| [^\W\d_])")


def _unbracket(clean: _Clean, german: bool) -> _Clean:
    """A cleaned text (_clean) with brackets inside a term read through (_BRACKETED): in German text an optional
    compound part fused to the next word is dropped, with its brackets ("aktivierenden Staats": German inflects
    the head, so the phrase reads on without the part; English keeps "(co)design", a lexicon form as written); the
    brackets of modifiers before a word are dropped, their words kept ("der passiven und aktiven
    Arbeitsmarktpolitik"). Offsets still lead back to the original text."""
    cuts: list[tuple[int, int]] = []  # clean-text spans deleted
    for m in _BRACKETED.finditer(clean.text):
        if m.group(1).isupper():  # an acronym ("(PES) staff") keeps its brackets
            continue
        if m.group(2):  # fused: "(Workfare)Staats" reads "Staats"
            if german:
                cuts.append((m.start(), m.end()))
        else:
            cuts += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    return _cut(clean, cuts)


# German gender-inclusive writing: a star, colon, underscore or middle dot between a word and its feminine or
# inflected ending ("Alleinerzieher*innen", "Leistungsbezieher:innen", "Nutzer_innen", "Alleinerziehende*r"); read
# without the mark, the word is the one the lexicon and the stemmer know ("Alleinerzieherinnen": "-innen" is cut)
_GENDER_MARK = re.compile(r"(?<=[a-zäöüß])[*:_\u00b7](?=(?:innen|in|n|r|e|en|er|m|s)\b)")


def _ungender(clean: _Clean) -> _Clean:
    """A German cleaned text (_clean) with its gender marks (_GENDER_MARK) dropped; offsets still lead back to the
    original text."""
    return _cut(clean, [(m.start(), m.end()) for m in _GENDER_MARK.finditer(clean.text)])


def _read_through(text: str, clean: _Clean, folded: str, german: bool) -> tuple[_Clean, str]:
    """The cleaned text and its folded form with brackets inside terms (_unbracket) and, in German text, gender
    marks (_ungender) read through; unchanged when the text has neither."""
    read = clean
    if "(" in text:
        read = _unbracket(read, german)
    if german and ("*" in text or ":" in text or "_" in text or "\u00b7" in text):
        read = _ungender(read)
    return (clean, folded) if read is clean else (read, fold(read.text))


def _cut(clean: _Clean, cuts: list[tuple[int, int]]) -> _Clean:
    """A cleaned text with the given spans of its text (in order, not overlapping) deleted, its offsets still leading
    back to the original text."""
    if not cuts:
        return clean
    parts, marks, pos, gone = [], [], 0, 0
    for a, b in cuts:
        parts.append(clean.text[pos:a])
        marks.append(a - gone)  # the new position where the deleted span was
        gone += b - a
        pos = b
    parts.append(clean.text[pos:])
    new = "".join(parts)
    # breakpoints of the composed map: each deletion, and each earlier cut moved into new coordinates
    lost = [b - a for a, b in cuts]

    def to_clean(p: int) -> int:  # a new position -> its clean-text position
        return p + sum(n for q, n in zip(marks, lost) if q <= p)

    points = set(marks)
    for c in clean.cuts:
        before = sum(b - a for a, b in cuts if b <= c)
        points.add(c - before)
    out_cuts = sorted(points)
    return _Clean(new, out_cuts, [clean.original(to_clean(p)) - p for p in out_cuts])


_HYPHENS = frozenset("-\u2010\u2011")
MAX_HYPHEN_PARTS = 4  # words of a hyphenated German compound read as one


def _has_hyphen(text: str) -> bool:
    return "-" in text or "\u2010" in text or "\u2011" in text


def _closed_up(text: str) -> str:
    """A text folded (prefilter.fold, which drops hyphens) with its hyphenated words closed up: what the prefilter
    must pass for the compounds _hyphen_compounds reads closed up."""
    return fold(_join_lines(text).text)


def _hyphen_joins(doc, clean: _Clean, text: str) -> list[tuple[int, int]]:
    """Token runs [start, end) of a German text that the original writes as one hyphenated word ("Arbeitsmarkt-
    Politik", "Netzwerk-Steuerung"; _clean made its hyphens spaces), of letters only and at most MAX_HYPHEN_PARTS
    words. Looked for at the hyphens alone: the original's in-word hyphens, each taken back to the cleaned text."""
    if not clean.cuts:
        places = [m.start() for m in _INWORD_HYPHEN.finditer(text)]
    else:
        starts = [c + s for c, s in zip(clean.cuts, clean.shifts)]  # original position of each cut
        places = []
        for m in _INWORD_HYPHEN.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            p = m.start() - (clean.shifts[k] if k >= 0 else 0)
            if 0 <= p < len(clean.text) and clean.original(p) == m.start():
                places.append(p)
    if not places:
        return []
    idx = doc.to_array("IDX").tolist()
    joins: list[int] = []  # tokens joined to the next one by a hyphen
    for p in places:
        i = bisect.bisect_left(idx, p + 1)
        if (0 < i < len(idx) and idx[i] == p + 1 and text[clean.original(p)] in _HYPHENS
                and idx[i - 1] + len(doc[i - 1]) == p and doc[i - 1].text.isalpha() and doc[i].text.isalpha()):
            joins.append(i - 1)
    runs: list[tuple[int, int]] = []
    for i in joins:
        if runs and runs[-1][1] == i + 1:
            runs[-1] = (runs[-1][0], i + 2)
        else:
            runs.append((i, i + 2))
    return [(s, e) for s, e in runs if e - s <= MAX_HYPHEN_PARTS]


REACH = 4  # words either side of a hyphenated compound that a phrase holding it may span


def _hyphen_compounds(doc, clean: _Clean, text: str, words: list[str], phrases: GermanPhrases
                      ) -> list[tuple[int, int, int]]:
    """The German phrase and compound matches a hyphenated compound makes when read closed up, as German
    orthography means it ("Arbeitsmarkt-Politik" is "Arbeitsmarktpolitik", "Netzwerk-Steuerung" is
    "Netzwerksteuerung", "Netzwerk-Analyse" "Netzwerkanalyse"): (key, token start, token end) over the hyphenated
    words; only matches that hold such a compound (the others are found already), looked for within REACH words of
    it."""
    out = []
    for s, e in _hyphen_joins(doc, clean, text):
        lo, hi = max(0, s - REACH), min(len(words), e + REACH)
        merged = [*words[lo:s], "".join(words[s:e]), *words[e:hi]]
        spans = [(i, i + 1) for i in range(lo, s)] + [(s, e)] + [(i, i + 1) for i in range(e, hi)]
        at = s - lo  # the compound's place in `merged`
        for key, a, b in phrases.matches(merged, [stem(w) for w in merged]):
            if a <= at < b:
                out.append((key, spans[a][0], spans[b - 1][1]))
    return out


def _join_lines(text: str) -> _Clean:
    if text.isascii():
        # (printable ASCII holds no oddity but a double space: two tests in C settle most texts)
        if text.isprintable() and "  " not in text or not any(c in text for c in _ASCII_SPACE_ODDITIES):
            return _Clean(text)
    elif not _MAYBE_MESSY.search(text):
        return _Clean(text)
    if not _MESSY_SPACE.search(text) and not _LINEBREAK_HYPHEN.search(text):
        return _Clean(text)
    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = clean_len = skipped = 0
    for m in _JOIN.finditer(text):
        parts.append(text[pos:m.start()])
        clean_len += m.start() - pos
        s = m.group()
        keep = " " if s.isspace() else ""  # a line-break hyphen or a soft hyphen joins the word again
        parts.append(keep)
        clean_len += len(keep)
        skipped += len(s) - len(keep)
        cuts.append(clean_len)
        shifts.append(skipped)
        pos = m.end()
    parts.append(text[pos:])
    return _Clean("".join(parts), cuts, shifts)


@dataclass
class _Phrases:
    """One text's phrase matches: kept (concept, start, end, Candidate or None for a safe form), those set aside by
    an exclusion (concept, start, end, reason), and the folded text the field gate counts words in."""

    kept: list = field(default_factory=list)
    set_aside: list = field(default_factory=list)
    folded: str = ""
    german: bool = False  # the text reads as German (litmine/concepts/german.py)
    names: set = field(default_factory=set)  # (concept, start, end) of safe forms written as part of a name


@dataclass(frozen=True)
class _Definition:
    acronym: str
    concept: str | None  # None: the document defines it as something that is not a lexicon concept
    passage: int
    start: int
    end: int


def _sense_index(concepts: Sequence[Concept], strings, acronyms: dict[str, str]) -> senses.SenseIndex:
    """The lexicon's sense evidence (cues, forms' own cues and other senses' words, partner cues) for the matcher."""
    return senses.SenseIndex({c.id: c.cues for c in concepts if c.ambiguous}, strings,
                             normalise_word, acronyms, [c.id for c in concepts if c.strict],
                             {c.id: c.form_cues for c in concepts if c.form_cues},
                             {c.id: c.form_against for c in concepts if c.form_against},
                             {c.id: c.ambiguous for c in concepts if c.ambiguous},
                             {c.id: c.partners for c in concepts if c.partners and c.ambiguous})


class ConceptMatcher:
    """Finds mentions of a lexicon's concepts in a document's passages.

    Example:
        >>> from litmine.concepts.lexicon import load_lexicon
        >>> m = ConceptMatcher(load_lexicon())
        >>> [(x.concept, x.surface) for x in m.find_mentions(["Co-produced services under NPM."])[0]]
        [('co-production', 'Co-produced'), ('new-public-management', 'NPM')]
    """

    def __init__(self, concepts: Sequence[Concept], *, prefilter: bool = True):
        """Args:
            concepts: the lexicon.
            prefilter: skip tokenising texts that cannot hold any phrase (the same mentions either way; False only
                to check that).
        """
        from spacy.matcher import Matcher, PhraseMatcher

        self.concepts = {c.id: c for c in concepts}
        self.nlp = _make_nlp()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.wildcards = Matcher(self.nlp.vocab)
        self._keys: dict[int, tuple[str, str]] = {}  # match id -> (concept id, "pattern" | "ambiguous" | "exclude")
        self._wild_concepts = frozenset(c.id for c in concepts if any("*" in e for e in c.exclude))
        self._wild_len = 0  # the most tokens a wildcard exclusion spans
        phrase_words: list[list[str]] = []
        for c in concepts:
            phrase_words += [[t.norm_ for t in self._phrase(p)] for p in c.patterns if "*" not in p]
            phrase_words += [[t.lower_ for t in self._phrase(p)] for p in c.exact]
            self._add_phrases(c)
            self._add_wildcards(c)
        self.acronyms: dict[str, str] = {}
        for c in concepts:
            for a in c.acronyms:
                self.acronyms.setdefault(a, c.id)
        self.senses = _sense_index(concepts, self.nlp.vocab.strings, self.acronyms)
        self._has_ambiguous = any(c.ambiguous for c in concepts)
        self._add_ellipses(concepts)
        # a second opinion on the rules' sense decisions (sense_model.SenseModel, or anything with its `review`);
        # none by default: the learned model did not beat the rules on development (benchmarks/concept_senses_learned.py)
        self.sense_model = None
        # (text index, start, end, concept) -> the model's reason, for the last document's candidates the rules set
        # aside and the sense model admitted ("context model p=0.81"); their mentions' via is "context model"
        self.admitted: dict[tuple[int, int, int, str], str] = {}
        self._filter = PhraseFilter(phrase_words, unreliable=_exception_norms(self.nlp),
                                    whole_tokens=True) if prefilter else None
        # German text: the phrases on German stems and the compound parts, built at the first German text
        self._lexicon = list(concepts)
        self._german: tuple[GermanPhrases, PhraseFilter | None] | None = None

    def _add_phrases(self, c: Concept) -> None:
        """A concept's patterns (matched on norms) and exact forms (on lower case), its unambiguous and ambiguous
        ones under their own keys, and its exclusions without a wildcard."""
        ambiguous = set(c.ambiguous)
        patterns = [p for p in c.patterns if "*" not in p]  # "*": a German compound part (GermanPhrases)
        for kind, phrases in (("pattern", [p for p in patterns if p not in ambiguous]),
                              ("ambiguous", [p for p in patterns if p in ambiguous]),
                              ("exclude", [e for e in c.exclude if "*" not in e])):
            if phrases:
                self.matcher.add(self._key(c.id, kind), [self._phrase(p) for p in phrases])
        for kind, phrases in (("pattern", [p for p in c.exact if p not in ambiguous]),
                              ("ambiguous", [p for p in c.exact if p in ambiguous])):
            if phrases:
                self.exact.add(self._key(c.id, kind), [self._phrase(p) for p in phrases])

    def _add_ellipses(self, concepts: Sequence[Concept]) -> None:
        """Unambiguous patterns whose first word a coordination may part from the rest ("voluntary and private
        sectors"; litmine/concepts/ellipsis.py): their token patterns, and the regular expression a text must fit."""
        phrases = [([t.lower_ if k == 0 else t.norm_ for k, t in enumerate(self._phrase(p))], self._key(c.id, "pattern"))
                   for c in concepts for ambiguous in [set(c.ambiguous)] for p in c.patterns
                   if "*" not in p and p not in ambiguous]
        phrases = ellipsis.elliptic_phrases(phrases)
        self.ellipses = ellipsis.Ellipses((w, self.nlp.vocab.strings[k]) for w, k in phrases)
        self._elliptic = ellipsis.EllipsisFilter(phrases) if phrases else None

    def _add_wildcards(self, c: Concept) -> None:
        """A concept's exclusions with a wildcard: in "activation of * account", "*" stands for up to four words."""
        wild = [[{"OP": "{0,4}"} if w == "*" else {"NORM": normalise_word(w)} for w in _clean(e).text.split()]
                for e in c.exclude if "*" in e]
        if wild:
            self.wildcards.add(self._key(c.id, "exclude"), wild)
            self._wild_len = max([self._wild_len] + [len(p) + 3 * sum("OP" in w for w in p) for p in wild])

    def _key(self, concept: str, kind: str) -> str:
        key = f"{concept}\x00{kind}"
        self._keys[self.nlp.vocab.strings.add(key)] = (concept, kind)
        return key

    def _phrase(self, phrase: str):
        return self.nlp.make_doc(_clean(phrase).text)

    @staticmethod
    def _acronym_regex(acronyms) -> re.Pattern | None:
        if not acronyms:
            return None
        alts = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        return re.compile(rf"(?:{alts})(?:s|'s|’s)?(?!\w)")  # not after a word character: _acronyms_in checks

    @staticmethod
    def _acronyms_in(regex: re.Pattern, text: str):
        """The matches of an acronym regex that do not follow a word character (a check kept out of the pattern,
        where a look-behind first would make re try every position)."""
        for m in regex.finditer(text):
            i = m.start()
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                yield m

    # ------------------------------------------------------------------ phrases
    def german(self) -> tuple[GermanPhrases, PhraseFilter | None]:
        """The lexicon on German stems and its compound parts (litmine/concepts/german.py), and their prefilter
        (None without the prefilter); built when first needed, so English text never pays for them."""
        if self._german is None:
            phrases = GermanPhrases(self._lexicon, lambda c, kind: self.nlp.vocab.strings.add(self._key(c, kind)),
                                    lambda p: [t.lower_ for t in self._phrase(p)])
            self._german = phrases, (PhraseFilter(phrases.stems) if self._filter is not None else None)
        return self._german

    def _may_match(self, folded: str, german: bool) -> bool:
        """Whether a folded text can hold a phrase (always, without the prefilter)."""
        if self._filter is None or self._filter.may_match(folded):
            return True
        if self._elliptic is not None and self._elliptic.may_match(folded):
            return True
        return german and self.german()[1].may_match(folded)

    def _phrase_mentions(self, text: str, german: bool | None = None) -> _Phrases:
        """The phrase matches of one text; `german`: whether it is German (None: decide from its function words)."""
        clean = _clean(text)
        folded = fold(clean.text)
        german = is_german(folded) if german is None else german
        clean, folded = _read_through(text, clean, folded, german)
        out = _Phrases(folded=folded if self._has_ambiguous else "", german=german)
        hyphens = german and _has_hyphen(text) and _INWORD_HYPHEN.search(text) is not None
        if not self._may_match(folded, german) and not (hyphens and self._may_match(_closed_up(text), german)):
            return out
        doc = self.nlp.make_doc(clean.text)
        matches = [*self.matcher(doc), *(self.exact(doc) if len(self.exact) else ())]
        if self._elliptic is not None and self._elliptic.may_match(folded):
            matches += self.ellipses.matches([t.norm_ for t in doc], [t.lower_ for t in doc])
        stems = None
        if german:  # the lexicon on German stems and compounds too
            stems = self._german_matches(doc, clean, text if hyphens else None, matches)
        if self._wild_concepts:
            matches += self._wildcard_matches(doc, matches)
        found, excluded = self._sort_matches(doc, matches)
        candidates, safe_tokens = self._keep_longest(found, excluded, out)
        named = _safe_names(doc, out.kept, safe_tokens)
        if candidates:
            out.kept = self._set_aside_parts(doc, out)
            norms, orths = doc.to_array(["NORM", "ORTH"]).T.tolist()
            for cand in candidates:
                self.senses.find_cue(norms, orths, doc, cand, safe_tokens, stems)
        if clean.cuts:
            out.kept = [(c, clean.original(s), clean.original(e - 1) + 1, x) for c, s, e, x in out.kept]
            out.set_aside = [(c, clean.original(s), clean.original(e - 1) + 1, r) for c, s, e, r in out.set_aside]
        out.names = {out.kept[k][:3] for k in named}
        return out

    def _german_matches(self, doc, clean: _Clean, hyphenated: str | None, matches: list) -> list[str]:
        """Add to `matches` the lexicon's matches on the German stems and compound parts of a German text's tokens
        (also its hyphenated compounds read closed up, given the original text as `hyphenated`); return the
        stems."""
        words = [t.lower_ for t in doc]
        stems = [stem(w) for w in words]
        phrases = self.german()[0]
        matches += phrases.matches(words, stems)
        if hyphenated is not None:
            matches[:] = dict.fromkeys(matches + _hyphen_compounds(doc, clean, hyphenated, words, phrases))
        if phrases.may_share(stems):
            matches += phrases.shared_modifiers([t.text for t in doc], stems)
        return stems

    def _wildcard_matches(self, doc, matches: list) -> list[tuple[int, int, int]]:
        """The wildcard exclusion matches near the places where a wildcard concept matched."""
        # wildcard exclusions matter only where their concept matched: the matcher runs on those places alone
        wild_spans = sorted((max(0, s - self._wild_len), min(len(doc), e + self._wild_len))
                            for key, s, e in matches
                            if self._keys[key][1] != "exclude" and self._keys[key][0] in self._wild_concepts)
        merged: list[list[int]] = []
        for lo, hi in wild_spans:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        added = []
        for lo, hi in merged:
            added += [(key, lo + s, lo + e) for key, s, e in self.wildcards(doc[lo:hi])]
        return added

    def _sort_matches(self, doc, matches: list) -> tuple[list[tuple[str, int, int, int, int, bool]],
                                                          dict[str, list[tuple[int, int, str]]]]:
        """The matches as (concept, start, end, token start, token end, ambiguous) and exclusions by concept."""
        found: list[tuple[str, int, int, int, int, bool]] = []
        excluded: dict[str, list[tuple[int, int, str]]] = {}
        for key, s, e in matches:
            concept, kind = self._keys[key]
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if kind == "exclude":
                excluded.setdefault(concept, []).append((start, end, doc[s:e].text))
            else:
                found.append((concept, start, end, s, e, kind == "ambiguous"))
        return found, excluded

    @staticmethod
    def _keep_longest(found: list, excluded: dict, out: _Phrases) -> tuple[list[senses.Candidate],
                                                                         list[tuple[int, int]]]:
        """Fill out.kept and out.set_aside; return the ambiguous candidates and the token spans of safe ones."""
        # one mention per concept and place: the longest match wins; drop matches inside an exclusion (the first
        # one, in text order, is named)
        for spans in excluded.values():
            spans.sort()
        found.sort(key=lambda m: (m[1], -(m[2] - m[1]), m[5]))  # an unambiguous form first on the same span
        last_end: dict[str, int] = {}
        candidates: list[senses.Candidate] = []
        safe_tokens: list[tuple[int, int]] = []
        for concept, start, end, ts, te, ambiguous in found:
            if start < last_end.get(concept, -1):
                continue
            hit = next((x for x in excluded.get(concept, ()) if x[0] < end and start < x[1]), None)
            if hit is not None:
                out.set_aside.append((concept, start, end, f"inside the excluded phrase '{hit[2]}'"))
                continue
            last_end[concept] = end
            if ambiguous:
                cand = senses.Candidate(concept, start, end, ts, te)
                candidates.append(cand)
                out.kept.append((concept, start, end, cand))
            else:
                safe_tokens.append((ts, te))
                out.kept.append((concept, start, end, None))
        return candidates, safe_tokens

    def _set_aside_parts(self, doc, out: _Phrases) -> list:
        """The kept matches, with ambiguous ones written as part of a proper name ("Prosperity Partnerships")
        marked: such a candidate counts only where the document names its concept unambiguously. The same form
        in lower case in the passage of such a name refers back to the named body or office ("a Patient Safety
        Commissioner ... the commissioner will have complete freedom") and is marked too."""
        names = set()
        for _, _, _, cand in out.kept:
            if cand is not None:
                cand.in_name = senses.in_name(doc, cand.token_start, cand.token_end)
                if cand.in_name:
                    names.add(_form_norms(doc, cand))
        if names:  # "a Patient Safety Commissioner ... the commissioner will": the name's short form in its passage
            for _, _, _, cand in out.kept:
                if cand is not None and not cand.in_name and _form_norms(doc, cand) in names:
                    cand.in_name = True
        return out.kept

    def _decide(self, i: int, text: str, f: _Phrases, density: float, document: tuple,
                rejections: list[Rejection] | None) -> list[tuple[str, int, int]]:
        """The phrase mentions of text `i` that count: safe forms, and ambiguous ones with evidence of their sense
        (senses.reason) that the sense model does not doubt; the others go to `rejections` with their reason.
        `document`: the concepts the document names and those whose sense it settles (senses.document_senses), and
        the sense model's DocumentEvidence (None without a model)."""
        if not f.kept and not f.set_aside:  # most texts: nothing to decide
            return []
        kept = []
        named, settled = document[:2]
        # one sense per passage: a concept named there unambiguously, or used there with a cue of its own
        vouched = {c for c, _, _, cand in f.kept
                   if cand is None or (cand.own_cue and not cand.in_name and density >= senses.MIN_FIELD_DENSITY)}
        for concept, s, e, cand in f.kept:
            why = None
            if cand is not None:
                v = not cand.in_name and (concept in vouched or concept in settled and not cand.own_evidence)
                why = senses.reason(text[s:e], self.concepts[concept].label, cand, density, concept in named, v)
                if self.sense_model is not None:  # a learned second opinion (litmine/concepts/sense_model.py)
                    rules = why
                    why = self.sense_model.review(text, s, e, cand, document[2], (v, f.german), why)
                    if rules is not None and why is None:  # a rejected candidate the model admits
                        self.admitted[(i, s, e, concept)] = getattr(self.sense_model, "admitted", "context model")
            if why is None:
                kept.append((concept, s, e))
            elif rejections is not None:
                rejections.append(Rejection(concept, s, e, text[s:e], why, i))
        if rejections is not None:
            rejections.extend(Rejection(c, s, e, text[s:e], why, i) for c, s, e, why in f.set_aside)
        return kept

    def _german_document(self, found: list[_Phrases], texts: Sequence[str]) -> list[_Phrases]:
        """In a document whose text is mostly German, its short texts too are read as German (a heading, a list
        item or a caption holds too few function words to tell: "Sicherheitspartnerschaften in Kommunen")."""
        german = sum(len(t) for t, f in zip(texts, found) if f.german)
        if not german or 2 * german < sum(map(len, texts)):
            return found
        return [self._phrase_mentions(t, True) if not f.german and len(t) <= SHORT_TEXT else f
                for t, f in zip(texts, found)]

    # ----------------------------------------------------------------- acronyms
    def _definitions(self, index: int, text: str, phrases: list[tuple[str, int, int]]) -> list[_Definition]:
        """Acronyms defined in a text: "long form (SHORT)" and "SHORT (long form)". A definition is of a concept
        when one concept's mentions cover its long form but for at most one word ("third sector organisations
        (TSOs)"); otherwise it defines something outside the lexicon ("Human-Centred Design (HCD)")."""
        out: list[_Definition] = []
        if "(" not in text and "[" not in text:
            return out
        for m in _SHORT_IN_PARENS.finditer(text):
            long = _long_form(m.group(1), text, m.start())
            if long is not None:
                concept = _covering_concept(phrases, text, *long)
                out.append(_Definition(m.group(1), concept, index, long[0], m.end()))
        for m in _PAREN_DEFINITION.finditer(text):  # "NPM (New Public Management)"
            inner_start, inner_end = m.start(2), m.end(2)
            inner = text[inner_start:inner_end].strip()
            if _initials_fit(m.group(1), inner) and len(_WORDS.findall(inner)) <= len(_letters(m.group(1))) + 3:
                concept = _covering_concept(phrases, text, inner_start, inner_end)
                if concept is not None:
                    out.append(_Definition(m.group(1), concept, index, m.start(), m.end()))
        return out

    def find_mentions(self, texts: Sequence[str], *, sources: Sequence[str] | None = None,
                      glossary: dict[str, str] | None = None,
                      rejections: list[Rejection] | None = None) -> list[list[Mention]]:
        """Mentions in each of one document's texts (its passages, in order). Acronyms the document defines count
        in all its texts; `glossary` maps acronyms defined elsewhere in the corpus to concepts (via "glossary").

        Returns one list per text, sorted by offset; `sources` (one per text, default "text") is copied onto them.
        """
        return self.tag_document(texts, sources=sources, glossary=glossary, rejections=rejections)[0]

    def _assemble(self, texts, phrases, definitions, sources, glossary):
        own: dict[str, str | None] = {}
        for d in definitions:
            if d.concept is not None or d.acronym not in own:
                own[d.acronym] = d.concept if own.get(d.acronym, d.concept) == d.concept else None
        table: dict[str, tuple[str, str]] = {}
        for a, c in self.acronyms.items():
            if a not in own:
                table[a] = (c, "acronym")
        for a, c in (glossary or {}).items():
            if a not in own and a not in table:
                table[a] = (c, "glossary")
        for a, c in own.items():
            if c is not None:
                table[a] = (c, "acronym" if self.acronyms.get(a) == c else "defined")
        regex = self._acronym_regex(table)
        out: list[list[Mention]] = []
        for i, text in enumerate(texts):
            source = sources[i] if sources else "text"
            mentions = [Mention(concept=c, start=s, end=e, surface=text[s:e], source=source,
                                via="context model" if (i, s, e, c) in self.admitted else "pattern")
                        for c, s, e in phrases[i]]
            if regex is not None:
                for m in self._acronyms_in(regex, text):
                    key = re.sub(r"(?:s|'s|’s)$", "", m.group()) if m.group() not in table else m.group()
                    if key not in table:
                        continue
                    concept, via = table[key]
                    mentions.append(Mention(concept=concept, start=m.start(), end=m.end(), surface=m.group(),
                                            source=source, via=via))
            mentions.sort(key=lambda x: (x.start, x.end))
            out.append(mentions)
        return out, dict(own)

    def tag_document(self, texts: Sequence[str], *, sources: Sequence[str] | None = None,
                     glossary: dict[str, str] | None = None, rejections: list[Rejection] | None = None,
                     ) -> tuple[list[list[Mention]], dict[str, str | None]]:
        """Like find_mentions, and also the document's own acronym definitions (acronym -> concept id, or None for
        an acronym it defines as something outside the lexicon).

        An ambiguous form counts only with evidence of its sense (litmine/concepts/senses.py); when `rejections` is
        a list, every candidate set aside (as another sense, or inside an excluded phrase) is appended to it with
        its reason and passage_index, the index into `texts`.
        """
        found = self._german_document([self._phrase_mentions(t) for t in texts], texts)
        self.admitted = {}
        density = 0.0  # read only for a candidate with a cue (senses.reason, `vouched` in _decide) or the sense model
        counts = None  # (words, field words) per text, counted once for the density and the field gate
        model = self.sense_model is not None and any(cand is not None for f in found for *_, cand in f.kept)
        if model or any(cand is not None and cand.has_cue for f in found for *_, cand in f.kept):
            counts = self._field_counts(found, texts)
            words = sum(n for n, _ in counts)
            density = 1000.0 * sum(k for _, k in counts) / words if words else 0.0
        named, settled = senses.document_senses((k for f in found for k in f.kept), self.senses.strict, density)
        evidence = sense_model.document_evidence((k for f in found for k in f.kept), density, named, settled) if model else None
        phrases = [self._decide(i, text, f, density, (named, settled, evidence), rejections)
                   for i, (text, f) in enumerate(zip(texts, found))]
        definitions = [d for i, t in enumerate(texts) for d in self._definitions(i, t, phrases[i])]
        mentions, own = self._assemble(texts, phrases, definitions, sources, glossary)
        return self._field_gate(texts, found, mentions, own, rejections, counts), own

    def _field_counts(self, found: list[_Phrases], texts: Sequence[str]) -> list[tuple[int, int]]:
        """Words and field words of each text (senses.SenseIndex.field_words)."""
        return [self.senses.field_words(f.folded or fold(t), f.german) for f, t in zip(found, texts)]

    def _field_gate(self, texts: Sequence[str], found: list[_Phrases], mentions: list[list[Mention]], own: dict,
                    rejections: list[Rejection] | None, counts: list | None = None) -> list[list[Mention]]:
        """The mentions, less those _outside_field sets aside when the document is outside the field: its field
        density counted without its mentions' own words (a name or an acronym is no evidence of its own). A lexicon
        without cues has no measure of its field, and a document without a name or an acronym needs no count."""
        if not (self.senses.field or self.senses.field_de):
            return mentions
        if not any(f.names for f in found) and not any(m.via in ("acronym", "glossary") for ms in mentions for m in ms):
            return mentions
        counts = counts or self._field_counts(found, texts)
        words = sum(n for n, _ in counts)
        cues = sum(k for _, k in counts) - sum(self.senses.field_words(fold(m.surface), f.german)[1]
                                               for ms, f in zip(mentions, found) for m in ms)
        bare = 1000.0 * cues / words if words else 0.0
        if bare >= senses.MIN_FIELD_DENSITY:
            return mentions
        return self._outside_field(mentions, found, own, bare, rejections)

    def _outside_field(self, mentions: list[list[Mention]], found: list[_Phrases], own: dict, density: float,
                       rejections: list[Rejection] | None) -> list[list[Mention]]:
        """A document outside the field (senses.MIN_FIELD_DENSITY): a safe form written as part of a proper name
        ("the Interagency Operations Advisory Group") and a lexicon or glossary acronym the document does not define
        ("VCSE" among a catalogue's codes, "VCS" as version control) say nothing of the concept's sense there: set
        aside with a reason (senses.outside_field), unless the document names the concept by a phrase that is no
        name ("non-governmental organisations" beside "NGOs")."""
        # concepts the document names by a phrase that is no name: they vouch for its names and acronyms
        named = {m.concept for ms, f in zip(mentions, found) for m in ms
                 if m.via == "pattern" and (m.concept, m.start, m.end) not in f.names}
        out = []
        for i, (ms, f) in enumerate(zip(mentions, found)):
            keep = []
            for m in ms:
                why = None
                if m.concept in named:
                    pass
                elif m.via == "pattern" and (m.concept, m.start, m.end) in f.names:
                    why = senses.outside_field(m.surface, density, "written as part of a name, and the document "
                                               "names the concept no other way")
                elif m.via in ("acronym", "glossary") and _acronym_key(m.surface, own) not in own:
                    why = senses.outside_field(m.surface, density, "an acronym the document neither defines nor "
                                               "spells out")
                if why is None:
                    keep.append(m)
                elif rejections is not None:
                    rejections.append(Rejection(m.concept, m.start, m.end, m.surface, why, i))
            out.append(keep)
        return out


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _safe_names(doc, kept: list, safe_tokens: list[tuple[int, int]]) -> set[int]:
    """Indices into `kept` of the safe forms (Candidate None; `safe_tokens` their token spans, in order) written as
    part of a name beside another capitalised word ("the Interagency Operations Advisory Group"), not alone: a
    capitalised term among lower-case words is as often the term itself ("the Third Sector"); not beside a German
    function word (a short German text's nouns)."""
    if not safe_tokens:
        return set()
    safe = [k for k, (*_, cand) in enumerate(kept) if cand is None]
    return {k for k, (ts, te) in zip(safe, safe_tokens)
            if senses.in_name(doc, ts, te, alone=False) and not senses.german_near(doc, ts, te)}


def _acronym_key(surface: str, own: dict) -> str:
    """An acronym mention's key in the document's definitions: as printed, or without its plural ending."""
    return surface if surface in own else re.sub(r"(?:s|'s|’s)$", "", surface)


def _form_norms(doc, cand: senses.Candidate) -> tuple[str, tuple[str, ...]]:
    """A candidate's concept and the norms of its words (what makes two candidates the same form)."""
    return cand.concept, tuple(t.norm_ for t in doc[cand.token_start:cand.token_end])


def _letters(short: str) -> list[str]:
    """The letters an acronym spells: its capitals and its first letter ("PbR" -> p, r; "TSOs" -> t, s, o)."""
    core = short[:-1] if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short
    return [c.lower() for i, c in enumerate(core) if c.isalpha() and (i == 0 or c.isupper())]


def _initials_fit(short: str, long: str) -> bool:
    """Whether an acronym can stand for a phrase: the phrase starts with its first letter and its letters appear in
    order in the phrase ("NPM" / "New Public Management", "PbR" / "payment by results")."""
    letters = _letters(short)
    words = [w.lower() for w in _WORDS.findall(long)]
    if not words or not letters or words[0][0] != letters[0]:
        return False
    joined, i = " ".join(words), 0
    for ch in letters:
        i = joined.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


def _long_form(short: str, text: str, paren: int) -> tuple[int, int] | None:
    """The span of the shortest run of words just before "(SHORT)" that the acronym fits, as Schwartz and Hearst
    (2003) find long forms; None when no run of up to len(letters) + 3 words fits."""
    letters = _letters(short)
    window_start = max(0, paren - 160)
    window = text[window_start:paren]
    cut = max(window.rfind(c) for c in ".;:!?()[]")
    words = list(_WORDS.finditer(window, cut + 1))
    for k in range(1, min(len(words), len(letters) + 3) + 1):
        first = words[-k]
        span = (window_start + first.start(), window_start + words[-1].end())
        if _initials_fit(short, text[span[0]:span[1]]):
            if k < len(letters) - 1:
                return None  # too few words for the letters: "activation (AM)" is not a definition of AM
            return span
    return None


def _covering_concept(phrases: list[tuple[str, int, int]], text: str, start: int, end: int) -> str | None:
    """The one concept whose mentions cover the span [start, end) but for at most one word, else None."""
    inside = [(c, s, e) for c, s, e in phrases if s < end and start < e]
    concepts = {c for c, _, _ in inside}
    if len(concepts) != 1:
        return None
    covered = [False] * (end - start)
    for _, s, e in inside:
        for i in range(max(s, start), min(e, end)):
            covered[i - start] = True
    uncovered = [w for w in _WORDS.finditer(text, start, end) if not all(covered[w.start() - start:w.end() - start])]
    return next(iter(concepts)) if len(uncovered) <= 1 else None
