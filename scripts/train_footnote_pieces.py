"""Train the piece judge (litmine/citations/footnote_pieces.py) on composed notes run through the real pipeline.

Usage: python scripts/train_footnote_pieces.py [--eval ../shared/eval] [--out PATH] [--notes 3000] [--seed 31]
                                               [--recipe plain|rich|both] [--spoken] [--c 1.0]

Training data: footnotes composed by scripts/train_footnote_segmenter.py (compose: AnyStyle's labelled strings,
BSD 2-clause, in hand-written German and English note prose; compose_rich: besides those, GROBID's citation corpus,
Apache-2.0, restyled as German notes by scripts/note_restyle.py, in more note shapes), other seeds than the
segmenter's, and with --spoken hand-written notes of sources named in prose (speeches, interviews, press releases,
leaflets, broadcasts, newspapers by day: references) beside prose with dates that cites nothing. Each note goes
through footnotes.find_footnote_entries with the shipped segmenter; every piece footnotes._model_entry decides is
recorded with piece_features (benchmarks/footnote_pieces.Recorder) and labelled a reference when it and a composed
reference span share half of their union or more. Short forms and "ders." pieces (the rules decide them) and pieces
of 15 characters or fewer are left out. A logistic regression (scikit-learn) over them; the weights file holds the
feature names and numbers only. Never EXCITE.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from footnote_pieces import Recorder  # noqa: E402
from train_footnote_segmenter import compose, compose_rich  # noqa: E402

from litmine.citations import footnote_model, footnotes  # noqa: E402
from litmine.citations.footnote_pieces import MODEL_PATH, NAMES, PieceJudge  # noqa: E402

# sources named in prose (hand-written): who said or issued what, where, on which day
SPEAKERS = ["Bundeskanzler Helmut Schmidt", "die Bundesministerin für Familie", "der Vorsitzende der IG Metall",
            "Angela Merkel", "der Landrat des Kreises", "ein Sprecher des Innenministeriums", "Joschka Fischer",
            "die Gleichstellungsbeauftragte der Stadt", "der Präsident des Verfassungsgerichts", "Gerhard Schröder"]
KINDS = ["Rede {s} vor dem Deutschen Bundestag am {d}", "Interview mit {s} in der Sendung „Kontraste“ am {d}",
         "Pressemitteilung des Bundesministeriums für Arbeit vom {d}", "Flugblatt der Bürgerinitiative Nordstadt, {d}",
         "Erklärung {s} auf dem Parteitag in Hannover am {d}", "Tagesschau vom {d}", "Stellungnahme des DGB vom {d}",
         "Interview der Verfasserin mit einer Mitarbeiterin des Jugendamtes, {d}", "Rundschreiben des Senats vom {d}",
         "Speech by the Prime Minister at the Labour Party Conference, {d}", "Press release of the Commission, {d}",
         "Protokoll der Sitzung des Stadtrats vom {d}", "Brief {s} an den Bürgermeister vom {d}",
         "Wahlprogramm der SPD zur Landtagswahl {y}, S. {p}", "Beschluss des Parteivorstands vom {d}"]
# prose with a date that cites nothing
DATED_PROSE = ["Das Gesetz trat am {d} in Kraft", "Die Befragung fand zwischen Mai und Juli {y} statt",
               "Seit dem {d} gilt die neue Regelung auch für Selbstständige", "Die Wahl fand am {d} statt",
               "Die Zahlen beziehen sich auf den Stand vom {d}", "Im Jahr {y} lag die Quote bei 7,8 Prozent",
               "The survey was carried out in {y}", "Die Kommission wurde am {d} eingesetzt und tagte zwölfmal"]


def spoken_notes(n: int, rng: random.Random) -> list[tuple[str, list[tuple[int, int]]]]:
    """Notes naming a source in prose (a reference span) and notes of dated prose (no span)."""
    out = []
    for _ in range(n):
        y = rng.randint(1965, 2012)
        d = rng.choice([f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{y}", f"{rng.randint(1, 28)}. März {y}",
                        f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {y}"])
        num = f"{rng.randint(1, 99)} "
        if rng.random() < 0.6:
            src = rng.choice(KINDS).format(s=rng.choice(SPEAKERS), d=d, y=y, p=rng.randint(2, 90))
            lead = rng.choice(["", "", "So ", "Vgl. ", "Zitiert nach: ", "Siehe "])
            text = num + lead + src + "."
            out.append((text, [(len(num + lead), len(num + lead + src))]))
        else:
            out.append((num + rng.choice(DATED_PROSE).format(d=d, y=y) + ".", []))
    return out


# long prose of notes (hand-written clauses joined): what the segmenter may take for a reference in real notes
CLAUSES = ["Die Reform der Arbeitslosenversicherung wurde {y} von der Großen Koalition beschlossen",
           "Die Unterschiede zwischen den Bundesländern sind dabei erheblich",
           "Diese Sichtweise findet sich auch in der Debatte um die Zukunft der Sozialen Marktwirtschaft",
           "Nach dem Zweiten Weltkrieg kehrten viele Emigranten nicht in ihre Heimat zurück",
           "Gemeint ist hier die Gesamtheit der Einrichtungen der beruflichen Bildung in Ost- und Westdeutschland",
           "Der Anteil der Frauen an den Professuren stieg von {p} Prozent im Jahr {y} auf knapp ein Viertel",
           "In der Europäischen Union gelten hierfür unterschiedliche Regeln der Mitgliedstaaten",
           "Die Kommission für Wirtschaft und Soziales legte ihren Bericht im Herbst {y} vor",
           "Ähnliche Befunde für den Dienstleistungssektor berichten {n} ({y}) und {n2} ({y})",
           "Das Projekt „Arbeit und Leben im Wandel“ wurde von der Deutschen Forschungsgemeinschaft gefördert",
           "Für Hinweise und Kritik danke ich den Teilnehmerinnen und Teilnehmern des Kolloquiums in Bremen",
           "Die Daten des Sozio-oekonomischen Panels wurden vom DIW Berlin zur Verfügung gestellt",
           "Zu den Gründungsmitgliedern des Verbandes zählten neben Bayern auch Baden und Württemberg",
           "Im englischen Text heißt es: „The parties agree to review the treaty in {y}“",
           "Bundeskanzler und Finanzminister verständigten sich {y} auf einen gemeinsamen Entwurf",
           "Als Langzeitarbeitslose gelten Personen, die ein Jahr und länger arbeitslos gemeldet sind",
           "Die Befragten konnten mehrere Antworten geben; die Werte summieren sich daher nicht auf 100 Prozent",
           "Einen ähnlichen Ansatz verfolgen {n} ({y}: {p}) und {n2} ({y}) in ihren Fallstudien",
           "Der Begriff „Wohlfahrtsstaat“ wird in der angelsächsischen Literatur anders gebraucht",
           "The figures for {y} include the new member states of the European Union"]
HEADS = ["{j} {v} ({y}) {i} | {p}", "{j} {v}/{i} ({y}), {p}-{p2}", "Seite {p}", "{j} · Heft {i} · {y}",
         "{p} {j} {v} ({y})"]
JOURNALS = ["ZfS", "KZfSS", "PVS", "WSI-Mitteilungen", "Leviathan", "Soziale Welt", "BJS", "ZSR", "MittAB"]


def prose_notes(n: int, rng: random.Random) -> list[tuple[str, list[tuple[int, int]]]]:
    """Notes of prose that cite nothing (two to four hand-written clauses, with years, names, quotations) and
    running heads, tables and lists of names set in small type: no reference spans."""
    out = []
    for _ in range(n):
        y, p = rng.randint(1950, 2012), rng.randint(2, 300)
        if rng.random() < 0.8:
            parts = [c.format(y=y, p=p, n=rng.choice(SURNAMES), n2=rng.choice(SURNAMES))
                     for c in rng.sample(CLAUSES, rng.randint(1, 4))]
            out.append((f"{rng.randint(1, 99)} " + ". ".join(parts) + ".", []))
        elif rng.random() < 0.6:
            out.append((rng.choice(HEADS).format(j=rng.choice(JOURNALS), v=rng.randint(1, 60), i=rng.randint(1, 6),
                                                 y=y, p=p, p2=p + rng.randint(5, 30)), []))
        else:
            out.append((f"{rng.randint(1, 99)} " + ", ".join(rng.sample(COMPANIES, rng.randint(3, 6))) + ".", []))
    return out


SURNAMES = ["Müller", "Schmidt", "Keller", "Brandt", "Vogel", "Hartmann", "Lange", "Krüger", "Berger", "Franke"]
COMPANIES = ["Siemens", "Daimler", "Bosch", "Lufthansa", "Allianz", "Telekom", "Thyssen", "Volkswagen", "Post",
             "Metro", "Linde"]


def labelled_pieces(notes: list[tuple[str, list[tuple[int, int]]]]) -> list[tuple[list[float], int]]:
    """(features, label) of each piece of the notes that the judge may decide."""
    seg = footnote_model.default_segmenter()
    rec = Recorder(seg)
    out = []
    with rec:
        for text, spans in notes:
            start = len(rec.rows)
            footnotes.find_footnote_entries(text)
            for r in rec.rows[start:]:
                if r.rule in ("back", "ditto") or len(r.part) <= 15:
                    continue
                y = any(min(r.b, e) - max(r.a, s) >= 0.5 * (max(r.b, e) - min(r.a, s)) for s, e in spans)
                out.append((r.x, int(y)))
            rec.rows.clear()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--recipe", choices=("plain", "rich", "both"), default="both")
    parser.add_argument("--spoken", action="store_true", help="also hand-written notes of sources named in prose")
    parser.add_argument("--prose", type=float, default=0.0, help="notes of prose (prose_notes), share of --notes")
    parser.add_argument("--balanced", action="store_true", help="classes weighted alike")
    parser.add_argument("--dump", default="", help="also write the pieces' features and labels (npz) here")
    parser.add_argument("--drop", default="", help="features left out (names, comma-separated; weight 0)")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    ev = Path(args.eval)
    notes = []
    if args.recipe in ("plain", "both"):
        notes += compose(ev, args.notes, args.seed)
    if args.recipe in ("rich", "both"):
        notes += compose_rich(ev, args.notes, args.seed + 1)
    if args.spoken:
        notes += spoken_notes(args.notes // 6, random.Random(args.seed + 2))
    if args.prose:
        notes += prose_notes(int(args.notes * args.prose), random.Random(args.seed + 3))
    rows = labelled_pieces(notes)
    xs, ys = np.array([x for x, _ in rows]), np.array([y for _, y in rows])
    if args.dump:
        np.savez_compressed(args.dump, x=xs, y=ys)
    dropped = [NAMES.index(n) for n in args.drop.split(",") if n]
    xs[:, dropped] = 0.0
    model = LogisticRegression(C=args.c, max_iter=3000, fit_intercept=False,
                               class_weight="balanced" if args.balanced else None).fit(xs, ys)
    PieceJudge(list(NAMES), model.coef_[0], args.threshold).save(Path(args.out))
    print(f"{len(notes)} notes, {len(rows)} pieces, {int(ys.sum())} references; training accuracy "
          f"{model.score(xs, ys):.3f} -> {args.out}")


if __name__ == "__main__":
    main()
