"""The evidence behind each concept's count: the surface forms counted, the forms and mentions vetoed, and the
candidates the matcher rejected as another sense, each with a sample context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from litmine.concepts.vetoes import mention_id
from litmine.models import Passage

CONTEXT_CHARS = 90  # characters kept on each side of the form in a sample context
FORMS_COLUMNS = ["concept", "label", "status", "form", "mentions", "documents", "reason", "sample_id", "context"]


def sample_context(p: Passage | None, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The sentence around text[start:end], trimmed to width characters either side, the form marked «…».

    Example:
        >>> sample_context(Passage(0, "body", "First. The plan was activated today. Next."), 20, 29)
        'The plan was «activated» today.'
    """
    if p is None:
        return ""
    text = p.text
    lo, hi = 0, len(text)
    for s, e in p.sentences or []:
        if s <= start < max(e, s + 1):
            lo, hi = s, e
            break
    else:
        lo = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
        dot = text.find(". ", end)
        hi = dot + 1 if dot >= 0 else len(text)
    left, right = text[max(lo, start - width):start], text[end:min(hi, end + width)]
    pre = "…" if start - width > lo else ""
    post = "…" if end + width < hi else ""
    out = f"{pre}{left}«{text[start:end]}»{right}{post}"
    return " ".join(out.split())


def form_rows(store, *, concepts: Sequence[str] | None = None, source: str | None = "text") -> list[dict]:
    """Per concept (lexicon order): one row per surface form counted (grouped case-insensitively; the commonest
    spelling shown) and per form vetoed, with mentions, documents, a sample context and its mention id; then one
    row per reason candidates were rejected as another sense, with how many, their forms and a sample.

    Example:
        >>> from litmine.store import Store
        >>> form_rows(Store(":memory:"))
        []
    """
    labels = {c["id"]: c["label"] for c in store.concept_rows()}
    order = {cid: i for i, cid in enumerate(labels)}
    wanted = set(concepts) if concepts else None
    everything = store.mention_rows(source=source, vetoed=True)
    kept = {(m["doc_id"], m["passage_index"], m["start"], m["concept"]) for m in store.mention_rows(source=source)}
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for m in everything:
        if wanted is not None and m["concept"] not in wanted:
            continue
        status = "counted" if (m["doc_id"], m["passage_index"], m["start"], m["concept"]) in kept else "vetoed"
        groups.setdefault((m["concept"], status, " ".join(m["surface"].casefold().split())), []).append(m)
    rejected: dict[tuple[str, str], list[dict]] = {}
    for r in store.rejection_rows():
        if wanted is None or r["concept"] in wanted:
            rejected.setdefault((r["concept"], r["reason"]), []).append(r)
    passages = _passages(store, [ms[0] for ms in groups.values()] + [rs[0] for rs in rejected.values()])

    rows = []
    for (cid, status, _), ms in groups.items():
        first = ms[0]
        rows.append({"concept": cid, "label": labels.get(cid, cid), "status": status,
                     "form": Counter(m["surface"] for m in ms).most_common(1)[0][0], "mentions": len(ms),
                     "documents": len({m["doc_id"] for m in ms}), "reason": "",
                     "sample_id": mention_id(first["doc_id"], first["passage_index"], first["start"], cid),
                     "context": sample_context(passages.get((first["doc_id"], first["passage_index"])),
                                               first["start"], first["end"])})
    for (cid, reason), rs in rejected.items():
        forms = Counter(r["surface"].casefold() for r in rs).most_common(5)
        first = rs[0]
        rows.append({"concept": cid, "label": labels.get(cid, cid), "status": "rejected",
                     "form": "; ".join(f"{f} ({n})" for f, n in forms), "mentions": len(rs),
                     "documents": len({r["doc_id"] for r in rs}), "reason": reason,
                     "sample_id": mention_id(first["doc_id"], first["passage_index"], first["start"], cid),
                     "context": sample_context(passages.get((first["doc_id"], first["passage_index"])),
                                               first["start"], first["end"])})
    rank = {"counted": 0, "vetoed": 1, "rejected": 2}
    rows.sort(key=lambda r: (order.get(r["concept"], len(order)), r["concept"], rank[r["status"]], -r["mentions"],
                             r["form"].casefold()))
    return rows


def concept_evidence(store) -> dict[str, dict]:
    """Per concept id, compactly: {"forms": [[form, mentions], ...] counted, "rejected": n,
    "reasons": [[reason, n], ...], "vetoed": n} — what the HTML map's side panel and the report show."""
    out: dict[str, dict] = {}
    for r in form_rows(store):
        e = out.setdefault(r["concept"], {"forms": [], "rejected": 0, "reasons": [], "vetoed": 0})
        if r["status"] == "counted":
            e["forms"].append([r["form"], r["mentions"]])
        elif r["status"] == "vetoed":
            e["vetoed"] += r["mentions"]
        else:
            e["rejected"] += r["mentions"]
            e["reasons"].append([r["reason"], r["mentions"]])
    return out


def _passages(store, rows: list[dict]) -> dict[tuple[str, int], Passage]:
    found = store.get_passages({r["passage_id"] for r in rows})
    return {(p.doc_id, p.index): p for p in found.values()}
