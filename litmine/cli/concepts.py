"""`litmine concepts`: concept x document x year counts."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, LexiconOption, ReplaceLexiconOption, app, fail, tagged_store, write_rows
from litmine.concepts.counts import count_concepts
from litmine.concepts.lexicon import find_concept_ids
from litmine.errors import LitmineError


class By(str, Enum):
    document = "document"
    concept = "concept"
    year = "year"


class Source(str, Enum):
    text = "text"
    references = "references"
    all = "all"


_COLUMNS = {
    "document": ["concept", "label", "year", "mentions", "via_acronym", "per_10k_words", "title", "path", "doc_id"],
    "concept": ["concept", "label", "group", "mentions", "via_acronym", "documents", "first_year", "last_year"],
    "year": ["concept", "label", "year", "mentions", "documents", "documents_that_year", "per_10k_words"],
}


@app.command()
def concepts(
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
    by: Annotated[By, typer.Option("--by", help="Rows per concept and document (with its year), per concept, or "
                                               "per concept and year.")] = By.document,
    concept: Annotated[list[str] | None, typer.Option("--concept", "-c", help="Only these concepts (ids or labels); "
                                                                              "repeatable.")] = None,
    source: Annotated[Source, typer.Option("--source", help="Mentions in the text, in reference entries, or "
                                                            "both.")] = Source.text,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    acronyms: Annotated[bool, typer.Option("--acronyms", help="Also list the acronyms documents define and the "
                                                              "corpus glossary.")] = False,
) -> None:
    """Concept mentions counted per concept, document and year (mentions in reference lists kept apart).

    Documents are tagged with the lexicon first where their mentions are missing or were found with another one.

    Example: litmine concepts --by concept --format csv > concepts.csv
    """
    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        rows_c = store.concept_rows()
        if concept:
            concept = find_concept_ids(concept, [(c["id"], c["label"]) for c in rows_c])
        mentions = store.mention_rows(source=None if source is Source.all else source.value)
        if concept:
            mentions = [m for m in mentions if m["concept"] in concept]
            rows_c = [c for c in rows_c if c["id"] in concept]
        docs = store.document_words()
        rows = count_concepts(mentions, docs, rows_c, by=by.value)
        write_rows(rows, fmt, _COLUMNS[by.value], title=f"Concepts by {by.value}")
        if acronyms:
            from litmine.concepts.tagging import build_glossary

            defs = store.acronym_definitions()
            paths = {d: v["path"] for d, v in docs.items()}
            lexicon_acronyms = {a: c["id"] for c in store.concept_rows() for a in c["acronyms"]}
            glossary, ambiguous = build_glossary(defs, lexicon_acronyms)
            defined = [{"acronym": a, "concept": c or "(outside the lexicon)", "document": paths.get(d, d),
                        "glossary": "yes" if a in glossary else "ambiguous" if a in ambiguous else
                        "lexicon" if a in lexicon_acronyms else ""}
                       for d, a, c in sorted(defs, key=lambda x: (x[1], paths.get(x[0], "")))]
            write_rows(defined, fmt, ["acronym", "concept", "document", "glossary"], title="Acronyms defined")
    except LitmineError as exc:
        fail(str(exc))
    finally:
        store.close()
