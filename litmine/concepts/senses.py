"""Word senses for concept matching: an ambiguous form counts only with evidence of the concept's sense.

A lexicon entry names its ambiguous forms (single words such as "contract", "partnership", "activation" that other
fields use in other senses) and its sense's vocabulary, the cues ("claimant", "provider", "agency", ...). An
ambiguous match is kept when

1. the document names the same concept elsewhere by an unambiguous form (a multi-word term: "partnership working",
   "multi-agency") at least once for every twenty of its ambiguous candidates (`NAMED_PER_CANDIDATE`) (a report that
   says "public-private partnership" twice and "partnerships" of space agencies forty times is not about
   partnership working); for a `strict` concept the document must also use one of its ambiguous forms with a cue
   of its own (a paper naming metagovernance that speaks of "global city networks" has not used "networks" in the
   governance sense), or
2. a cue of its concept, or a lexicon acronym or an unambiguous mention of any concept (not for a `strict`
   concept, whose own cues alone count: "networks" beside "street-level bureaucracy" are not yet governance
   networks), stands within `WINDOW` words of it in the same sentence, and the document reads as the field's: at
   least `MIN_FIELD_DENSITY` cue words (of all concepts) per 1,000 words (words: runs of letters of the folded
   text, litmine/concepts/prefilter.py; counted by regular expressions, so passages without candidates are never
   tokenised), or
3. in the same passage (a paragraph), the concept is named by an unambiguous form or another of its ambiguous
   forms has a cue of its own concept: one sense per discourse (Gale, Church and Yarowsky 1992), taken at the
   paragraph, so "the networks" three sentences after "governing through networks" keep that sense, or
4. the document settles the sense: at least `SETTLED_MIN` of the concept's candidates, and at least
   `SETTLED_SHARE` of them, have a cue of its own (`cue_backed`): one sense per discourse taken at the document, as
   Gale, Church and Yarowsky found it, so "the contractors" of a paper whose other "contracts" are delegation's
   keep that sense. Not for a name, a form with another sense's word beside it, or a form with cues of its own
   (`form_cues`, decided by its collocations). Rules 1 and 4 are `document_senses`.

An ambiguous form written as part of a proper name (capitalised mid-sentence beside another capitalised word:
"Prosperity Partnerships", "Commissioner for Regional Policy", "Food Network"), or capitalised alone among
lower-case words, as the short name of an office or a body is written ("requires the Commissioner to", "the
existing Partnerships in the aerospace sector"; `in_name`), counts only by rule 1: a name says nothing of the
sense, and cues beside it describe the named body, not the word. A capitalised form opening a sentence or in a
title-case heading ("and Activation in Europe") is judged like any other.

A form may have cues of its own besides its concept's (`form_cues` in the lexicon: "commissioning" is the
concept's sense beside "services", "care" or "providers", words that say nothing of "contractor"); they count for
that form only and are not field words. Its `form_against` words are another sense's ("commissioned" beside
"report" or "ventilation"): one within `AGAINST_WINDOW` words in its clause sets the form aside, even where the
document names the concept (one sense per collocation, Yarowsky 1993, is the stronger evidence). Such a form is
decided by what it governs, not by who acts: the words of its agent phrase right after it ("an exercise commissioned
by the Department of Health", `agent_phrase`) are neither cues nor another sense's words, since the same public
bodies commission exercises, reports and advice as well as services and care.

Otherwise it is set aside with a readable reason (a Rejection). Unambiguous forms never need evidence, so
multi-word terms and acronyms stay as cheap as before: the cue lookup runs only where an ambiguous form matched.
Outside the field (a document under MIN_FIELD_DENSITY, its mentions' own words not counted) two safe matches are set aside too (`outside_field`,
applied by the matcher once the document is read): a safe form written as part of a proper name (`in_name`: "the
Interagency Operations Advisory Group" of a space-communications paper) and a lexicon acronym the document does not
define ("VCSE" among an astronomical catalogue's codes), unless the document names the concept by a phrase that is
no name ("non-governmental organisations" beside "NGOs"): outside the field a name or a few capitals say nothing of
the sense, while inside it they are the field's own (seed labels count "Local Employability Partnerships").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from litmine.concepts.german import fold_word as german_fold
from litmine.concepts.german import has_part, part_key
from litmine.concepts.german import stem as german_stem
from litmine.concepts.prefilter import fold

WINDOW = 15  # words either side, within the sentence
AGAINST_WINDOW = 10  # words either side, within the sentence, where another sense's words set a form aside
SENTENCES = 0  # sentence ends the window may cross (0: the candidate's own sentence)
MIN_CUE_INSIDE = 5  # letters of a German cue's stem that count inside a compound (litmine/concepts/german.py)
MIN_FIELD_DENSITY = 4.0  # cue words of any concept per 1,000 words of the document
NAMED_PER_CANDIDATE = 0.05  # unambiguous mentions per ambiguous candidate that make the document name a concept
SETTLED_SHARE = 0.4  # cue-backed candidates per candidate that settle a concept's sense for a whole document
SETTLED_MIN = 2  # ... and at least this many (rule 4; both chosen on the development splits, whole documents)
_SENTENCE_END = frozenset({".", "!", "?"})
_CLAUSE_BREAKS = frozenset(";:()[]—–")  # where a form's collocation (form_against) ends
_LETTERS = re.compile(r"[a-z]+")


@dataclass
class Candidate:
    """An ambiguous match in one text: the concept, the span (clean-text offsets), the token span."""

    concept: str
    start: int
    end: int
    token_start: int
    token_end: int
    has_cue: bool = False
    cue: str = ""
    own_cue: bool = False  # the cue is one of the concept's own (not an acronym or another concept's mention)
    in_name: bool = False  # written as part of a proper name (in_name)
    against: str = ""  # a word of another sense of the form nearby (form_against)
    own_evidence: bool = False  # a form with cues of its own (form_cues): only those count
    partner: bool = False  # its cue is an organisational actor standing as its partner or member (Partners)


class _Lookup(dict):
    """A dict that fills itself: key -> compute(key), computed once (a cache that C code can call)."""

    def __init__(self, compute):
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


class SenseIndex:
    """The cue vocabulary of a lexicon: hashes of lexeme norms for lookups in spaCy docs, and folded forms for
    counting the field's words in raw text."""

    def __init__(self, cues_by_concept: dict[str, list[str]], strings, normalise, acronyms: Iterable[str] = (),
                 strict: Iterable[str] = (), form_cues: dict[str, dict[str, list[str]]] | None = None,
                 form_against: dict[str, dict[str, list[str]]] | None = None,
                 own_forms: dict[str, Iterable[str]] | None = None, partners: dict[str, dict] | None = None):
        self.strict = frozenset(strict)  # concepts whose own cues are the only evidence
        self.acronyms = frozenset(strings.add(a) for x in acronyms for a in (x, x + "s"))  # ORTH hashes
        self._normalise = normalise
        self.by_concept: dict[str, frozenset[int]] = {}
        self.by_concept_de: dict[str, frozenset[str]] = {}  # German stems of the cues, for German text
        field: set[str] = set()
        # concept -> German compound parts that are cues ("*politik": "Sozialpolitik", "Sicherheitspolitik"), counted
        # in German text only, by the part (german.has_part); not field words (any policy field writes them)
        cues_by_concept, self.cue_parts_de = _cue_parts(cues_by_concept)
        for concept, cues in cues_by_concept.items():
            # a cue of several words ("for-profit", "multi-agency") counts by its longest word
            words = [w for w in (max(c.replace("-", " ").split() or [""], key=len) for c in cues) if w]
            self.by_concept[concept] = frozenset(strings.add(normalise(w)) for w in words)
            self.by_concept_de[concept] = _german_stems(words)
            # the field's words are its one-word cues: a part of a cue of several words ("first" of "work-first",
            # "joined" of "joined-up") is any text's word
            field.update(fold(normalise(c)) for c in cues if c and len(c.replace("-", " ").split()) == 1)
        self.field = frozenset(field)
        self.field_de = frozenset(s for stems in self.by_concept_de.values() for s in stems)
        # (concept, the form's norm hashes) -> cues that count for that form only; not field words (a form's own
        # vocabulary, "services" for "commissioning", says nothing about the document as a whole)
        self.by_form = _by_form(form_cues, strings, normalise)
        self.against = _by_form(form_against, strings, normalise)  # another sense's words, by form
        self.by_form_de = _by_form_de(form_cues)  # the same by German stems, for German text
        self.against_de = _by_form_de(form_against)
        # concept -> its ambiguous forms, folded: a cue inside one of them says nothing ("commission" in
        # "commissioning"), one inside a compound beside them does ("Arbeitsmarktaktivierung")
        self.own_forms = {c: tuple(german_fold(f.replace("*", "")) for f in forms)
                          for c, forms in (own_forms or {}).items()}
        self.parts_de: dict[str, list[str]] = {}  # concept -> its compound parts with words of their own
        for concept, forms in {**(form_cues or {}), **(form_against or {})}.items():
            self.parts_de[concept] = sorted({part_key(f) for f in forms if "*" in f})
        self._is_field = _Lookup(lambda w: normalise(w) in self.field)
        self._is_field_de = _Lookup(lambda w: normalise(w) in self.field or german_stem(w) in self.field_de)
        self.end_marks = {strings.add(p) for p in _SENTENCE_END}
        # concept -> its organisational actors, evidence only as an ambiguous form's partners (partner cues)
        self.partners = {c: Partners(spec, strings, normalise) for c, spec in (partners or {}).items()}

    def field_words(self, folded: str, german: bool = False) -> tuple[int, int]:
        """Words in a folded text (runs of letters, litmine.concepts.prefilter.fold) and how many of them are cue
        words of any concept (in any inflection; in German text, `german`, also a cue's German stem).

        Example:
            >>> from litmine.concepts.matcher import normalise_word
            >>> index = SenseIndex({"x": ["claimant"]}, set(), normalise_word)
            >>> index.field_words(fold("Claimants' rights, 2 claimant"))
            (3, 2)
        """
        words = _LETTERS.findall(folded)
        return len(words), sum(map((self._is_field_de if german else self._is_field).__getitem__, words))

    def find_cue(self, norms: Sequence[int], orths: Sequence[int], words, cand: Candidate,
                 safe_tokens: Iterable[tuple[int, int]], stems: Sequence[str] | None = None) -> None:
        """Mark a candidate that has a cue of its concept, a lexicon acronym, or a safe mention (the last two not for
        a strict concept), within WINDOW words in its sentence (`words`: the spaCy doc whose NORM and ORTH hashes
        `norms` and `orths` are; `stems`: its words' German stems in German text, where a cue's stem counts too)."""
        cues, cues_de, form, form_de = self._cue_sets(norms, stems, words, cand)
        strict = cand.concept in self.strict or cand.own_evidence
        acronyms = frozenset() if strict else self.acronyms
        lo, hi = self._sentence_window(norms, cand)
        # a form decided by its collocations: its agent ("commissioned by the Department of Health") is no collocate
        agent = agent_phrase(words, cand, hi) if cand.own_evidence and stems is None else range(0)
        if self._other_sense(norms, stems, words, cand, (form, form_de), (lo, hi), agent):
            return
        if cues_de and cand.token_end - cand.token_start == 1 and self._cue_inside(cand.concept,
                                                                                    words[cand.token_start].text, cues_de):
            # a German compound's other part says its sense: "Arbeitsmarktaktivierung", "Steuerungsnetzwerke"
            cand.has_cue, cand.cue, cand.own_cue = True, words[cand.token_start].text, True
            return
        i = _first_cue(norms, orths, stems, words, cand, (cues, cues_de, acronyms), lo, hi, agent)
        if i is not None:
            cand.has_cue, cand.cue = True, words[i].text
            cand.own_cue = norms[i] in cues or bool(cues_de) and stems[i] in cues_de
            return
        i = self._part_cue(words, cand, lo, hi) if cues_de and not cand.own_evidence else None
        if i is not None:  # a compound holding a cue part of its concept ("sozialpolitisches Netzwerk")
            cand.has_cue, cand.cue, cand.own_cue = True, words[i].text, True
            return
        partners = self.partners.get(cand.concept)
        if partners is not None:
            i = partners.find(norms, stems, words, cand, lo, hi)
            if i is None:
                i = partners.listed(norms, stems, words, cand, lo, hi)
            if i is not None:
                cand.has_cue, cand.cue, cand.own_cue, cand.partner = True, words[i].text, True, True
                return
        if strict:
            return
        for s, e in safe_tokens:
            if s < hi and lo < e and not (s < cand.token_end and cand.token_start < e):
                # a safe mention sharing the candidate's words is those words' other reading, not evidence
                cand.has_cue, cand.cue = True, words[s:e].text
                return

    def _part_cue(self, words, cand: Candidate, lo: int, hi: int) -> int | None:
        """The token of a compound with one of its concept's cue parts (`cue_parts_de`: "*politik",
        "*politisch") that modifies a candidate in German text, or None: the adjective right before it
        ("ein sozialpolitisches Netzwerk", "mit einem sicherheitspolitischen Netzwerkansatz") or the noun of the
        phrase right after it ("Netzwerke der Sozialpolitik", "die Netzwerk-Rhetorik in der Sicherheitspolitik"),
        within PART_CUE_REACH tokens through articles and prepositions only. A part elsewhere in the sentence is
        no evidence: "außenpolitische Koalitionen und Netzwerke" of states, "digitale Netzwerke für die
        kommunikationspolitischen Diskurse" of the internet. A compound of a field whose actors are states
        (`_STATES_FIELDS`: foreign policy, geopolitics) is none either."""
        keys = self.cue_parts_de.get(cand.concept)
        if not keys:
            return None
        ts, te = cand.token_start, cand.token_end
        reach = [ts - 1] if ts - 1 >= lo else []
        for i in range(te, min(hi, te + PART_CUE_REACH)):
            reach.append(i)
            if words[i].lower_ not in _PART_LINKS and words[i].text != "-":
                break
        for i in reach:
            text = words[i].text
            if i > ts and not text[:1].isupper():
                continue  # after the form only the noun of its phrase, not an adjective of a later noun
            if (len(text) > MIN_CUE_INSIDE and text.isalpha() and any(has_part(k, text) for k in keys)
                    and not german_fold(text).startswith(_STATES_FIELDS)):
                return i
        return None

    def _other_sense(self, norms: Sequence[int], stems: Sequence[str] | None, words, cand: Candidate,
                     forms: tuple, window: tuple[int, int], agent: range = range(0)) -> bool:
        """Mark (and say whether) a word of another sense of the candidate's form (form_against) stands near it: by
        norms, and by German stems in German text (`forms`: the form's keys by norms and by stems; `agent`: tokens
        of its agent phrase, agent_phrase, which say nothing of the sense)."""
        against = self.against.get(forms[0]) if self.against else None
        if against and self._find_against(norms, words, cand, against, *window, agent):
            return True
        against = self.against_de.get(forms[1]) if self.against_de and forms[1] else None
        return bool(against) and self._find_against(stems, words, cand, against, *window, agent)

    def _cue_inside(self, concept: str, token: str, cues_de: frozenset[str]) -> bool:
        """Whether a German cue's stem of MIN_CUE_INSIDE letters or more stands inside a (compound) token, and is not
        part of one of the concept's ambiguous forms ("commission" in "commissioning")."""
        folded = german_fold(token)
        own = self.own_forms.get(concept, ())
        return len(folded) > MIN_CUE_INSIDE and any(
            c in folded and not any(c in f for f in own) for c in cues_de if len(c) >= MIN_CUE_INSIDE)

    def _cue_sets(self, norms: Sequence[int], stems: Sequence[str] | None, words, cand: Candidate):
        """The cues that count for a candidate (norm hashes, and German stems in German text), and its form as a key
        of the forms' own cues (by norms, and by German stems or a compound part in German text); marks
        `own_evidence` when the form has cues of its own."""
        ts, te = cand.token_start, cand.token_end
        form = (cand.concept, tuple(norms[ts:te]))
        form_de = (cand.concept, tuple(stems[ts:te])) if stems is not None else None
        if form_de is not None and te - ts == 1 and form_de not in self.by_form_de:
            form_de = next(((cand.concept, (key,)) for key in self.parts_de.get(cand.concept, ())
                            if has_part(key, words[ts].text)), form_de)
        if form in self.by_form or form_de in self.by_form_de:
            cand.own_evidence = True
            return self.by_form.get(form, frozenset()), self.by_form_de.get(form_de, frozenset()), form, form_de
        cues_de = self.by_concept_de.get(cand.concept, frozenset()) if stems is not None else frozenset()
        return self.by_concept.get(cand.concept, frozenset()), cues_de, form, form_de

    def _sentence_window(self, norms: Sequence[int], cand: Candidate) -> tuple[int, int]:
        """The token range [lo, hi) around a candidate: up to WINDOW words either side, within its sentence."""
        lo, ends = cand.token_start, 0
        while lo > 0 and cand.token_start - lo < WINDOW:
            if norms[lo - 1] in self.end_marks:
                ends += 1
                if ends > SENTENCES:
                    break
            lo -= 1
        hi, ends, n = cand.token_end, 0, len(norms)
        while hi < n and hi - cand.token_end < WINDOW:
            if norms[hi] in self.end_marks:
                ends += 1
                if ends > SENTENCES:
                    break
            hi += 1
        return lo, hi

    @staticmethod
    def _find_against(norms: Sequence[int], words, cand: Candidate, against: frozenset[int], lo: int,
                      hi: int, agent: range = range(0)) -> bool:
        """Mark (and say whether) a word of another sense of the form stands within AGAINST_WINDOW words of it in
        its clause: the scan stops at a semicolon, colon, bracket or dash, so "the commissioning process; budgets
        for the evaluation" is not read as a commissioned evaluation, nor "case studies: those commissioning
        interventions" as commissioned studies (one sense per collocation holds for the words the form governs,
        Yarowsky 1993, not for the next clause's). A conjunction does not stop it: "commissioning and funding
        research" commissions research. But a word coordinated with the form itself is a second activity beside
        it, not what the form governs: "commissioning and proper evaluation of interventions", "evaluation and
        commissioning of services" (`_coordinated`)."""
        beside = _coordinated(words, cand)
        for step, start, stop in ((-1, cand.token_start - 1, max(lo, cand.token_start - AGAINST_WINDOW) - 1),
                                  (1, cand.token_end, min(hi, cand.token_end + AGAINST_WINDOW))):
            for i in range(start, stop, step):
                text = words[i].text
                if text in _CLAUSE_BREAKS:
                    break
                if norms[i] in against and i not in beside and i not in agent:
                    cand.against = text
                    return True
        return False


PART_CUE_REACH = 4  # tokens read after a form for a compound with a cue part (SenseIndex._part_cue)
_PART_LINKS = frozenset("in im der des den dem die von vom zur zum für".split())  # read through after the form
_STATES_FIELDS = ("aussen", "außen", "geo", "welt")  # fields whose actors are states: foreign policy, geopolitics
_COORDINATORS = frozenset({"and", "or"})
PARTNER_SPAN = 8  # tokens read after a partner link ("between", "zwischen"), through a list of partners
PARTNER_BEFORE = 3  # modifier tokens read right before the form ("council and police partnership")
MIN_PARTNER_INSIDE = 6  # letters of an actor's German stem that count inside a compound ("Ordnungsbehörden")
# words that open the phrase of a form's partners or members: "partnership between/of/with", "Kooperation
# zwischen/von/mit/der", "Netzwerk aus"; a lexicon's `links` replace them for its concept
PARTNER_LINKS = frozenset("between among amongst of with involving including across linking zwischen von mit aus der "
                          "des unter mehrerer verschiedener".split())
_WITH = frozenset({"with", "mit"})
LIST_SPAN = 10  # tokens read through a list the form is a member of (Partners.listed)
_JOINERS = frozenset({",", "und", "oder", "sowie", "and", "or"})
_INDEFINITE = frozenset("ein eine einen einer einem eines".split())  # German indefinite articles
_LIST_WORDS = frozenset("and or as well , und oder sowie bzw. beziehungsweise & the a an its their local other "
                        "der die das den dem des ein eine einer einem eines ihrer seiner lokaler lokalen".split())
# words that end the phrase of partners: a new clause, a verb, a preposition opening an adjunct
_PARTNER_STOPS = frozenset(
    "that which who whose where when while to is are was were be been being has have had will would can could should "
    "may might must in on at for by from through into within over as but not "
    "dass weil wenn ob um zu ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll "
    "sollen muss müssen in im auf bei für durch zur zum über nach vor gegen als wie aber sondern sich nicht".split())


class Partners:
    """A concept's organisational actors (the lexicon's `partners`), evidence for an ambiguous form only where they
    stand as its partners or members: in the phrase after a link word ("Kooperation zwischen Jugendamt und Schule",
    "a network of councils, agencies and charities"), read through a list up to a clause break, a verb or a
    preposition opening an adjunct; in the modifiers right before it ("council and police partnership",
    "staatlich-private Kooperation"); or inside a German compound there ("Ordnungsbehörden"). An actor elsewhere in
    the sentence is not the form's partner ("the authority published a report on research networks"). A group in
    `anchors` is evidence alone; another (firms) only with an anchor's actor in the same phrase, or after
    "with"/"mit" with one in the sentence (the other partner is the sentence's subject).

    Example:
        >>> import spacy
        >>> from litmine.concepts.matcher import normalise_word
        >>> nlp = spacy.blank("en")
        >>> p = Partners({"groups": {"public": ["council"], "business": ["firms"]}, "anchors": ["public"]},
        ...              nlp.vocab.strings, normalise_word)
        >>> def find(text, i):
        ...     d = nlp(text)
        ...     return p.find([t.norm for t in d], None, d, Candidate("x", 0, 0, i, i + 1), 0, len(d))
        >>> find("a partnership of the council and local firms", 1), find("a partnership of firms", 1)
        (4, None)
        >>> find("the council said that a partnership of two universities grew", 5)
    """

    def __init__(self, spec: dict, strings, normalise):
        self.forms = frozenset(spec.get("forms") or ())
        self.links = frozenset(spec["links"]) if spec.get("links") is not None else PARTNER_LINKS
        self.anchors = frozenset(spec.get("anchors") or spec["groups"])
        # groups whose actors count beside an actor of any other group: a second sector among the partners ("Kooperation
        # zwischen Staat und Wirtschaft", "Partnerschaften zwischen Politik, Wirtschaft und Gesellschaft")
        self.sides = frozenset(spec.get("sides") or ())
        self.norms: dict[int, str] = {}  # norm hash -> its group (an anchor group's first)
        self.stems: dict[str, str] = {}  # German stem -> the same
        for group, words in sorted(spec["groups"].items(), key=lambda g: g[0] not in self.anchors):
            for w in words:
                if " " in w:
                    continue
                self.norms.setdefault(strings.add(normalise(w)), group)
                st = german_stem(w)
                if len(st) >= 4:
                    self.stems.setdefault(st, group)
        # inside a compound only nouns' stems: an adjective's stem there makes another noun ("Öffentlichkeit")
        self.inside = tuple((st, g) for st, g in self.stems.items()
                            if len(st) >= MIN_PARTNER_INSIDE and not st.endswith(("lich", "isch")))

    def group(self, norms: Sequence[int], stems: Sequence[str] | None, words, i: int) -> str | None:
        """The group of the actor token i is (an anchor group's first), or None. An English actor written as part of a
        proper name is none: the name's words describe the named body ("the Japanese Space Agency"), as for the
        concepts' cues (`_first_cue`)."""
        found = self.norms.get(norms[i])
        if found is not None and stems is None and in_name(words, i, i + 1):
            return None
        if found is None and stems is not None:
            found = self.stems.get(stems[i])
            if found is None and len(stems[i]) > MIN_PARTNER_INSIDE:
                folded = german_fold(words[i].text)
                for st, g in self.inside:
                    if st in folded and (found is None or g in self.anchors):
                        found = g
        return found

    def actor(self, norms: Sequence[int], stems: Sequence[str] | None, words, i: int) -> bool | None:
        """Whether token i is an actor of an anchor group (True), of another group (False), or none (None)."""
        g = self.group(norms, stems, words, i)
        return None if g is None else g in self.anchors

    def find(self, norms: Sequence[int], stems: Sequence[str] | None, words, cand: Candidate, lo: int,
             hi: int) -> int | None:
        """The token of an anchor actor standing as the candidate's partner (or of another group's, beside one), or
        None."""
        ts, te = cand.token_start, cand.token_end
        if self.forms and words[ts:te].text.lower() not in self.forms:
            return None
        phrase = self._after(words, te, hi, stems is not None) + self._before(words, ts, lo, stems is not None)
        anchor = other = None
        groups: dict[str, int] = {}  # the phrase's groups, each at its first actor
        for i in phrase:
            g = self.group(norms, stems, words, i)
            if g is not None:
                groups.setdefault(g, i)
            if g in self.anchors and anchor is None:
                anchor = i
            elif g is not None and g not in self.anchors and other is None:
                other = i
        if anchor is not None or other is None:
            return anchor
        if len(groups) > 1 and self.sides.intersection(groups):
            return other  # two sectors among the partners, one of them a side (a state or society word)
        near = set(phrase)
        if te < hi and words[te].lower_ in _WITH and any(
                self.actor(norms, stems, words, i) for i in range(lo, hi) if i not in near and not ts <= i < te):
            return other
        return None

    def listed(self, norms: Sequence[int], stems: Sequence[str] | None, words, cand: Candidate, lo: int,
               hi: int) -> int | None:
        """The token of a side's word (`sides`: the state, society) in a list of sectors the candidate is itself a
        member of, with a word of another group beside it ("zwischen Staat, Wirtschaft, Verbänden und Netzwerken",
        "state, business and partnerships"), or None: the form named as one of the sectors or modes that share a
        task is that mode of governance, not a network or a partnership of people or firms; so are two side words
        ("Staat, Markt und Netzwerke": the modes of coordination). One sector alone ("Staat und Netzwerke") is no
        evidence."""
        if not self.sides:
            return None
        members = self._list_members(words, cand.token_start - 1, lo - 1, -1)
        members += self._list_members(words, cand.token_end, hi, 1)
        groups: dict[str, int] = {}
        sides = set()  # the side words named, by their lower-case text
        for i in members:
            g = self.group(norms, stems, words, i)
            if g is not None:
                groups.setdefault(g, i)
                if g in self.sides:
                    sides.add(words[i].lower_)
        side = next((groups[g] for g in groups if g in self.sides), None)
        return side if side is not None and (len(groups) > 1 or len(sides) > 1) else None

    @staticmethod
    def _list_members(words, start: int, stop: int, step: int) -> list[int]:
        """The words of the list that the tokens from `start` towards `stop` continue: a list word (a comma, "und",
        "oder", "sowie", "and", "or") must come first, after the form's own modifiers (to the left) or right after
        it (to the right); then words up to a clause's end, a verb or a preposition, LIST_SPAN tokens at most."""
        i, joined, out = start, False, []
        for _ in range(LIST_SPAN):
            if i == stop or not 0 <= i < len(words):
                break
            low, text = words[i].lower_, words[i].text
            if low in _JOINERS:
                joined = True
            elif not text.isalpha() or low in _PARTNER_STOPS or low in PARTNER_LINKS and low not in _LIST_WORDS:
                break
            elif low not in _LIST_WORDS:
                if not joined and (step > 0 or not text.islower()):
                    return []  # the form is not a conjunct here (a lower-case word before it is its modifier)
                out.append(i)
            i += step
        return out if joined else []

    def _after(self, words, te: int, hi: int, german: bool) -> list[int]:
        """The tokens of the phrase after a link word right after the form, through a list, up to a stop; in German
        text also a genitive plural opened by an adjective in -er ("Netzwerk kommunaler Ämter", "Zusammenarbeit
        staatlicher und privater Akteure"; not "Netzwerke aufgrund ...")."""
        if te >= hi:
            return []
        if words[te].lower_ in self.links:
            te += 1
        elif not (german and words[te].text.isalpha() and words[te].text.islower() and words[te].lower_.endswith("er")
                  and words[te].lower_ not in _PARTNER_STOPS and words[te].lower_ not in _LIST_WORDS):
            return []
        out = []
        for i in range(te, min(hi, te + PARTNER_SPAN)):
            low = words[i].lower_
            if (low in _PARTNER_STOPS or words[i].text in _CLAUSE_BREAKS or words[i].text in _SENTENCE_END
                    or not (words[i].text.isalpha() or low in _LIST_WORDS or "-" in low)):
                break  # a clause ends, or a mark or a number (a bullet, an item's number) ends the phrase
            if german and low in _INDEFINITE and i > te and words[i - 1].lower_ not in _LIST_WORDS:
                break  # an indefinite article right after a noun opens the next phrase ("mit Industrie und Militär
                # eine Politik verfolgen")
            if low not in _LIST_WORDS:
                out.append(i)
        return out

    @staticmethod
    def _before(words, ts: int, lo: int, german: bool) -> list[int]:
        """The modifiers right before the form that name its partners: coordinated ones ("council and police
        partnership", "staatlich-private Kooperation"), or German adjectives ("kommunaler Netzwerke"). A single noun
        before it names the body's own network or partnership ("NHS networks"), not its members."""
        out, joined = [], False
        for i in range(ts - 1, max(lo, ts - PARTNER_BEFORE) - 1, -1):
            text = words[i].text
            if text == "-" or words[i].lower_ in ("and", "und"):
                joined = True
                continue
            if not text.isalpha() or words[i].lower_ in _PARTNER_STOPS or words[i].lower_ in _LIST_WORDS:
                break
            out.append(i)
        if joined and len(out) > 1:
            return out
        return [i for i in out if german and words[i].text.islower()]


def _coordinated(words, cand: Candidate) -> tuple[int, ...]:
    """The tokens coordinated with a candidate as the next or the previous conjunct: "FORM and (one word) X" and
    "X and (one word) FORM", the one word not a verb's "-ing" or "-ed" form ("commissioning and funding research":
    research is what both govern)."""
    ts, te, n = cand.token_start, cand.token_end, len(words)
    out = []
    if te + 1 < n and words[te].lower_ in _COORDINATORS:
        out.append(te + 1)
        if te + 2 < n and words[te + 1].text.isalpha() and not words[te + 1].lower_.endswith(("ing", "ed")):
            out.append(te + 2)
    if ts >= 2 and words[ts - 1].lower_ in _COORDINATORS:
        out.append(ts - 2)
    elif ts >= 3 and words[ts - 2].lower_ in _COORDINATORS and words[ts - 1].text.isalpha():
        out.append(ts - 3)
    return tuple(out)


AGENT_SPAN = 8  # tokens read after "by" as the agent's phrase
_AGENT_LINKS = frozenset({"the", "a", "an", "and", ",", "'s", "\u2019s"})  # inside any agent's phrase ("by councils
# and the NHS"); "of", "for" and "&" only inside a name ("by the Department for Education"): elsewhere they open an
# adjunct ("commissioned by the council for the provision of care")


def agent_phrase(words, cand: Candidate, hi: int) -> range:
    """The tokens of the agent phrase right after a candidate ("by" and its noun phrase, before token `hi`), or an
    empty range: a name ("commissioned by the Department of Health, Social Services and Public Safety", "by NHS
    England") up to the first lower-case word after it, or a common noun's phrase ("by local authorities and health
    boards") up to a verb or a preposition opening an adjunct ("to", "from", "for", "in"), a mark or a number.

    Why: a form decided by its collocations (`form_cues`) is decided by what it governs. Who acts says nothing of
    that where both senses share their agents: a public body commissions exercises, reports and advice as well as
    services and care, so "an exercise commissioned by the Department of Health" is no commissioning of health
    services, while "services commissioned by NHS England" and "commissioned by the council from local providers"
    keep their cues outside the agent.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("an exercise commissioned by the Department of Health concerning influenza")
        >>> r = agent_phrase(doc, Candidate("x", 0, 0, 2, 3), len(doc)); doc[r.start:r.stop].text
        'by the Department of Health'
        >>> doc = spacy.blank("en")("care commissioned by local councils from private providers")
        >>> r = agent_phrase(doc, Candidate("x", 0, 0, 1, 2), len(doc)); doc[r.start:r.stop].text
        'by local councils'
    """
    te = cand.token_end
    if te >= hi or words[te].lower_ != "by":
        return range(0)
    end, name = te + 1, False
    for i in range(te + 1, min(hi, te + 1 + AGENT_SPAN)):
        text, low = words[i].text, words[i].lower_
        if low in _AGENT_LINKS:
            name = name and low not in ("'s", "\u2019s")  # a name's possessive: a common noun may follow
            continue
        if low in _NAME_LINKS:  # "of", "for", "&": inside a name only
            if name and i + 1 < hi and _capitalised(words[i + 1].text):
                continue
            break
        if not text.replace("-", "").isalpha():
            break  # a mark, a number, a document's code
        if _capitalised(text):
            name, end = True, i + 1
        elif name or low in _PARTNER_STOPS:
            break  # a lower-case word after a name, or a verb or a preposition after a common noun
        else:
            end = i + 1
    return range(te, end)


def _first_cue(norms: Sequence[int], orths: Sequence[int], stems: Sequence[str] | None, words, cand: Candidate,
               evidence: tuple[frozenset, frozenset, frozenset], lo: int, hi: int,
               agent: range = range(0)) -> int | None:
    """The first token in [lo, hi), outside the candidate and its agent phrase (`agent`, agent_phrase), that is a
    cue (norm), a German cue (stem) or a lexicon acronym (orth). An English cue written as part of a proper name is
    none: the name's words describe the named body, not the candidate's sense ("a partnership between UKSA and the
    Japanese Space Agency": the agency is a space agency, not evidence of partnership working), as a candidate
    inside a name says nothing of its own."""
    cues, cues_de, acronyms = evidence
    for i in range(lo, hi):
        if cand.token_start <= i < cand.token_end or i in agent:
            continue
        if norms[i] in cues:
            if stems is not None or not in_name(words, i, i + 1):
                return i
        elif orths[i] in acronyms or (cues_de and stems[i] in cues_de):
            return i
    return None


def _by_form(words_by_form: dict[str, dict[str, list[str]]] | None, strings,
             normalise) -> dict[tuple[str, tuple[int, ...]], frozenset[int]]:
    """(concept, the form's norm hashes) -> norm hashes of its words (a hyphenated word counts by its longest part)."""
    out: dict[tuple[str, tuple[int, ...]], frozenset[int]] = {}
    for concept, forms in (words_by_form or {}).items():
        for form, cues in forms.items():
            key = (concept, tuple(strings.add(normalise(w)) for w in form.replace("-", " ").split()))
            longest = {max(c.replace("-", " ").split() or [""], key=len) for c in cues}
            out[key] = out.get(key, frozenset()) | {strings.add(normalise(w)) for w in longest if w}
    return out


def _cue_parts(cues_by_concept: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, tuple[str, ...]]]:
    """Each concept's cues without its German compound parts ("*politik"), and the parts as keys (part_key).

    Example:
        >>> _cue_parts({"x": ["steering", "*politik"]})
        ({'x': ['steering']}, {'x': ('*politik',)})
    """
    words = {c: [w for w in cues if not (w.startswith("*") or w.endswith("*"))] for c, cues in cues_by_concept.items()}
    parts = {c: tuple(part_key(w) for w in cues if w.startswith("*") or w.endswith("*"))
             for c, cues in cues_by_concept.items()}
    return words, {c: p for c, p in parts.items() if p}


def _german_stems(words: Iterable[str]) -> frozenset[str]:
    """The German stems of cue words (of four letters or more: shorter stems are too often other words)."""
    return frozenset(s for s in map(german_stem, words) if len(s) >= 4)


def _by_form_de(words_by_form: dict[str, dict[str, list[str]]] | None
                ) -> dict[tuple[str, tuple[str, ...]], frozenset[str]]:
    """(concept, the form's German stems) -> German stems of its words (each counted by its longest part)."""
    out: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
    for concept, forms in (words_by_form or {}).items():
        for form, cues in forms.items():
            key = (concept, (part_key(form),) if "*" in form else
                   tuple(german_stem(w) for w in form.replace("-", " ").split()))
            longest = [max(c.replace("-", " ").split() or [""], key=len) for c in cues]
            out[key] = out.get(key, frozenset()) | _german_stems(w for w in longest if w)
    return out


_NAME_LINKS = frozenset({"for", "of", "and", "&"})
_OPENERS = frozenset('"\'“‘([*•:-–—')  # marks after which a capitalised word may open a sentence or an item


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and not text.isupper() or (text.isupper() and len(text) > 1 and text.isalpha())


# lower-case words that mark German text, where every noun is capitalised and capitals say nothing of names
_GERMAN_WORDS = frozenset("der die das des dem den und ein eine einen einer eines einem im zur zum von mit für ist sind "
                          "wird werden nicht sich auf bei nach über auch als wie dass oder zu es um aus bis vor unter "
                          "zwischen sowie durch diese dieser dieses wurde wurden kann können noch nur ihre ihrer sein "
                          "seine haben".split())  # German only: not "in", "an", "so", "war", "hat", also English
_GERMAN_WINDOW = 8  # tokens looked at on each side


def _german_around(words, start: int, end: int) -> bool:
    """Whether at least two different German function words stand within _GERMAN_WINDOW tokens of words[start:end]."""
    near = {t.text for t in words[max(0, start - _GERMAN_WINDOW):start]}
    near.update(t.text for t in words[end:end + _GERMAN_WINDOW])
    return len(near & _GERMAN_WORDS) >= 2


def german_near(words, start: int, end: int) -> bool:
    """Whether any German function word, in any case, stands within _GERMAN_WINDOW tokens of words[start:end]: a
    short German text ("Die Kontraktmanagement-Systeme der Städte") too few words for is_german to tell, whose
    capitalised nouns are no names."""
    near = words[max(0, start - _GERMAN_WINDOW):start].text.lower().split()
    near += words[end:end + _GERMAN_WINDOW].text.lower().split()
    return not _GERMAN_WORDS.isdisjoint(near)


def in_name(words, start: int, end: int, alone: bool = True) -> bool:
    """Whether the tokens words[start:end] (a spaCy doc) are written as part of a proper name: the form is
    capitalised, does not open its sentence, and a capitalised word stands right before it, or right after it
    (also after "for"/"of": "Commissioner for Regional Policy"); with `alone`, also capitalised alone among lower-case
    words (the short name of an office: "requires the Commissioner to"). Not in German text, which capitalises every
    noun ("das Prinzip Fördern und Fordern").

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("calls for Prosperity Partnerships between universities. Partnerships work.")
        >>> in_name(doc, 3, 4), in_name(doc, 7, 8)
        (True, False)
    """
    first = words[start].text
    if not first[:1].isupper() or first.isupper() or start == 0 or _german_around(words, start, end):
        return False
    prev = words[start - 1].text
    if prev in _SENTENCE_END or not prev[:1].isalnum():
        return False  # the sentence (or a quotation, a list item) starts here
    opens = start == 1 or words[start - 2].text in _SENTENCE_END or words[start - 2].text in _OPENERS
    if _capitalised(prev) and not opens:  # "The Partnership" at a sentence start is no name
        return True
    k = end
    if k < len(words) and words[k].text.lower() in _NAME_LINKS and words[k].text.islower():
        k += 1
    if k < len(words) and _capitalised(words[k].text):
        return True
    # a capitalised noun among lower-case words ("requires the Commissioner to", "the existing Partnerships in"):
    # the short name of an office, a body or a programme (not in a title-case heading: "Activation and Partnership")
    return alone and prev.isalpha() and prev.islower() and not opens and not _capitalised(words[start - 2].text)


def names_concept(unambiguous: int, candidates: int) -> bool:
    """Whether a document's unambiguous mentions of a concept vouch for its ambiguous candidates: at least one, and
    at least NAMED_PER_CANDIDATE of them per candidate.

    Example:
        >>> names_concept(1, 3), names_concept(1, 43), names_concept(0, 0)
        (True, False, False)
    """
    return unambiguous > 0 and unambiguous >= NAMED_PER_CANDIDATE * candidates


def cue_backed(cand: Candidate, density: float) -> bool:
    """Whether a candidate carries its own evidence of the concept's sense: a cue of its concept (or of its form)
    in its window, in a document of the field, not written as a name, no other sense's word beside it."""
    return cand.own_cue and not cand.in_name and not cand.against and density >= MIN_FIELD_DENSITY


def candidate_counts(kept: Iterable[tuple], density: float) -> tuple[Counter, Counter, Counter]:
    """Per concept, of a document's phrase matches (concept, start, end, Candidate or None): the safe matches, the
    ambiguous candidates, and those of them with a cue of their own (cue_backed)."""
    safe, ambiguous, cued = Counter(), Counter(), Counter()
    for concept, _, _, cand in kept:
        if cand is None:
            safe[concept] += 1
        else:
            ambiguous[concept] += 1
            cued[concept] += cue_backed(cand, density)
    return safe, ambiguous, cued


def document_senses(kept: Iterable[tuple], strict: frozenset[str], density: float) -> tuple[set[str], set[str]]:
    """The concepts a document names (rule 1) and those whose sense it settles (rule 4), from all its phrase matches
    (concept, start, end, Candidate or None for an unambiguous form) and its field density.

    Rule 1 needs names_concept; for a strict concept also one cue-backed candidate: a paper that names
    metagovernance and speaks of "global city networks" has not used "networks" in the governance sense. Rule 4 is
    one sense per discourse (Gale, Church and Yarowsky 1992) at the document: when at least SETTLED_MIN and at least
    SETTLED_SHARE of a concept's candidates are cue-backed (cue_backed), its other candidates share their sense.

    Example:
        >>> c = [Candidate("x", 0, 1, 0, 1, has_cue=True, own_cue=True) for _ in range(2)] + [Candidate("x", 0, 1, 0, 1)]
        >>> document_senses([("x", 0, 1, k) for k in c], frozenset(), 5.0)
        (set(), {'x'})
    """
    safe, ambiguous, cued = candidate_counts(kept, density)
    named = {c for c in safe if names_concept(safe[c], ambiguous[c]) and (c not in strict or cued[c])}
    settled = {c for c, k in cued.items() if k >= SETTLED_MIN and k >= SETTLED_SHARE * ambiguous[c]}
    return named, settled


def outside_field(surface: str, density: float, what: str) -> str:
    """Why a safe form or an acronym is set aside in a document outside the field (under MIN_FIELD_DENSITY cue
    words per 1,000): a name or an undefined acronym there says nothing of the concept's sense.

    Example:
        >>> outside_field("VCSE", 0.6, "an acronym the document neither defines nor spells out")[:60]
        "'VCSE' in a document outside the field (0.6 field words per "
    """
    return (f"'{surface}' in a document outside the field ({density:.1f} field words per 1,000 besides its "
            f"mentions, under {MIN_FIELD_DENSITY:g}): {what}")


def reason(surface: str, label: str, cand: Candidate, density: float, named: bool,
           vouched: bool = False) -> str | None:
    """Why a candidate is set aside, or None when it is kept (`named`: the document names the concept
    unambiguously elsewhere; `vouched`: its passage names it or uses it in this sense)."""
    if cand.against:
        return f"'{cand.against}' within {AGAINST_WINDOW} words of '{surface}' marks another sense"
    if named and not cand.own_evidence:
        return None
    if cand.in_name:
        return f"'{surface}' is written as part of a name, and the document does not name {label} unambiguously"
    if vouched:
        return None
    if not cand.has_cue:
        return (f"no {label} cue within {WINDOW} words of '{surface}' in its sentence, and no unambiguous "
                f"{label} term in the document (or too few for its ambiguous forms)")
    if density < MIN_FIELD_DENSITY:
        return (f"'{surface}' in a document outside the field ({density:.1f} field words per 1,000, "
                f"under {MIN_FIELD_DENSITY:g})")
    return None
