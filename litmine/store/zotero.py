"""Store methods for documents read from a Zotero library: the item each document is an attachment of."""

from __future__ import annotations

import json


class ZoteroMixin:
    """Zotero item keys, select links, collections, tags and citation keys of documents (table zotero_items)."""

    def write_zotero_links(self, links: dict[str, dict]) -> int:
        """Record, for each attachment path now in the store, the Zotero item it belongs to; the item's venue
        details and kind replace what extraction found (Zotero's metadata wins), with their source. Returns the
        number of documents linked. Paths that failed or are not stored are skipped."""
        n = 0
        with self._tx():
            for path, link in links.items():
                row = self.db.execute("SELECT doc_id FROM files WHERE path = ? AND status = 'ok'", (path,)).fetchone()
                if row is None or row[0] is None:
                    continue
                doc_id = row[0]
                self.db.execute(
                    "INSERT OR REPLACE INTO zotero_items (doc_id, item_key, library_id, select_uri, item_type, "
                    "collections, tags, citekey, date_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, link["key"], link["library_id"], link["select"], link["item_type"],
                     json.dumps(link["collections"], ensure_ascii=False), json.dumps(link["tags"], ensure_ascii=False),
                     link.get("citekey"), link.get("date_modified")))
                doc = self.db.execute("SELECT meta_sources, venue_info, kind FROM documents WHERE id = ?",
                                      (doc_id,)).fetchone()
                sources = json.loads(doc["meta_sources"] or "{}")
                venue = json.loads(doc["venue_info"] or "{}")
                source = f"zotero:{link['key']}"
                kind = doc["kind"]
                if link.get("venue_info"):
                    venue = {**venue, **link["venue_info"]}
                    sources["venue_info"] = source
                if link.get("kind"):
                    kind = link["kind"]
                    sources["kind"] = source
                self.db.execute("UPDATE documents SET venue_info = ?, kind = ?, meta_sources = ? WHERE id = ?",
                                (json.dumps(venue, ensure_ascii=False), kind, json.dumps(sources), doc_id))
                n += 1
        return n

    def zotero_links(self, doc_id: str | None = None) -> dict[str, dict]:
        """Document id → {key, library_id, select, item_type, collections, tags, citekey, date_modified}; one
        document's only, given its id."""
        out = {}
        rows = self.db.execute("SELECT * FROM zotero_items" + (" WHERE doc_id = ?" if doc_id else ""),
                               (doc_id,) if doc_id else ())
        for r in rows:
            out[r["doc_id"]] = {"key": r["item_key"], "library_id": r["library_id"], "select": r["select_uri"],
                                "item_type": r["item_type"], "collections": json.loads(r["collections"]),
                                "tags": json.loads(r["tags"]), "citekey": r["citekey"],
                                "date_modified": r["date_modified"]}
        return out
