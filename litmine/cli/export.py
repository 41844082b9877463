"""`litmine export`."""


from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import DbOption, LexiconOption, ReplaceLexiconOption, app, fail, tagged_store
from litmine.errors import write_error
from litmine.export import write_jsonl


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the JSON Lines files.")] = Path("outputs/export"),
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """Export the store as JSON Lines: documents, passages, references, citations and concept mentions
    (mentions.jsonl: concept, doc_id, passage_id, start, end, surface, source, via, sentence).

    Example: litmine export --out outputs/export
    """
    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        counts = write_jsonl(store, out)
    except OSError as exc:
        fail(write_error(out, exc))
    finally:
        store.close()
    for name, n in counts.items():
        typer.echo(f"{out / name}: {n} rows")
