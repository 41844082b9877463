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
_LEAD_BYTES = sorted({letter.encode("utf-8")[0] for letter in FOLDS})  # the first byte of each letter's UTF-8: C3-C5


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


def sql_index_text(expr: str, *, lead_bytes: bool = False) -> str:
    """The SQL expression of index_text(expr), built-in functions only: the words are cut with json_each (the text
    made a JSON array of its space-separated words); text JSON cannot hold (other control characters) adds the
    whole original text instead. Work is done only for text that holds a letter of FOLDS (instr, one per letter:
    the index triggers run it on every passage written, and 16 instr calls cost a quarter of one GLOB '*[...]*'),
    and instr only for text that is not ASCII (byte length against character length, one pass). lead_bytes: the
    16 instr calls only for text whose UTF-8 holds a byte that begins one of those letters (C3, C4 or C5: three
    byte searches instead of 16 character searches, for the typographic quotes and dashes that make most non-ASCII
    passages non-ASCII); the same value for every text (the index triggers, whose SQL is the schema's, keep the
    expression without it).

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
    if lead_bytes:
        leads = " OR ".join(f"instr(CAST({expr} AS BLOB), X'{b:02X}')" for b in _LEAD_BYTES)
        ascii_only += f" OR NOT ({leads})"
    return (f"CASE WHEN {ascii_only} OR NOT ({holds}) THEN {expr} ELSE {sql_fold(expr)} || (CASE WHEN "
            f"json_valid({array}) THEN coalesce({originals}, '') ELSE ' ' || {expr} END) END")


class DeferredIndexMixin:
    """The full-text index written later (mixed into Store, which provides `db` and `_tx`).

    `litmine run` is CPU-bound on both cores while it ingests, then waits with a core idle while the topic model
    trains. The passages' full-text index (SQLite's FTS5 over 80 million characters of the 1,000-document scale
    corpus: 7.65 s of the writer's CPU through the triggers, 2.5 s of it still spent when deferred, development) is
    work that nothing reads before the run ends, so `litmine run` defers it (`defer_index`): the passages are written unindexed, and `catch_up_index`
    indexes them (2.8 s of CPU at 500,000 passages, in batches of 20,000) while the run's process would otherwise
    wait for the topic model, with a core free. No CPU is saved (the writer's multi-row inserts already let FTS5 flush once per
    statement, store/db.py _insert_rows), only moved; `litmine ingest` indexes as it writes. The index then holds
    exactly what the triggers would have put in it (the same index text, store/fts.py sql_index_text, for the same
    rows), in fewer, larger segments, so every search finds and ranks the same passages. The passages written
    meanwhile are listed in passages_unindexed (migration m015's triggers). A run stopped before it caught up leaves
    the deferral recorded in the store: the next `litmine ingest` or `run` catches it up, and a search does before
    it reads the index. Tools other than litmine that read the index meanwhile miss the passages not yet indexed.
    """

    def index_deferred(self) -> bool:
        """Whether passages may be waiting for the full-text index (a deferral not yet caught up)."""
        row = self.db.execute("SELECT value FROM store_state WHERE key = 'index_deferred'").fetchone()
        return bool(row and row[0])

    def index_ready(self) -> None:
        """Catch up a deferral left by a run that stopped before it could (before a search reads the index); a store
        that cannot be written is searched as it is."""
        if self.index_deferred():
            from litmine.errors import StoreError

            try:
                self.catch_up_index()
            except StoreError:
                pass

    def defer_index(self) -> None:
        """Write passages unindexed from now until catch_up_index."""
        with self._tx():
            self.db.execute("INSERT INTO store_state (key, value) VALUES ('index_deferred', 1) ON CONFLICT(key) "
                            "DO UPDATE SET value = 1")

    def catch_up_index(self, batch: int = 20_000) -> int:
        """Index every passage written while the index was deferred and end the deferral; returns how many were
        indexed.

        Batches of `batch` passages, each its own transaction, so another writer (the topics step's child adding
        topic pieces) waits at most one batch; the last batch and the end of the deferral commit together, so no
        passage written meanwhile is left out.

        FTS5's automatic merging is off while the batches go in, set back (to the store's own setting, FTS5's 4 by
        default) with the last: its crisis merges (16 segments at a level) then do the merging, in fewer passes
        (2.8 against 3.3 s CPU at 500,000 passages, 8 segments against 13; the same terms, offsets and ranks). A
        setting of 0 found here is taken for one a catch-up stopped midway left: 4 is set back.
        """
        if not self.index_deferred():
            return 0
        row = self.db.execute("SELECT v FROM passages_fts_config WHERE k = 'automerge'").fetchone()
        automerge = row[0] if row and row[0] else 4
        with self._tx():
            self.db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', 0)")
        done = 0
        while True:
            with self._tx():
                ids = [r[0] for r in self.db.execute("SELECT id FROM passages_unindexed ORDER BY id LIMIT ?",
                                                     (batch,))]
                if ids:
                    # bounded below too: with the upper bound alone SQLite walks the passages from the first
                    # (`SEARCH p USING INTEGER PRIMARY KEY (rowid<?)`), every batch past those indexed before it
                    # (quadratic: 1.3 of 4.8 s CPU at 500,000 passages); the same rows, in the same order
                    self.db.execute(f"INSERT INTO passages_fts(rowid, text) SELECT p.id, "
                                    f"{sql_index_text('p.text', lead_bytes=True)} "
                                    "FROM passages_unindexed u JOIN passages p ON p.id = u.id "
                                    "WHERE u.id BETWEEN ? AND ?", (ids[0], ids[-1]))
                    self.db.execute("DELETE FROM passages_unindexed WHERE id <= ?", (ids[-1],))
                    done += len(ids)
                if len(ids) < batch:
                    self.db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', ?)",
                                    (automerge,))
                    self.db.execute("UPDATE store_state SET value = 0 WHERE key = 'index_deferred'")
                    return done
