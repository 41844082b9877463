"""The report in a real browser (headless Chromium): it opens with no console error and no policy violation, its
sections are there and visible, hostile document text stays text, and the concept map embedded in its srcdoc frame
runs under the report's policy: a real click on a concept lists the passages behind it.

--dump-dom shows only the top document, so the second test opens a harness page written here, which embeds the
report (as srcdoc, so the harness may reach into it), waits for every frame to load, then checks the frames from
outside and prints what it found into its own DOM. Needs a Chromium binary; skipped, with the reason, without one.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from litmine.pipeline import run_pipeline
from tests.export.test_html_map_browser import BROWSER, open_in_browser, text
from tests.test_pipeline import HOSTILE_TITLE, small_corpus_files

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium binary (chromium, chromium-browser or google-chrome) on PATH; "
                            "install one to run the browser test, e.g. apt-get install -y chromium")

SECTIONS = ["corpus", "trends", "concept-map", "citations", "topics", "passages"]

HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>report harness</title></head><body>
<pre id="result"></pre>
<iframe id="report" style="width:1280px;height:900px" srcdoc="{report}"></iframe>
<script>
window.addEventListener("load", function () {{
  var out = {{}};
  try {{
    var rdoc = document.getElementById("report").contentDocument;
    out.sections = {sections}.map(function (id) {{
      var el = rdoc.getElementById(id);
      if (!el) return [id, "missing"];
      var style = rdoc.defaultView.getComputedStyle(el);
      return [id, style.display !== "none" && style.visibility !== "hidden" && el.getBoundingClientRect().height > 0
        ? "visible" : "hidden"];
    }});
    var mdoc = rdoc.querySelector("iframe.map").contentDocument;
    out.map_state = mdoc.readyState;
    out.map_nodes = mdoc.querySelectorAll(".node").length;
    out.map_errors = mdoc.getElementById("errors").textContent;
    var circle = mdoc.querySelector('.node[data-id="{concept}"] circle');
    circle.dispatchEvent(new MouseEvent("click", {{bubbles: true, cancelable: true, view: mdoc.defaultView}}));
    out.panel = mdoc.getElementById("panel-title").textContent;
    out.passages = Array.prototype.map.call(mdoc.querySelectorAll("#passages .passage .doc-title"),
                                            function (e) {{ return e.textContent; }});
    out.map_errors_after = mdoc.getElementById("errors").textContent;
    var bdoc = rdoc.querySelector("iframe.browser").contentDocument;
    out.browser_topics = bdoc.querySelectorAll("g.topic").length;
    out.browser_errors = bdoc.getElementById("errors").textContent;
    out.injected = rdoc.querySelectorAll("script").length + mdoc.querySelectorAll("img").length;
    var hist = rdoc.querySelector("svg.histogram");
    var scale = hist.getScreenCTM().a;
    var ticks = Array.prototype.map.call(hist.querySelectorAll("text"), function (t) {{
      var r = t.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom,
              parseFloat(rdoc.defaultView.getComputedStyle(t).fontSize) * scale];
    }});
    out.hist_ticks = ticks;
  }} catch (e) {{
    out.exception = String(e);
  }}
  document.getElementById("result").textContent = JSON.stringify(out);
}});
</script>
</body></html>
"""


def console_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if ("CONSOLE" in line or "Uncaught" in line) and ("Uncaught" in line or "Content Security Policy" in line
                                                             or "Refused" in line)]


def make_report(corpus, tmp_path):
    out = tmp_path / "out"
    result = run_pipeline(corpus(small_corpus_files()), out=out, models=tmp_path / "models", jobs=1, k=2)
    assert result.topic_model is not None
    return out / "report.html"


@pytest.mark.slow
def test_report_browser_opens_clean_with_its_sections(corpus, tmp_path):
    page = make_report(corpus, tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile")
    assert console_problems(stderr) == []
    assert [n["attrs"]["id"] for n in dom.all(lambda n: n["tag"] == "section")] == SECTIONS
    assert [text(h).strip() for h in dom.all(lambda n: n["tag"] == "h2")] == [
        "Corpus", "Concept trends", "Concept map", "Citation graph", "Topics over the years",
        "Top passages per concept"]
    # Hostile text stayed text: no script in the page, nothing ran.
    assert dom.tags["script"] == 0
    body = dom.all(lambda n: n["tag"] == "body")[0]
    assert "data-pwned" not in body["attrs"]
    # (as text; a low-confidence title carries the report's "?" mark after it)
    assert any(text(td) in (HOSTILE_TITLE, HOSTILE_TITLE + "?") for td in dom.all(lambda n: n["tag"] == "td"))
    (frame,) = dom.all(lambda n: n["tag"] == "iframe" and "map" in n["attrs"].get("class", "").split())
    assert frame["attrs"]["srcdoc"].startswith("<!DOCTYPE html>") and 'id="map-data"' in frame["attrs"]["srcdoc"]


@pytest.mark.slow
def test_report_browser_concept_map_runs_inside_the_report(corpus, tmp_path):
    page = make_report(corpus, tmp_path)
    harness = tmp_path / "harness.html"
    harness.write_text(HARNESS.format(report=html.escape(page.read_text(encoding="utf-8"), quote=True),
                                      sections=json.dumps(SECTIONS), concept="co-production"), encoding="utf-8")
    dom, stderr = open_in_browser(harness, tmp_path / "profile")
    assert console_problems(stderr) == []
    found = json.loads(text(dom.by_id("result")))
    assert "exception" not in found, found
    assert found["sections"] == [[s, "visible"] for s in SECTIONS]
    assert found["map_state"] == "complete" and found["map_nodes"] >= 5
    assert found["map_errors"] == "" and found["map_errors_after"] == ""
    assert found["panel"] == "Co-production"
    # Every document mentions co-production; the hostile title is listed as text.
    assert len(found["passages"]) >= 6 and HOSTILE_TITLE in found["passages"]
    assert any("Ærø" in t for t in found["passages"])
    assert found["browser_topics"] == 2 and found["browser_errors"] == ""
    assert found["injected"] == 0
    # The documents-per-year histogram: every year and count label 11 px or more on screen, none overlapping.
    ticks = found["hist_ticks"]
    assert ticks and min(t[4] for t in ticks) >= 11
    for i, a in enumerate(ticks):
        for b in ticks[i + 1:]:
            assert a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5, (a, b)


@pytest.mark.slow
def test_report_browser_histogram_of_sixty_years_keeps_labels_apart():
    import re

    from litmine.export.report_html import HIST_MIN_PX, HIST_WIDTH, _histogram
    from litmine.export.report_html import __file__ as module

    years = [(1966, 1)] + [(y, 0) for y in range(1967, 2005)] + [(y, 2 + y % 5) for y in range(2005, 2026)]
    svg = _histogram(years)
    assert f'viewBox="0 0 {HIST_WIDTH:.0f} ' in svg
    labels = [(float(x), int(y)) for x, y in re.findall(r'<text class="year" x="([\d.]+)"[^>]*>(\d+)</text>', svg)]
    assert labels[0][1] == 1966 and len(labels) >= 10
    width = 4 * 0.62 * 12  # a four-digit year at 12 units
    assert all(b[0] - a[0] >= width + 4 for a, b in zip(labels, labels[1:]))
    # the page draws it at HIST_MIN_PX or wider, so 12 units are at least 11 px
    css = (Path(module).parent / "html" / "report.html").read_text(encoding="utf-8")
    assert f"min-width: {HIST_MIN_PX}px" in css and 12 * HIST_MIN_PX / HIST_WIDTH >= 11
