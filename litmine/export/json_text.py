"""JSON text as ``json.dumps(obj, ensure_ascii=False, indent=1, default=default)`` writes it, made faster.

With an indent, Python's json module encodes in pure Python (its C encoder only writes without one): the graph files'
node-link and VOSviewer JSON (a few MB each, mostly lists of flat objects: nodes, edges, links) took about four times
what the same objects take without an indent. Here each container whose members are all plain scalars (str, int,
float, bool, None), and each list of such non-empty objects, is written by the C encoder with the indent's
separators and wrapped in its indented brackets; anything else goes member by member as the pure encoder would.

Why the result is the same text: the C encoder writes each scalar as the pure one does (float repr, NaN, escapes,
keys converted alike), and an encoded string never holds a raw line break (it is written ``\\n``), so ``,\\n``
followed by spaces only ever stands between members. In a list of flat objects, ``},\\n`` then spaces then ``{``
stands only between two objects (within an object a separator follows a scalar, never ``}``), which is where the
list's own, shallower separator goes.
"""

from __future__ import annotations

import json
from collections.abc import Callable

_SCALARS = (str, int, float, bool, type(None))


def _flat(values) -> bool:
    """Whether every value is a plain scalar (exact types: a subclass or anything else goes the general way)."""
    return all(type(v) in _SCALARS for v in values)


def dumps_indented(obj: object, *, default: Callable[[object], object] | None = None) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1, default=default)``, the same text (see the module docstring).

    Example:
        >>> dumps_indented({"nodes": [{"id": "a", "n": 1}], "flag": True})
        '{\\n "nodes": [\\n  {\\n   "id": "a",\\n   "n": 1\\n  }\\n ],\\n "flag": true\\n}'
    """
    encoders: dict[int, json.JSONEncoder] = {}

    def flat_text(o, level: int) -> str:
        """A flat container (or a list of flat objects, their level level + 1) by the C encoder."""
        enc = encoders.get(level)
        if enc is None:
            enc = encoders[level] = json.JSONEncoder(ensure_ascii=False, default=default,
                                                     separators=(",\n" + " " * (level + 1), ": "))
        return enc.encode(o)

    def text(o, level: int) -> str:
        kind = type(o)
        if kind in _SCALARS:
            return flat_text(o, level)
        inner, outer = "\n" + " " * (level + 1), "\n" + " " * level
        if isinstance(o, dict):
            if not o:
                return "{}"
            if _flat(o.values()):
                return "{" + inner + flat_text(o, level)[1:-1] + outer + "}"
            return "{" + inner + ("," + inner).join(f"{flat_text(_key(k), level)}: {text(v, level + 1)}"
                                                    for k, v in o.items()) + outer + "}"
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            if _flat(o):
                return "[" + inner + flat_text(o, level)[1:-1] + outer + "]"
            if all(type(m) is dict and m and _flat(m.values()) for m in o):
                deeper = inner + " "
                body = flat_text(o, level + 1)[2:-2].replace("}," + deeper + "{", inner + "}," + inner + "{" + deeper)
                return "[" + inner + "{" + deeper + body + inner + "}" + outer + "]"
            return "[" + inner + ("," + inner).join(text(m, level + 1) for m in o) + outer + "]"
        if isinstance(o, _SCALARS):  # a subclass of a scalar type: written as its type, by the C encoder
            return flat_text(o, level)
        if default is None:
            raise TypeError(f"Object of type {kind.__name__} is not JSON serializable")
        return text(default(o), level)

    return text(obj, 0)


def _key(key: object) -> str:
    """A dict key as the json module writes it: a string as it is, a float, int, bool or None as its JSON text."""
    if isinstance(key, str):
        return key
    if isinstance(key, (int, float)) or key is None:
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
