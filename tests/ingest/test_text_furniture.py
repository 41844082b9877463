"""Running heads, feet and stamped banners of paged plain text (pages split at form feeds)."""

from litmine.ingest.text import find_page_furniture, read_markdown, read_plain

BODY = ["Die Kommune plant den Umbau der Schule für {n} Kinder.", "Mehr Licht in den Klassenräumen, sagt Frau Øster.",
        "The works start in spring and end before the term.", "Parents were asked what they need from the site.",
        "A second phase adds a hall for sports and meetings.", "Costs are shared by the council and the region.",
        "Page {n} closes with a note on the timetable."]


def _page(n: int, head: str, foot: str) -> str:
    """A page whose body lines differ from every other page's (real pages share their margins, not their body)."""
    body = [BODY[(n + i) % len(BODY)].format(n=n) for i in range(len(BODY))]
    return "\n".join([head] + [f"{line[:-1]} ({'abcdefgh'[n % 8]}{i})." for i, line in enumerate(body)] + [foot])


def test_text_furniture_running_heads_and_folios_left_out():
    pages = [_page(n, f"Schulbau in Årdal {n}" if n % 2 else f"{n} Guidance on school buildings, 2024 edition",
                   str(n)) for n in range(1, 9)]
    blocks = read_plain("\f".join(pages))
    texts = [b.text for b in blocks]
    assert not any("Schulbau in Årdal" in t or "Guidance on school buildings" in t for t in texts)
    assert not any(t.isdigit() for t in texts)
    assert sum("Frau Øster" in t for t in texts) == 8  # the body of every page stays
    assert [b.page for b in blocks if "Page 3 closes" in b.text] == [3]


def test_text_furniture_doubled_banner_removed_and_words_kept():
    pages = [_page(n, f"{n}ONLINE VERSIONONLINE VERSION Materials", "ONLINE VERSIONONLINE VERSION")
             for n in range(1, 3)]  # two pages: too few for running heads, the stamped banner still goes
    text = " ".join(b.text for b in read_plain("\f".join(pages)))
    assert "ONLINE" not in text and "VERSION" not in text
    assert "Materials" in text


def test_text_furniture_repeated_phrase_in_prose_kept():
    text = "NEW YORK NEW YORK is a song. The WORLD BANK, WORLD BANK staff said."
    assert read_plain(text)[0].text == text


def test_text_furniture_section_heading_under_same_running_head_kept():
    pages = [_page(n, "Ventilation", str(n)) for n in range(1, 7)]
    pages[3] = pages[3].replace("Ventilation\n", "Ventilation\nVentilation\n", 1)  # running head, then the heading
    texts = [b.text for b in read_plain("\f".join(pages))]
    assert sum(t.startswith("Ventilation") for t in texts) == 1


def test_text_furniture_none_without_pages_or_on_short_pages():
    assert find_page_furniture(["Title 1\nBody\n1", "Title 2\nBody\n2"]) == set()
    short = [f"Kapitel {n}\nText\n{n}" for n in range(1, 9)]  # pages of three lines: their margins are their body
    assert find_page_furniture(short) == set()


def test_text_furniture_also_left_out_of_paged_text_read_as_markdown():
    pages = [_page(n, f"# Chapter {n}ONLINE VERSIONONLINE VERSION", f"Guidance on school buildings {n}")
             for n in range(1, 7)]
    texts = [b.text for b in read_markdown("\f".join(pages))]
    assert not any("ONLINE" in t or "Guidance on school buildings" in t for t in texts)
    assert sum("Frau Øster" in t for t in texts) == 6
