"""Italics in Word documents and web pages as evidence for a reference's title/container boundary (as PDF fonts)."""

from __future__ import annotations

import io

import docx

from litmine.citations.typography import line_with_italics
from litmine.ingest.docx import read_docx
from litmine.ingest.extract import extract_document
from litmine.ingest.html import read_html
from litmine.ingest.text import read_text_file

BODY = "Welfare reform is studied widely (Abel, 2001; Brook, 2011)."
ABEL = ("Abel, K. (2001). Voice and loyalty at work. ", "Industrial Democracy Yearbook", ", London: Pluto.")
BROOK = ("Brook, L. (2011). ", "Local welfare and the state", ". London: Routledge.")


def _italic_texts(info, entry: str) -> str:
    flags = info["italics"].flags(entry)
    return "".join(c if f else "|" for c, f in zip(entry, flags)).strip("|")


def _docx(tmp_path) -> str:
    d = docx.Document()
    d.add_heading("Work and welfare", level=1)
    d.add_paragraph(BODY)
    d.add_heading("References", level=2)
    for before, italic, after in (ABEL, BROOK):
        p = d.add_paragraph(before)
        p.add_run(italic).italic = True
        p.add_run(after)
    path = tmp_path / "refs.docx"
    d.save(path)
    return str(path)


def test_line_with_italics_counts_letters_and_joins_adjacent_pieces():
    text, spans = line_with_italics([("Lee (2001) ", False), ("Work ", True), ("first", True), (". X, 4.", False)])
    assert text == "Lee (2001) Work first. X, 4."
    assert spans == ((7, 16),)  # "workfirst" after "lee2001", one stretch
    assert line_with_italics([("No italics.", False)]) == ("No italics.", ())


def test_word_runs_in_italics_reach_the_reference_parser(tmp_path):
    path = _docx(tmp_path)
    blocks, info = read_docx(open(path, "rb").read(), path)
    abel = "".join(ABEL)
    assert any(b.text == abel for b in blocks)  # the text itself is unchanged
    assert _italic_texts(info, abel) == "Industrial Democracy Yearbook"
    doc, _ = extract_document(path)
    refs = {r.authors[0]["surname"]: r for r in doc.references if r.authors}
    assert (refs["Abel"].title, refs["Abel"].container) == ("Voice and loyalty at work", "Industrial Democracy Yearbook")
    assert refs["Brook"].title == "Local welfare and the state" and not refs["Brook"].container


def test_word_italic_switched_off_and_character_style(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Lee, A. (2001) Work first. ")
    off = p.add_run("Social Policy")
    off.italic = False  # <w:i w:val="0"/>: explicitly upright
    p.add_run(", 4, 1-9.")
    q = d.add_paragraph("Moss, B. (1999) Welfare to work. ")
    styled = q.add_run("Journal of Policy")
    styled.style = d.styles["Emphasis"]  # italic through a character style, no direct w:i
    q.add_run(", 2, 3-4.")
    buf = io.BytesIO()
    d.save(buf)
    _, info = read_docx(buf.getvalue(), "x.docx")
    assert _italic_texts(info, "Moss, B. (1999) Welfare to work. Journal of Policy, 2, 3-4.") == "Journal of Policy"
    assert not any(info["italics"].flags("Lee, A. (2001) Work first. Social Policy, 4, 1-9."))


def test_web_page_em_and_i_reach_the_reference_parser():
    refs = "".join(f"<li>{a}<em>{b}</em>{c}</li>" if k == 0 else f"<li>{a}<i>{b}</i>{c}</li>"
                   for k, (a, b, c) in enumerate((ABEL, BROOK)))
    page = (f"<html><body><main><h1>Work and welfare</h1><p>{BODY}</p><h2>References</h2><ul>{refs}</ul>"
            "</main></body></html>").encode()
    blocks, info = read_html(page, "refs.html")
    abel = "".join(ABEL)
    assert abel in [b.text for b in blocks]
    assert _italic_texts(info, abel) == "Industrial Democracy Yearbook"
    doc, _ = extract_document("refs.html", page)
    got = {r.authors[0]["surname"]: (r.title, r.container) for r in doc.references if r.authors}
    assert got["Abel"] == ("Voice and loyalty at work", "Industrial Democracy Yearbook")
    assert got["Brook"] == ("Local welfare and the state", None)


def test_web_page_italic_marks_cannot_be_forged_by_the_text():
    page = ("<html><body><main><p>Lee, A. (2001) Work first. \ufdd0Social Policy\ufdd1, 4, 1-9.</p>"
            "<p>A <span style='font-style: italic'>styled</span> word.</p></main></body></html>").encode()
    blocks, info = read_html(page, "forged.html")
    assert blocks[0].text == "Lee, A. (2001) Work first. Social Policy, 4, 1-9."  # the noncharacters dropped
    assert not any(info["italics"].flags(blocks[0].text))
    assert _italic_texts(info, "A styled word.") == "styled"


def test_markdown_emphasis_is_italics_for_the_reference_parser(tmp_path):
    chapter = ("Hale, J. and Moss, B. (2012) 'Towns without jobs', in R. Mills and P. Lane (eds) "
               "*Regional policy, the third sector and local work*, Bristol: Policy Press.")
    text = ("# Work and welfare\n\nTowns changed (Hale and Moss, 2012; Abel, 2001).\n\n## References\n\n"
            f"- {chapter}\n- Abel, K. (2001). Voice and loyalty at work. _Industrial Democracy Yearbook_, "
            "London: **Pluto**.\n")
    path = tmp_path / "refs.md"
    path.write_text(text, encoding="utf-8")
    blocks, info = read_text_file(path.read_bytes(), str(path), "md")
    plain = chapter.replace("*", "")
    assert plain in [b.text for b in blocks]  # the text loses its marks as before
    assert _italic_texts(info, plain) == "Regional policy, the third sector and local work"
    abel = "Abel, K. (2001). Voice and loyalty at work. Industrial Democracy Yearbook, London: Pluto."
    assert _italic_texts(info, abel) == "Industrial Democracy Yearbook"  # _x_ is italic, **bold** is not
    doc, _ = extract_document(str(path))
    refs = {r.authors[0]["surname"]: r for r in doc.references if r.authors}
    assert refs["Hale"].container == "Regional policy, the third sector and local work"
    assert refs["Hale"].title == "Towns without jobs" and refs["Hale"].type == "chapter"
    assert (refs["Abel"].title, refs["Abel"].container) == ("Voice and loyalty at work", "Industrial Democracy Yearbook")


def test_markdown_italic_marks_cannot_be_forged_by_the_text():
    text = "# T\n\nLee, A. (2001) Work first. \ufdd0Social Policy\ufdd1, 4, 1-9.\n\nA *styled* word.\n"
    blocks, info = read_text_file(text.encode(), "forged.md", "md")
    assert blocks[1].text == "Lee, A. (2001) Work first. Social Policy, 4, 1-9."
    assert not any(info["italics"].flags(blocks[1].text))
    assert _italic_texts(info, "A styled word.") == "styled"
    _, plain = read_text_file(b"No emphasis here at all.\n", "plain.md", "md")
    assert plain["italics"] is None
