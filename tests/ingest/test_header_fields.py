from litmine.ingest import extract_document
from litmine.ingest.header_fields import find_year, late_rows, reference_bound, year_candidates
from litmine.ingest.header_venue import find_venue, parse_journal_line, parse_series_line
from litmine.models import Passage
from litmine.pdfwrite import PdfWriter

BODY = ("Lone parents in Glasgow and Dundee met advisers who knew the local labour market well, and the "
        "programme's café sessions in Ærø and Malmö were copied by other services across the region. ")


def paper(tmp_path, head, *, name="p.pdf", body=BODY, foot=None, info=None, pages=2):
    """A small PDF: the header lines (text, size) at the top of page 1, body text below and on later pages."""
    w = PdfWriter(info=info)
    for page in range(pages):
        w.new_page()
        y = 72.0
        if page == 0:
            for text, size in head:
                w.text(72, y, text, size=size, font="Helvetica-Bold" if size > 12 else "Helvetica")
                y += size * 1.6
            y += 20
        words, line = body.split(), ""
        for _ in range(4):
            for word in words:
                if len(line) + len(word) > 80:
                    w.text(72, y, line.strip(), size=10)
                    y += 13
                    line = ""
                line += word + " "
        w.text(72, y, line.strip(), size=10)
        if foot:
            w.text(72, 800, foot.format(page=page + 1), size=8)
    path = tmp_path / name
    w.save(path)
    return str(path)


def year_of(path):
    doc, _ = extract_document(path)
    return doc


def test_header_fields_volume_year_number_line(tmp_path):
    doc = year_of(paper(tmp_path, [("Historical Social Research, Vol. 31 — 2006 — No. 3, 107-126", 8),
                                   ("Biographical Work in Migration: Hülya's Story", 16), ("Fritz Schütze", 11)]))
    assert doc.year == 2006
    assert 0.5 <= doc.meta_confidence["year"] <= 1.0
    assert doc.venue == "Historical Social Research"
    assert doc.venue_info == {"name": "Historical Social Research", "volume": "31", "issue": "3", "pages": "107-126"}
    assert doc.kind == "journal-article"


def test_header_fields_month_year_on_title_page(tmp_path):
    doc = year_of(paper(tmp_path, [("FORUM: QUALITATIVE SOCIAL RESEARCH", 12), ("May 2002", 12),
                                   ("Grounded Theory in Lateinamerika", 16), ("Ana Muñoz", 11)]))
    assert doc.year == 2002 and doc.meta_sources["year"] == "date-line"


def test_header_fields_presented_to_parliament(tmp_path):
    doc = year_of(paper(tmp_path, [("Government Response to the Inquiry into Café Licensing", 16),
                                   ("Presented to Parliament by the Minister for the Cabinet Office", 12),
                                   ("by Command of His Majesty", 12), ("January 2025", 12), ("CP 1240", 12)]))
    assert doc.year == 2025
    assert doc.venue_info["number"] == "CP 1240" and doc.kind == "report"


def test_header_fields_ordered_by_the_house_of_commons(tmp_path):
    doc = year_of(paper(tmp_path, [("The Inquiry Report", 16),
                                   ("Presented to Parliament pursuant to Section 26 of the Inquiries Act 2005", 12),
                                   ("Ordered by the House of Commons to be printed on 8 July 2025", 12),
                                   ("HC 1119", 12)], info={"CreationDate": "D:20250707202834+01'00'"}))
    assert doc.year == 2025  # the PDF's creation date is weak evidence beside the printed one
    assert doc.venue == "House of Commons Paper" and doc.venue_info["number"] == "HC 1119"


def test_header_fields_received_accepted_dates_lose_to_the_volume_year(tmp_path):
    doc = year_of(paper(tmp_path, [("Journal of Welfare Studies Vol 12 (2018)", 9),
                                   ("Work First Reconsidered in Zürich", 16), ("Jürgen Weiß", 11),
                                   ("Received 3 March 2016; accepted 9 May 2017", 9)]))
    assert doc.year == 2018


def test_header_fields_year_in_series_name_is_not_the_year(tmp_path):
    doc = year_of(paper(tmp_path, [("Working Paper Series of the Research Network 1989", 16),
                                   ("Europe after Enlargement: Ōsaka and Łódź Compared", 16),
                                   ("Jörg Müller", 11)]))
    assert doc.year != 1989
    doc = year_of(paper(tmp_path, [("Working Paper Series of the Research Network 1989", 16),
                                   ("Working Paper 2/2008", 14), ("Europe after Enlargement", 16)], name="q.pdf"))
    assert doc.year == 2008
    assert doc.venue == "Working Paper Series of the Research Network 1989" and doc.venue_info["number"] == "2/2008"
    assert doc.kind == "working-paper"


def test_header_fields_cited_year_alone_gives_no_year(tmp_path):
    body = "Memory work in the café (Smith, 1966) shapes how lone parents in Malmö talk about work. " * 2
    doc = year_of(paper(tmp_path, [("Memory and Place", 16)], body=body))
    assert doc.year is None
    assert doc.notes and doc.notes[-1].startswith("no publication year found")


def test_header_fields_suggested_citation_block_and_toc_line(tmp_path):
    text = ("Sozialpolitik in Österreich\n\nZitierweise\n\nMüller, Jörg; Weiß, Anna (2012): Sozialpolitik in "
            "Österreich. In: Zeitschrift für Sozialreform 58, S. 12-30.\n")
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    doc, _ = extract_document(str(tmp_path / "c.txt"))
    assert doc.year == 2012
    toc = ("Annual Report of the Café Board\n\nContents\n\nCitation ........................ 5\n\n"
           "Summary ........................ 7\n\nThe board met in Århus (Smith, 1999).\n")
    (tmp_path / "t.txt").write_text(toc, encoding="utf-8")
    doc, _ = extract_document(str(tmp_path / "t.txt"))
    assert doc.year is None and doc.meta_sources.get("year") != "suggested-citation"


def test_header_fields_candidates_carry_context_features():
    ps = [Passage(0, "heading", "A Title"), Passage(1, "body", "Received 3 March 2016; accepted 9 May 2017"),
          Passage(2, "body", "© 2018 Verlag Barbara Budrich")]
    feats = {c.year: c.features for c in year_candidates(ps, fmt="txt")}
    assert feats[2016]["kw:received"] == 1.0 and feats[2017]["kw:accepted"] == 1.0
    assert feats[2018]["kw:copyright"] == 1.0
    choice = find_year(ps, fmt="txt")
    assert choice is not None and choice.year == 2018 and choice.source == "copyright"


def test_header_fields_journal_line_forms():
    assert parse_journal_line("Historical Social Research 40 (2015) 4, 110-127") == {
        "name": "Historical Social Research", "volume": "40", "issue": "4", "pages": "110-127"}
    assert parse_journal_line("Africa Spectrum 2/2011: 71-97") == {"name": "Africa Spectrum", "issue": "2",
                                                                   "pages": "71-97"}
    assert parse_journal_line("Policy Studies 17,1: 61-74") == {"name": "Policy Studies", "volume": "17",
                                                                "issue": "1", "pages": "61-74"}
    assert parse_journal_line("Zeitschrift für Sozialreform, Jg. 24 (2011), Heft 2")["volume"] == "24"
    assert parse_journal_line("The café economy of Łódź") is None


def test_header_fields_series_lines_and_kind():
    assert parse_series_line("WZB Discussion Paper SP II 2003-23") == (
        {"name": "WZB Discussion Paper", "number": "SP II 2003-23"}, "working-paper")
    assert parse_series_line("HL Paper 179") == ({"name": "HL Paper", "number": "179"}, "report")
    assert parse_series_line("Working Paper Series of the Research Network 1989") is None
    v = find_venue(["P. Zaphiris et al. (Eds.): TPDL 2012, LNCS 7489, pp. 408–413, 2012.",
                    "© Springer-Verlag Berlin Heidelberg 2012"])
    assert v.kind == "book-chapter" and v.info["publisher"].startswith("Springer")
    assert find_venue(["Ein Essay über Cafés"]).kind == "other"


def test_header_fields_issue_year_and_pages_on_journal_line_is_not_a_citation(tmp_path):
    body = ("Lone parents in Malmö met advisers (Müller 2014) who knew the local labour market well, and the "
            "programme's café sessions in Ærø were copied by other services across the region. ")
    path = paper(tmp_path, [("Afrika Übersicht 2/2016: 117–130", 8), ("Review Essay: Power in Zimbabwe", 16),
                            ("Jörg Weiß", 11)], body=body)
    passages, fmt, info = _read(path)
    feats = [c.features for c in year_candidates(passages, fmt=fmt, info=info) if c.year == 2016]
    assert feats and feats[0]["journal_line_head"] == 1.0 and feats[0]["all_cites"] == 0.0
    assert year_of(path).year == 2016


def _read(path):
    from litmine.ingest.pdf import read_pdf
    from litmine.ingest.structure import build_passages

    blocks, info = read_pdf(path)
    return build_passages(blocks)[1], "pdf", info


def test_header_fields_year_older_than_the_newest_reference_is_never_taken():
    refs = [Passage(i + 2, "reference", f"Ølgaard, K. ({y}) Cafés in Århus. Nordic Studies {i}.")
            for i, y in enumerate((1999, 2003, 2004))]
    ps = [Passage(0, "heading", "A Title"), Passage(1, "body", "Vol. 31 — 2000 — No. 3"), *refs]
    assert reference_bound(ps) == 2003
    cands = year_candidates(ps, fmt="txt")
    assert [c.features["below_bound"] for c in cands if c.year == 2000] == [1.0]
    choice = find_year(ps, fmt="txt")
    assert choice is None or choice.year >= 2003
    assert reference_bound(ps[:3]) is None  # under three reference years: no bound


def test_header_fields_last_page_and_imprint_lines_are_candidates(tmp_path):
    w = PdfWriter()
    for page in range(6):
        w.new_page()
        y = 72.0
        for _ in range(30):
            w.text(72, y, "Lone parents in Malmö met advisers who knew the labour market of Łódź well.", size=10)
            y += 13
        if page == 2:
            w.text(72, y + 20, "First published in Études Sociales in 2007 by Presses de Genève.", size=9)
        if page == 5:
            w.text(72, y + 20, "© 2008 by the Département d'Études Politiques", size=9)
            w.text(72, y + 40, "Advisers were trained as before (Jönsson 2004).", size=10)
    w.save(tmp_path / "late.pdf")
    passages, fmt, info = _read(str(tmp_path / "late.pdf"))
    cands = year_candidates(passages, fmt=fmt, info=info)
    by_year = {c.year: c for c in cands}
    assert by_year[2008].features["late:last"] == 1.0 and by_year[2008].source == "last-pages"
    assert by_year[2008].features["kw:copyright"] == 1.0
    assert 2007 in by_year and not by_year[2007].row.late  # page 3 is a front page, read with its layout
    # a cited year on the last page is a candidate for training, never the answer
    assert by_year[2004].features.get("paren_cite") == 1.0
    choice = find_year(passages, fmt=fmt, info=info)
    assert choice is None or choice.year != 2004


def test_header_fields_imprint_line_after_the_front_pages(tmp_path):
    ps = [Passage(0, "heading", "Cafés of Łódź", page=1), Passage(1, "body", "Text.", page=2),
          Passage(2, "body", "Copyright © 2011 Ærø Press. First published in 2011.", page=5),
          Passage(3, "body", "In 1999 the cafés of Łódź were counted.", page=6),
          Passage(4, "body", "Closing words.", page=12)]
    rows = late_rows(ps)
    assert [(r.text[:9], r.late) for r in rows] == [("Copyright", "imprint")]


def test_header_fields_cover_citation_year_older_than_the_references_is_dropped():
    from litmine.ingest.metadata import extract_metadata

    refs = [Passage(i + 3, "reference", f"Ølgaard, K. ({y}) Cafés in Århus. Nordic Studies {i}.", page=3)
            for i, y in enumerate((2001, 2003, 2004))]
    ps = [Passage(0, "heading", "Comment on Carens", page=1),
          Passage(1, "body", "Carens, J. (2000) Culture, Citizenship and Community. Oxford: Oxford University Press.",
                  page=1), Passage(2, "body", "Short comment text about Zürich.", page=2), *refs]
    assert extract_metadata(ps[:3], fmt="txt").values.get("year") == 2000  # no reference list: the line stands
    assert extract_metadata(ps, fmt="txt").values.get("year") is None  # 2000 < 2004 - 1: a cited work's year


def test_header_fields_running_citation_venue_from_the_first_page_in_reading_order():
    """JOSE-style running citations differ in their page number from page to page: the venue's pages come from the
    first one in reading order, whatever the order of the set they are passed in (it changes with the hash seed)."""
    heads = [f"Müller, J. (2025). Köln’s café study. Journal of Open Source Education, 8(87), {p}." for p in
             (143, 144, 145, 146)]
    lines = ["Köln’s café study", "Jörg Müller", *heads]
    for order in (heads, heads[::-1], heads[2:] + heads[:2]):
        running = set()
        for h in order:  # insertion order varies the set's iteration order for strings of equal hash buckets
            running.add(h)
        v = find_venue(lines, running=running)
        assert v.name == "Journal of Open Source Education"
        assert (v.info["volume"], v.info["issue"], v.info["pages"]) == ("8", "87", "143")
    v = find_venue(["Köln’s café study"], running=set(heads))  # none among the lines: the sorted first
    assert v.info["pages"] == "143"


def test_header_fields_look_ahead_patterns_match_as_their_plain_forms():
    import re

    from litmine.ingest import header_fields, header_venue

    def plain(rx):  # the pattern without its leading look-ahead at the first characters
        return re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)\(\?:(.*)\)$", r"\1", rx.pattern), rx.flags)

    texts = ["© 2008 by the authors", "COPYRIGHT 1999", "First Published in 2004", "ThIs EdItIoN 2001",
             "Accepted for publication 2017", "Erschienen 2010", "VERÖFFENTLICHT 2012", "encopyright 2001",
             "(Hrsg.) Politik", "(EDS.)", "LNCS 1234", "Lecture Notes in X", "Proceedings Of the", "proceedingsof",
             "Presented to Parliament", "Select Committee", "the INQUIRY into", "inquiryx", "nothing here 2009", ""]
    for rx in (header_fields._IMPRINT, header_venue._BOOK, header_venue._REPORT):
        assert rx.pattern.startswith("(?=[")
        for t in texts:
            m, p = rx.search(t), plain(rx).search(t)
            assert (m and m.span()) == (p and p.span()), (rx.pattern, t)
    assert sum(bool(header_venue._BOOK.search(t)) for t in texts) == 5


def test_venue_look_ahead_patterns_match_as_their_plain_forms():
    import re

    from litmine.ingest import header_venue

    def plain(rx):  # the pattern without its leading look-ahead at the first characters
        return re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", rx.pattern), rx.flags)

    texts = ["Historical Social Research, Vol. 31 — 2006 — No. 3, 107-126", "VOLUME 12, ISSUE 4, PP. 3-9",
             "Rundschau (43. Jg.) Heft 4/2003: 429 – 449", "Bd. 7, Nr. 2, S. 11-20", "31. Jahrgang", "n° 5 № 6",
             "Number 3 num. 4 pages: 1-2", "involume 3 xno 4 spp. 1-2", "Band 9", "nothing 2009", ""]
    for rx in (header_venue._VOL, header_venue._ISSUE, header_venue._PP):
        assert rx.pattern.startswith("(?=[")
        for t in texts:
            got = [(m.span(), m.groups()) for m in rx.finditer(t)]
            assert got == [(m.span(), m.groups()) for m in plain(rx).finditer(t)], (rx.pattern, t)
    assert parse_journal_line("Historical Social Research, Vol. 31 — 2006 — No. 3, 107-126")["issue"] == "3"


def test_imprint_hint_is_any_hint_in_the_text():
    from litmine.ingest.header_fields import _IMPRINT_HINTS, _imprint_hint

    texts = [*_IMPRINT_HINTS, *(f"x {h} y" for h in _IMPRINT_HINTS), "Copyright", "copyRIGHT", "nothing", "", "©"]
    for t in texts:
        assert _imprint_hint(t) == any(h in t for h in _IMPRINT_HINTS), t
    assert not _imprint_hint("no hint at all")


def test_reference_bound_and_latest_cited_from_one_scan():
    from litmine.ingest.header_fields import _bound, _cited_years, _latest_cited

    ps = [Passage(0, "reference", "Lee, A. (1998) X. Lee, B. (2004) Y."), Passage(1, "footnote", "See Ray 2007."),
          Passage(2, "body", "In 2030 (Kay, 2009)."), Passage(3, "reference", "Ng, C. (2002) Z. 2099")]
    refs, notes = _cited_years(ps)
    assert (sorted(refs), notes) == ([1998, 2002, 2004, 2099], [2007])
    assert _bound(refs) == reference_bound(ps) == 2003
    assert _latest_cited(ps, refs + notes) == _latest_cited(ps) == 2007
    few = [Passage(0, "reference", "Lee (1998)."), Passage(1, "body", "as shown (Kay, 2009) and (2011).")]
    assert _latest_cited(few, _cited_years(few)[0]) == _latest_cited(few) == 2011


def test_printed_journal_line_patterns_still_read_with_their_needed_characters():
    from litmine.ingest.header_venue import _NEEDS, _PATTERNS, _journal_pattern

    assert set(_NEEDS) == {label for label, _ in _PATTERNS}
    lines = {"Soziale Welt 40 (2015) 4, 110-127": "4", "Ageing Studies (2009) 18:499–509": None,
             "Zeitschrift für Soziologie 2/2011: 71-97": "2", "Journal of Social Research 17,1: 61-74": "1",
             "Review of Politics 5(2)": "2"}
    for line, issue in lines.items():
        got = _journal_pattern(line)
        assert got and got["pages" if issue is None else "issue"] == (issue or "499–509"), line
        for label, rx in _PATTERNS:  # a line that a pattern matches holds every character it is said to need
            if rx.match(line):
                assert all(c in line for c in _NEEDS[label]), (label, line)
    assert _journal_pattern("Soziale Welt 40 2015 4 110-127") is None
