"""`litmine report`: one HTML page of the corpus."""


from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import DbOption, LexiconOption, ReplaceLexiconOption, app, fail, tagged_store
from litmine.config import DEFAULT_MODELS, DEFAULT_OUT
from litmine.errors import LitmineError

ModelsOption = Annotated[Path, typer.Option("--models", help="Folder of saved topic models.")]


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = DEFAULT_OUT / "report.html",
    models: ModelsOption = DEFAULT_MODELS,
    title: Annotated[str, typer.Option("--title", help="The page's heading.")] = "litmine report",
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """One self-contained HTML page of the corpus, readable offline and printable: the documents (years, formats,
    languages, files that failed and why), concept trends, the interactive concept map, the citation graph
    (most-cited works, corpus documents citing each other, co-citation clusters), topics over the years (the newest
    model under --models trained on this corpus; `litmine topics` makes one) and the top passages per concept with
    their citations.

    Example: litmine report --out outputs/report.html
    """
    from litmine.report import write_report

    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        data = write_report(store, out, models_dir=models, title=title)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    finally:
        store.close()
    for section, why in data.missing.items():
        typer.echo(f"{section}: {why}", err=True)
    typer.echo(f"wrote {out}")
