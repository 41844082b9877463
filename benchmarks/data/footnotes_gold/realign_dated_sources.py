"""Realign the notes gold's convention for sources cited by their name and day to EXCITE's (session 32, lead).

Usage: python benchmarks/data/footnotes_gold/realign_dated_sources.py [--write]

Convention 8 of README.md ("a newspaper cited without an article title has the newspaper as `title`") was read from
three rows of one EXCITE document (4930, rows 17-19). EXCITE's other de_footnotes documents label such sources the
other way, with the name as `container` and no title: 11653 (about 35 rows: "FAZ vom 14.11.1980, S. 3.", "Pressemitteilung
der F.D.P., Ausgabe 242, vom 24.10. 1995.", "Pressespiegel der Bundeswehr vom 26. 10.1995."), 4737 ("The Hindu,
26.3.1997.", "Interfax, 12.2.1997, ...", "NZZ, 24.12.1997, S. 10."); one row of 4782 ("Segodnja 20.1.1999.") has
the title. litmine follows EXCITE's majority. This script moves such a row's `title` to `container` when the row
names no author and no container and its raw text holds nothing but a leading cue, the title, and a day or issue
with its page: the gold alone decides (no litmine code is run), and every row of both halves is treated alike.
The moved title is kept as `title_before_s32`. Without --write it prints the count per half and the development
rows it would change (never a held-out row's text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

_CUE = r"(?:(?:vgl\.|siehe|zit\.\s*(?:nach|n\.)|zitiert\s+nach|so|nach|laut)\s*:?\s*)?"
_MONTHS = (r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|"
           r"February|March|May|June|July|October|December)")
_DAY = rf"(?:\d{{1,2}}\.\s?(?:/\s?\d{{1,2}}\.\s?)?(?:\d{{1,2}}\.\s?|{_MONTHS}\s+))"
_ISSUE = r"(?:(?:Nr\.|No\.|Heft|H\.|Ausgabe)\s*[\w/]+)"
_PAGE = r"(?:(?:,\s*|\s+)(?:S\.|p\.|Seite)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*(?:f{1,2}\.)?|\s*:\s*\d{1,4})"
# what a row's raw may hold besides its cue and its title: a comma, "vom"/"v."/"from", an issue, the day, the page
_REST = re.compile(rf"^[\s,]*(?:{_ISSUE}[\s,]*)?(?:(?:vom|v\.|from|am)\s+)?{_DAY}(?:19|20)\d\d{_PAGE}?\s*\.?\s*$", re.I)


def dated_source(row: dict) -> bool:
    """A row citing a source by its name and day alone, its name as the title: no author, editor or container."""
    f = row.get("fields", {})
    if f.get("author") or f.get("editor") or f.get("container") or len(f.get("title") or []) != 1:
        return False
    title = f["title"][0].strip()
    m = re.match(_CUE + re.escape(title), row["raw"].strip(), re.I)
    return bool(m and _REST.match(row["raw"].strip()[m.end():]))


def main() -> None:
    from footnotes import NOTES_GOLD, notes_half  # benchmarks/footnotes.py

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    path = HERE / NOTES_GOLD
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: Counter = Counter()
    for row in rows:
        if not dated_source(row):
            continue
        half = notes_half(row["ssoar_id"])
        counts[half] += 1
        if half != 1:
            print(f"{row['id']} | {row['raw']}")
        row["fields"]["container"] = row["fields"].pop("title")
        row["title_before_s32"] = row["fields"]["container"]
    print("half 0", counts[0], "|",
          "half 1 (held-out, count only)", counts[1], "| development rounds", counts[2])
    if args.write:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    main()
