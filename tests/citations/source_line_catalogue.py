"""A hand-made catalogue of the source lines of tables and figures (issue 13; helper F53), in the shapes German and
English papers print under or in a caption, or as a short body passage of their own under a table: a lead and a
work by author and year ("Quelle: Hartmann 2004, S. 12"), by several authors, in capitals, with a year's letter, an
attribution without a lead ("in Anlehnung an ..."), an own-work remark before the work, a body or office and its
year (a ministry, a city or district, a census, a statistical yearbook), a newspaper and its day, a web address
alone or after a body's name, a work given in full; and lines that name no work (the authors' own data). Every line
is made up from citation practice; none is copied from a paper.

LIST is the paper's reference list (it holds some works the lines cite). LINES holds (passage kind, text, expected):
expected is the one reference the line makes under the labelling conventions (benchmarks/data/footnotes_gold/
README.md, convention 4: its first work), as (name, year): the first author's or editor's name as printed (a body's
whole name), else the work's title, else its web address; year None where the line gives none; [] where the line
names no work."""

LIST = [
    "Seiler, R. (2006): Arbeit im Wandel. Berlin: Sigma.",
    "Krämer, U. (1998): Die Region. Opladen: Leske + Budrich.",
    "Hartmann, K. (2004): Wege in den Beruf. Wiesbaden: VS.",
]

H = "Hartmann"

LINES: list[tuple[str, str, list[tuple]]] = [
    # a lead and persons with a year, as author-year papers print them
    ("caption", "Tabelle 1: Erwerbsquoten 2004 Quelle: Hartmann 2004.", [(H, 2004)]),
    ("caption", "Tabelle 1: Erwerbsquoten Quelle: Hartmann 2004, S. 12", [(H, 2004)]),
    ("caption", "Tabelle 1: Erwerbsquoten Quelle: Hartmann (2004: 12).", [(H, 2004)]),
    ("caption", "Tabelle 1: Erwerbsquoten Quelle: Hartmann 2004:12.", [(H, 2004)]),
    ("caption", "Tabelle 1: Erwerbsquoten Quelle: Hartmann, 2004, S. 12", [(H, 2004)]),
    ("caption", "Tabelle 1: Erwerbsquoten Quelle: Hartmann (2004, S. 12)", [(H, 2004)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer/Roth (2001).", [("Pfeiffer", 2001)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer / Roth 2001:45.", [("Pfeiffer", 2001)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer u. Roth 2001", [("Pfeiffer", 2001)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer und Roth (2001)", [("Pfeiffer", 2001)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer et al. (2001).", [("Pfeiffer", 2001)]),
    ("caption", "Tabelle 2: Quoten Quelle: Pfeiffer u.a. 2001, S. 3", [("Pfeiffer", 2001)]),
    ("caption", "Abbildung 3: Phasen Quelle: PFEIFFER 1990", [("PFEIFFER", 1990)]),
    ("caption", "Abbildung 3: Phasen Quelle: PFEIFFER/ROTH 1990", [("PFEIFFER", 1990)]),
    ("caption", "Abbildung 3: Phasen Quelle: Pfeiffer 1996a, S. 9", [("Pfeiffer", 1996)]),
    ("caption", "Abbildung 3: Phasen Quellen:Pfeiffer 1999", [("Pfeiffer", 1999)]),
    ("caption", "Abbildung 3: Phasen (Quelle: Pfeiffer 1999, S. 12)", [("Pfeiffer", 1999)]),
    ("caption", "Tabelle 4: Kurse Quellen: Pfeiffer (1997), Roth et al. (1998), eigene Ergänzung.", [("Pfeiffer", 1997)]),
    ("caption", "Tabelle 4: Kurse Quellen: Pfeiffer 1997; Roth 1998.", [("Pfeiffer", 1997)]),
    ("caption", "Tabelle 4: Kurse Quelle: Pfeiffer 1997, Tab. 3", [("Pfeiffer", 1997)]),
    ("caption", "Tabelle 4: Kurse Quelle: Pfeiffer 1997, verändert", [("Pfeiffer", 1997)]),
    ("caption", "Tabelle 4: Kurse Quelle: Pfeiffer 1997; eigene Berechnungen", [("Pfeiffer", 1997)]),
    ("caption", "Tabelle 4: Kurse Datenbasis: Pfeiffer 1997", [("Pfeiffer", 1997)]),
    # an own-work remark or an attribution before the work
    ("caption", "Abbildung 1: Modell Quelle: eigene Darstellung nach Pfeiffer 1997", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell Quelle: eigene Darstellung in Anlehnung an Pfeiffer (1997:45)", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell Quelle: eigene Berechnungen nach Pfeiffer 1997c", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell Quelle: verändert nach Pfeiffer 1997", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell in Anlehnung an Pfeiffer 1997", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell (eigene Darstellung nach Pfeiffer/Roth 2001)", [("Pfeiffer", 2001)]),
    ("caption", "Abbildung 1: Modell, übernommen aus Pfeiffer 1997", [("Pfeiffer", 1997)]),
    ("caption", "Abbildung 1: Modell. Quelle: eigene Berechnungen nach Daten von Eurostat 2008", [("Eurostat", 2008)]),
    # bodies and offices with a year
    ("caption", "Tabelle 5: Betriebe Quelle: Statistisches Bundesamt 2005, S. 12.", [("Statistisches Bundesamt", 2005)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Bundesagentur für Arbeit 2006", [("Bundesagentur für Arbeit", 2006)]),
    ("caption", "Tabelle 5: Betriebe Quelle: BMAS 2006, S. 4", [("BMAS", 2006)]),
    ("caption", "Tabelle 5: Betriebe Quelle: OECD (2003).", [("OECD", 2003)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Statistisches Landesamt Sachsen 2003", [("Statistisches Landesamt Sachsen", 2003)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Stadt Lindau 2002, S. 9", [("Stadt Lindau", 2002)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Landkreis Celle 1999a", [("Landkreis Celle", 1999)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Gemeinde Oberau 2010", [("Gemeinde Oberau", 2010)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Kanton Luzern 2007", [("Kanton Luzern", 2007)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Freistaat Thüringen 2001", [("Freistaat Thüringen", 2001)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Landeshauptstadt Kiel 2004, S. 7", [("Landeshauptstadt Kiel", 2004)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Bezirksamt Mitte 2008", [("Bezirksamt Mitte", 2008)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Zentrum für Entwicklungsforschung 1992", [("Zentrum für Entwicklungsforschung", 1992)]),
    ("caption", "Table 5: Firms Source: City of Leeds 2003.", [("City of Leeds", 2003)]),
    ("caption", "Table 5: Firms Source: County of Kent 1998", [("County of Kent", 1998)]),
    ("caption", "Table 5: Firms Source: Regional Enterprise 2003b", [("Regional Enterprise", 2003)]),
    ("caption", "Tabelle 5: Betriebe Quelle: Freedom Watch 2005, S. 3", [("Freedom Watch", 2005)]),
    ("caption", "Table 5: Firms Source: own calculations based on data from Civic House 2010", [("Civic House", 2010)]),
    ("caption", "Tabelle 6: Einwohner Quelle: Volkszählung 1991", [("Volkszählung", 1991)]),
    ("caption", "Tabelle 6: Einwohner Quelle: Statistisches Jahrbuch 2003", [("Statistisches Jahrbuch", 2003)]),
    ("caption", "Tabelle 6: Einwohner Quelle: Statistisches Bundesamt, Fachserie 1, Reihe 4.1, Wiesbaden 2005",
     [("Statistisches Bundesamt", 2005)]),
    # a newspaper by its name and day
    ("caption", "Tabelle 7: Stimmen Quelle: Tagesblatt, 15.5.2003, S. 13", [("Tagesblatt", 2003)]),
    ("caption", "Tabelle 7: Stimmen Quelle: Tagesblatt vom 15.5.2003", [("Tagesblatt", 2003)]),
    ("caption", "Tabelle 7: Stimmen Quelle: Tagesblatt, 15. Mai 2003", [("Tagesblatt", 2003)]),
    ("caption", "Table 7: Votes Source: The Daily Courier, 12 May 2003, p. 4", [("The Daily Courier", 2003)]),
    ("body", "Quelle: Tagesblatt, 15.5.2003, S. 13", [("Tagesblatt", 2003)]),
    # a web address, alone or after a body's name
    ("caption", "Tabelle 8: Wahlen Quelle: www.wahlen.example.org.", [("www.wahlen.example.org", None)]),
    ("caption", "Tabelle 8: Wahlen Quelle: http://www.example.org/daten.html", [("http://www.example.org/daten.html", None)]),
    ("caption", "Tabelle 8: Wahlen Quelle: Bundesamt für Statistik (BFS), http://www.bfs.example.ch/daten",
     [("Bundesamt für Statistik (BFS)", None)]),
    ("caption", "Tabelle 8: Wahlen Quelle: Wahlamt, http://www.wahlamt.example.de", [("Wahlamt", None)]),
    ("caption", "Tabelle 8: Wahlen Quelle: Statistik Nord: <www.statistik.example.de/wahlen.htm>.", [("Statistik Nord", None)]),
    ("body", "Quelle: www.wahlen.example.org.", [("www.wahlen.example.org", None)]),
    ("body", "Quelle: Wahlamt Nord: <www.wahlamt.example.de/ergebnis,1845.htm>.", [("Wahlamt Nord", None)]),
    # a work given in full
    ("caption", "Tabelle 9: Stufen Quelle: Meier, Klaus: Die Stadt im Wandel, Berlin 1999, S. 12.", [("Meier", 1999)]),
    ("caption", "Tabelle 9: Stufen Quelle: Klaus Meier, Die Stadt im Wandel, Berlin 1999, S. 12", [("Meier", 1999)]),
    ("caption", "Tabelle 9: Stufen Quelle: Meier, K. (1999): Die Stadt im Wandel. Berlin, S. 12.", [("Meier", 1999)]),
    ("body", "Quelle: Meier, Klaus: Die Stadt im Wandel, Berlin 1999, S. 12.", [("Meier", 1999)]),
    # English
    ("caption", "Table 1: Rates Source: Smith 2004.", [("Smith", 2004)]),
    ("caption", "Table 1: Rates Source: Smith and Jones (2004: 12).", [("Smith", 2004)]),
    ("caption", "Table 1: Rates Source: Smith et al., 2004, p. 12.", [("Smith", 2004)]),
    ("caption", "Table 1: Rates Source: Author's calculations based on Eurostat (2008).", [("Eurostat", 2008)]),
    ("caption", "Table 1: Rates Sources: Smith (2004); World Bank (2006).", [("Smith", 2004)]),
    ("caption", "Table 1: Rates Source: World Bank 2006", [("World Bank", 2006)]),
    ("caption", "Figure 2: Stages. Adapted from Smith (2004).", [("Smith", 2004)]),
    ("caption", "Figure 2: Stages. Reprinted from Smith 2004, p. 7.", [("Smith", 2004)]),
    # a body passage of its own under a table
    ("body", "Quelle: Pfeiffer 1991", [("Pfeiffer", 1991)]),
    ("body", "Quelle: Stadt Lindau 2002, S. 9", [("Stadt Lindau", 2002)]),
    ("body", "Quellen: Pfeiffer (1997), Roth et al. (1998), eigene Ergänzung.", [("Pfeiffer", 1997)]),
    # a source line inside a body passage: after a caption's label the layout read as text, closing a table's note
    ("body", "Das Land ist reich an Erzen und Quellen aller Art. Abb. 4: Regionen des Landes; Quelle: Pfeiffer 1991",
     [("Pfeiffer", 1991)]),
    ("body", "Die Zahl der Betriebe stieg weiter an. Tabelle 2: Betriebe nach Größe 1995 2000 klein 12 14 groß 3 4 "
             "Quelle: Stadt Lindau 2002", [("Stadt Lindau", 2002)]),
    ("body", "* Wegen seines Ruhestands stimmte der Richter nicht mit ab. Quelle: Wahlamt Nord: "
             "<www.wahlamt.example.de/ergebnis.htm>.", [("Wahlamt Nord", None)]),
    ("body", "a) Ohne die Stadtstaaten. Quelle: Pfeiffer 1997, S. 4.", [("Pfeiffer", 1997)]),
    ("body", "Figure 3 shows the trend. Figure 3: Rates by region. Source: Smith 2004.", [("Smith", 2004)]),
    # no work: the authors' own data, a caption's words
    ("caption", "Tabelle 10: Befragte Quelle: eigene Erhebung", []),
    ("caption", "Tabelle 10: Befragte Quelle: eigene Darstellung", []),
    ("caption", "Tabelle 10: Befragte Quelle: Befragung 2010 (n = 512)", []),
    ("caption", "Table 10: Respondents Source: own calculations", []),
    ("caption", "Abbildung 4: Entwicklung der Beschäftigung 1990-2005", []),
    ("caption", "Abbildung 4: Beschäftigte nach Branchen (2005)", []),
    ("body", "Quelle: eigene Berechnungen.", []),
    ("body", "Die Quelle: ein Brief, den Pfeiffer 1991 schrieb, zeigt es. " + "Er schrieb weiter, dass die Lage ernst "
             "sei und dass die Stadt handeln müsse, bevor es zu spät sei. " * 6, []),
]
