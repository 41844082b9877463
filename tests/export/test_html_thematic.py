"""The thematic map / evolution HTML page: data, label placement, escaping, and (with Chromium) real clicks and
bounding boxes read from the DOM."""

from __future__ import annotations

import json

import pytest

from litmine.export.html_thematic import build_thematic_data, place_svg_labels, write_thematic_page
from tests.export.test_html_map_browser import BROWSER, HOSTILE, open_in_browser, screenshot, text


def _themes() -> list[dict]:
    rows = []
    for k in range(1, 7):
        rows.append({"cluster": k, "name": f"Économie sociale {k}; Sozialstaat", "labels": [f"Économie {k}", "b"],
                     "mentions": 5 + k, "centrality": 1.0 + 0.02 * k, "density": 2.0 + 0.01 * (k % 2),
                     "quadrant": "motor" if k % 2 else "niche", "passages": [k], "centrality_median": 1.07,
                     "density_median": 2.005})
    rows[0]["name"] = HOSTILE
    return rows


def _evolution() -> dict:
    t = {"quadrant": "basic", "labels": ["Größe"], "passages": [1]}
    return {"periods": [{"period": "2001-2005", "themes": [dict(t, cluster=1, name="Größe", mentions=3)]},
                        {"period": "2006-2010", "themes": [dict(t, cluster=1, name=HOSTILE, mentions=2)]}],
            "flows": [{"from_period": "2001-2005", "from_cluster": 1, "to_period": "2006-2010", "to_cluster": 1,
                       "inclusion": 1.0, "shared_labels": ["Größe"], "passages": [1, 2]}]}


PASSAGES = {k: {"title": "Sozialstaat im Wandel", "authors": ["Müller, Jürgen"], "year": 2004, "page": 3,
                "page_label": "17", "text": f"Die Größe des Sozialstaats {k}.", "path": "corpus/a.pdf"}
            for k in range(1, 7)}
PASSAGES[2]["text"] = HOSTILE


def test_html_thematic_svg_labels_do_not_overlap_each_other_or_bubbles():
    points = [(100 + 3 * k, 100 + 2 * k, 12, f"Thème {k}") for k in range(8)]
    placed = place_svg_labels(points, width=600, height=400)
    boxes = [p["box"] for p in placed]
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= 600 and 0 <= a[1] and a[3] <= 400
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
        for j, (x, y, r, _) in enumerate(points):
            if j != i:
                assert a[2] <= x - r or x + r <= a[0] or a[3] <= y - r or y + r <= a[1]


def test_html_thematic_page_escapes_text_and_embeds_geometry(tmp_path):
    path = write_thematic_page(_themes(), _evolution(), PASSAGES, tmp_path / "t.html", title="Thèmes <b>",
                               caption="Corpus: démo; unit: paragraph")
    page = path.read_text(encoding="utf-8")
    assert "<script>document.body" not in page and "Thèmes &lt;b&gt;" in page
    data = build_thematic_data(_themes(), _evolution(), PASSAGES)
    assert len(data["map"]["bubbles"]) == 6 and data["evolution"]["bands"][0]["d"].startswith("M")
    assert data["passages"]["1"]["page_cite"]
    json.dumps(data)


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no Chromium binary on PATH (e.g. apt-get install -y chromium)")
def test_html_thematic_browser_click_lists_passages_and_boxes_apart(tmp_path):
    page = write_thematic_page(_themes(), _evolution(), PASSAGES, tmp_path / "t.html", caption="Corpus: démo")
    screenshot(page, tmp_path / "shot", tmp_path / "thematic.png", click="bubble:2")
    dom, stderr = open_in_browser(page, tmp_path / "profile", click="bubble:2")
    assert "Uncaught" not in stderr
    assert text(dom.by_id("errors")) == ""
    assert text(dom.by_id("selftest")) == "clicked bubble:2"
    listed = dom.by_class("passage")
    assert [p["attrs"]["data-passage"] for p in listed] == ["2"]
    assert HOSTILE in text(listed[0])  # shown as text
    assert dom.tags["img"] == 0
    boxes = json.loads(text(dom.by_id("boxes")))
    labels, bubbles, legend = boxes["labels"], boxes["bubbles"], boxes["legend"]
    assert len(labels) == 6

    def apart(a, b):
        return a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5

    for i, a in enumerate(labels):
        assert all(apart(a, b) for b in labels[i + 1:]), labels
    assert all(apart(legend, b) for b in bubbles)  # the legend never covers a bubble
    dom, _ = open_in_browser(page, tmp_path / "profile2", click="flow:0")
    assert [p["attrs"]["data-passage"] for p in dom.by_class("passage")] == ["1", "2"]
    # a period's theme box in the evolution lists its passages too
    dom, _ = open_in_browser(page, tmp_path / "profile3", click="box:1")
    assert text(dom.by_id("selftest")) == "clicked box:1"
    assert [p["attrs"]["data-passage"] for p in dom.by_class("passage")] == ["1"]
