"""A hand-made catalogue of German (and some English) notes that cite SEVERAL works (issue 13; helper F54), in the
ways notes join them: ";" and "." between references, joining words ("sowie", "und", "bzw.", "oder", "ferner",
"außerdem", "zuletzt", "jüngst", "anders", "kritisch", "dagegen", "vgl. auch", "s. auch", "ähnlich", "m.w.N.",
"zit. n."), a full reference followed by short forms and the reverse, two works of one author ("ders.", a list of
years), pointers to earlier notes ("Weber (Anm. 1), S. 7"), prose between references, a quotation's source and a
further reading, a URL and access day followed by another reference, titles holding ";", "und" or a year, editors
"(Hg.)" and places "Frankfurt a. M./New York" that look like boundaries, newspaper items by day one after the
other. Every note and entry is made up from citation practice; none is copied from a paper.

The paper the test builds holds LIST (its reference list, author-year) and PRIOR (notes 1-5, each citing one work in
full, which later notes point to), then the catalogue's note as note 6. NOTES holds (note, expected): expected is
the note's references in order, each a dict of the fields compared (only the keys given):
  a: the first author's surname (or a body's name), y: year (None where the note prints none),
  t: how the title begins (a short form printing no title has none: key left out).
A short form counts as a reference (the labelling conventions list it), as does "ders. 2001" and "ebd." after a
name; a work named only in prose without a year or title is none."""

R = dict

LIST = [
    "Brenner, K. (1998): Arbeit und Staat. Berlin: Sigma.",
    "Brenner, K. (2001a): Staat und Markt. Berlin: Sigma.",
    "Brenner, K. (2001b): Markt ohne Staat. Berlin: Sigma.",
    "Seidel, P. (2003): Gewalt und Ordnung. Opladen: Leske + Budrich.",
    "Albrecht, C. (1989): Die Stadt. Hamburg: Junius.",
    "Albrecht, C. (1993): Die Stadt und ihre Bürger. Hamburg: Junius.",
    "Pohl, R. (1985): Die Gewerkschaften. Köln: Bund.",
    "Engel, M. (1996): Armut in Europa. In: Soziale Welt 47 (2), S. 120-139.",
    "Zander, G. (2008): Recht und Verwaltung. In: Falk, U./Ritter, H. (Hrsg.): Staat. Wiesbaden: VS, S. 11-40.",
    "Falk, U./Ritter, H. (2010): Parteien im Wandel. Wiesbaden: VS.",
    "OECD (2004): Employment Outlook. Paris: OECD.",
    "Lohe, K. van der (1998): Transnational Classes. London: Routledge.",
    "Kessel, B. et al. (2012): Jugend und Politik. Wiesbaden: VS.",
]

PRIOR = [
    "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
    "Vgl. Ulrich Beck, Risikogesellschaft. Auf dem Weg in eine andere Moderne, Frankfurt a. M. 1986, S. 25.",
    "Niklas Luhmann, Soziale Systeme, Frankfurt a. M. 1984.",
    "Siehe Renate Mayntz, Soziologie der öffentlichen Verwaltung, Heidelberg 1978, S. 40.",
    "Jürgen Habermas, Faktizität und Geltung, Frankfurt a. M. 1992, S. 3.",
]

NOTES: list[tuple[str, list[dict]]] = [
    # --- full references joined by ";" (humanities: given name first, place and year)
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990; Otto Lenz, Bürger und Rat, Köln 1985; Eva Roth, Zünfte, "
     "Berlin 1977.",
     [R(a="Kramer", y=1990, t="Die Stadt"), R(a="Lenz", y=1985, t="Bürger und Rat"), R(a="Roth", y=1977, t="Zünfte")]),
    ("Vgl. etwa Dieter Grimm, Die Zukunft der Verfassung, Frankfurt a. M. 1991, S. 30 ff.; Konrad Hesse, Grundzüge des "
     "Verfassungsrechts, Heidelberg 1995, Rn. 5.",
     [R(a="Grimm", y=1991, t="Die Zukunft der Verfassung"), R(a="Hesse", y=1995, t="Grundzüge des Verfassungsrechts")]),
    ("Siehe Karl Ott, Der Landtag, in: Zeitschrift für Parlamentsfragen 12 (1981), S. 5-20; Ina Vogt, Die Fraktion, "
     "in: Politische Vierteljahresschrift 30 (1989), S. 100-118.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    ("Vgl. Karl Ott, Der Landtag, in: ZParl 12 (1981), S. 5-20, hier S. 8; Ina Vogt, Die Fraktion, in: PVS 30 (1989), "
     "S. 100-118, hier S. 104.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    # social-science order: surname first, year in brackets
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck; Lenz, Otto (1985): Bürger und Rat. Köln: "
     "Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Kramer, H.: Die Stadt im Mittelalter, München 1990; Lenz, O.: Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("KRAMER, Hans: Die Stadt im Mittelalter, München 1990; LENZ, Otto: Bürger und Rat, Köln 1985.",
     [R(a="KRAMER", y=1990, t="Die Stadt im Mittelalter"), R(a="LENZ", y=1985, t="Bürger und Rat")]),
    ("Kramer, Hans (1990): Die Stadt im Mittelalter, München; Lenz, Otto (1985): Bürger und Rat, in: Historische "
     "Zeitschrift 240, S. 1-30.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- full references joined by "."
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12. Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Kramer, Hans: Die Stadt im Mittelalter. München 1990. Lenz, Otto: Bürger und Rat. Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, H. (1990): Die Stadt im Mittelalter. München: Beck. Vgl. auch Lenz, O. (1985): Bürger und Rat. "
     "Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990. Dazu kritisch Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Grundlegend Hans Kramer, Die Stadt im Mittelalter, München 1990. Einen neueren Überblick gibt Otto Lenz, Bürger "
     "und Rat, Köln 2005.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=2005, t="Bürger und Rat")]),
    # --- joining words
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, sowie Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12, sowie Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans: Die Stadt im Mittelalter, München 1990 sowie Lenz, Otto: Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, und Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 bzw. Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Siehe Hans Kramer, Die Stadt im Mittelalter, München 1990, oder Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; ferner Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; außerdem Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; zuletzt Otto Lenz, Bürger und Rat, Köln 2010.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=2010, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; jüngst Otto Lenz, Bürger und Rat, Köln 2010.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=2010, t="Bürger und Rat")]),
    ("So Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; anders Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("So Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; kritisch Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("So Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; dagegen Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; vgl. auch Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; s. auch Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; siehe auch Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; ähnlich Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 m.w.N.; Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 m. w. N.; Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 (mit weiteren Nachweisen); Otto Lenz, Bürger "
     "und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Otto Lenz, Bürger und Rat, Köln 1985, S. 7, zit. n. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12.",
     [R(a="Lenz", y=1985, t="Bürger und Rat"), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Lenz, Otto: Bürger und Rat, Köln 1985, S. 7, zitiert nach Kramer, Hans: Die Stadt im Mittelalter, München "
     "1990, S. 12.",
     [R(a="Lenz", y=1985, t="Bürger und Rat"), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; weiterführend Otto Lenz, Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; zusammenfassend Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; neuerdings auch Otto Lenz, Bürger und Rat, Köln 2011.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=2011, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; in diesem Sinne auch Otto Lenz, Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; a. A. Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck; kritisch dazu Lenz, Otto (1995): Bürger und "
     "Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1995, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck, sowie Lenz, Otto (1985): Bürger und Rat. "
     "Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- a full reference then short forms, and the reverse
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Brenner 1998, S. 4.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Brenner", y=1998)]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Brenner 1998, S. 4; Pohl 1985, S. 9.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998, S. 4; Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12.",
     [R(a="Brenner", y=1998), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Vgl. Brenner (1998: 4) sowie Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck.",
     [R(a="Brenner", y=1998), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Vgl. Pohl 1985: 9; Engel 1996: 125; außerdem Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck.",
     [R(a="Pohl", y=1985), R(a="Engel", y=1996), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck, S. 12; vgl. auch Albrecht 1989: 30.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Albrecht", y=1989)]),
    ("Vgl. Weber (Anm. 1), S. 30; Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12.",
     [R(a="Weber", y=None), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Weber (Anm. 1), S. 30.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Weber", y=None)]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Luhmann, Soziale Systeme, S. 30.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Luhmann", t="Soziale Systeme")]),
    ("Vgl. Luhmann, Soziale Systeme, S. 30; Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12.",
     [R(a="Luhmann", t="Soziale Systeme"), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    # --- short forms: two works of one author
    ("Vgl. Brenner 1998: 12; ders. 2001a: 5.", [R(a="Brenner", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 1998, 2001a.", [R(a="Brenner", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 1998, 2001a, 2001b.", [R(a="Brenner", y=1998), R(a="Brenner", y=2001), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 1998; 2001a.", [R(a="Brenner", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner (1998, 2001a).", [R(a="Brenner", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 1998, S. 12, und 2001a, S. 5.", [R(a="Brenner", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 2001a, b.", [R(a="Brenner", y=2001), R(a="Brenner", y=2001)]),
    ("Vgl. Albrecht 1989 und 1993.", [R(a="Albrecht", y=1989), R(a="Albrecht", y=1993)]),
    ("Vgl. Albrecht 1989, S. 3; ders. 1993, S. 7.", [R(a="Albrecht", y=1989), R(a="Albrecht", y=1993)]),
    ("Vgl. Albrecht 1989: 3 sowie ders. 1993: 7.", [R(a="Albrecht", y=1989), R(a="Albrecht", y=1993)]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; ders., Der Rat, Köln 1995, S. 3.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Kramer", y=1995, t="Der Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990; ders., Der Rat, Köln 1995; ders., Die Zunft, Köln 1999.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Kramer", y=1995, t="Der Rat"),
      R(a="Kramer", y=1999, t="Die Zunft")]),
    ("Vgl. Kramer, Hans: Die Stadt im Mittelalter, München 1990; ders.: Der Rat, Köln 1995.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Kramer", y=1995, t="Der Rat")]),
    ("Vgl. Eva Roth, Zünfte, Berlin 1977, S. 4; dies., Gilden, Berlin 1981, S. 9.",
     [R(a="Roth", y=1977, t="Zünfte"), R(a="Roth", y=1981, t="Gilden")]),
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck; ders. (1995): Der Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Kramer", y=1995, t="Der Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12, und ders., Der Rat, Köln 1995, S. 3.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Kramer", y=1995, t="Der Rat")]),
    # --- pointers to earlier notes
    ("Weber (Anm. 1), S. 7; Luhmann (Anm. 3), S. 9.", [R(a="Weber", y=None), R(a="Luhmann", y=None)]),
    ("Vgl. Weber (Anm. 1), S. 7; Beck (Anm. 2), S. 9; Luhmann (Anm. 3), S. 11.",
     [R(a="Weber", y=None), R(a="Beck", y=None), R(a="Luhmann", y=None)]),
    ("Weber (wie Anm. 1), S. 7; Luhmann (wie Anm. 3), S. 9.", [R(a="Weber", y=None), R(a="Luhmann", y=None)]),
    ("Weber, a.a.O., S. 7; Luhmann, a.a.O., S. 9.", [R(a="Weber", y=None), R(a="Luhmann", y=None)]),
    ("Weber (Fn. 1), S. 7, und Mayntz (Fn. 4), S. 41.", [R(a="Weber", y=None), R(a="Mayntz", y=None)]),
    ("Vgl. Weber (Anm. 1), S. 7 sowie Habermas (Anm. 5), S. 19.", [R(a="Weber", y=None), R(a="Habermas", y=None)]),
    ("Weber (Anm. 1), S. 7; anders Beck (Anm. 2), S. 9.", [R(a="Weber", y=None), R(a="Beck", y=None)]),
    ("Weber, Wirtschaft und Gesellschaft, S. 7; Luhmann, Soziale Systeme, S. 9.",
     [R(a="Weber", t="Wirtschaft und Gesellschaft"), R(a="Luhmann", t="Soziale Systeme")]),
    ("Vgl. Weber, Wirtschaft, S. 7; Beck, Risikogesellschaft, S. 9.",
     [R(a="Weber", t="Wirtschaft"), R(a="Beck", t="Risikogesellschaft")]),
    ("Weber, Wirtschaft (wie Anm. 1), S. 7; Mayntz, Soziologie (wie Anm. 4), S. 45.",
     [R(a="Weber", t="Wirtschaft"), R(a="Mayntz", t="Soziologie")]),
    ("Ebd., S. 14; Beck (Anm. 2), S. 9.", [R(a="Beck", y=None)]),
    ("Weber (Anm. 1), S. 7; ebd., S. 9.", [R(a="Weber", y=None)]),
    ("Mayntz (Anm. 4), S. 40; Pohl 1985, S. 9.", [R(a="Mayntz", y=None), R(a="Pohl", y=1985)]),
    ("Brenner 1998, S. 4; Mayntz (Anm. 4), S. 40.", [R(a="Brenner", y=1998), R(a="Mayntz", y=None)]),
    # --- references with prose between them
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12, der zu Recht betont, dass die Stadt ein "
     "Rechtsraum war; anders Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Brenner 1998, S. 12, der zu Recht betont, dass die Arbeit eine Form der Herrschaft ist; anders Pohl 1985.",
     [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("So bereits Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12. Dieser Befund wurde später bestätigt, "
     "etwa von Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Die These stammt von Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; sie ist in der Forschung "
     "umstritten, vgl. nur Otto Lenz, Bürger und Rat, Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, hier S. 12-15, wo die ältere Forschung "
     "zusammengefasst wird. Zur Kritik: Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck. Er argumentiert, dass die Zünfte die Stadt "
     "prägten. Ähnlich Lenz, Otto (1985): Bürger und Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Zur Entwicklung in Preußen vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; für Bayern Otto Lenz, "
     "Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Für Deutschland vgl. Brenner 1998, S. 20; für Frankreich Hans Kramer, Die Stadt im Mittelalter, München 1990, "
     "S. 12.",
     [R(a="Brenner", y=1998), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Vgl. Pohl 1985, S. 12, dessen Befunde Engel 1996, S. 125, für Europa bestätigt.",
     [R(a="Pohl", y=1985), R(a="Engel", y=1996)]),
    ("Während Brenner (1998) die Arbeit betont, stellt Albrecht (1993) die Stadt in den Mittelpunkt.",
     [R(a="Brenner", y=1998), R(a="Albrecht", y=1993)]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; zur Kritik an Kramers These siehe Otto Lenz, Bürger "
     "und Rat, Köln 1985, S. 7 ff.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 (zu den Zünften) und S. 40 (zum Rat); Otto "
     "Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- a quotation's source, then further reading
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12. Vgl. dazu auch Otto Lenz, Bürger und Rat, Köln "
     "1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Zit. n. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; vgl. auch Otto Lenz, Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Kramer, Die Stadt, S. 12. Zum Kontext siehe Otto Lenz, Bürger und Rat, Köln 1985, S. 7 ff.",
     [R(a="Kramer", t="Die Stadt"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Zitiert nach Brenner 1998, S. 12. Weiterführend Albrecht 1993.", [R(a="Brenner", y=1998), R(a="Albrecht", y=1993)]),
    ("Brenner 1998: 12; zur Diskussion vgl. Seidel 2003 und Zander 2008.",
     [R(a="Brenner", y=1998), R(a="Seidel", y=2003), R(a="Zander", y=2008)]),
    ('„Die Stadt ist ein Rechtsraum.“ Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; ähnlich Otto Lenz, '
     'Bürger und Rat, Köln 1985.',
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 (Hervorhebung im Original); vgl. Otto Lenz, Bürger "
     "und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- a URL and access day, then another
    ("Bundesamt für Migration, Jahresbericht 2010, Nürnberg 2011, http://www.bamf.de/jb2010.pdf (Zugriff am 3.4.2012); "
     "Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Bundesamt für Migration", y=2011, t="Jahresbericht 2010"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Ina Vogt, Die Fraktion im Netz, 2009, online: http://www.example.org/vogt.html (abgerufen am 5.6.2010); "
     "Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Vogt", y=2009, t="Die Fraktion im Netz"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Vogt, Ina (2009): Die Fraktion im Netz. URL: http://www.example.org/vogt.html [Stand: 5.6.2010]; Lenz, "
     "Otto (1985): Bürger und Rat. Köln: Böhlau.",
     [R(a="Vogt", y=2009, t="Die Fraktion im Netz"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Ina Vogt, Die Fraktion im Netz, http://www.example.org/vogt.html, 12.3.2009; Karl Ott, Der Landtag online, "
     "http://www.example.org/ott.html, 14.5.2010.",
     [R(a="Vogt", y=2009, t="Die Fraktion im Netz"), R(a="Ott", y=2010, t="Der Landtag online")]),
    ("Ina Vogt, Die Fraktion im Netz, in: Telepolis, 12.3.2009, http://www.example.org/tp/vogt.html (3.4.2010). "
     "Ähnlich Karl Ott, Der Landtag online, in: Spiegel Online, 14.5.2010.",
     [R(a="Vogt", y=2009, t="Die Fraktion im Netz"), R(a="Ott", y=2010, t="Der Landtag online")]),
    ("See Ina Vogt, The Party Online, 2009, available at: http://www.example.org/vogt (accessed 5 June 2010); see "
     "also Karl Ott, Parliaments and the Web, London 2008.",
     [R(a="Vogt", y=2009, t="The Party Online"), R(a="Ott", y=2008, t="Parliaments and the Web")]),
    # --- titles holding ";", "und" or a year
    ("Hans Kramer, Stadt und Land; Bürger und Bauern im Mittelalter, München 1990; Otto Lenz, Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Stadt und Land"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Krieg und Frieden, Staat und Gesellschaft, München 1990, und Otto Lenz, Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Krieg und Frieden"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Revolution von 1848, München 1990; Otto Lenz, Deutschland 1918 bis 1933, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Revolution von 1848"), R(a="Lenz", y=1985, t="Deutschland 1918 bis 1933")]),
    ("Vgl. Kramer, Hans (1990): Die Wende 1989. München: Beck; Lenz, Otto (1995): Die Einheit 1990. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Wende 1989"), R(a="Lenz", y=1995, t="Die Einheit 1990")]),
    ("Hans Kramer, 1968. Eine Revolte, München 1998; Otto Lenz, 1989. Das Ende der DDR, Köln 1999.",
     [R(a="Kramer", y=1998, t="1968"), R(a="Lenz", y=1999, t="1989")]),
    ("Vgl. Hans Kramer, Stadt und Land. Bürger und Bauern im Mittelalter, München 1990. Otto Lenz, Bürger und Rat, "
     "Köln 1985.",
     [R(a="Kramer", y=1990, t="Stadt und Land"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans: Arbeit und Leben in der Stadt, München 1990; Lenz, Otto: Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Arbeit und Leben in der Stadt"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. den Sammelband Die Stadt 2000 und ihre Zukunft, hg. von Hans Kramer, München 1995; Otto Lenz, Bürger und "
     "Rat, Köln 1985.",
     [R(y=1995, t="Die Stadt 2000"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- editors and places that look like boundaries
    ("Vgl. Hans Kramer (Hg.), Die Stadt im Mittelalter, München 1990; Otto Lenz (Hg.), Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (Hg.): Die Stadt im Mittelalter, München 1990; Lenz, Otto (Hrsg.): Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Eva Roth, Zünfte, in: Hans Kramer (Hg.), Die Stadt im Mittelalter, München 1990, S. 10-30; Otto Lenz, "
     "Bürger und Rat, Köln 1985.",
     [R(a="Roth", y=1990, t="Zünfte"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Roth, Eva: Zünfte, in: Kramer, Hans/Lenz, Otto (Hg.): Die Stadt im Mittelalter, München 1990, S. 10-30; "
     "Vogt, Ina: Die Fraktion, Köln 1989.",
     [R(a="Roth", y=1990, t="Zünfte"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, Frankfurt a. M./New York 1990, S. 12; Otto Lenz, Bürger und Rat, "
     "Köln/Weimar/Wien 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (1990): Die Stadt im Mittelalter. Frankfurt a. M./New York: Campus; Lenz, Otto (1985): "
     "Bürger und Rat. Köln/Weimar/Wien: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, Frankfurt/M. 1990; Otto Lenz, Bürger und Rat, Freiburg i. Br. 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer, Die Stadt im Mittelalter, Frankfurt am Main 1990; Otto Lenz, Bürger und Rat, Halle (Saale) 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer/Otto Lenz (Hg.), Die Stadt im Mittelalter, Frankfurt a. M./New York 1990; Eva Roth/Ina Vogt "
     "(Hg.), Zünfte und Gilden, Opladen 1995.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Roth", y=1995, t="Zünfte und Gilden")]),
    ("Vgl. Hans Kramer u. a. (Hg.), Die Stadt im Mittelalter, München 1990; Otto Lenz et al., Bürger und Rat, Köln "
     "1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans (Hg.) (1990): Die Stadt im Mittelalter. München: Beck; Lenz, Otto (Hg.) (1985): Bürger und "
     "Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, 2. Aufl., München 1990; Otto Lenz, Bürger und Rat, 3., überarb. "
     "Aufl., Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter (Studien zur Stadtgeschichte, Bd. 4), München 1990; Otto Lenz, "
     "Bürger und Rat (Städteforschung A 12), Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    # --- newspaper items by day
    ("Vgl. Thomas Berger, Die Kassen sind leer, in: Die Zeit vom 11.3.2004, S. 3; Anja Roth, Streit um die Rente, in: "
     "Frankfurter Rundschau vom 4.11.2003, S. 2.",
     [R(a="Berger", y=2004, t="Die Kassen sind leer"), R(a="Roth", y=2003, t="Streit um die Rente")]),
    ("Thomas Berger, Die Kassen sind leer, in: FAZ, 11.3.2004; ders., Die Kassen bleiben leer, in: FAZ, 12.4.2004.",
     [R(a="Berger", y=2004, t="Die Kassen sind leer"), R(a="Berger", y=2004, t="Die Kassen bleiben leer")]),
    ("Vgl. FAZ vom 11.3.2004, S. 3; SZ vom 12.3.2004, S. 5.", [R(y=2004), R(y=2004)]),
    ("Vgl. Süddeutsche Zeitung, 12.3.2004; Frankfurter Allgemeine Zeitung, 13.3.2004; taz, 14.3.2004.",
     [R(y=2004), R(y=2004), R(y=2004)]),
    ("Vgl. die Berichte in der FAZ vom 11.3.2004 und in der SZ vom 12.3.2004.", [R(y=2004), R(y=2004)]),
    ("„Die Kassen sind leer“, in: Die Zeit, 11.3.2004; „Die Kassen bleiben leer“, in: Die Zeit, 18.3.2004.",
     [R(y=2004, t="Die Kassen sind leer"), R(y=2004, t="Die Kassen bleiben leer")]),
    ("Berger, Thomas: Die Kassen sind leer. In: Die Zeit, 11.3.2004, S. 3. Roth, Anja: Streit um die Rente. In: "
     "Frankfurter Rundschau, 4.11.2003, S. 2.",
     [R(a="Berger", y=2004, t="Die Kassen sind leer"), R(a="Roth", y=2003, t="Streit um die Rente")]),
    ("Der Spiegel, Nr. 10, 2.3.2004, S. 20; Der Spiegel, Nr. 11, 9.3.2004, S. 34.", [R(y=2004), R(y=2004)]),
    # --- articles in journals, one after another
    ("Vgl. Karl Ott, Der Landtag, in: ZParl 12 (1981), S. 5-20; ders., Die Ausschüsse, in: ZParl 14 (1983), S. 40-60.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Ott", y=1983, t="Die Ausschüsse")]),
    ("Ott, Karl: Der Landtag. In: ZParl 12 (1981), H. 1, S. 5-20; Vogt, Ina: Die Fraktion. In: PVS 30 (1989), H. 2, "
     "S. 100-118.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    ("Ott, K. (1981): Der Landtag. ZParl 12: 5-20; Vogt, I. (1989): Die Fraktion. PVS 30: 100-118.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    ("Vgl. Karl Ott, Der Landtag, in: ZParl 12 (1981), S. 5-20, sowie Ina Vogt, Die Fraktion, in: PVS 30 (1989), "
     "S. 100-118.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    ("Vgl. Ott, Karl, Der Landtag, in: ZParl 12 (1981), S. 5 ff.; Vogt, Ina, Die Fraktion, in: PVS 30 (1989), S. 100 "
     "ff.",
     [R(a="Ott", y=1981, t="Der Landtag"), R(a="Vogt", y=1989, t="Die Fraktion")]),
    # --- short forms by joining words
    ("Vgl. Brenner 1998 sowie Pohl 1985.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998 bzw. Pohl 1985.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998; ferner Pohl 1985.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998; außerdem Pohl 1985.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998; zuletzt Zander 2008.", [R(a="Brenner", y=1998), R(a="Zander", y=2008)]),
    ("Vgl. Brenner 1998; jüngst Kessel et al. 2012.", [R(a="Brenner", y=1998), R(a="Kessel", y=2012)]),
    ("So Brenner 1998: 12; anders Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("So Brenner 1998: 12; kritisch Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("So Brenner 1998: 12; dagegen Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Brenner 1998: 12; vgl. auch Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Brenner 1998: 12; s. auch Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Brenner 1998: 12; ähnlich Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Brenner 1998: 12 m.w.N.; Pohl 1985: 9.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Pohl 1985: 9, zit. n. Brenner 1998: 12.", [R(a="Pohl", y=1985), R(a="Brenner", y=1998)]),
    ("Pohl 1985: 9 (zit. nach Brenner 1998: 12).", [R(a="Pohl", y=1985), R(a="Brenner", y=1998)]),
    ("Vgl. Brenner 1998 oder Falk/Ritter 2010.", [R(a="Brenner", y=1998), R(a="Falk", y=2010)]),
    ("Vgl. OECD 2004: 12 und Engel 1996: 125.", [R(a="OECD", y=2004), R(a="Engel", y=1996)]),
    ("Vgl. van der Lohe 1998; Brenner 2001b.", [R(a="Lohe", y=1998), R(a="Brenner", y=2001)]),
    ("Vgl. Brenner 1998. Anders Pohl 1985.", [R(a="Brenner", y=1998), R(a="Pohl", y=1985)]),
    ("Vgl. Brenner 1998: 12. Zur Kritik Pohl 1985: 9 und Engel 1996: 125.",
     [R(a="Brenner", y=1998), R(a="Pohl", y=1985), R(a="Engel", y=1996)]),
    ("Vgl. Brenner 1998, S. 12, und Pohl 1985, S. 9; anders Albrecht 1993, S. 40.",
     [R(a="Brenner", y=1998), R(a="Pohl", y=1985), R(a="Albrecht", y=1993)]),
    # --- English notes
    ("See Peter Hall, Governing the Economy, Oxford 1986, p. 12; see also Kathleen Thelen, How Institutions Evolve, "
     "Cambridge 2004, p. 35.",
     [R(a="Hall", y=1986, t="Governing the Economy"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("Cf. Hall, P. (1986) Governing the Economy, Oxford: Polity; Thelen, K. (2004) How Institutions Evolve, "
     "Cambridge: CUP.",
     [R(a="Hall", y=1986, t="Governing the Economy"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("Peter Hall, Governing the Economy (Oxford, 1986), p. 12; Kathleen Thelen, How Institutions Evolve (Cambridge, "
     "2004), p. 35.",
     [R(a="Hall", y=1986, t="Governing the Economy"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("See, e.g., Peter Hall, Governing the Economy, Oxford 1986; for a different view, Kathleen Thelen, How "
     "Institutions Evolve, Cambridge 2004.",
     [R(a="Hall", y=1986, t="Governing the Economy"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("Paul Pierson, Increasing Returns, in: American Political Science Review 94 (2000), pp. 251-267; and Peter Hall, "
     "Governing the Economy, Oxford 1986.",
     [R(a="Pierson", y=2000, t="Increasing Returns"), R(a="Hall", y=1986, t="Governing the Economy")]),
    ("Peter Hall and David Soskice (eds.), Varieties of Capitalism, Oxford 2001; Kathleen Thelen, How Institutions "
     "Evolve, Cambridge 2004.",
     [R(a="Hall", y=2001, t="Varieties of Capitalism"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("Quoted in Peter Hall, Governing the Economy, Oxford 1986, p. 12. On this see also Kathleen Thelen, How "
     "Institutions Evolve, Cambridge 2004.",
     [R(a="Hall", y=1986, t="Governing the Economy"), R(a="Thelen", y=2004, t="How Institutions Evolve")]),
    ("Hall, Governing the Economy, p. 12; Thelen, How Institutions Evolve, p. 35.",
     [R(a="Hall", t="Governing the Economy"), R(a="Thelen", t="How Institutions Evolve")]),
    # --- bodies, reports and grey literature
    ("Vgl. Statistisches Bundesamt, Datenreport 2006, Bonn 2006, S. 33; OECD, Employment Outlook, Paris 2004, S. 12.",
     [R(a="Statistisches Bundesamt", y=2006, t="Datenreport 2006"), R(a="OECD", y=2004, t="Employment Outlook")]),
    ("Vgl. Statistisches Bundesamt (Hg.): Datenreport 2006, Bonn 2006; Bundesagentur für Arbeit (Hg.): Arbeitsmarkt "
     "2005, Nürnberg 2006.",
     [R(a="Statistisches Bundesamt", y=2006, t="Datenreport 2006"), R(a="Bundesagentur für Arbeit", y=2006,
                                                                     t="Arbeitsmarkt 2005")]),
    ("Vgl. Ina Vogt, Die Fraktion, WZB Discussion Paper SP IV 2004-101, Berlin 2004; Karl Ott, Der Landtag, MPIfG "
     "Working Paper 05/3, Köln 2005.",
     [R(a="Vogt", y=2004, t="Die Fraktion"), R(a="Ott", y=2005, t="Der Landtag")]),
    ("Vgl. Vogt, Ina (2004): Die Fraktion. Berlin: WZB (Discussion Paper SP IV 2004-101); Ott, Karl (2005): Der "
     "Landtag. Köln: MPIfG (Working Paper 05/3).",
     [R(a="Vogt", y=2004, t="Die Fraktion"), R(a="Ott", y=2005, t="Der Landtag")]),
    ("Ina Vogt, Die Fraktion, Diss. Universität Bonn 2004; Karl Ott, Der Landtag, unveröff. Manuskript, Köln 2005.",
     [R(a="Vogt", y=2004, t="Die Fraktion"), R(a="Ott", y=2005, t="Der Landtag")]),
    # --- more ";" and "." variants with pages and details
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12 f.; Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7 ff.; Eva Roth, Zünfte, Berlin 1977, S. 4-9.",
     [R(a="Kramer", y=1990, t="Die Stadt"), R(a="Lenz", y=1985, t="Bürger und Rat"), R(a="Roth", y=1977, t="Zünfte")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, bes. S. 12-40; Otto Lenz, Bürger und Rat, Köln 1985, "
     "insbes. Kap. 3.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, passim; Otto Lenz, Bürger und Rat, Köln 1985, passim.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer: Die Stadt im Mittelalter. München 1990, S. 12. – Otto Lenz: Bürger und Rat. Köln 1985, S. 7.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Hans Kramer: Die Stadt im Mittelalter. München 1990, S. 12 – und dazu Otto Lenz: Bürger und Rat. Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. (Hans Kramer, Die Stadt im Mittelalter, München 1990; Otto Lenz, Bürger und Rat, Köln 1985).",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. zu den Zünften Eva Roth, Zünfte, Berlin 1977; zu den Gilden Ina Vogt, Gilden, Bonn 1981; zum Rat Otto "
     "Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Roth", y=1977, t="Zünfte"), R(a="Vogt", y=1981, t="Gilden"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. u. a. Hans Kramer, Die Stadt im Mittelalter, München 1990; Otto Lenz, Bürger und Rat, Köln 1985; Eva Roth, "
     "Zünfte, Berlin 1977; Ina Vogt, Gilden, Bonn 1981.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat"),
      R(a="Roth", y=1977, t="Zünfte"), R(a="Vogt", y=1981, t="Gilden")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990; Brenner 1998; Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Brenner", y=1998),
      R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. hierzu Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12, sowie Beck (Anm. 2), S. 30.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Beck", y=None)]),
    ("Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck; hier zitiert nach der 2. Auflage 1995; Lenz, Otto "
     "(1985): Bürger und Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12. Ebenso Otto Lenz, Bürger und Rat, Köln 1985, "
     "S. 7, und Eva Roth, Zünfte, Berlin 1977, S. 4.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat"),
      R(a="Roth", y=1977, t="Zünfte")]),
    ("Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck; Lenz, Otto (1985): Bürger und Rat. Köln: Böhlau; "
     "Roth, Eva (1977): Zünfte. Berlin: Akademie.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat"),
      R(a="Roth", y=1977, t="Zünfte")]),
    ("Kramer, H. 1990: Die Stadt im Mittelalter. München; Lenz, O. 1985: Bürger und Rat. Köln.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Kramer, Hans, 1990: Die Stadt im Mittelalter. München: Beck. – Lenz, Otto, 1985: Bürger und Rat. Köln: Böhlau.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990 (Neudruck 2005); Otto Lenz, Bürger und Rat, Köln 1985 "
     "(engl. 1990).",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, in: ders., Aufsätze zur Stadtgeschichte, München 1990, S. 1-20; "
     "Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Hans Kramer, „Die Stadt im Mittelalter“, in: Historische Zeitschrift 240 (1985), S. 1-30; Otto Lenz, "
     "„Bürger und Rat“, in: ebd., S. 31-60.",
     [R(a="Kramer", y=1985, t="Die Stadt im Mittelalter"), R(a="Lenz", t="Bürger und Rat")]),
    ("Vgl. BVerfGE 88, 203 (254); Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12.",
     [R(), R(a="Kramer", y=1990, t="Die Stadt im Mittelalter")]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; BVerfGE 88, 203 (254).",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R()]),
    ("Vgl. Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12. Zu diesem Befund passt auch, was Otto Lenz, "
     "Bürger und Rat, Köln 1985, S. 7, für Köln festgestellt hat.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Dazu ausführlich Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12-40, und, mit anderer Akzentsetzung, "
     "Otto Lenz, Bürger und Rat, Köln 1985, S. 7-20.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Siehe Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12; Otto Lenz, Bürger und Rat, Köln 1985, S. 7 "
     "(beide mit weiteren Nachweisen).",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Lenz", y=1985, t="Bürger und Rat")]),
    ("Vgl. Kramer, Hans/Lenz, Otto (1990): Die Stadt im Mittelalter. München: Beck; Roth, Eva/Vogt, Ina (1995): "
     "Zünfte und Gilden. Opladen: Leske + Budrich.",
     [R(a="Kramer", y=1990, t="Die Stadt im Mittelalter"), R(a="Roth", y=1995, t="Zünfte und Gilden")]),
    ("Vgl. Brenner 1998; Seidel 2003; Albrecht 1989; Pohl 1985; Engel 1996.",
     [R(a="Brenner", y=1998), R(a="Seidel", y=2003), R(a="Albrecht", y=1989), R(a="Pohl", y=1985),
      R(a="Engel", y=1996)]),
    ("Vgl. Brenner 1998: 12, Seidel 2003: 5 und Albrecht 1989: 30 sowie Pohl 1985: 9.",
     [R(a="Brenner", y=1998), R(a="Seidel", y=2003), R(a="Albrecht", y=1989), R(a="Pohl", y=1985)]),
]
