"""The concept map in a real browser: headless Chromium opens the page and the page's #selftest hook dispatches a
real click on a node or an edge (so the page's own click handler runs); the dumped DOM must list the passages,
hold no script errors, and show hostile document text only as text.

Needs a Chromium binary (Debian: ``apt-get install -y chromium``); skipped, with that reason, when none is found.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest

from litmine.export.html_map import write_concept_map

BROWSER = next((path for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                if (path := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium binary (chromium, chromium-browser or google-chrome) on PATH; "
                            "install one to run the browser test, e.g. apt-get install -y chromium")

HOSTILE = '</script><script>document.body.dataset.pwned=1</script><img src=x onerror="document.body.dataset.pwned=2">'
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Dom(HTMLParser):
    """Just enough of a DOM tree: nested dicts with tag, attrs and children (strings or dicts)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "attrs": {}, "children": []}
        self.stack = [self.root]
        self.tags: Counter = Counter()
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": dict(attrs), "children": []}
        self.stack[-1]["children"].append(node)
        self.tags[tag] += 1
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1]["children"].append({"tag": tag, "attrs": dict(attrs), "children": []})
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i]["tag"] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        self.stack[-1]["children"].append(data)

    def all(self, pred, node=None) -> list[dict]:
        found = []
        for child in (node or self.root)["children"]:
            if isinstance(child, dict):
                if pred(child):
                    found.append(child)
                found += self.all(pred, child)
        return found

    def by_id(self, id_: str) -> dict:
        (node,) = self.all(lambda n: n["attrs"].get("id") == id_)
        return node

    def by_class(self, cls: str, node=None) -> list[dict]:
        return self.all(lambda n: cls in (n["attrs"].get("class") or "").split(), node)


def text(node: dict) -> str:
    return "".join(c if isinstance(c, str) else text(c) for c in node["children"])


def classes(node: dict) -> set[str]:
    return set((node["attrs"].get("class") or "").split())


def concept_graph():
    g = nx.Graph()
    g.add_node("co-production", label="Co-production", cluster=0, mentions=5, documents=2, first_year=2009,
               mean_year=2013.4, years={2009: 2, 2018: 3}, passages=[1, 2, 3])
    g.add_node("employability", label="Employability", cluster=1, mentions=3, documents=3, first_year=2003,
               mean_year=2013.0, years={2003: 1, 2011: 1, 2018: 1}, passages=[2, 4, 5])
    g.add_node("samproduktion", label="Samproduktion på Ærø", cluster=0, mentions=1, first_year=2009,
               years={2009: 1}, passages=[1])
    g.add_node("hostile", label=HOSTILE, cluster=1, mentions=1, first_year=2011, years={2011: 1}, passages=[5])
    g.add_edge("co-production", "employability", weight=0.8, raw=1, documents=1, passages=[2], first_year=2018,
               years={2018: 1})
    g.add_edge("co-production", "samproduktion", weight=0.4, raw=1, documents=1, passages=[1], first_year=2009)
    g.add_edge("hostile", "employability", weight=0.2, raw=1, documents=1, passages=[5], first_year=2011)
    passages = {
        1: {"doc_id": "d1", "title": "Samproduktion i Ærø kommune", "authors": ["Sørensen, Eva"], "year": 2009,
            "page": 4, "page_label": "4", "text": "La coproducción et la co-production des services à Ærø.", "path": "corpus/a.pdf"},
        2: {"doc_id": "d2", "title": "Employability in Scotland", "authors": ["Kerr, M."], "year": 2018,
            "page": 12, "page_label": "212", "text": "Employability services built on co-producing support.", "path": "corpus/b.txt"},
        3: {"doc_id": "d2", "title": "Employability in Scotland", "authors": ["Kerr, M."], "year": 2018,
            "page": 13, "text": "More co-production with lone parents.", "path": "corpus/b.txt"},
        4: {"doc_id": "d3", "title": "Work first", "authors": [], "year": 2003, "page": 1,
            "text": "Employability first.", "path": "corpus/c.txt"},
        5: {"doc_id": "d4", "title": HOSTILE, "authors": [HOSTILE], "year": 2011, "page": 2,
            "text": HOSTILE + " & employability", "path": HOSTILE},
    }
    return g, passages


def open_in_browser(page: Path, profile: Path, *, window: str = "1280,900", **hook: str) -> tuple[Dom, str]:
    """Chromium's DOM of page after the #selftest hook ran, and its stderr (console messages included)."""
    fragment = "&".join(f"{k}={quote(v, safe=':|')}" for k, v in hook.items())
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
           "--no-default-browser-check", "--disable-extensions", f"--user-data-dir={profile}",
           "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0", f"--window-size={window}",
           "--hide-scrollbars", "--dump-dom", f"{page.as_uri()}#{fragment}"]
    proc = subprocess.run(cmd, check=False, capture_output=True, encoding="utf-8", errors="replace", timeout=60)
    assert proc.returncode == 0, f"{BROWSER} exited {proc.returncode}: {proc.stderr[-2000:]}"
    assert "<html" in proc.stdout, f"no DOM dumped; stderr: {proc.stderr[-2000:]}"
    return Dom(proc.stdout), proc.stderr


def assert_clean(dom: Dom, stderr: str, target: str) -> None:
    console = [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not [line for line in console if "Uncaught" in line or "Content Security Policy" in line], console
    assert text(dom.by_id("errors")) == ""
    assert text(dom.by_id("selftest")) == f"clicked {target}"
    # Hostile text stays text: nothing injected, the page's three scripts only, nothing ran.
    assert dom.tags["img"] == 0 and dom.tags["script"] == 3
    body = dom.all(lambda n: n["tag"] == "body")[0]
    assert "data-pwned" not in body["attrs"]


def listed(dom: Dom) -> list[dict]:
    rows = []
    for li in dom.by_class("passage", dom.by_id("passages")):
        one = {k: "".join(text(n) for n in dom.by_class(k, li)) for k in ("doc-title", "authors", "year", "page")}
        (quote_,) = dom.all(lambda n: n["tag"] == "blockquote", li)
        one["text"] = text(quote_)
        one["marked"] = [text(m) for m in dom.all(lambda n: n["tag"] == "mark", quote_)]
        one["id"] = li["attrs"]["data-passage"]
        rows.append(one)
    return rows


EVIDENCE = {"co-production": {"forms": [["co-production", 3], ["Samproduktion", 1], [HOSTILE, 1]], "rejected": 4,
                               "reasons": [["no cue for 'support' " + HOSTILE, 3], ["a job title", 1]], "vetoed": 2}}


def write_page(tmp_path: Path) -> Path:
    g, passages = concept_graph()
    return write_concept_map(g, passages, tmp_path / "map.html", title="Réseau <b>" + HOSTILE, evidence=EVIDENCE)


def test_html_map_browser_node_click_lists_its_passages(tmp_path):
    page = write_page(tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="node:co-production")
    assert_clean(dom, stderr, "node:co-production")
    assert text(dom.by_id("panel-title")) == "Co-production"
    rows = listed(dom)
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0] == {"doc-title": "Samproduktion i Ærø kommune", "authors": "Sørensen, Eva", "year": "2009",
                       "page": "p. 4", "text": "La coproducción et la co-production des services à Ærø.",
                       "marked": ["coproducción", "co-production"], "id": "1"}
    assert (rows[1]["doc-title"], rows[1]["year"], rows[1]["page"]) == ("Employability in Scotland", "2018",
                                                                   "p. 212 (PDF p. 12)")
    assert rows[1]["marked"] == ["co-producing"] and rows[2]["text"] == "More co-production with lone parents."
    node = dom.all(lambda n: n["attrs"].get("data-id") == "co-production")[0]
    assert "selected" in classes(node)
    # The evidence behind the count: forms counted, candidates rejected with reasons, vetoes; hostile forms as text.
    evidence = {classes(p).pop(): text(p) for p in dom.all(lambda n: n["tag"] == "p", dom.by_id("panel-evidence"))}
    assert evidence == {
        "forms": f"Forms counted: co-production (3) \u00b7 Samproduktion (1) \u00b7 {HOSTILE} (1)",
        "rejected": f"Rejected as another sense: 4. no cue for 'support' {HOSTILE} (3) \u00b7 a job title (1)",
        "vetoed": "Vetoed by you: 2 mentions"}
    # The hostile label is drawn, as text, in the map.
    assert HOSTILE in [text(t) for t in dom.by_class("label")]


def test_html_map_browser_edge_click_shows_hostile_text_as_text(tmp_path):
    page = write_page(tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="edge:employability|hostile")
    assert_clean(dom, stderr, "edge:employability|hostile")
    assert text(dom.by_id("panel-title")) == "Employability \u2194 " + HOSTILE
    (row,) = listed(dom)
    assert (row["doc-title"], row["authors"], row["year"], row["page"]) == (HOSTILE, HOSTILE, "2011", "PDF p. 2")
    assert row["text"] == HOSTILE + " & employability" and row["marked"] == ["employability"]
    assert text(dom.by_id("panel-evidence")) == ""  # a link has no forms of its own
    assert text(dom.all(lambda n: n["tag"] == "title")[0]) == "Réseau <b>" + HOSTILE


@pytest.mark.slow
def test_html_map_browser_year_filter_and_search(tmp_path):
    page = write_page(tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="edge:samproduktion|co-production",
                                  q="EMPLOY")
    assert_clean(dom, stderr, "edge:samproduktion|co-production")
    nodes = {n["attrs"]["data-id"]: classes(n) for n in dom.by_class("node")}
    assert "match" in nodes["employability"] and "dim" in nodes["hostile"]
    assert "dim" not in nodes["co-production"] and "selected" not in nodes["co-production"]  # an end of the link
    assert text(dom.by_id("match-count")) == "1 match"
    assert [r["id"] for r in listed(dom)] == ["1"]

    dom, stderr = open_in_browser(page, tmp_path / "profile2", selftest="node:employability", **{"from": "2010"},
                                  to="2018")
    assert_clean(dom, stderr, "node:employability")
    nodes = {n["attrs"]["data-id"]: classes(n) for n in dom.by_class("node")}
    assert "hidden" in nodes["samproduktion"] and "hidden" not in nodes["hostile"]
    edges = {(e["attrs"]["data-source"], e["attrs"]["data-target"]): classes(e) for e in dom.by_class("edge")}
    assert "hidden" in edges[("co-production", "samproduktion")]
    assert "hidden" not in edges[("co-production", "employability")]
    # Only the passages of the chosen years: 2011 and 2018, not 2003.
    assert [(r["id"], r["year"]) for r in listed(dom)] == [("5", "2011"), ("2", "2018")]
    assert text(dom.by_id("panel-note")) == "2 passages of 3 in 2010\u20132018"
    assert text(dom.by_id("status")) == "3 of 4 concepts, 2 of 3 links in 2010\u20132018"


@pytest.mark.slow
def test_html_map_browser_size_by_documents(tmp_path):
    g, passages = concept_graph()
    g.nodes["co-production"]["doc_years"] = {2009: 1, 2018: 1}
    g.nodes["employability"]["doc_years"] = {2003: 1, 2011: 1, 2018: 1}
    page = write_concept_map(g, passages, tmp_path / "map.html")
    radii = {}
    for size in ("mentions", "documents"):
        dom, stderr = open_in_browser(page, tmp_path / f"p-{size}", selftest="node:employability", size=size)
        assert_clean(dom, stderr, "node:employability")
        radii[size] = {n["attrs"]["data-id"]: float(dom.all(lambda x: x["tag"] == "circle", n)[0]["attrs"]["r"])
                       for n in dom.by_class("node")}
    # by mentions co-production (5) outweighs employability (3); by documents employability (3) outweighs it (2)
    assert radii["mentions"]["co-production"] > radii["mentions"]["employability"]
    assert radii["documents"]["co-production"] < radii["documents"]["employability"]


def screenshot(page: Path, profile: Path, out: Path, *, window: str = "1280,900", **hook: str) -> bytes:
    """A PNG screenshot of page (after its hook ran) at the window size: the PNG's bytes, checked to be one."""
    fragment = "&".join(f"{k}={quote(v, safe=':|')}" for k, v in hook.items())
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
           "--no-default-browser-check", "--disable-extensions", f"--user-data-dir={profile}",
           "--virtual-time-budget=5000", f"--window-size={window}", "--hide-scrollbars", f"--screenshot={out}",
           f"{page.as_uri()}#{fragment}"]
    proc = subprocess.run(cmd, check=False, capture_output=True, encoding="utf-8", errors="replace", timeout=60,
                          cwd=profile.parent)
    assert proc.returncode == 0 and out.exists(), proc.stderr[-2000:]
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000  # a drawn page, not a blank one
    return data


def apart(a, b, slack: float = 0.5) -> bool:
    """Two page boxes (left, top, right, bottom, ...) overlap by no more than slack pixels."""
    return a[2] <= b[0] + slack or b[2] <= a[0] + slack or a[3] <= b[1] + slack or b[3] <= a[1] + slack


def crowded_graph(n: int = 45):
    """A dense map: n concepts with long labels, clusters 0-8, every third pair linked."""
    g = nx.Graph()
    for i in range(n):
        g.add_node(f"c{i}", label=f"Konzept Nummer {i} à Ærø", cluster=i % 9, mentions=1 + (i * 7) % 23,
                   passages=[1])
    for i in range(n):
        for j in range(i + 1, n):
            if (i + j) % 3 == 0:
                g.add_edge(f"c{i}", f"c{j}", weight=1 + (i * j) % 5, raw=1, passages=[1])
    passages = {1: {"doc_id": "d1", "title": "Ærø", "authors": [], "year": 2010, "page": 1, "text": "Konzept",
                    "path": "a.txt"}}
    return g, passages


@pytest.mark.slow
@pytest.mark.parametrize("window", ["1280,900", "900,700"])
def test_html_map_browser_labels_apart_and_legend_off_the_map(tmp_path, window):
    import json

    g, passages = crowded_graph()
    page = write_concept_map(g, passages, tmp_path / "map.html", title="Dichte Karte")
    screenshot(page, tmp_path / "shot-profile", tmp_path / "map.png", window=window)
    dom, stderr = open_in_browser(page, tmp_path / "profile", window=window, selftest="")
    assert "Uncaught" not in stderr and text(dom.by_id("errors")) == ""
    geo = json.loads(text(dom.by_id("geometry")))
    labels, circles = geo["labels"], geo["nodes"]
    assert len(circles) == 45 and len(labels) >= 15  # most labels drawn, the crowded rest hidden
    assert len(labels) + len(geo["crowded"]) == 45
    for i, a in enumerate(labels):
        assert all(apart(a, b) for b in labels[i + 1:]), (a, [b for b in labels[i + 1:] if not apart(a, b)])
        # no label over a circle either, its own or another's: a label with no free place is hidden instead
        assert all(apart(a, c) for c in circles), (a, [c for c in circles if not apart(a, c)])
    # The legend and the zoom buttons sit under the map: they cover no concept.
    assert geo["legend"][1] >= geo["map"][3] - 0.5 and geo["zoom"][1] >= geo["map"][3] - 0.5
    assert all(apart(geo["legend"], c) and apart(geo["zoom"], c) for c in circles)
    assert 12.5 <= geo["label_px"] <= 13.5  # labels keep their size on screen

    # A hidden label shows while its concept is hovered.
    hidden = geo["crowded"][0]
    dom, _ = open_in_browser(page, tmp_path / "profile2", window=window, selftest="", hover=hidden)
    geo2 = json.loads(text(dom.by_id("geometry")))
    assert hidden in [lab[4] for lab in geo2["labels"]]
    # Zoomed in, the concepts move apart: fewer labels hidden, still none over a label or a circle.
    dom, _ = open_in_browser(page, tmp_path / "profile3", window=window, selftest="", zoom="3")
    geo3 = json.loads(text(dom.by_id("geometry")))
    assert len(geo3["crowded"]) < len(geo["crowded"])
    assert 12.5 <= geo3["label_px"] <= 13.5
    labels3, circles3 = geo3["labels"], geo3["nodes"]
    for i, a in enumerate(labels3):
        assert all(apart(a, b) for b in labels3[i + 1:]) and all(apart(a, c) for c in circles3), a
