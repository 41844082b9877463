"""Link strengths as the network formats write them (VOSviewer, Pajek, the graph CSVs): plain numbers from an edge's
data, shared by export/graphs.py and export/pajek.py so neither imports the other."""

from __future__ import annotations


def round_value(value: object) -> object:
    """A float written as an int when whole, else to 6 decimals; anything else unchanged.

    Example:
        >>> round_value(2.0), round_value(0.1234567), round_value("ä")
        (2, 0.123457, 'ä')
    """
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 6)
    return value


def link_count(data: dict) -> float:
    """An edge's raw strength for VOSviewer and Pajek: the co-occurrence count ``raw`` where the edge has one (the
    concept network's normalised ``weight`` would be normalised twice: VOSviewer normalises raw counts itself),
    else its ``weight``, else 1; never below 0 (VOSviewer refuses a negative strength).

    Example:
        >>> link_count({"raw": 3, "weight": 0.2}), link_count({"weight": -1.5}), link_count({"weight": "x"})
        (3, 0, 1)
    """
    value = data.get("raw", data.get("weight", 1))
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        value = 1
    return round_value(max(value, 0))
