"""export/json_text.py: dumps_indented writes what json.dumps(ensure_ascii=False, indent=1) writes."""

import json
import random

import pytest

from litmine.export.json_text import dumps_indented


class Fraction(float):
    pass


class Count(int):
    pass


class Name(str):
    pass


SCALARS = [None, True, False, 0, -3, 10 ** 20, 1.5, 2.0, float("nan"), float("inf"), -0.0, 1e-7, "", "a",
           "x,\n  y", "},\n  {", '{"', "é\u2028\x00\t", "\\", Name("s"), Count(4), Fraction(2.5), (1, 2), {3}]


def _value(rng: random.Random, depth: int):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice(SCALARS)
    if r < 0.55:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if r < 0.8:  # lists of flat objects: the nodes and edges of a graph file
        return [{rng.choice(["a", "b", 1, 2.5, True, None, "d\n"]): rng.choice(SCALARS) for _ in range(rng.randint(0, 3))}
                for _ in range(rng.randint(0, 4))]
    return {rng.choice(["a", "b", 1, 2.5, True, False, None, 'k"}']): _value(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def test_dumps_indented_is_json_dumps_with_indent_one():
    rng = random.Random(18)
    for _ in range(3000):
        value = _value(rng, 0)
        assert dumps_indented(value, default=str) == json.dumps(value, ensure_ascii=False, indent=1, default=str)


def test_dumps_indented_graph_shapes_and_errors():
    data = {"directed": False, "graph": {"name": "x"}, "nodes": [{"id": "a", "label": "A, {b}"}, {"id": "b"}],
            "edges": [{"source": "a", "target": "b", "weight": 2}], "empty": [], "none": {}}
    assert dumps_indented(data) == json.dumps(data, ensure_ascii=False, indent=1)
    with pytest.raises(TypeError):
        dumps_indented({"a": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): 3})
