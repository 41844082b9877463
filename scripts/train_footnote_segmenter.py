"""Train the footnote segmenter (litmine/citations/footnote_model.py) and write
litmine/citations/data/footnote_segmenter.npz.

Usage: python scripts/train_footnote_segmenter.py [--eval ../shared/eval] [--out PATH] [--notes 6000] [--seed 13]
                                                 [--recipe plain|pool|rich] [--noise]
                                                 [--real-notes [--real-weight 1] [--o-weight 1]]
The shipped file: the defaults (--recipe plain, seed 13).

Training data: footnotes composed here (compose_note), since no shippable corpus labels references inside
footnotes. The references are AnyStyle's labelled reference strings (anystyle/derived/*.jsonl, inukshuk/anystyle,
BSD 2-clause: shipping derived weights is allowed), taken as printed or rewritten from their labelled parts in the
German note style ("Vorname Name/Vorname Name, Titel, in: Vorname Name (Hg.), Sammelband, Ort Jahr, S. 12-34."),
with a pin page added to some ("S. 12"). The text around them (note prose, cues such as "Vgl." and "Siehe dazu",
short forms such as "Ebd., S. 5." and "Weber (Anm. 3), S. 7.", comments after a reference) is written by hand in
this file, German and English. Labels: the tokens of each reference B/I, every other token O (short forms are O:
footnotes.py resolves them by rule to the reference they repeat). EXCITE (internal evaluation only) is never used
here; benchmarks/footnotes.py trains per-fold models on it only inside its leave-documents-out experiment.
Deterministic for a seed; about two minutes on one core (scikit-learn's logistic regression).

--recipe pool and --recipe rich (session 16, F9; experiments, not the shipped file: neither gained on both development
halves beyond the spread of three seeds, docs/benchmarks.md section "footnotes") compose notes from larger pools
(compose_pool: compose_note's shapes; compose_rich: notes of more shapes, Composer): besides the above, the
shippable labelled strings of scripts/train_references.py (AnyStyle, BSD 2-clause, and GROBID's
citation corpus, grobid-trainer/resources/dataset/citation, kermitt2/grobid, Apache-2.0; every string of a benchmark
set removed) written as German note references by scripts/note_restyle.py (F8) and GROBID's strings as printed. Rich notes: several
references parted by ";", ".", "sowie", "und", "ferner" and cues; references inside running prose ("So argumentiert
etwa {ref}, dass ..."); "ders."/"dies." references; short forms before, between and after references; long comments;
English notes; sources by name and day ("FAZ vom 12.3.1999, S. 3", hand-written names); web addresses with the day
they were read; --noise: words broken at a line's end, a lost space, other quotation marks. Still never EXCITE.

--real-notes (session 17, F11; an experiment, never the shipped file: EXCITE is for internal evaluation only, its
SOURCE.md, and it did not gain under leave-documents-out, docs/benchmarks.md section "footnotes"): the composed notes
plus real notes, the small-type zones of EXCITE's layout_refs of the 17 development documents
(benchmarks/footnote_diagnosis.development_documents; no held-out document) with their gold <ref> spans, short forms
(gold entries without a title) and leading cues left out of the spans (excite_notes); their tokens weigh
--real-weight, O tokens times --o-weight (the gold marks only some references of a note). The leave-documents-out
experiment is benchmarks/footnote_real_notes.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from litmine.citations.footnote_model import MODEL_PATH, featurize, fit  # noqa: E402

# hand-written note prose: statements a footnote makes besides its references
PROSE_DE = [
    "Die Zahlen beziehen sich auf das Jahr der Erhebung", "Hierzu liegen bislang kaum belastbare Daten vor",
    "Diese Einschätzung wird in der Literatur nicht einhellig geteilt", "Der Begriff wird hier im weiten Sinne verwendet",
    "Auf die Unterschiede zwischen den Ländern kann hier nicht eingegangen werden",
    "Eine ausführliche Darstellung der Methode findet sich im Anhang", "So die Formulierung im Koalitionsvertrag",
    "Die Übersetzung stammt vom Verfasser", "Zur Begriffsgeschichte ausführlich", "Anders argumentiert",
    "Die Befragung wurde im Frühjahr durchgeführt und umfasste rund 2.000 Haushalte",
    "Gemeint sind hier vor allem die ostdeutschen Bundesländer", "Das gilt in ähnlicher Weise für Österreich",
    "Ich danke den anonymen Gutachtern für wertvolle Hinweise", "Eigene Berechnungen auf Basis des Mikrozensus",
    "Die Angaben wurden auf ganze Zahlen gerundet", "Kritisch dazu äußert sich", "Einen Überblick über die Debatte gibt",
    "Zu den Folgen für den Arbeitsmarkt", "Ähnlich argumentieren", "Dieser Befund deckt sich mit früheren Studien",
    "Grundlegend für die Diskussion ist nach wie vor", "Die Unterscheidung geht zurück auf",
    "Gemeint ist die Reform der Arbeitslosenversicherung von 1969", "Das Gesetz trat am 1. Januar 2005 in Kraft",
    "Die Interviews wurden wörtlich transkribiert und anonymisiert", "Zitiert wird nach der zweiten Auflage",
    "Die Hervorhebung im Original", "Vgl. dazu auch die Ausführungen in Abschnitt 3",
    "Siehe hierzu Tabelle 2 im Anhang", "Zur Kritik an diesem Ansatz", "Für eine Gegenposition siehe",
    "Die Daten sind über das Forschungsdatenzentrum zugänglich", "Dies betrifft insbesondere die jüngeren Kohorten",
    "Im Folgenden wird die weibliche Form verwendet; gemeint sind alle Geschlechter",
    "Die Studie wurde von der Deutschen Forschungsgemeinschaft gefördert",
    "Nach Angaben des Statistischen Bundesamtes lag die Quote 2008 bei 7,8 Prozent",
    "Zu den Ursachen dieser Entwicklung", "Bemerkenswert ist, dass die Autoren selbst zu einem anderen Schluss kommen",
    "Diese These ist nicht unumstritten", "Weitere Nachweise bei", "Mit weiteren Nachweisen",
    "Die Frage wurde nur in Westdeutschland gestellt", "Eine Ausnahme bildet Schweden",
]
PROSE_EN = [
    "The figures refer to the year of the survey", "This view is not shared by all authors",
    "For a critical discussion see", "On the history of the term see", "The translation is mine",
    "I thank the anonymous reviewers for their comments", "Figures are rounded to whole numbers",
    "The distinction goes back to", "For an overview of the debate see", "Similar arguments are made by",
    "The interviews were conducted in 2009 and transcribed verbatim", "Emphasis in the original",
    "This applies in particular to younger cohorts", "For a different view see",
]
CUES_DE = ["Vgl.", "Vgl. auch", "Vgl. dazu", "Vgl. hierzu", "Vgl. etwa", "Vgl. z. B.", "Vgl. ausführlich",
           "Siehe", "Siehe auch", "Siehe dazu", "S. auch", "Zit. nach", "Zitiert nach", "So auch", "Ähnlich",
           "Dazu", "Grundlegend", "Ausführlich", "Vgl. insbesondere", "Vgl. bspw.", "Vgl. u. a."]
CUES_EN = ["See", "See also", "Cf.", "For example", "See, for instance,", "Quoted in", "Compare"]
SHORT = ["Ebd.", "Ebd., S. {p}.", "Ebenda, S. {p}.", "Ebd., S. {p} f.", "Ibid.", "Ibid., p. {p}.",
         "{name} (Anm. {n}), S. {p}.", "{name} (wie Anm. {n}), S. {p}.", "{name}, a.a.O., S. {p}.",
         "Ders., a.a.O., S. {p}.", "{name} {y}, S. {p}.", "{name}, op. cit., p. {p}.", "{name} (Fn. {n}), S. {p}."]
COMMENT_DE = ["die diese Position ausführlich begründet", "mit weiteren Nachweisen", "hier insbesondere Kapitel 3",
              "der allerdings zu einem anderen Ergebnis kommt", "wo sich auch eine Übersicht über die Literatur findet",
              "mit Blick auf die Familienpolitik", "für die Zeit nach 1990"]
NAMES = ["Weber", "Müller", "Schäfer", "Böhm", "Groß", "Luhmann", "Habermas", "Kaufmann", "Lessenich", "Beck",
         "Offe", "Esping-Andersen", "Jürgens", "Köhler"]


# small type that page layouts set at the foot and readers take for notes: tables, abbreviation lists, print
# slugs, copyright and ISSN lines, banners, lists of names; all of it is "O"
ABBREVIATIONS = ["DFG Deutsche Forschungsgemeinschaft", "BMBF Bundesministerium für Bildung und Forschung",
                 "OECD Organisation for Economic Co-operation and Development", "EU Europäische Union",
                 "GTZ Gesellschaft für Technische Zusammenarbeit", "IAB Institut für Arbeitsmarkt- und Berufsforschung",
                 "SOEP Sozio-oekonomisches Panel", "UNDP United Nations Development Programme", "NGO Nichtregierungsorganisation",
                 "BA Bundesagentur für Arbeit", "KMK Kultusministerkonferenz", "WHO World Health Organization"]
WORDS = ["Brasilien", "Indien", "China", "Südafrika", "Russland", "Frauen", "Männer", "insgesamt", "verheiratet",
         "ledig", "West", "Ost", "Anteil", "Quelle", "Jahr", "Kinder", "Haushalte", "Mio.", "US$", "Prozent", "gesamt"]


def compose_other(rng: random.Random) -> str:
    """Small type that is no note: a table row, an abbreviation list, a print slug, a licence or ISSN line, a list."""
    kind = rng.randrange(6)
    if kind == 0:
        return " ".join(rng.choice([str(rng.randint(1, 99)), f"{rng.randint(1, 99)},{rng.randint(0, 9)}",
                                    str(rng.randint(1950, 2015)), rng.choice(WORDS)]) for _ in range(rng.randint(6, 30)))
    if kind == 1:
        return " ".join(rng.sample(ABBREVIATIONS, rng.randint(2, 6)))
    if kind == 2:
        return (f"{rng.choice(['FuS', 'WP', 'Heft', 'Art'])}{rng.randint(1, 300)}_{rng.randint(1, 12):02d}-"
                f"{rng.choice(['Mue', 'Sch', 'Bec'])}(S{rng.randint(1, 99):03d}-{rng.randint(100, 300):03d}).p65 "
                f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{rng.randint(1995, 2012)}, {rng.randint(8, 18):02d}:"
                f"{rng.randint(0, 59):02d}")
    if kind == 3:
        return rng.choice([f"© {rng.choice(['Vandenhoeck & Ruprecht', 'VS Verlag', 'Springer'])} {rng.randint(1990, 2015)}",
                           f"ISSN {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                           "Dieser Beitrag ist unter einer Creative Commons Lizenz veröffentlicht",
                           f"Seite {rng.randint(1, 300)} von {rng.randint(300, 400)}"])
    if kind == 4:
        return ", ".join(rng.sample(WORDS, rng.randint(2, 6)))
    return rng.choice(["BUNDESINSTITUT FÜR SOZIALFORSCHUNG", "WISSENSCHAFTSZENTRUM BERLIN FÜR SOZIALFORSCHUNG",
                       "Die Meinungen, die in den vom Institut herausgegebenen Veröffentlichungen geäußert werden, "
                       "geben ausschließlich die Auffassung der Autoren wieder"]) + "."


def anystyle_references(root: Path) -> list[dict]:
    """AnyStyle's labelled reference strings: raw text and the labelled parts."""
    out = []
    for f in sorted((root / "anystyle" / "derived").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("raw") and len(row["raw"]) >= 20:
                out.append(row)
    return out


def _names_natural(author: str) -> str | None:
    """"Keil, Sylvester and Roth, A." → "Sylvester Keil/A. Roth"; None when the names do not read that way."""
    author = re.sub(r"\s*\((?:eds?|hg|hrsg)\.?\)|\bet al\.?|[.,;:]\s*$", "", author, flags=re.I).strip(" ,.;")
    parts = [p.strip() for p in re.split(r"\s*(?:;|&|\band\b|\bund\b|/)\s*", author) if p.strip()]
    out = []
    for p in parts:
        bits = [b.strip() for b in p.split(",") if b.strip()]
        if len(bits) == 2:
            out.append(f"{bits[1]} {bits[0]}")
        elif len(bits) == 1 and " " in bits[0]:
            out.append(bits[0])
        else:
            return None
    return "/".join(out[:4]) or None


def _field(row: dict, name: str) -> str:
    vals = row["fields"].get(name) or []
    return " ".join(vals[0].split()).strip(" ,.;:()") if vals else ""


def note_style(row: dict, rng: random.Random) -> str | None:
    """A reference rewritten from its labelled parts in the German note style; None when parts are missing."""
    names = _names_natural(_field(row, "author"))
    title = _field(row, "title")
    year = re.search(r"1[5-9]\d\d|20\d\d", _field(row, "date") or "")
    if not (names and title and year):
        return None
    out = f"{names}{rng.choice([', ', ': '])}{title}"
    container = _field(row, "container")
    editors = _names_natural(_field(row, "editor")) if _field(row, "editor") else None
    place, pages = _field(row, "location"), _field(row, "pages")
    pages = re.sub(r"^(?:pp?|S)\.\s*", "", pages)
    if container and (editors or not _field(row, "volume")):
        ed = f"{editors} ({rng.choice(['Hg.', 'Hrsg.'])}), " if editors else ""
        out += f", {rng.choice(['in:', 'In:'])} {ed}{container}, {place + ' ' if place else ''}{year.group(0)}"
    elif container:
        vol, iss = _field(row, "volume"), _field(row, "issue")
        form = rng.choice(["{c}, {v} ({y})", "{c}, Jg. {v}, H. {i}, {y}", "{c} {v} ({y}), H. {i}", "{c}, {i}/{y}"])
        out += ", in: " + form.format(c=container, v=vol or rng.randint(1, 60), y=year.group(0), i=iss or rng.randint(1, 6))
    else:
        out += f", {place + ' ' if place else ''}{year.group(0)}"
    if pages:
        out += f", S. {pages}"
    return out


def _pin(rng: random.Random) -> str:
    p = rng.randint(3, 480)
    return rng.choice([f", S. {p}", f", S. {p} f.", f", S. {p}-{p + rng.randint(1, 20)}", f", p. {p}", f", S. {p}ff."])


def _short(rng: random.Random) -> str:
    return rng.choice(SHORT).format(name=rng.choice(NAMES), n=rng.randint(1, 60), p=rng.randint(2, 300),
                                    y=rng.randint(1960, 2012))


def compose_note(refs: list[str], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """One footnote: a number, then prose, cues, references, short forms and comments in one of the orders notes
    use; returns its text and the character spans of its references."""
    text, spans = (f"{rng.randint(1, 120)} " if rng.random() < 0.85 else ""), []
    de = rng.random() < 0.8
    prose, cues = (PROSE_DE, CUES_DE) if de else (PROSE_EN, CUES_EN)

    def put(s: str) -> None:
        nonlocal text
        text += s

    def ref() -> None:
        r = rng.choice(refs).rstrip(" .")
        if rng.random() < 0.3 and not re.search(r"\b(?:S|pp?)\.\s*\d+\s*$", r):
            r += _pin(rng)
        spans.append((len(text), len(text) + len(r)))
        put(r)

    shape = rng.random()
    if shape < 0.12:  # prose only
        put(rng.choice(prose) + ". ")
        if rng.random() < 0.4:
            put(rng.choice(prose) + ".")
    elif shape < 0.22:  # a short form
        put(_short(rng))
        if rng.random() < 0.3:
            put("; " + _short(rng))
    else:
        if rng.random() < 0.35:
            put(rng.choice(prose) + rng.choice([". ", ": ", ", "]))
            if text.endswith(". ") and rng.random() < 0.7:
                put(rng.choice(cues) + " ")
        elif rng.random() < 0.7:
            put(rng.choice(cues) + " ")
        ref()
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])):
            sep = rng.random()
            if sep < 0.6:
                put("; ")
            elif sep < 0.75:
                put("; " + rng.choice(cues).lower() + " ")
            elif sep < 0.85:
                put(". " + rng.choice(cues) + " ")
            else:
                put(rng.choice(["; ders., ", "; dies., "]))
                r = rng.choice(refs).rstrip(" .")
                r = re.sub(r"^[^,:]{3,60}[,:]\s*", "", r)
                spans.append((len(text) - len("ders., "), len(text) + len(r)))
                put(r)
                continue
            ref()
        end = rng.random()
        if end < 0.15 and de:
            put(", " + rng.choice(COMMENT_DE) + ".")
        elif end < 0.3:
            put(". " + rng.choice(prose) + ".")
        elif end < 0.4:
            put("; " + _short(rng))
        else:
            put(".")
    return text.strip(), spans


def compose(root: Path, n: int, seed: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The recipe of the weights shipped until 2026-12-05 (session 16): compose_note over AnyStyle's strings."""
    rng = random.Random(seed)
    rows = anystyle_references(root)
    raw = [" ".join(r["raw"].split()) for r in rows if not (r["fields"].get("citation_number"))]
    styled = [s for s in (note_style(r, rng) for r in rows) if s]
    pool = styled * 2 + raw  # the note style weighs more: German notes use it most
    notes = [compose_note(pool, rng) for _ in range(n)]
    return notes + [(compose_other(rng), []) for _ in range(n // 8)]


# --- the richer recipe (session 16, F9) ---------------------------------------------------------------------------

# hand-written sentences that hold a reference ({ref}) inside running prose
PROSE_WITH_REF_DE = [
    "So argumentiert etwa {ref}, dass die Reform gescheitert sei.", "Zu diesem Ergebnis kommt auch {ref}.",
    "Eine gute Übersicht bietet {ref}.", "Die Daten stammen aus {ref}.", "Das Zitat ist entnommen aus {ref}.",
    "Grundlegend hierfür ist nach wie vor {ref}.", "Diese These vertritt vor allem {ref}, allerdings ohne Belege.",
    "Ausführlich dargestellt wird die Entwicklung bei {ref}.", "Eine andere Lesart findet sich in {ref}.",
    "Dies hat bereits {ref} gezeigt.", "Der Begriff stammt aus {ref}.", "Zitiert nach der Ausgabe {ref}.",
    "Die Zahlen sind entnommen aus: {ref}.", "Wie {ref} betont, ist diese Unterscheidung nicht neu.",
    "Auf diesen Punkt weist auch {ref} hin.", "Für die Zeit vor 1990 siehe vor allem {ref}.",
]
PROSE_WITH_REF_EN = [
    "This argument is developed in {ref}.", "The data are taken from {ref}.", "For a good overview, see {ref}.",
    "As {ref} shows, the distinction is not new.", "The quotation is from {ref}.", "This point is made by {ref}.",
    "A different reading is offered in {ref}.", "The term was coined in {ref}.",
]
# separators between two references of one note, and the cue after them (lower case after ";")
SEPARATORS_DE = ["; ", "; ", "; ", ". ", " sowie ", " und ", "; ferner ", "; vgl. auch ", "; siehe auch ",
                 ". Vgl. auch ", ". Siehe ", "; zuletzt ", "; kritisch dazu ", ", ", "; außerdem "]
SEPARATORS_EN = ["; ", "; ", ". ", " and ", "; see also ", ". See also ", "; also ", ", "]
DITTO = ["ders., ", "dies., ", "ders.: ", "Ders., ", "Dies., ", "ders. (Hg.), ", "ders.: "]
# sources cited by name and day (newspapers, broadcasts, press releases): references in the notes of German papers
PAPERS = ["Frankfurter Allgemeine Zeitung", "FAZ", "Süddeutsche Zeitung", "SZ", "Die Zeit", "DIE ZEIT", "taz",
          "Der Spiegel", "Handelsblatt", "Frankfurter Rundschau", "FR", "Die Welt", "Neue Zürcher Zeitung", "NZZ",
          "Financial Times", "The Guardian", "Le Monde", "Berliner Zeitung", "Der Tagesspiegel", "Kölner Stadt-Anzeiger",
          "Pressemitteilung des Bundesministeriums der Finanzen", "Deutschlandfunk", "Tagesschau"]
HOSTS = ["www.bmas.de", "www.destatis.de", "www.oecd.org", "www.bundestag.de", "www.bpb.de", "www.ec.europa.eu",
         "www.worldbank.org", "www.diw.de", "www.iab.de", "www.un.org", "www.spiegel.de"]
ACCESS = ["(Zugriff am {d}.{m}.{y})", "(abgerufen am {d}.{m}.{y})", "(Stand: {d}.{m}.{y})", "(accessed {d} March {y})",
          "[Zugriff: {d}.{m}.{y}]", ""]


def dated_source(rng: random.Random, titles: list[str]) -> str:
    """A source cited by name and day, written from hand-written names and a title of the pool (a share)."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1970, 2012)
    paper = rng.choice(PAPERS)
    head = ""
    if rng.random() < 0.4:
        head = rng.choice(["„{t}“, in: ", "{t}, in: ", "\"{t}\", in: "]).format(t=rng.choice(titles)[:80].rstrip(" .,"))
    date = rng.choice([f" vom {d}.{m}.{y}", f" vom {d}. {m}. {y}", f", {d}.{m}.{y}", f" vom {d:02d}.{m:02d}.{y}",
                       f", Nr. {rng.randint(1, 52)}/{y}", f" ({d}.{m}.{y})"])
    page = rng.choice(["", "", f", S. {rng.randint(1, 40)}", f", p. {rng.randint(1, 40)}"])
    return head + paper + date + page


def web_tail(rng: random.Random) -> str:
    """An address a reference is found at, with the day it was read (a share of the references)."""
    path = "/".join(rng.choice(["pdf", "publikationen", "docs", "2009", "studie", "bericht", "en", "de"])
                    for _ in range(rng.randint(1, 3)))
    acc = rng.choice(ACCESS).format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(2000, 2012))
    url = rng.choice(["http://", "https://", ""]) + f"{rng.choice(HOSTS)}/{path}"
    return rng.choice([", online: ", ", unter: ", ", ", ". URL: ", ", verfügbar unter ", ", available at "]) + url + \
        (" " + acc if acc else "")


_QUOTES = ["„{}“", "„{}„", "\"{}\"", "“{}”", "»{}«", "‚{}‘", "«{}»"]


def extraction_noise(rng: random.Random, r: str) -> str:
    """A reference as PDF text extraction leaves it now and then: a word broken at a line's end ("Gesell- schaft"),
    a space lost after a full stop or comma ("S.448"), its quotation marks in another form."""
    if rng.random() < 0.15:
        words = [m for m in re.finditer(r"[^\W\d_]{8,}", r)]
        if words:
            m = rng.choice(words)
            k = rng.randint(3, len(m.group(0)) - 3)
            r = r[:m.start() + k] + "- " + r[m.start() + k:]
    if rng.random() < 0.1:
        gaps = [m.start() for m in re.finditer(r"[.,] (?=\S)", r)]
        if gaps:
            k = rng.choice(gaps) + 1
            r = r[:k] + r[k + 1:]
    if rng.random() < 0.1:
        quoted = re.search(r"[„“\"»«‚‘”]([^„“\"»«‚‘”]{4,120})[„“\"»«‚‘”]", r)
        if quoted:
            r = r[:quoted.start()] + rng.choice(_QUOTES).format(quoted.group(1)) + r[quoted.end():]
    return r


def restyled_references(root: Path, seed: int) -> tuple[list[str], list[str], list[str]]:
    """The shippable labelled strings of scripts/train_references.py (AnyStyle BSD-2, GROBID Apache-2.0; every
    string of a benchmark set removed) written as German note references by scripts/note_restyle.py (F8):
    (references, short forms, GROBID strings as printed). A leading cue that note_restyle writes is dropped
    (compose_rich writes its own) and the closing punctuation too."""
    from note_restyle import note_restyle
    from train_references import build_examples

    rng = random.Random(seed)
    refs, shorts, printed = [], [], []
    for ex in build_examples(root):
        if ex[3] == "grobid" and not re.match(r"^\s*\[?\d{1,3}[\].)]", ex[0]):
            printed.append(" ".join(ex[0].split()))
        got = note_restyle(ex, rng)
        if not got:
            continue
        segs = list(got[1])
        while segs and segs[0][0] == "_untagged":
            segs.pop(0)
        text = " ".join("".join(t for _, t in segs).split()).rstrip(" .;")
        if len(text) < 12:
            continue
        (refs if any(lab == "title" for lab, _ in segs) else shorts).append(text)
    return refs, shorts, printed


class Composer:
    """Composes footnotes of the richer recipe (compose_rich) from pools of references and short forms."""

    def __init__(self, refs: list[str], shorts: list[str], titles: list[str], rng: random.Random) -> None:
        self.refs, self.shorts, self.titles, self.rng = refs, shorts, titles, rng
        self.text, self.spans = "", []
        self.noise = False

    def put(self, s: str) -> None:
        self.text += s

    def short(self) -> str:
        rng = self.rng
        return rng.choice(self.shorts).rstrip(" .") + "." if self.shorts and rng.random() < 0.4 else _short(rng)

    def ref(self, ditto: bool = False) -> None:
        """One reference (or a "ders." reference, the word inside its span) at the end of the text."""
        rng = self.rng
        if rng.random() < 0.06:
            r = dated_source(rng, self.titles)
        else:
            r = rng.choice(self.refs).rstrip(" .;")
            if rng.random() < 0.3 and not re.search(r"\b(?:S|pp?)\.\s*\d+\s*$", r):
                r += _pin(rng)
            if rng.random() < 0.05:
                r += web_tail(rng)
            if self.noise:
                r = extraction_noise(rng, r)
        start = len(self.text)
        if ditto:
            r = rng.choice(DITTO) + re.sub(r"^[^,:]{3,60}[,:]\s*", "", r)
        self.spans.append((start, start + len(r)))
        self.put(r)

    def refs_run(self, de: bool) -> None:
        """A run of references parted as notes part them, short forms and "ders." among them."""
        rng = self.rng
        self.ref()
        for _ in range(rng.choice([0, 0, 0, 1, 1, 1, 2, 2, 3, 4])):
            k = rng.random()
            if k < 0.1:
                self.put(rng.choice(["; ", ". "]))
                self.ref(ditto=True)
                continue
            if k < 0.17:
                self.put("; " + self.short() + " ")
                if rng.random() < 0.5:
                    continue
                self.put(rng.choice(["Vgl. auch ", "Siehe ", ""]) if de else "See also ")
                self.ref()
                continue
            self.put(rng.choice(SEPARATORS_DE if de else SEPARATORS_EN))
            self.ref()

    def prose_ref(self, de: bool) -> None:
        """A sentence that holds references inside it."""
        rng = self.rng
        frame = rng.choice(PROSE_WITH_REF_DE if de else PROSE_WITH_REF_EN)
        head, tail = frame.split("{ref}", 1)
        self.put(head)
        self.ref()
        if rng.random() < 0.25:
            self.put(rng.choice(SEPARATORS_DE[:4] if de else SEPARATORS_EN[:3]))
            self.ref()
        self.put(tail)

    def note(self) -> tuple[str, list[tuple[int, int]]]:
        """One footnote in one of the shapes notes take; its text and the character spans of its references."""
        rng = self.rng
        self.text, self.spans = (f"{rng.randint(1, 160)} " if rng.random() < 0.85 else ""), []
        de = rng.random() < 0.75
        prose, cues = (PROSE_DE, CUES_DE) if de else (PROSE_EN, CUES_EN)
        shape = rng.random()
        if shape < 0.1:  # prose only, one sentence or several
            self.put(". ".join(rng.choice(prose) for _ in range(rng.choice([1, 1, 2, 3]))) + ".")
        elif shape < 0.18:  # short forms only
            self.put(self.short())
            for _ in range(rng.choice([0, 0, 1, 2])):
                self.put(rng.choice(["; ", " "]) + self.short())
        elif shape < 0.3:  # references inside running prose, with prose before or after
            if rng.random() < 0.4:
                self.put(rng.choice(prose) + ". ")
            self.prose_ref(de)
            if rng.random() < 0.3:
                self.put(" " + rng.choice(prose) + ".")
        elif shape < 0.38:  # a long comment, then its references, and more comment
            self.put(". ".join(rng.choice(prose) for _ in range(rng.randint(2, 4))) + ". ")
            self.put(rng.choice(cues) + " ")
            self.refs_run(de)
            self.put("." if rng.random() < 0.6 else ". " + rng.choice(prose) + ".")
        else:  # the shapes of compose_note: cue or prose, references, a comment, a short form
            if rng.random() < 0.12:
                self.put(self.short() + rng.choice(["; ", " "]))
            if rng.random() < 0.3:
                self.put(rng.choice(prose) + rng.choice([". ", ": ", ", "]))
                if self.text.endswith(". ") and rng.random() < 0.7:
                    self.put(rng.choice(cues) + " ")
            elif rng.random() < 0.7:
                self.put(rng.choice(cues) + " ")
            self.refs_run(de)
            end = rng.random()
            if end < 0.15 and de:
                self.put(", " + rng.choice(COMMENT_DE) + ".")
            elif end < 0.3:
                self.put(". " + rng.choice(prose) + ".")
            elif end < 0.4:
                self.put("; " + self.short())
            else:
                self.put(".")
        return self.text.strip(), self.spans


def _pools(root: Path, rng: random.Random, seed: int) -> tuple[list[str], list[str], list[str], list[str]]:
    """The pools of the richer recipes: references (compose's pool plus note_restyle's German note references of
    AnyStyle and GROBID strings and GROBID's strings as printed), note_restyle's short forms, the old pool alone,
    and AnyStyle's titles."""
    rows = anystyle_references(root)
    raw = [" ".join(r["raw"].split()) for r in rows if not (r["fields"].get("citation_number"))]
    styled = [s for s in (note_style(r, rng) for r in rows) if s]
    restyled, shorts, printed = restyled_references(root, seed)
    titles = [t for t in (_field(r, "title") for r in rows) if len(t) > 10]
    return styled * 2 + restyled * 2 + raw + printed, shorts, styled * 2 + raw, titles


def compose_pool(root: Path, n: int, seed: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The "pool" recipe (session 16): compose_note's shapes over the larger pool of _pools (note_restyle's
    German note references of AnyStyle and GROBID strings, GROBID's strings as printed, beside compose's pool)."""
    rng = random.Random(seed)
    pool = _pools(root, rng, seed)[0]
    notes = [compose_note(pool, rng) for _ in range(n)]
    return notes + [(compose_other(rng), []) for _ in range(n // 8)]


def compose_rich(root: Path, n: int, seed: int, *, noise: bool = False) -> list[tuple[str, list[tuple[int, int]]]]:
    """The richer recipe (session 16): the pools of compose_pool; notes of more shapes (Composer.note): several
    references parted by ";", ".", "sowie", "und", cues; references inside running prose; "ders."/"dies."; short
    forms before, between and after references; long comments; English notes; sources by name and day; web
    addresses. Other small type as in compose."""
    rng = random.Random(seed)
    pool, shorts, _, titles = _pools(root, rng, seed)
    composer = Composer(pool, shorts, titles, rng)
    composer.noise = noise
    notes = [composer.note() for _ in range(n)]
    return notes + [(compose_other(rng), []) for _ in range(n // 8)]


# --- real notes (session 17, F11): EXCITE's development documents -------------------------------------------------

# a cue the gold of EXCITE keeps at the start of a reference ("Siehe Valentin Aichele ..."): the segmenter leaves
# cues out of a reference (O), so they are cut from the gold span
_LEAD_CUE = re.compile(r"(?:(?:vgl|siehe|see|cf|zit|zitiert|auch|dazu|hierzu|etwa|bspw|insbesondere|ausführlich|"
                       r"z\.\s?b|u\.\s?a)\b\.?:?,?\s+)+", re.I)


def excite_notes(ev: Path, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, list[tuple[int, int]]]]]:
    """Real notes with their references, per document: the small-type zones of EXCITE's layout_refs (text and the
    <ref> spans, benchmarks/footnotes.layout_notes) of the (subset, SSOAR id) documents given, which must be
    development documents (benchmarks/footnote_diagnosis.development_documents; never a held-out one). The gold marks
    references by the span; those that are short forms (gold entries without a title: "Douglas (1981), S. 15.",
    "Ebd.") are O for the segmenter by design and are left out of the spans, a cue opening a span ("Vgl.", "Siehe")
    is cut from it. Every zone counts, with or without a gold span: tables, print slugs, prose and biographies in
    small type are the O text composed notes lack. EXCITE is for internal evaluation only (its SOURCE.md): weights
    trained on it are for experiments unless the lead decides otherwise."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from citations import excite_gold, soft
    from footnotes import layout_notes

    out = {}
    for subset, sid in keys:
        gold = excite_gold(ev, subset)[sid]
        short = {soft(g["raw"])[:25] for g in gold if not g["title"]}
        full = {soft(g["raw"])[:25] for g in gold if g["title"]}
        notes = []
        for text, spans in layout_notes(ev / "excite-ssoar" / subset / "layout_refs" / f"{sid}.xml"):
            kept = []
            for a, b in spans:
                head = soft(text[a:b])[:25]
                if head in short and head not in full:
                    continue
                cue = _LEAD_CUE.match(text, a, b)
                if cue and b - cue.end() > 10:
                    a = cue.end()
                kept.append((a, b))
            notes.append((text, kept))
        out[(subset, sid)] = notes
    return out


def real_weights(notes: list[tuple[str, list[tuple[int, int]]]], weight: float, o_weight: float) -> list[list[float]]:
    """The training weight of each token of real notes: `weight`, times `o_weight` for a token outside every gold
    span (the gold marks only some references of a note: an unmarked stretch may be a reference)."""
    from litmine.citations.footnote_model import labels_from_spans, tokenize

    out = []
    for text, spans in notes:
        labs = labels_from_spans(tokenize(text), spans)
        out.append([weight * (o_weight if lab == "O" else 1.0) for lab in labs])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--notes", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--recipe", choices=("plain", "pool", "rich"), default="plain",
                        help="plain: compose (the shipped file); pool: compose_pool; rich: compose_rich (session 16)")
    parser.add_argument("--noise", action="store_true", help="rich: extraction noise in the references")
    parser.add_argument("--real-notes", action="store_true",
                        help="also the real notes of EXCITE's 17 development documents (excite_notes; experiments)")
    parser.add_argument("--real-weight", type=float, default=1.0, help="--real-notes: weight of their tokens")
    parser.add_argument("--o-weight", type=float, default=1.0, help="--real-notes: times this for their O tokens")
    args = parser.parse_args()
    if args.real_notes and Path(args.out).resolve() == MODEL_PATH.resolve():
        parser.error("--real-notes trains on EXCITE (internal evaluation only): give --out a path outside the package")
    if args.recipe == "rich":
        notes = compose_rich(Path(args.eval), args.notes, args.seed, noise=args.noise)
    else:
        notes = (compose_pool if args.recipe == "pool" else compose)(Path(args.eval), args.notes, args.seed)
    weights: list = [1.0] * len(notes)
    if args.real_notes:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from footnote_diagnosis import development_documents

        real = [n for found in excite_notes(Path(args.eval), development_documents(Path(args.eval))).values()
                for n in found]
        weights += real_weights(real, args.real_weight, args.o_weight)
        notes += real
    seg = fit(*featurize(notes), weights=weights)
    seg.save(Path(args.out))
    print(f"{len(notes)} notes, {sum(len(s) for _, s in notes)} references, {len(seg.index)} features -> {args.out}")


if __name__ == "__main__":
    main()
