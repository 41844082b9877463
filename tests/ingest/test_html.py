"""Web pages as corpus files: main content only, headings, footnotes, declared citation metadata, bad pages."""

from __future__ import annotations

import pytest

from litmine.errors import InputError
from litmine.ingest.extract import extract_document
from litmine.ingest.html import page_metadata, read_html

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Work first and activation | Policy Institute</title>
<meta name="citation_title" content="Work first &amp; activation: a review of Scotland&#8217;s programmes">
<meta name="citation_author" content="Lindsay, Colin"><meta name="citation_author" content="Núñez, Ana">
<meta name="citation_publication_date" content="2015/03/01"><meta name="citation_journal_title" content="Policy Studies">
<meta name="citation_volume" content="36"><meta name="citation_issue" content="2">
<meta name="citation_firstpage" content="152"><meta name="citation_lastpage" content="170">
<meta name="citation_doi" content="10.1080/01442872.2015.1000000">
</head><body>
<header class="site-header"><a href="/">Home</a> <a href="/research">Research</a> <a href="/about">About us</a></header>
<nav><ul><li><a href="/a">Topics</a></li><li><a href="/b">Publications</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve this site.</div>
<main><article><header><h1>Work first &amp; activation</h1></header>
<p>Activation policies spread across Europe (Lindsay et al, 2015: 152).<sup><a href="#fn1">1</a></sup></p>
<h2>Findings</h2>
<p>Partnership working between local authorities and <em>voluntary</em> providers grew.<sup>2</sup></p>
<table><tr><th>Year</th><th>Cases</th></tr><tr><td>2019</td><td>12</td></tr></table>
<div class="share"><a href="https://x.example/share">Share</a></div>
<section class="footnotes"><ol>
<li id="fn1">Bovaird, T. (2007) Beyond engagement and participation. Public Administration Review, 67(5), 846–860.</li>
<li id="fn2">Figures from the council&#8217;s annual report.</li>
</ol></section>
</article></main>
<footer>© Policy Institute 2024 · <a href="/privacy">Privacy</a></footer>
<script>document.title = "injected"; alert("x")</script>
</body></html>"""


def test_html_main_content_without_navigation_or_scripts():
    blocks, _ = read_html(PAGE.encode(), "page.html")
    texts = [b.text for b in blocks]
    assert texts[0] == "Work first & activation"
    assert not any(t in " ".join(texts) for t in ("Home", "cookies", "Privacy", "alert", "Share", "Publications"))
    assert "Year | Cases" in texts and "2019 | 12" in texts
    hints = {b.text.split(" ")[0]: b.hint for b in blocks}
    assert hints["Findings"] == "heading"


def test_html_declared_citation_metadata_wins():
    doc, _ = extract_document("page.html", PAGE.encode())
    assert doc.format == "html"
    assert doc.title == "Work first & activation: a review of Scotland’s programmes"
    assert doc.authors == ["Colin Lindsay", "Ana Núñez"]
    assert doc.creators[1] == {"family": "Núñez", "given": "Ana"}
    assert (doc.year, doc.venue, doc.doi) == (2015, "Policy Studies", "10.1080/01442872.2015.1000000")
    assert doc.venue_info["pages"] == "152–170" and doc.venue_info["issue"] == "2"
    assert doc.meta_sources["title"] == "html-citation-meta"


def test_html_footnotes_are_numbered_and_cited():
    doc, _ = extract_document("page.html", PAGE.encode())
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes[0].startswith("1 Bovaird") and notes[1].startswith("2 Figures")
    refs = [r for r in doc.references if r.source == "footnote"]
    assert [r.year for r in refs] == [2007]
    assert any(c.style == "footnote" and c.reference_index == refs[0].index for c in doc.citations)
    callout = next(c for c in doc.citations if c.style == "author-year")
    assert callout.surface == "Lindsay et al, 2015: 152"


def test_html_dublin_core_and_title_fallbacks():
    meta = page_metadata([{"name": "DC.title", "content": "Lokale Partnerschaften"},
                          {"name": "DC.creator", "content": "Müller, Jürgen"},
                          {"name": "DC.date", "content": "2019-05-02"}], "ignored")
    assert meta["title"] == "Lokale Partnerschaften" and meta["year"] == 2019
    assert meta["source"] == "html-dublin-core"
    doc, _ = extract_document("brief.htm", b"<html><head><title>Briefing: third sector finance</title></head>"
                                           b"<body><p>The third sector raised its income in 2022 by a tenth.</p></body>"
                                           b"</html>")
    assert doc.title == "Briefing: third sector finance" and doc.meta_sources["title"] == "html-title"


def test_html_declared_charset_and_entities():
    page = ('<html><head><meta charset="windows-1252"></head><body><p>Sørensen &amp; Torfing on '
            'co-production&nbsp;in Århus.</p></body></html>').encode("cp1252")
    blocks, _ = read_html(page, "cp.html")
    assert blocks[0].text == "Sørensen & Torfing on co-production in Århus."


@pytest.mark.parametrize("page", [b"<html><body><script>render()</script></body></html>",
                                  b"<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_html_page_without_text_fails_with_one_line(page):
    with pytest.raises(InputError) as exc:
        extract_document("app.html", page)
    assert "app.html" in str(exc.value) and "no text found" in str(exc.value)


def test_html_page_title_loses_the_site_name():
    assert page_metadata([], "Briefing: third sector finance | Policy Institute")["title"] == \
        "Briefing: third sector finance"
    assert page_metadata([], "Co-production – a review – NCVO")["title"] == "Co-production – a review"
    assert page_metadata([], "Work-first welfare")["title"] == "Work-first welfare"
