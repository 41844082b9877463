"""A representative passage per topic, with the citation a review would print: the passage of the topic's
leading units whose words the topic owns most.

For each topic the two units that weigh it most are read (a passage unit is its own candidate; a document unit
offers its body and abstract passages); each candidate's tokens (made as the topic corpus makes them) score by
the mean share of their words the topic holds, p(topic | word), times min(1, tokens / 40), so a long passage
about the topic beats a one-line heading that happens to use its top word. Passages with fewer than 12
vocabulary tokens are not offered.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from litmine.topics.model import TopicModel

CANDIDATE_UNITS = 2
MIN_TOKENS = 12
FULL_LENGTH = 40
KINDS = ("body", "abstract")


def find_representative_passages(store, model: TopicModel, *, phrases=None, options: dict | None = None
                                 ) -> list[dict | None]:
    """One dict per topic (None when no candidate passage is long enough): text, citation (author, year, printed
    page), doc_id, passage_id, page, page_label, title, score, and href (the document's file, at its page for a
    PDF)."""
    from litmine.citations.cite import build_citation, build_citation_name, passage_page_citation
    from litmine.topics.outputs import topic_given_term
    from litmine.topics.preprocess import tokenize_for_topics

    theta = np.asarray(model.doc_topic, float)
    owner = topic_given_term(model)
    index = {w: i for i, w in enumerate(model.vocab)}
    docs = {d.id: d for d in store.iter_documents(with_text=False)}
    passages: dict[str, list] = {}
    tokens: dict[int, list[int]] = {}

    def candidates(unit: dict) -> list:
        doc_id = str(unit.get("doc_id") or "")
        wanted = unit.get("passage_ids") or ([unit["passage_id"]] if unit.get("passage_id") is not None else None)
        if wanted is not None:  # a window's or a passage's own passages, read alone (not its whole document's)
            return [p for p in store.iter_passages(ids=wanted)
                    if p.kind in KINDS and (not doc_id or p.doc_id == doc_id)]
        if doc_id not in passages:
            passages[doc_id] = [p for p in store.iter_passages(doc_id) if p.kind in KINDS]
        return passages[doc_id]

    def ids(p) -> list[int]:
        if p.id not in tokens:
            words = tokenize_for_topics(p.text, phrases=phrases, options=options)
            tokens[p.id] = [index[w] for w in words if w in index]
        return tokens[p.id]

    out: list[dict | None] = []
    for t in range(model.k):
        best, best_score = None, 0.0
        for u in np.argsort(-theta[:, t], kind="stable")[:CANDIDATE_UNITS]:
            if theta[u, t] <= 0:
                continue
            for p in candidates(model.units[int(u)]):
                w = ids(p)
                if len(w) < MIN_TOKENS:
                    continue
                score = float(owner[t, w].mean()) * min(1.0, len(w) / FULL_LENGTH)
                if score > best_score:
                    best, best_score = p, score
        if best is None:
            out.append(None)
            continue
        doc = docs.get(best.doc_id)
        name = build_citation_name(doc.authors, doc.year, title=doc.title, creators=doc.creators) if doc else ""
        cite = build_citation(name, passage_page_citation(best, doc.page_labels)) if doc else ""
        href = None
        if doc is not None and doc.path:
            try:
                href = Path(doc.path).resolve().as_uri() + (f"#page={best.page}" if doc.format == "pdf" and best.page
                                                             else "")
            except ValueError:
                href = None
        out.append({"text": best.text, "citation": cite, "doc_id": best.doc_id, "passage_id": best.id,
                    "page": best.page, "page_label": best.page_label, "title": doc.title if doc else None,
                    "score": round(best_score, 4), "href": href})
    return out
