"""`litmine concepts`: concept x document x year counts."""


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
    forms: Annotated[bool, typer.Option("--forms", help="Instead of counts: per concept, every surface form counted "
                                                        "(mentions, documents, a sample context and its mention id), "
                                                        "forms vetoed, and candidates rejected as another sense with "
                                                        "the reasons.")] = False,
    veto_form: Annotated[list[str] | None, typer.Option("--veto-form", metavar="CONCEPT:FORM",
                                                        help="Stop counting this form of a concept (any case); "
                                                             "repeatable.")] = None,
    veto_mention: Annotated[list[str] | None, typer.Option("--veto-mention", metavar="ID",
                                                           help="Stop counting one mention, by the id --forms and "
                                                                "query show; repeatable.")] = None,
    unveto: Annotated[list[str] | None, typer.Option("--unveto", metavar="CONCEPT:FORM|ID",
                                                     help="Take back a veto given on the command line; "
                                                          "repeatable.")] = None,
    vetoes: Annotated[bool, typer.Option("--vetoes", help="List the vetoes (command line and the veto file beside "
                                                          "the store).")] = False,
) -> None:
    """Concept mentions counted per concept, document and year (mentions in reference lists kept apart).

    Documents are tagged with the lexicon first where their mentions are missing or were found with another one.

    Vetoes are kept in the store; those in the file beside it (e.g. outputs/litmine.vetoes.yaml) are read again on
    every run. Every command honours them on its next run, without reading a file again.

    Example: litmine concepts --by concept --format csv > concepts.csv

    Example: litmine concepts --forms -c activation; litmine concepts --veto-form activation:activated
    """
    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        rows_c = store.concept_rows()
        if concept:
            concept = find_concept_ids(concept, [(c["id"], c["label"]) for c in rows_c])
        if veto_form or veto_mention or unveto or vetoes:
            _change_vetoes(store, rows_c, veto_form or [], veto_mention or [], unveto or [])
            if not forms:
                write_rows(_veto_list(store), fmt, _VETO_COLUMNS, title="Vetoes")
                return
        if forms:
            from litmine.concepts.forms import FORMS_COLUMNS, form_rows

            rows = form_rows(store, concepts=concept or None, source=None if source is Source.all else source.value)
            write_rows(rows, fmt, FORMS_COLUMNS, title="Concept forms")
            return
        mentions = store.mention_rows(source=None if source is Source.all else source.value)
        if concept:
            mentions = [m for m in mentions if m["concept"] in concept]
            rows_c = [c for c in rows_c if c["id"] in concept]
        docs = store.document_words()
        rows = count_concepts(mentions, docs, rows_c, by=by.value)
        write_rows(rows, fmt, _COLUMNS[by.value], title=f"Concepts by {by.value}")
        if acronyms:
            write_rows(_acronym_rows(store, docs), fmt, ["acronym", "concept", "document", "glossary"],
                       title="Acronyms defined")
    except LitmineError as exc:
        fail(exc)
    finally:
        store.close()


def _acronym_rows(store, docs: dict[str, dict]) -> list[dict]:
    """The acronyms documents define, by acronym and path: the concept, the document, and whether the corpus
    glossary uses it (yes, ambiguous, or lexicon: the lexicon knows it already)."""
    from litmine.concepts.tagging import build_glossary

    defs = store.acronym_definitions()
    paths = {d: v["path"] for d, v in docs.items()}
    lexicon_acronyms = {a: c["id"] for c in store.concept_rows() for a in c["acronyms"]}
    glossary, ambiguous = build_glossary(defs, lexicon_acronyms)
    return [{"acronym": a, "concept": c or "(outside the lexicon)", "document": paths.get(d, d),
             "glossary": "yes" if a in glossary else "ambiguous" if a in ambiguous else
             "lexicon" if a in lexicon_acronyms else ""}
            for d, a, c in sorted(defs, key=lambda x: (x[1], paths.get(x[0], "")))]


_VETO_COLUMNS = ["kind", "concept", "veto", "origin"]


def _change_vetoes(store, rows_c: list[dict], veto_form: list[str], veto_mention: list[str],
                   unveto: list[str]) -> None:
    from litmine.concepts.vetoes import parse_form, parse_mention_id

    known = [(c["id"], c["label"]) for c in rows_c]

    def target(text: str, as_mention: bool) -> tuple[str, dict]:
        if as_mention:
            cid, parts = parse_mention_id(text)
            return find_concept_ids([cid], known)[0], {"mention": parts}
        cid, form = parse_form(text)
        return find_concept_ids([cid], known)[0], {"form": form}

    for text in veto_form:
        cid, what = target(text, False)
        store.add_veto(cid, **what)
    for text in veto_mention:
        cid, what = target(text, True)
        store.add_veto(cid, **what)
    for text in unveto:
        cid, what = target(text, _looks_like_id(text))
        for left in store.remove_veto(cid, **what):
            typer.echo(f"litmine: {text}: still vetoed by {left['origin']} line {left['line']}; remove it there",
                       err=True)


def _looks_like_id(text: str) -> bool:
    from litmine.concepts.vetoes import parse_mention_id

    try:
        parse_mention_id(text)
    except LitmineError:
        return False
    return True


def _veto_list(store) -> list[dict]:
    from litmine.concepts.vetoes import mention_id

    out = []
    for v in store.veto_rows():
        what = v["form"] if v["kind"] == "form" else mention_id(v["doc_prefix"], v["passage_idx"], v["start_char"],
                                                                 v["concept"])
        origin = v["origin"] if v["origin"] == "cli" else f"{v['origin']}:{v['line']}"
        out.append({"kind": v["kind"], "concept": v["concept"], "veto": what, "origin": origin})
    return out
