"""How the passages' full-text index folds letters, in SQL (the index triggers) and in Python (the queries).

FTS5's ``unicode61 remove_diacritics 2`` folds letters that decompose into a base letter and a mark (é, ü, å), but
not letters that are their own code point with no decomposition: ø, æ, œ, ß, ł, đ, ð, þ, ı. Those are folded here
before the text reaches the index ("Sørensen" is indexed as "sorensen"), and queries are folded the same way, so
"Sørensen" and "Sorensen" find each other. Each replacement is letters for letters, so token positions (and FTS5's
highlight() and snippet()) stay aligned with the stored text. The SQL uses only built-in functions, so any tool
that writes passages (sqlite-utils, Datasette plugins) keeps the index right without litmine.

Generic tools (sqlite-utils search, Datasette's ``_search``) send the query as typed, unfolded: "Sørensen" would
find nothing in a folded index. So the index also holds, after the passage's folded text, the original spelling of
the words that hold one of those letters (only those words: a passage without them is indexed exactly as before,
and one with them gains a few tokens, so ranking barely moves). Both "Sørensen" and "Sorensen" then match
in any tool; litmine folds its queries, so it matches the folded tokens, in place, as before.
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


_LETTERS = "".join(FOLDS)


def index_text(text: str) -> str:
    """What the index holds for a passage: the folded text, then the original spelling of each word (white-space
    separated) that holds a letter of FOLDS. sql_index_text computes the same in SQL.

    Example:
        >>> index_text("Sørensen and Torfing in Århus, Straße 5")
        'Sorensen and Torfing in Århus, Strasse 5 Sørensen Straße'
    """
    if not any(c in FOLDS for c in text):
        return text
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):  # as the SQL does when JSON cannot hold the text
        return fold_for_index(text) + " " + text
    words = [w for w in text.replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")
             if any(c in FOLDS for c in w)]
    return fold_for_index(text) + "".join(" " + w for w in words)


def sql_index_text(expr: str) -> str:
    """The SQL expression of index_text(expr), built-in functions only: the words are cut with json_each (the text
    made a JSON array of its space-separated words); text JSON cannot hold (other control characters) adds the
    whole original text instead. Work is done only for text that holds a letter of FOLDS (instr, one per letter:
    the index triggers run it on every passage written, and 16 instr calls cost a quarter of one GLOB '*[...]*'),
    and instr only for text that is not ASCII (byte length against character length, one pass).

    Example:
        >>> import sqlite3
        >>> sql = f"SELECT {sql_index_text('?1')}"
        >>> sqlite3.connect(":memory:").execute(sql, ("Sørensen «x» \\"y\\"",)).fetchone()
        ('Sorensen «x» "y" Sørensen',)
    """
    text = f"replace(replace({expr}, '\\', '\\\\'), '\"', '\\\"')"  # JSON string escapes
    for code in (9, 10, 13):  # tabs and line ends separate words as spaces do
        text = f"replace({text}, char({code}), ' ')"
    array = f"""'["' || replace({text}, ' ', '","') || '"]'"""
    originals = (f"(SELECT ' ' || group_concat(value, ' ') FROM json_each({array}) "
                 f"WHERE value GLOB '*[{_LETTERS}]*')")
    holds = " OR ".join(f"instr({expr}, '{letter}')" for letter in FOLDS)  # 4x faster than GLOB '*[...]*'
    # ASCII text (as many bytes as characters: no multi-byte letter, no NUL) holds none of them: one pass instead
    # of 16 (OR stops at the first true operand in a CASE condition)
    ascii_only = f"length(CAST({expr} AS BLOB)) = length({expr})"
    return (f"CASE WHEN {ascii_only} OR NOT ({holds}) THEN {expr} ELSE {sql_fold(expr)} || (CASE WHEN "
            f"json_valid({array}) THEN coalesce({originals}, '') ELSE ' ' || {expr} END) END")
