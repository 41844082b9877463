"""The burst timeline page: bars placed at their years (percent of the axis, checked by hand), the documents behind
each burst listed with title, year and authors, hostile text kept as text; in headless Chromium the bars sit under
their years' ticks, no tick or cell overlaps another, and opening a row shows its documents."""

from __future__ import annotations

import html
import json

import pytest

from litmine.export.html_bursts import build_burst_view, render_burst_timeline, write_burst_page, year_scale
from litmine.trends import Burst, build_burst_table, build_trends
from tests.export.test_html_map_browser import BROWSER, HOSTILE, Dom, open_in_browser, screenshot, text
from tests.test_trends import BURST_DOCS, BURST_MENTIONS, burst_trends


def hostile_trends():
    """The hand-built bursts with a hostile document in the 2003 burst and a hostile concept label."""
    docs = dict(BURST_DOCS, h03={"year": 2003, "words": 5, "title": HOSTILE, "authors": [HOSTILE, "Ørsted, Ida"],
                                 "path": "corpus/" + HOSTILE})
    mentions = BURST_MENTIONS + [("koproduktion", "h03")]
    t = build_trends(mentions, docs, labels={"koproduktion": "Koproduktion " + HOSTILE})
    t.bursts = [Burst("koproduktion", 2003, 2003, 2.5), Burst("wohlfahrt", 2001, 2002, 1.25)]
    t.burst_params = "mentions, s=2, gamma=1"
    t.burst_table = build_burst_table(t, mentions, docs)
    return t


def test_html_bursts_year_scale_with_a_break():
    # 2000-2001, a break of 1.5 years, 2010: 4.5 units in all
    cell = year_scale([[2000, 2001], [2010]])
    assert cell(2000) == (0.0, pytest.approx(100 / 4.5, abs=1e-3))
    assert cell(2001)[1] == pytest.approx(200 / 4.5, abs=1e-3)
    assert cell(2010) == (pytest.approx(350 / 4.5, abs=1e-3), 100.0)
    assert cell(2005) == cell(2010)  # a year in the gap takes the next segment's first cell


def test_html_bursts_view_positions_and_strength():
    view = build_burst_view(burst_trends())
    (row,) = view["rows"]
    # 2001-2004: four cells of 25 %; the burst is 2003, the concept is mentioned 2001-2003
    assert row["bar"] == (50.0, 25.0) and row["active"] == (0.0, 75.0)
    assert row["strength"] == 1.0 and row["count"] == 2 and row["more"] == 0
    assert view["ticks"] == [(2001, 12.5), (2002, 37.5), (2003, 62.5), (2004, 87.5)] and view["breaks"] == []
    assert "5 dated documents, 2001\u20132004" in view["caption"] and "1 of 1 bursts" in view["caption"]
    two = build_burst_view(hostile_trends(), most_documents=1)
    assert [(r["concept"], r["strength"]) for r in two["rows"]] == [("wohlfahrt", 0.5), ("koproduktion", 1.0)]
    assert two["rows"][1]["count"] == 3 and len(two["rows"][1]["documents"]) == 1 and two["rows"][1]["more"] == 2


def test_html_bursts_fragment_escapes_and_lists_documents():
    fragment = render_burst_timeline(build_burst_view(hostile_trends()))
    dom = Dom(fragment)
    assert dom.tags["script"] == 0 and dom.tags["img"] == 0
    rows = dom.by_class("bt-row")
    assert [r["attrs"]["data-concept"] for r in rows] == ["wohlfahrt", "koproduktion"]
    kop = rows[1]
    assert text(dom.by_class("bt-name", kop)[0]) == "Koproduktion " + HOSTILE
    assert (text(dom.by_class("bt-weight", kop)[0]), text(dom.by_class("bt-years", kop)[0]),
            text(dom.by_class("bt-count", kop)[0])) == ("2.50", "2003", "3")
    docs = [(text(dom.by_class("bt-doc-year", li)[0]), text(dom.by_class("bt-doc-title", li)[0]),
             "".join(text(a) for a in dom.by_class("bt-doc-authors", li)))
            for li in dom.all(lambda n: n["tag"] == "li", kop)]
    assert docs == [("2003", "Ærø: samproduktion", "Sørensen, Eva; Dupré, Anaïs"),
                    ("2003", "Coproducción local", "Núñez, José"),
                    ("2003", HOSTILE, HOSTILE + "; Ørsted, Ida")]
    assert html.escape(HOSTILE, quote=True) in fragment and HOSTILE not in fragment


def test_html_bursts_page_loads_nothing(tmp_path):
    page = write_burst_page(hostile_trends(), tmp_path / "b.html", title="Schübe <b>").read_text(encoding="utf-8")
    assert "default-src 'none'; script-src 'none'" in page and "<title>Schübe &lt;b&gt;</title>" in page
    assert "<script" not in page and "http" not in page.replace('http-equiv', '')
    empty = write_burst_page(build_trends(BURST_MENTIONS, BURST_DOCS), tmp_path / "e.html").read_text("utf-8")
    assert "<details" not in empty and "5 dated documents, 2001\u20132004; no bursts found;" in empty


HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>burst harness</title></head><body>
<pre id="result"></pre>
<iframe id="page" style="width:1200px;height:800px" srcdoc="{page}"></iframe>
<script>
window.addEventListener("load", function () {{
  var out = {{}};
  try {{
    var doc = document.getElementById("page").contentDocument;
    var box = function (e) {{ var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }};
    out.ticks = Array.prototype.map.call(doc.querySelectorAll(".bt-tick"), function (t) {{
      return box(t).concat([t.textContent]); }});
    out.rows = Array.prototype.map.call(doc.querySelectorAll("details.bt-row"), function (d) {{
      var s = d.querySelector("summary");
      return {{concept: d.dataset.concept, start: Number(d.dataset.start), end: Number(d.dataset.end),
              cells: Array.prototype.map.call(s.children, box), bar: box(s.querySelector(".bt-burst")),
              active: box(s.querySelector(".bt-active")), docs_shown: d.querySelector(".bt-docs").checkVisibility()}};
    }});
    var last = doc.querySelectorAll("details.bt-row summary");
    last[last.length - 1].click();  // a user's click opens the row
    out.opened = Array.prototype.map.call(doc.querySelectorAll("details[open] .bt-docs li"), function (li) {{
      return [li.textContent, li.checkVisibility()]; }});
    out.scripts = doc.querySelectorAll("script").length + doc.querySelectorAll("img").length;
    out.pwned = doc.body.dataset.pwned || "";
  }} catch (e) {{
    out.exception = String(e);
  }}
  document.getElementById("result").textContent = JSON.stringify(out);
}});
</script>
</body></html>
"""


def apart(a, b, slack: float = 0.5) -> bool:
    return a[2] <= b[0] + slack or b[2] <= a[0] + slack or a[3] <= b[1] + slack or b[3] <= a[1] + slack


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no Chromium binary (chromium, chromium-browser or google-chrome) on PATH")
def test_html_bursts_browser_bars_under_their_years_and_rows_open_to_documents(tmp_path):
    page = write_burst_page(hostile_trends(), tmp_path / "bursts.html")
    screenshot(page, tmp_path / "shot-profile", tmp_path / "bursts.png", window="1200,700")
    harness = tmp_path / "harness.html"
    harness.write_text(HARNESS.format(page=html.escape(page.read_text(encoding="utf-8"), quote=True)),
                       encoding="utf-8")
    dom, stderr = open_in_browser(harness, tmp_path / "profile", selftest="")
    assert not [line for line in stderr.splitlines() if "Content Security Policy" in line or "Uncaught" in line]
    out = json.loads(text(dom.by_id("result")))
    assert "exception" not in out, out.get("exception")
    ticks = {int(t[4]): t for t in out["ticks"]}
    assert sorted(ticks) == [2001, 2002, 2003, 2004]
    for i, a in enumerate(out["ticks"]):
        assert all(apart(a, b) for b in out["ticks"][i + 1:]), a
    mid = {y: (t[0] + t[2]) / 2 for y, t in ticks.items()}
    cell = mid[2002] - mid[2001]
    assert cell > 40  # a year is wide enough to read
    rows = {r["concept"]: r for r in out["rows"]}
    assert list(rows) == ["wohlfahrt", "koproduktion"]
    for r in rows.values():
        # the bar runs from half a year before its first year's tick to half a year after its last
        assert r["bar"][0] == pytest.approx(mid[r["start"]] - cell / 2, abs=1.5)
        assert r["bar"][2] == pytest.approx(mid[r["end"]] + cell / 2, abs=1.5)
        cells = r["cells"]
        assert all(apart(a, b) for i, a in enumerate(cells) for b in cells[i + 1:]), cells
        assert not r["docs_shown"]  # closed: the documents are not shown
    assert rows["koproduktion"]["active"][0] == pytest.approx(mid[2001] - cell / 2, abs=1.5)
    opened = [t for t, shown in out["opened"] if shown]
    assert len(opened) == 3 and opened[0].startswith("2003 Ærø: samproduktion \u2014 Sørensen, Eva; Dupré, Anaïs")
    assert opened[2].startswith("2003 " + HOSTILE + " \u2014 " + HOSTILE + "; Ørsted, Ida (1 mention)")
    assert out["scripts"] == 0 and out["pwned"] == ""
