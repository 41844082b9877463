"""A dropped reference tagger is freed at once, by reference counting, with the garbage collector off.

Ingest loads the taggers in the parent before it forks its workers, freezes the parent's objects (gc.freeze) and
drops the taggers when the workers are done (ingest.workers.let_go_of_taggers). An object that a tagger's own
feature tables refer back to (a bound method of it kept as a table's maker) made a cycle that a frozen process never
collects: the tagger and its feature index (about 70 MB of the run's peak) stayed for the rest of the run.
"""

import gc
import weakref

import pytest

from litmine.citations import reference_model
from litmine.citations.footnote_tagger import load_note_tagger
from litmine.citations.references import parse_reference


@pytest.mark.parametrize("load", [reference_model.load_reference_tagger, load_note_tagger])
def test_a_used_tagger_is_freed_without_the_collector(load):
    tagger = load()
    if tagger is None:
        pytest.skip("weights file not shipped")
    # its feature tables filled by use, as in a worker
    tagger.tag_many([(raw, reference_model.tokenize_reference(raw), None) for raw in (
        "Smith, J. (2001). A title. Journal of Things, 3(2), 1-10.",
        "Müller, K. 1999: Ein Buch. Berlin: Verlag, S. 12.")])
    assert any(len(table) for table in tagger._ids.tables)
    alive, ids = weakref.ref(tagger), weakref.ref(tagger._ids)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del tagger
        load.cache_clear()
        assert alive() is None and ids() is None
    finally:
        if enabled:
            gc.enable()
    assert parse_reference("Smith, J. (2001). A title. Journal of Things, 3(2), 1-10.").year == 2001  # loads again
