"""A representative passage per topic, with its citation, in topics.csv and the topic browser."""

import pytest
import csv
import json
import re

from litmine.ingest.corpus import ingest_corpus
from litmine.store import Store
from litmine.topics.saved import write_topics

CO = ("Co-production brings residents and services together: citizens design the neighbourhood service with "
      "the council, trust grows between residents and staff, and participation in design shapes what the "
      "community receives. Residents voice their needs and co-design the service with frontline staff.")
SA = ("Benefit sanctions penalise claimants at the jobcentre: a missed appointment brings a sanction, hardship "
      "follows the penalty, and conditionality ties payment to compliance. Claimants describe hardship after "
      "each sanction and the jobcentre adviser records compliance with every appointment.")


def _doc(i: int, body: str, author: str) -> str:
    return (f"# Study {i}: {'Ko-Produktion' if body is CO else 'Sanktionen'} im Vergleich\n\n{author}\n\n"
            f"Published 20{10 + i}.\n\n## Findings\n\n{body}\n\nA short note on design.\n")


@pytest.mark.slow
def test_passages_each_topic_gets_a_long_passage_of_its_theme(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(4):
        (root / f"co{i}.md").write_text(_doc(i, CO, f"{['Åsa', 'Eva', 'Lena', 'Ida'][i]} Lindqvist"), encoding="utf-8")
        (root / f"sa{i}.md").write_text(_doc(i + 4, SA, f"{['Jürgen', 'Karl', 'Max', 'Uwe'][i]} Weiß"),
                                        encoding="utf-8")
    store = Store(str(tmp_path / "s.db"))
    ingest_corpus(root, store, jobs=1)
    run = write_topics(store, tmp_path / "topics", models_dir=tmp_path / "models", method="nmf", k=2)
    rows = list(csv.DictReader((tmp_path / "topics" / "topics.csv").open(encoding="utf-8")))
    texts = sorted(r["passage"][:20] for r in rows)
    assert texts == sorted([CO[:20], SA[:20]])
    for r in rows:
        assert re.fullmatch(r"\((?:Lindqvist|Weiß), 20\d\d\)", r["passage_citation"]), r["passage_citation"]
    page = (tmp_path / "topics" / "topics.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="topic-data">(.*?)</script>', page, re.S)
                      .group(1).replace("\\u003c", "<"))
    assert {t["passage"]["text"][:20] for t in data["topics"]} == {CO[:20], SA[:20]}
    assert all(t["passage"]["href"].startswith("file://") for t in data["topics"])
    assert run.model.k == 2
