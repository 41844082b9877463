"""A hand-made catalogue of notes that point back to a work an earlier note cites in full (issue 13; helper F53): by
the earlier note's number ("Muster (Anm. 1), S. 12", "(wie Anm. 1)", "(Fn. 1)", "(s. Anm. 1)", "[Anm. 1]",
"(note 6)", "(n. 6)"), with the author's name, a short title, a body's name or a title alone ("Weißbuch (Anm. 2)",
"Eurobarometer 64 (Anm. 3)", "Schlussfolgerungen des Vorsitzes (Anm. 5)"), after a signal or a few words ("Vgl.",
"So auch", "Siehe"), by "a.a.O.", and "Ebd."/"Ebenda" for the note just before. Every note and every work is made up
from citation practice; none is copied from a paper.

EARLIER are the paper's first notes, each citing works in full; NOTES holds (note, expected): the note follows the
earlier ones (it is note 7) and expected is the short forms it holds, in order, each (the first name as the pointer
prints it, else the title it prints, first page cited or None): a short form gives what the note prints, the work it
points to is the earlier note's. "Ebd." names nothing and is left out (the scorer skips bare "Ebd." rows)."""

EARLIER = [
    "1 Max Muster, Die neue Mitte. Parteien im Wandel, Berlin 2004, S. 3.",
    "2 Europäische Kommission, Weißbuch Europäisches Regieren, KOM(2001) 428, Brüssel 2001.",
    "3 Europäische Kommission, Eurobarometer 64, Brüssel 2005.",
    "4 Vgl. Anna Lenz/Otto Falk, Grenzen der Integration, in: Zeitschrift für Politik 12 (2003), S. 45-67; Paul Rist, "
    "Die Union, Wien 1999.",
    "5 Rat der Europäischen Union, Schlussfolgerungen des Vorsitzes, Brüssel 2006.",
    "6 John Smith, The Long Peace, Oxford 1997, p. 4.",
]

M, L, R, S = "Muster", "Lenz", "Rist", "Smith"

NOTES: list[tuple[str, list[tuple]]] = [
    # the author's name and the note number
    ("Muster (Anm. 1), S. 12.", [(M, "12")]),
    ("Vgl. Muster (Anm. 1), S. 12.", [(M, "12")]),
    ("Muster (Anm. 1).", [(M, None)]),
    ("Muster (wie Anm. 1), S. 12.", [(M, "12")]),
    ("Muster (s. Anm. 1), S. 12.", [(M, "12")]),
    ("Muster (vgl. Anm. 1), S. 12 f.", [(M, "12")]),
    ("Muster (Fn. 1), S. 12.", [(M, "12")]),
    ("Muster (FN 1), S. 12.", [(M, "12")]),
    ("Muster [Anm. 1], S. 12.", [(M, "12")]),
    ("Muster (Fußnote 1), S. 12.", [(M, "12")]),
    ("So auch Muster (Anm. 1), S. 12.", [(M, "12")]),
    ("Siehe dazu bereits Muster (Anm. 1), S. 12-14.", [(M, "12")]),
    ("Max Muster (Anm. 1), S. 12.", [(M, "12")]),
    ("Lenz/Falk (Anm. 4), S. 50.", [(L, "50")]),
    ("Ähnlich Lenz/Falk (Anm. 4), S. 60.", [(L, "60")]),
    ("Lenz u. a. (Anm. 4), S. 50.", [(L, "50")]),
    ("Rist (Anm. 4), S. 9.", [(R, "9")]),
    ("Muster (Anm. 1), S. 12; Rist (Anm. 4), S. 9.", [(M, "12"), (R, "9")]),
    ("Muster (Anm. 1), S. 12, sowie Rist (Anm. 4), S. 9.", [(M, "12"), (R, "9")]),
    # the author's name and a short title
    ("Muster, Mitte (Anm. 1), S. 12.", [(M, "12")]),
    ("Muster, Die neue Mitte (wie Anm. 1), S. 12.", [(M, "12")]),
    ("Vgl. Rist, Union (Anm. 4), S. 9.", [(R, "9")]),
    ("Muster, a.a.O. (Anm. 1), S. 12.", [(M, "12")]),
    # a body's name, a title alone
    ("Europäische Kommission (Anm. 2), S. 27.", [("Europäische Kommission", "27")]),
    ("Kommission, Weißbuch (Anm. 2), S. 5.", [("Kommission", "5")]),
    ("Weißbuch (Anm. 2), S. 27.", [("Weißbuch", "27")]),
    ("Siehe Weißbuch (Anm. 2), S. 27.", [("Weißbuch", "27")]),
    ("Vgl. Weißbuch (wie Anm. 2), S. 5.", [("Weißbuch", "5")]),
    ("Eurobarometer 64 (Anm. 3).", [("Eurobarometer 64", None)]),
    ("Vgl. Eurobarometer 64 (Anm. 3), S. 12.", [("Eurobarometer 64", "12")]),
    ("Schlussfolgerungen des Vorsitzes (Anm. 5).", [("Schlussfolgerungen des Vorsitzes", None)]),
    ("Vgl. die Schlussfolgerungen des Vorsitzes (Anm. 5), S. 4.", [("Schlussfolgerungen des Vorsitzes", "4")]),
    ("Grenzen der Integration (Anm. 4), S. 50.", [("Grenzen der Integration", "50")]),
    # English
    ("Smith (note 6), p. 12.", [(S, "12")]),
    ("Smith (n. 6), p. 12.", [(S, "12")]),
    ("Smith, Long Peace (n. 6), 12.", [(S, "12")]),
    ("See Smith (note 6), p. 12.", [(S, "12")]),
    ("Smith (above n. 6), p. 12.", [(S, "12")]),
    ("The Long Peace (note 6), p. 12.", [("The Long Peace", "12")]),
    # "a.a.O." by name
    ("Muster, a.a.O., S. 12.", [(M, "12")]),
    ("Muster, a. a. O., S. 12.", [(M, "12")]),
    ("Vgl. Rist, a.a.O., S. 9.", [(R, "9")]),
    ("Vgl. Muster, Die neue Mitte, a.a.O., S. 12.", [(M, "12")]),
    ("Rist, Die Union, a. a. O., S. 9.", [(R, "9")]),
    ("Smith, The Long Peace, op. cit., p. 12.", [(S, "12")]),
    ("Weißbuch, a.a.O., S. 27.", [("Weißbuch", "27")]),
    # the work's year before the pointer, a work the paper's list does not hold
    ("Muster 2004 (Anm. 1), S. 12.", [(M, "12")]),
    ("Siehe Weißbuch 2001 (Anm. 2), S. 27.", [("Weißbuch", "27")]),
]
