"""The concept lexicon: YAML files of concepts with their phrases, acronyms and exclusions.

The default lexicon ships in litmine/concepts/data/concepts.yaml; `--lexicon FILE` adds to it or replaces it.
Each phrase is expanded into its British and American spellings and its hyphenated, spaced and closed-up forms,
so a lexicon lists each idea once. `ambiguous` names the forms that count only with evidence of the concept's
sense nearby, and `cues` that sense's vocabulary (litmine/concepts/senses.py).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path

from litmine.errors import LexiconError, LitmineError
from litmine.models import Concept

DEFAULT_LEXICON = Path(__file__).resolve().parent / "data" / "concepts.yaml"

# British and American spellings, each rule applied both ways: whole words, then -ise/-ize endings
_WORD_PAIRS = [("labour", "labor"), ("programme", "program"), ("programmes", "programs"), ("centre", "center"),
               ("behaviour", "behavior"), ("behavioural", "behavioral"), ("neighbourhood", "neighborhood")]
_ENDINGS = [("isation", "ization"), ("isations", "izations"), ("isational", "izational"), ("ised", "ized"),
            ("ising", "izing"), ("iser", "izer"), ("ise", "ize")]
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# any spelling the rules above change: a phrase without one has no British/American variant (most of them; 7,400
# phrases in the default lexicon, read by every command that tags)
_SPELLINGS = re.compile("|".join(re.escape(w) for pair in (*_WORD_PAIRS, *_ENDINGS) for w in pair))


def spelling_variants(phrase: str) -> list[str]:
    """The phrase with its British/American and hyphenation variants, the phrase itself first.

    Example:
        >>> spelling_variants("co-production")
        ['co-production', 'co production', 'coproduction']
        >>> spelling_variants("personalisation")
        ['personalisation', 'personalization']
    """
    forms = [phrase.strip().lower()]
    if not _SPELLINGS.search(forms[0]):
        return [*forms, forms[0].replace("-", " "), forms[0].replace("-", "")] if "-" in forms[0] else forms
    for a, b in _WORD_PAIRS:
        for form in list(forms):
            for x, y in ((a, b), (b, a)):
                if x not in form:  # no match possible: the regular expression is skipped (every form, every command)
                    continue
                changed = re.sub(rf"\b{x}\b", y, form)
                if changed != form and changed not in forms:
                    forms.append(changed)
    for a, b in _ENDINGS:
        for form in list(forms):
            for x, y in ((a, b), (b, a)):
                if x not in form:
                    continue
                changed = re.sub(rf"\b(\w{{4,}}){x}\b", rf"\g<1>{y}", form)
                if changed != form and changed not in forms:
                    forms.append(changed)
    for form in list(forms):
        if "-" in form:
            for joined in (form.replace("-", " "), form.replace("-", "")):
                if joined not in forms:
                    forms.append(joined)
    return forms


def _as_list(value: object, where: str, field_name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    raise LitmineError(f"{where}: '{field_name}' must be a phrase or a list of phrases")


def _read(path: Path) -> list[Concept]:
    data = _load_yaml(path)
    entries = data.get("concepts") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise LitmineError(f"{path}: expected a list of concepts under 'concepts:'")
    concepts: list[Concept] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        concepts.append(_concept(entry, f"{path}: concept {n}", seen))
    return concepts


def _load_yaml(path: Path):
    """The lexicon file's YAML; a file that cannot be read, is not text or is not YAML raises LitmineError."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        try:  # libyaml's C loader reads the default lexicon in 0.01 s, PyYAML's own in 0.06-0.09 s (every command)
            return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            return yaml.safe_load(text)  # PyYAML's own loader names the line of an error (the C one may differ)
    except OSError as exc:
        raise LitmineError(f"{path}: cannot read the lexicon ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not a lexicon (not UTF-8 text at byte {exc.start}; a binary file?)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise LitmineError(f"{path}: not valid YAML{where}") from None


def _concept(entry: object, where: str, seen: set[str]) -> Concept:
    """One lexicon entry as a Concept, its forms expanded to their spelling variants; where names the file and
    entry in errors, seen holds the ids read so far (the entry's id is added)."""
    if not isinstance(entry, dict):
        raise LitmineError(f"{where}: expected a mapping with id, label and patterns")
    cid = str(entry.get("id") or "").strip()
    if not _ID.match(cid):
        raise LitmineError(f"{where}: 'id' must be lower-case letters, digits, '-' or '_' (got {cid!r})")
    if cid in seen:
        raise LitmineError(f"{where}: id {cid!r} appears twice")
    seen.add(cid)
    patterns = _as_list(entry.get("patterns"), where, "patterns")
    patterns += _as_list(entry.get("translations"), where, "translations")
    acronyms = _as_list(entry.get("acronyms"), where, "acronyms")
    exact = [form for p in _as_list(entry.get("exact"), where, "exact") for form in spelling_variants(p)]
    if not patterns and not acronyms and not exact:
        raise LitmineError(f"{where} ({cid}): no patterns and no acronyms")
    expanded: list[str] = []
    for p in patterns:
        for form in spelling_variants(p):
            if form not in expanded:
                expanded.append(form)
    exact = list(dict.fromkeys(exact))
    ambiguous = [form for p in _as_list(entry.get("ambiguous"), where, "ambiguous") for form in spelling_variants(p)]
    stray = [a for a in ambiguous if a not in expanded and a not in exact]
    if stray:
        raise LitmineError(f"{where} ({cid}): ambiguous form {stray[0]!r} is not one of its patterns or exact forms")
    return Concept(id=cid, label=str(entry.get("label") or cid), group=str(entry.get("group") or ""),
                   form_cues=_form_cues(entry.get("form_cues"), ambiguous, where, cid),
                   form_against=_form_cues(entry.get("form_against"), ambiguous, where, cid, "form_against"),
                   patterns=expanded, acronyms=acronyms,
                   exclude=[e.lower() for e in _as_list(entry.get("exclude"), where, "exclude")],
                   exact=exact, ambiguous=list(dict.fromkeys(ambiguous)),
                   cues=list(dict.fromkeys(form for c in _as_list(entry.get("cues"), where, "cues")
                                           for form in spelling_variants(c))),
                   strict=bool(entry.get("strict", False)),
                   partners=_partners(entry.get("partners"), ambiguous, where, cid))


def _form_cues(value: object, ambiguous: list[str], where: str, cid: str,
               key: str = "form_cues") -> dict[str, list[str]]:
    """`form_cues` (or `form_against`): {ambiguous form: [words]}, words that count for that form only; each form
    and word expanded to its spelling variants ("decentralisation" also gives "decentralization")."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise LitmineError(f"{where} ({cid}): '{key}' must map ambiguous forms to lists of words")
    out: dict[str, list[str]] = {}
    for form, cues in value.items():
        words = [w for c in _as_list(cues, where, key) for w in spelling_variants(c)]
        for variant in spelling_variants(str(form)):
            if variant not in ambiguous:
                raise LitmineError(f"{where} ({cid}): {key} form {variant!r} is not one of its ambiguous forms")
            out[variant] = list(dict.fromkeys(out.get(variant, []) + words))
    return out


def _partners(value: object, ambiguous: list[str], where: str, cid: str) -> dict:
    """`partners`: organisational actors that are evidence only as a form's partners or members (senses.py):
    {groups: {name: [words]}, anchors: [group names], sides: [group names], links: [words], forms: [ambiguous
    forms]}, checked and with
    every word expanded to its spelling variants; {} when absent."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not isinstance(value.get("groups"), dict) or not value["groups"]:
        raise LitmineError(f"{where} ({cid}): 'partners' needs 'groups' mapping group names to lists of words")
    groups = {str(g): list(dict.fromkeys(w for c in _as_list(ws, where, f"partners: {g}") for w in spelling_variants(c)))
              for g, ws in value["groups"].items()}
    anchors = _as_list(value.get("anchors"), where, "partners: anchors") or list(groups)
    unknown = [a for a in anchors if a not in groups]
    if unknown:
        raise LitmineError(f"{where} ({cid}): partners anchor {unknown[0]!r} is not one of its groups")
    forms = [f for x in _as_list(value.get("forms"), where, "partners: forms") for f in spelling_variants(x)]
    stray = [f for f in forms if f not in ambiguous]
    if stray:
        raise LitmineError(f"{where} ({cid}): partners form {stray[0]!r} is not one of its ambiguous forms")
    sides = _as_list(value.get("sides"), where, "partners: sides")
    unknown = [a for a in sides if a not in groups]
    if unknown:
        raise LitmineError(f"{where} ({cid}): partners side {unknown[0]!r} is not one of its groups")
    out = {"groups": groups, "anchors": anchors, "forms": forms, "sides": sides}
    if value.get("links") is not None:
        out["links"] = [w.lower() for w in _as_list(value.get("links"), where, "partners: links")]
    return out


def load_lexicon(extra: str | Path | None = None, *, replace: bool = False) -> list[Concept]:
    """The default lexicon, with the concepts of `extra` added (a concept with the same id is replaced), or only
    those of `extra` when replace is true. Raises LitmineError naming the file and the reason.

    Example:
        >>> [c.id for c in load_lexicon()][:3]
        ['work-first', 'human-capital-development', 'activation']
    """
    concepts = [] if replace and extra else _read(DEFAULT_LEXICON)
    if extra:
        try:
            added = _read(Path(extra))
        except LexiconError:
            raise
        except LitmineError as exc:  # a broken lexicon has its own exit code
            raise LexiconError(str(exc)) from None
        ids = {c.id for c in added}
        concepts = [c for c in concepts if c.id not in ids] + added
    return concepts


def find_concept_ids(wanted: Sequence[str], known: Sequence[tuple[str, str]]) -> list[str]:
    """The concept ids for ids or labels as a person typed them (case, spaces and hyphens do not matter).

    Args:
        wanted: ids or labels.
        known: (id, label) of every concept in the lexicon.

    Raises:
        LitmineError: an unknown one, named, with the closest ids.

    Example:
        >>> find_concept_ids(["Co-Production"], [("co-production", "Co-production")])
        ['co-production']
    """
    def key(name: str) -> str:
        return re.sub(r"[\W_]+", "", name.casefold())

    by_name: dict[str, str] = {}
    for cid, label in known:
        by_name.setdefault(key(cid), cid)
        by_name.setdefault(key(label or cid), cid)
    out = []
    for w in wanted:
        cid = by_name.get(key(w))
        if cid is None:
            close = [k for k in by_name if key(w) and key(w) in k][:4] or \
                difflib.get_close_matches(key(w), list(by_name), n=4, cutoff=0.6)
            hint = ", ".join(dict.fromkeys(by_name[c] for c in close))
            raise LitmineError(f"unknown concept {w!r}" + (f" (close: {hint})" if hint else "")
                               + "; `litmine concepts` lists them")
        out.append(cid)
    return list(dict.fromkeys(out))
