import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from litmine.export.html_map import build_map_data, embed_json, write_concept_map

HOSTILE = '</script><script>document.body.dataset.pwned=1</script><img src=x onerror="alert(1)">'


def concept_graph():
    g = nx.Graph()
    g.add_node("co-production", label="Co-production", group="collaboration", cluster=0, mentions=5, documents=2,
               first_year=2009, mean_year=2013.4, years={2009: 2, "2018": 3}, passages=[1, 2, 3])
    g.add_node("employability", label="Employability", cluster=1, mentions=3, documents=2, first_year=2003,
               mean_year=2010.0, years={2003: 1, 2018: 2}, passages=[2, 4])
    g.add_node("hostile", label=HOSTILE, cluster=1, mentions=1, years={2011: 1}, passages=[5], acronyms=["<b>X"])
    g.add_edge("co-production", "employability", weight=0.8, raw=2, documents=1, passages=[2], first_year=2018,
               mean_year=2018.0, years={2018: 2})
    g.add_edge("hostile", "employability", weight=0.2, raw=1, passages=[5])
    return g


def concept_passages():
    return {
        1: {"doc_id": "d1", "title": "Samproduktion i Ærø", "authors": ["Sørensen, E.", "Torfing, J."], "year": 2009,
            "page": 4, "text": "La coproducción et la co-production des services.", "path": "corpus/a.pdf"},
        2: {"doc_id": "d2", "title": "Employability in Scotland", "authors": ["Kerr, M."], "year": 2018,
            "page": 12, "text": "Employability and co-producing support.", "path": "corpus/b.txt"},
        3: {"doc_id": "d2", "title": "Employability in Scotland", "authors": ["Kerr, M."], "year": 2018,
            "page": None, "text": "More co-production.", "path": "corpus/b.txt"},
        4: {"doc_id": "d3", "title": "Old", "authors": [], "year": 2003, "page": 1, "text": "employability",
            "path": "c.txt"},
        5: {"doc_id": "d4", "title": HOSTILE, "authors": [HOSTILE], "year": 2011, "page": 2,
            "text": HOSTILE + " & employability", "path": HOSTILE},
    }


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.DOTALL)
    assert m, "no embedded map data"
    return json.loads(m.group(1))


def test_html_map_is_one_self_contained_page(tmp_path):
    path = write_concept_map(concept_graph(), concept_passages(), tmp_path / "maps" / "concepts.html")
    page = path.read_text(encoding="utf-8")
    assert path == tmp_path / "maps" / "concepts.html" and page.startswith("<!DOCTYPE html>")
    # Nothing is loaded from anywhere: no src/href to a URL, no stylesheet links, imports or url() fetches.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(?:https?:)?//", page, re.IGNORECASE)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_html_map_policy_allows_exactly_its_own_scripts(tmp_path):
    page = write_concept_map(concept_graph(), concept_passages(), tmp_path / "m.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 2
    csp = re.search(r'content="(default-src[^"]+)"', page).group(1)
    allowed = re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", csp)
    digests = [base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() for s in scripts]
    assert sorted(allowed) == sorted(digests)


def test_html_map_hostile_text_never_appears_unescaped(tmp_path):
    page = write_concept_map(concept_graph(), concept_passages(), tmp_path / "m.html",
                             title="Réseau <b>" + HOSTILE).read_text(encoding="utf-8")
    assert HOSTILE not in page
    assert "<img" not in page and "<b>" not in page and "onerror=\"alert" not in page
    # Only the page's own three script elements: the error recorder, the data and the map.
    assert len(re.findall(r"<script\b", page)) == 3
    assert "<title>Réseau &lt;b&gt;&lt;/script&gt;&lt;script&gt;" in page
    data_block = re.search(r'id="map-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    assert "\\u003c/script\\u003e" in data_block


def test_html_map_embedded_json_parses_back_to_the_graph(tmp_path):
    g, passages = concept_graph(), concept_passages()
    data = embedded(write_concept_map(g, passages, tmp_path / "m.html").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(g.nodes)
    co = nodes["co-production"]
    assert (co["label"], co["group"], co["cluster"], co["mentions"], co["documents"]) == \
        ("Co-production", "collaboration", 0, 5, 2)
    assert co["first_year"] == 2009 and co["mean_year"] == 2013.4
    assert co["years"] == {"2009": 2, "2018": 3} and co["passages"] == [1, 2, 3]
    assert nodes["hostile"]["label"] == HOSTILE and nodes["hostile"]["terms"] == ["<b>X"]
    edges = {frozenset((e["source"], e["target"])): e for e in data["edges"]}
    e = edges[frozenset(("co-production", "employability"))]
    assert (e["weight"], e["raw"], e["documents"], e["passages"], e["years"]) == (0.8, 2, 1, [2], {"2018": 2})
    assert {k: data["passages"]["1"][k] for k in passages[1]} == passages[1]
    assert data["passages"]["1"]["page_cite"] == f"PDF p. {passages[1]['page']}"  # no printed label known
    assert data["passages"]["5"]["text"] == HOSTILE + " & employability"
    assert data["years"] == list(range(2003, 2019))
    x0, y0, w, h = data["view"]
    assert all(x0 <= n["x"] <= w and y0 <= n["y"] <= h for n in data["nodes"])


def test_html_map_missing_and_odd_attributes(tmp_path):
    g = nx.Graph()
    g.add_node("bare")
    g.add_node(7, label="Seven", mean_year=float("nan"), years={None: 3, "n.d.": 1, 2001.0: 2}, passages=[99])
    g.add_edge("bare", 7)
    g.add_edge(7, 7, weight=-1.5)  # PMI can be negative; a self-loop must not break the layout
    data = embedded(write_concept_map(g, {}, tmp_path / "m.html").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["bare"]["label"] == "bare" and nodes["bare"]["mentions"] is None and nodes["bare"]["passages"] == []
    assert nodes[7]["mean_year"] is None and nodes[7]["years"] == {"2001": 2}
    assert data["passages"] == {} and data["years"] == [2001]
    empty = embedded(write_concept_map(nx.Graph(), {}, tmp_path / "empty.html").read_text(encoding="utf-8"))
    assert empty["nodes"] == [] and empty["edges"] == [] and empty["years"] == []


def test_html_map_layout_is_deterministic_and_separates_nodes():
    g = nx.Graph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")], weight=1.0)
    g.add_node("solo")
    h = nx.Graph()
    h.add_nodes_from(reversed(list(g.nodes)))
    h.add_edges_from(g.edges(data=True))
    first, again, shuffled = build_map_data(g, {}), build_map_data(g, {}), build_map_data(h, {})
    pos = {n["id"]: (n["x"], n["y"]) for n in first["nodes"]}
    assert pos == {n["id"]: (n["x"], n["y"]) for n in again["nodes"]}
    assert pos == {n["id"]: (n["x"], n["y"]) for n in shuffled["nodes"]}
    points = list(pos.values())
    closest = min(((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5 for i, p in enumerate(points) for q in points[i + 1:])
    assert closest > 20


def test_html_map_embed_json_escapes_script_breakers():
    text = embed_json({"t": "</script><!-- & \u2028 ü"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028 ü"}
    with pytest.raises(ValueError):
        embed_json({"t": float("nan")})


def test_html_map_evidence_embedded_as_escaped_data(tmp_path):
    g = nx.Graph()
    g.add_node("activation", label="Activation", mentions=2, passages=[])
    g.add_node("localism", label="Localism", mentions=1, passages=[])
    hostile = "</script><img src=x onerror=alert(1)>aktiviert"
    evidence = {"activation": {"forms": [[hostile, 2], ["bad"]], "rejected": 3, "reasons": [["no cue «x»", 3]],
                               "vetoed": 1}}
    data = build_map_data(g, {}, evidence=evidence)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["activation"]["evidence"] == {"forms": [[hostile, 2]], "rejected": 3,
                                               "reasons": [["no cue «x»", 3]], "vetoed": 1}
    assert "evidence" not in by_id["localism"]
    page = write_concept_map(g, {}, tmp_path / "m.html", evidence=evidence).read_text(encoding="utf-8")
    assert hostile not in page and "<img" not in page and "aktiviert" in page


def test_html_map_passage_cites_the_printed_page_beside_the_physical_one():
    # issue 11: "p. 90" of a PDF whose page prints 88 is cited as p. 88, the physical page kept beside it
    passages = concept_passages()
    passages[1] = {**passages[1], "page": 90, "page_label": "88"}
    passages[2] = {**passages[2], "page": 10, "page_label": "xii"}
    data = build_map_data(concept_graph(), passages)
    assert data["passages"]["1"]["page_cite"] == "p. 88 (PDF p. 90)"
    assert data["passages"]["2"]["page_cite"] == "p. xii (PDF p. 10)"
