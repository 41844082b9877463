"""The store's concept tables: m005 on an older store, rejected candidates kept in step with the mentions, and
vetoes applied where mentions are read."""

import pytest
import sqlite3
from types import SimpleNamespace

from litmine.concepts import tagging
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.tagging import ensure_mentions, lexicon_fingerprint
from litmine.ingest.workers import Tags
from litmine.models import Concept, Document, Mention, Passage
from litmine.store import Store
from litmine.store.migrations import MIGRATIONS, migrate

LEXICON = [Concept("activation", "Activation", "policy", patterns=["activation", "activate"])]
TEXTS = ["Aktivierung: activation of jobseekers in Łódź.", "The sprinkler system activates. Activation policy."]


def make_doc(doc_id="d1") -> Document:
    ps = [Passage(index=i, kind="body", text=t, start=0, end=len(t), sentences=[(0, len(t))])
          for i, t in enumerate(TEXTS)]
    return Document(id=doc_id * 32, path=f"corpus/{doc_id}.txt", format="txt", title="Título", year=2020,
                    text="\n\n".join(TEXTS), passages=ps)


class Sensing(ConceptMatcher):
    """A matcher that reports 'activates' as another sense (as the sense-aware matcher does)."""

    def tag_document(self, texts, *, sources=None, glossary=None, rejections=None):
        per_text, own = super().tag_document(texts, sources=sources, glossary=glossary)
        for i, found in enumerate(per_text):
            for m in [m for m in found if m.surface == "activates"]:
                found.remove(m)
                if rejections is not None:
                    rejections.append(SimpleNamespace(concept=m.concept, start=m.start, end=m.end, surface=m.surface,
                                                      reason="no policy cue near 'activates'", passage_index=i))
        return per_text, own


def test_mentions_m005_migrates_an_older_store_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, upto=4)  # a store as litmine wrote it at schema 4
    db.execute("INSERT INTO documents (id, path, format, ingested_at) VALUES ('d', 'corpus/d.txt', 'txt', 'x')")
    db.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.count_documents() == 1 and store.rejection_rows() == [] and store.veto_rows() == []


@pytest.mark.slow
def test_mentions_rejections_stored_and_replaced_with_retagging(store, monkeypatch):
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    monkeypatch.setattr(tagging, "ConceptMatcher", Sensing)
    ensure_mentions(store, LEXICON)
    (r,) = store.rejection_rows()
    assert (r["concept"], r["surface"], r["passage_index"], r["reason"]) == (
        "activation", "activates", 1, "no policy cue near 'activates'")
    assert TEXTS[1][r["start"]:r["end"]] == "activates"
    assert [m.surface for m in store.iter_mentions()] == ["activation", "Activation"]
    # tagged again (another lexicon): the rejections are replaced, never doubled
    ensure_mentions(store, LEXICON + [Concept("x", "X", "", patterns=["łódź"])])
    assert [r["surface"] for r in store.rejection_rows()] == ["activates"]
    assert [m.surface for m in store.iter_mentions()] == ["activation", "Łódź", "Activation"]


def test_mentions_ingest_tags_carry_rejections(store):
    doc = make_doc()
    rej = SimpleNamespace(concept="activation", start=22, end=31, surface="activates", reason="r", passage_index=1)
    tags = Tags(lexicon_fingerprint(LEXICON), [Mention("activation", 0, 10, "Activation", passage_index=0)], [], 12,
                [rej])
    store.write_document(doc, root="corpus", size=1, mtime=1, tags=tags)
    assert [(r["surface"], r["passage_index"]) for r in store.rejection_rows()] == [("activates", 1)]


def test_mentions_vetoes_by_form_any_case_and_by_mention_offset(store):
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    ensure_mentions(store, LEXICON)
    assert len(store.mention_rows()) == 3
    assert store.add_veto("activation", form="ACTIVATES") and not store.add_veto("activation", form="activates")
    assert [m["surface"] for m in store.mention_rows()] == ["activation", "Activation"]
    at = TEXTS[1].index("Activation") + 3  # an offset inside the mention still names it
    store.add_veto("activation", mention=(("d1" * 32)[:10], 1, at))
    assert [m.surface for m in store.iter_mentions()] == ["activation"]
    assert len(store.mention_rows(vetoed=True)) == 3  # the stored mentions themselves are untouched
    store.remove_veto("activation", form="Activates")
    assert [m["surface"] for m in store.mention_rows()] == ["activation", "activates"]


def test_reads_once_gives_copies_and_reads_again_after_a_write(store):
    """Inside reads_once each call gets rows of its own (a caller changing them changes no later call's), the
    rows the store holds now: a veto added inside is applied at once."""
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    ensure_mentions(store, LEXICON)
    plain = store.mention_rows()
    with store.reads_once():
        first = store.mention_rows()
        assert first == plain and len(first) == 3
        first[0]["surface"] = "changed"
        first.pop()
        assert store.mention_rows() == plain
        assert store.mention_rows(vetoed=True) == store.mention_rows(vetoed=True) == plain
        store.add_veto("activation", form="activates")  # a write inside: read again
        assert [m["surface"] for m in store.mention_rows()] == ["activation", "Activation"]
        with store.reads_once():  # nested: the same rows
            assert [m["surface"] for m in store.mention_rows()] == ["activation", "Activation"]
    assert store.mention_rows() == [m for m in plain if m["surface"] != "activates"]


def test_reads_once_reads_the_mentions_once_for_vetoed_and_not(store):
    """Inside reads_once the mentions less the vetoed are made from the rows with them: one read of the mentions
    table for both, the same rows as each read alone."""
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    ensure_mentions(store, LEXICON)
    store.add_veto("activation", form="activates")
    plain, everything = store.mention_rows(), store.mention_rows(vetoed=True)
    assert len(plain) == 2 and len(everything) == 3
    reads = []
    store.db.set_trace_callback(lambda sql: reads.append(sql) if "FROM mentions m" in sql else None)
    try:
        with store.reads_once():
            assert store.mention_rows() == plain and store.mention_rows(vetoed=True) == everything
            assert store.mention_rows() == plain
    finally:
        store.db.set_trace_callback(None)
    assert len(reads) == 1


def test_reads_once_documents_are_objects_of_their_own(store):
    """iter_documents without text inside reads_once: the same documents each time, objects of their own, and a
    document written inside is read."""
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    plain = list(store.iter_documents(with_text=False))
    with store.reads_once():
        first = list(store.iter_documents(with_text=False))
        assert first == plain and len(first) == 1
        first[0].authors.append("Changed, A.")
        first[0].title = "changed"
        assert list(store.iter_documents(with_text=False)) == plain
        store.write_document(make_doc("d2"), root="corpus", size=1, mtime=1)
        assert len(list(store.iter_documents(with_text=False))) == 2
        assert [d.text for d in store.iter_documents()] == [make_doc().text] * 2  # with text: read as before


def test_passage_heads_are_the_passages_without_their_text(store):
    store.write_document(make_doc(), root="corpus", size=1, mtime=1)
    whole = store.get_passages(range(1, 10))
    heads = store.passage_heads(list(whole) + [999])
    assert sorted(heads) == sorted(whole) and len(heads) == 2
    for pid, p in heads.items():
        w = whole[pid]
        assert (p.id, p.doc_id, p.index, p.kind, p.section, p.language) == \
            (w.id, w.doc_id, w.index, w.kind, w.section, w.language)
        assert p.text == "" and w.text
