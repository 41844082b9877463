"""How the passages' full-text index folds letters, in SQL (the index triggers) and in Python (the queries).

FTS5's ``unicode61 remove_diacritics 2`` folds letters that decompose into a base letter and a mark (é, ü, å), but
not letters that are their own code point with no decomposition: ø, æ, œ, ß, ł, đ, ð, þ, ı. Those are folded here
before the text reaches the index ("Sørensen" is indexed as "sorensen"), and queries are folded the same way, so
"Sørensen" and "Sorensen" find each other. Each replacement is letters for letters, so token positions (and FTS5's
highlight() and snippet()) stay aligned with the stored text. The SQL uses only built-in functions, so any tool
that writes passages (sqlite-utils, Datasette plugins) keeps the index right without litmine.
"""

from __future__ import annotations

FOLDS: dict[str, str] = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l",
                         "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i"}
_TABLE = str.maketrans(FOLDS)


def fold_for_index(text: str) -> str:
    """Text as the index holds it.

    Example:
        >>> fold_for_index("Sørensen, Æsop, Łódź, Straße")
        'Sorensen, AEsop, Lódź, Strasse'
    """
    return text.translate(_TABLE)


def sql_fold(expr: str) -> str:
    """The SQL expression that folds expr the way fold_for_index does.

    Example:
        >>> sql_fold("new.text").count("replace(")
        16
    """
    for letter, plain in FOLDS.items():
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr
