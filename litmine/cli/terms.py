"""`litmine terms`: candidate concepts from the corpus itself."""


from dataclasses import asdict
from enum import Enum
from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, LexiconOption, ReplaceLexiconOption, app, fail, open_store, write_rows
from litmine.errors import LitmineError

COLUMNS = ["term", "known", "freq", "docs", "first_year", "cvalue", "tfidf", "words", "forms"]


class TermsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"


class LikeLanguage(str, Enum):
    auto = "auto"
    en = "en"
    de = "de"


class Rank(str, Enum):
    cvalue = "cvalue"
    tfidf = "tfidf"


@app.command()
def terms(
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
    rank: Annotated[Rank, typer.Option("--rank", help="Order by C-value (termhood) or by TF-IDF.")] = Rank.cvalue,
    min_freq: Annotated[int, typer.Option("--min-freq", min=1, help="Fewest occurrences in the corpus.")] = 3,
    min_docs: Annotated[int, typer.Option("--min-docs", min=1, help="Fewest documents using the term.")] = 2,
    top: Annotated[int, typer.Option("--top", min=0, help="How many terms to list (0: all).")] = 50,
    new_only: Annotated[bool, typer.Option("--new-only", help="Hide terms the lexicon already has.")] = False,
    nlp: Annotated[bool, typer.Option("--nlp", help="Tag words with a trained English spaCy pipeline "
                                                    "(en_core_web_sm); slower, fewer non-noun phrases.")] = False,
    like: Annotated[str | None, typer.Option("--like", metavar="CONCEPT",
                                             help="Suggest forms, phrases and word-vector neighbours of a concept "
                                                  "(id, label or phrase) from the corpus, as a YAML patterns: "
                                                  "block.")] = None,
    format: Annotated[TermsFormat, typer.Option("--format", "-f", help="table, json, csv, or yaml (a lexicon file "
                                                                       "to adopt with --lexicon).")]
    = TermsFormat.table,
    language: Annotated[LikeLanguage, typer.Option("--language", help="With --like: the passages to read, English "
                                                                      "or German (German forms on German stems, "
                                                                      "compounds, case forms); auto: the store's "
                                                                      "commoner of the two.")]
    = LikeLanguage.auto,
) -> None:
    """Candidate concepts from the corpus itself: multi-word terms (2-5 words) of the English text passages,
    ranked by C-value or TF-IDF, with frequency, document frequency, first year seen and the lexicon concept each
    already is (`known`). Reference lists are left out.

    With --like CONCEPT it prints instead the concept's forms seen in the corpus, phrases holding its head words
    and its neighbours by word vectors trained on the corpus (co-occurrence on a small corpus), with counts and a
    sample, ready to paste into a lexicon file (--top and --min-freq apply). In German passages (--language de, or
    a mostly German store) the forms are the concept's German ones matched on German stems, and compounds holding
    a form's word ("Kooperationsdichte", "Trägerlandschaft") and adjective-noun phrases are suggested.

    Example: litmine terms --top 30 --format yaml > candidates.yaml; litmine terms --like co-production;
    litmine terms --like third-sector --language de
    """
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.terms import TermOptions, build_lexicon_yaml, find_corpus_terms

    if replace_lexicon and not lexicon:
        fail("--replace-lexicon needs --lexicon FILE")
    store = open_store(db, must_exist=True)
    if like is not None:
        _like(store, like, lexicon, replace_lexicon, top or 15, min_freq, language.value)
        return
    try:
        concepts = load_lexicon(lexicon, replace=replace_lexicon)
        options = TermOptions(rank=rank.value, min_freq=min_freq, min_docs=min_docs, top=top or None,
                              new_only=new_only, nlp=nlp)
        found = find_corpus_terms(store, concepts=concepts, options=options)
    except LitmineError as exc:
        fail(exc)
        return
    finally:
        store.close()
    if format is TermsFormat.yaml:
        typer.echo(build_lexicon_yaml(found, taken=[c.id for c in concepts]), nl=False)
    else:
        rows = [{c: asdict(t)[c] for c in COLUMNS} for t in found]
        write_rows(rows, Format(format.value), COLUMNS, title="candidate terms")
    if not found:
        typer.echo(f"no candidate terms with --min-freq {min_freq} and --min-docs {min_docs}", err=True)


def _like(store, name: str, lexicon, replace_lexicon: bool, top: int, min_freq: int, language: str) -> None:
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.similar import corpus_language, corpus_like, find_concept, like_yaml
    from litmine.concepts.similar_german import corpus_like_german

    try:
        concept = find_concept(load_lexicon(lexicon, replace=replace_lexicon), name)
        if language == "auto":
            language = corpus_language(store)
        like_of = corpus_like_german if language == "de" else corpus_like
        result = like_of(store, concept, top=top, min_freq=min_freq)
    except LitmineError as exc:
        fail(exc)
        return
    finally:
        store.close()
    typer.echo(like_yaml(result), nl=False)
