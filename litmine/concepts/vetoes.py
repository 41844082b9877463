"""The researcher's vetoes: a concept's surface form (any case) or one mention that litmine must not count.

A mention's stable id is ``DOC:PASSAGE:OFFSET:CONCEPT`` — the first 10 hex digits of the document id (the SHA-256 of
its file), the passage's index in the document, the mention's offset in the passage text and the concept id, e.g.
``3f2a9c1b7e:12:340:activation``. It depends only on the file's bytes and on where the words stand, so it survives
re-tagging with another lexicon or matcher (a veto holds for a mention of that concept that covers the offset).

Vetoes live in the store (table concept_vetoes). Those given on the command line stay until `--unveto`; those in
the veto file next to the store (``<store name>.vetoes.yaml``, e.g. outputs/litmine.vetoes.yaml beside
outputs/litmine.db) are read again on every run, so editing or deleting the file takes effect on the next run::

    forms:                         # concept id: a form or a list of forms, any case
      activation: [activated, activates]
      partnership-working: partnerships
    mentions:                      # stable ids, as `litmine concepts --forms` and `litmine query` show them
      - 3f2a9c1b7e:12:340:activation

The store applies vetoes where mentions are read (Store.iter_mentions, Store.mention_rows), so concepts, trends,
networks, query, topics, the HTML map and the report all honour them without re-reading or re-tagging a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from litmine.errors import LitmineError

_ID = re.compile(r"^([0-9a-f]{4,64}):(\d+):(\d+):(\S+)$")
DOC_PREFIX = 10


def mention_id(doc_id: str, passage_index: int, start: int, concept: str) -> str:
    """A mention's stable id.

    Example:
        >>> mention_id("3f2a9c1b7e" + "0" * 54, 12, 340, "activation")
        '3f2a9c1b7e:12:340:activation'
    """
    return f"{doc_id[:DOC_PREFIX]}:{passage_index}:{start}:{concept}"


def parse_mention_id(text: str) -> tuple[str, tuple[str, int, int]]:
    """(concept, (document id prefix, passage index, offset)) from a stable id; LitmineError when it is not one.

    Example:
        >>> parse_mention_id("3f2a9c1b7e:12:340:activation")
        ('activation', ('3f2a9c1b7e', 12, 340))
    """
    m = _ID.match(text.strip())
    if not m:
        raise LitmineError(f"{text!r} is not a mention id (DOC:PASSAGE:OFFSET:CONCEPT, "
                           "e.g. 3f2a9c1b7e:12:340:activation)")
    return m.group(4), (m.group(1).lower(), int(m.group(2)), int(m.group(3)))


def parse_form(text: str) -> tuple[str, str]:
    """(concept, form) from ``CONCEPT:FORM``.

    Example:
        >>> parse_form("activation:Activated")
        ('activation', 'Activated')
    """
    concept, sep, form = text.partition(":")
    if not sep or not concept.strip() or not form.strip():
        raise LitmineError(f"{text!r} is not CONCEPT:FORM (e.g. activation:activated)")
    return concept.strip(), form.strip()


def veto_file_for(store_path: str | Path) -> Path:
    """Where the veto file of a store lives: beside it, named after it.

    Example:
        >>> veto_file_for("outputs/litmine.db").as_posix()
        'outputs/litmine.vetoes.yaml'
    """
    p = Path(store_path)
    return p.with_name(p.stem + ".vetoes.yaml")


def read_veto_file(path: str | Path, concept_ids: Iterable[str]) -> list[dict]:
    """The vetoes a veto file holds: dicts with concept, form or mention (prefix, passage index, offset), and line.

    Raises:
        LitmineError: one line naming the file and the line that is wrong, and why.
    """
    path = Path(path)
    known = set(concept_ids)
    root = _compose(path)
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise _bad(path, root, "expected 'forms:' and 'mentions:' sections")
    out: list[dict] = []
    for key, value in root.value:
        section = key.value if isinstance(key, yaml.ScalarNode) else None
        if section not in ("forms", "mentions"):
            raise _bad(path, key, f"unknown section {getattr(key, 'value', '?')!r} (expected 'forms' or 'mentions')")
        if isinstance(value, yaml.ScalarNode) and value.value in ("", "null", "~"):
            continue
        out += _form_vetoes(path, value, known) if section == "forms" else _mention_vetoes(path, value, known)
    return out


def _compose(path: Path) -> yaml.Node | None:
    """The veto file's YAML node tree (None when empty); a file that cannot be read or parsed raises LitmineError."""
    try:
        return yaml.compose(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LitmineError(f"{path}: cannot read the veto file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise LitmineError(f"{path}: the veto file is not UTF-8 text") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        raise LitmineError(f"{path}:{line}: not valid YAML ({exc.problem or exc.context})") from None


def _bad(path: Path, node: yaml.Node, why: str) -> LitmineError:
    return LitmineError(f"{path}: line {node.start_mark.line + 1}: {why}")


def _known_concept(path: Path, known: set[str], node: yaml.Node, cid: str) -> str:
    if cid not in known:
        raise _bad(path, node, f"unknown concept {cid!r} (see `litmine concepts --by concept`)")
    return cid


def _form_vetoes(path: Path, value: yaml.Node, known: set[str]) -> list[dict]:
    """The 'forms:' section: lines 'CONCEPT: FORM' or 'CONCEPT: [FORM, ...]'."""
    if not isinstance(value, yaml.MappingNode):
        raise _bad(path, value, "'forms:' takes lines 'CONCEPT: FORM' or 'CONCEPT: [FORM, ...]'")
    out = []
    for ckey, forms in value.value:
        cid = _known_concept(path, known, ckey, str(ckey.value))
        items = forms.value if isinstance(forms, yaml.SequenceNode) else [forms]
        for item in items:
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                raise _bad(path, item, f"a form of {cid!r} must be a word or phrase")
            out.append({"concept": cid, "form": str(item.value).strip(), "line": item.start_mark.line + 1})
    return out


def _mention_vetoes(path: Path, value: yaml.Node, known: set[str]) -> list[dict]:
    """The 'mentions:' section: a list of mention ids DOC:PASSAGE:OFFSET:CONCEPT."""
    if not isinstance(value, yaml.SequenceNode):
        raise _bad(path, value, "'mentions:' takes a list of lines '- DOC:PASSAGE:OFFSET:CONCEPT'")
    out = []
    for item in value.value:
        if not isinstance(item, yaml.ScalarNode):
            raise _bad(path, item, "a mention is one id DOC:PASSAGE:OFFSET:CONCEPT")
        try:
            cid, parts = parse_mention_id(str(item.value))
        except LitmineError as exc:
            raise _bad(path, item, str(exc)) from None
        out.append({"concept": _known_concept(path, known, item, cid), "mention": parts,
                    "line": item.start_mark.line + 1})
    return out


def sync_veto_file(store, path: str | Path | None = None) -> Path | None:
    """Bring the store's file vetoes in line with the veto file beside it (or path); returns the file read, or
    None when there is none (its earlier vetoes are then dropped)."""
    if path is None:
        if not store.path or store.path == ":memory:":
            return None
        path = veto_file_for(store.path)
    path = Path(path)
    if not path.is_file():
        store.drop_file_vetoes()
        return None
    vetoes = read_veto_file(path, [c["id"] for c in store.concept_rows()])
    store.drop_file_vetoes(keep=str(path))
    store.replace_file_vetoes(str(path), vetoes)
    return path
