"""Spaces that separate no words (pdf_spaces.SpaceCheck), checked per font size: footnotes in small type set with
kerned syllable spaces under body text with plain word spaces."""

from litmine.ingest.pdf import read_pdf
from litmine.ingest.structure import build_passages
from litmine.pdfwrite import PdfWriter

BODY = ("Die Förderung der Hochschulen in Nordrhein-Westfalen folgte über zwei Jahrzehnte einem Plan, "
        "den die Landesregierung mit den Städten und Gemeinden abgestimmt hatte.")
NOTES = ["1 Vgl. Jörg Bäu|mer, Ver|wal|tung und Öf|fent|lich|keit in Mün|chen, Ber|lin 2004.",
         "2 Sie|he Ul|ri|ke Sten|zel, Stu|di|en|re|form an Fach|hoch|schu|len, Göt|tin|gen 1999, S. 12.",
         "3 Vgl. Pe|ter Krü|ger, Wis|sen|schafts|po|li|tik im Bun|des|staat, Köln 2011."]


def _kerned(line: str) -> list:
    """A TJ array for line: a space after every syllable (as in "Bäu mer"), pulled back by kerning under it."""
    parts: list = []
    for word in line.split(" "):
        syllables = word.split("|")
        for k, syl in enumerate(syllables):
            parts += [syl, " ", 278] if k < len(syllables) - 1 else [syl, " "]
    return parts


def _page(body_lines: int = 30) -> PdfWriter:
    w = PdfWriter()
    w.new_page()
    words = BODY.split()
    y = 72
    for i in range(body_lines):  # body text at 10 pt, plain word spaces: the page's first spaces are all real
        w.text(72, y, " ".join(words[(i * 3) % 12:(i * 3) % 12 + 9]), size=10, font="Times-Roman")
        y += 13
    w.text(72, 700, "_" * 20, size=7)
    y = 712
    for note in NOTES:  # footnotes at 7 pt, kerned syllable spaces
        w.spaced(72, y, _kerned(note), size=7)
        y += 9
    return w


def _text(w: PdfWriter, tmp_path) -> str:
    w.save(tmp_path / "n.pdf")
    blocks, _ = read_pdf(str(tmp_path / "n.pdf"))
    text, _ = build_passages(blocks)
    return text


def test_pdf_spaces_footnote_syllable_spaces_dropped_under_plain_body_text(tmp_path):
    text = _text(_page(), tmp_path)
    for word in ("Bäumer", "Verwaltung und Öffentlichkeit in München, Berlin 2004", "Ulrike Stenzel",
                 "Studienreform an Fachhochschulen, Göttingen 1999", "Peter Krüger", "Wissenschaftspolitik"):
        assert word in text
    assert "Bäu mer" not in text and "Fachhochschu len" not in text
    # the body's word spaces stay
    assert "Die Förderung der Hochschulen in Nordrhein-Westfalen" in text
    assert "Förderungder" not in text and "Hochschulenin" not in text


def test_pdf_spaces_footnote_word_spaces_kept_at_small_size(tmp_path):
    w = _page()
    w.text(72, 745, "4 Ebd., S. 17; dazu auch die Berichte der Länder über ihre Förderung.", size=7)
    text = _text(w, tmp_path)
    assert "dazu auch die Berichte der Länder über ihre Förderung" in text


def test_pdf_spaces_tightly_set_heading_keeps_its_word_spaces(tmp_path):
    w = _page()
    # a bold heading whose word spaces are set tight: the next word set at 40 % of the space's width (real word
    # spaces of a real heading end there; syllable spaces are pulled back all the way)
    parts: list = []
    for word in "(i) In Österreich Räte für Gesundheit und Qualität der Versorgung".split():
        parts += [word, " ", 167]
    w.spaced(72, 50, parts[:-2], size=12, font="Helvetica-Bold")
    text = _text(w, tmp_path)
    assert "(i) In Österreich Räte für Gesundheit und Qualität der Versorgung" in text


def test_pdf_spaces_ligature_spaces_wanted_once_the_size_is_sampled():
    from litmine.ingest.pdf_spaces import SpaceCheck

    check = SpaceCheck(None, "")
    check.samples[10.0] = [SpaceCheck.SAMPLE, 0]  # this size's sample is complete and found nothing
    assert not check.wanted("the first word here", 10.0)
    for text in ("the fi rst word", "a fl ow of", "the e ff ect", "the \ufb01 rst word", "\u00e9t\u00e9 fi nal",
                 "M i g r a t i o n"):
        assert check.wanted(text, 10.0), text
    assert not check.wanted("caf\u00e9 au lait ce matin", 10.0)
