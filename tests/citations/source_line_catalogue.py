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

# session 33 (helper F58): shapes the development rounds' undetected source lines showed, each made up anew and in
# several forms (issue 13's "not detected" gold): a body and its title with a committee, place and no year; a site's
# name and where it is found; a person's piece in a periodical; a title alone; data sets after "Datenbasis:"; a work
# in full with its persons first and a URL after ";"; data for one year from a body and for another from a work; the
# leads "Daten:", "Data:", "Sources:"; an attribution before the work; a caption's closing citation in brackets
LINES += [
    # a body's title, a committee and place after a dash, no year
    ("caption", "Tabelle 3: Zahlungen Quelle: Bank of Northland: Statistics on Payments in the Member States. - "
                "Committee on Payments, Oslo (verschiedene Jahrgänge)", [("Bank of Northland", None)]),
    ("caption", "Tabelle 3: Zahlungen Quelle: Zentralbank Nord: Jahresbericht über den Zahlungsverkehr. - Ausschuss "
                "für Statistik, Bremen (div. Jahrgänge)", [("Zentralbank Nord", None)]),
    ("body", "Quelle: Bank of Northland: Statistics on Payments in the Member States, Oslo 2004", [("Bank of Northland", 2004)]),
    ("caption", "Table 3: Payments Source: Bank of Northland: Annual Report on Payments, Oslo 2004.", [("Bank of Northland", 2004)]),
    # a site's name and where it is found
    ("caption", "Abbildung 2: Nutzer (Quelle: @daten; verfügbar über http://www.daten.example.de/)",
     [("@daten", None)]),
    ("caption", "Abbildung 2: Nutzer Quelle: Netzwerk Nord; abrufbar unter www.netz.example.de/zahlen.html",
     [("Netzwerk Nord", None)]),
    ("caption", "Abbildung 2: Nutzer Quelle: Statistik Nord, verfügbar unter http://www.statistik.example.de",
     [("Statistik Nord", None)]),
    ("caption", "Abbildung 2: Nutzer Quelle: Wahlamt Süd, online unter www.wahlamt.example.de", [("Wahlamt Süd", None)]),
    ("caption", "Figure 2: Users Source: Data Watch; available at http://www.datawatch.example.org/",
     [("Data Watch", None)]),
    ("caption", "Figure 2: Users Source: Open Data Office, available from www.odo.example.org", [("Open Data Office", None)]),
    ("body", "Quelle: Netzwerk Nord; abrufbar unter www.netz.example.de/zahlen.html", [("Netzwerk Nord", None)]),
    # a person's piece in a periodical, no title
    ("caption", "Abbildung 5: Ein Cartoon (Quelle: Paul Winter; in: The Weekly Review May 3/1995, page 41)",
     [("Winter", 1995)]),
    ("caption", "Abbildung 5: Karikatur Quelle: Hans Lerche; in: Die Woche 12/2004, S. 3", [("Lerche", 2004)]),
    ("caption", "Abbildung 5: Karikatur Quelle: Hans Lerche, in: Die Woche 12/2004, S. 3", [("Lerche", 2004)]),
    ("caption", "Figure 5: Cartoon Source: Jane Miller; in: The Daily Courier, 12 May 2003, p. 4", [("Miller", 2003)]),
    ("body", "Quelle: Paul Winter; in: The Weekly Review May 3/1995, page 41", [("Winter", 1995)]),
    # a title alone, no year
    ("caption", "Abbildung 6: Strecken Quelle: Große Wanderkarte Alpen, Übersichtskarte der Bergbahnen",
     [("Große Wanderkarte Alpen", None)]),
    ("caption", "Abbildung 6: Strecken Quelle: Atlas der Bahnen Europas, Blatt 4", [("Atlas der Bahnen Europas", None)]),
    # data sets after "Datenbasis:", "Daten:", "Data:"
    ("body", "Datenbasis: Polizeiliche Unfallstatistik, System Regionaler Kennziffern",
     [("Polizeiliche Unfallstatistik", None)]),
    ("body", "Datenbasis: Unfallstatistik der Länder 2004", [("Unfallstatistik der Länder", 2004)]),
    ("caption", "Tabelle 7: Opfer Datenbasis: Statistisches Landesamt Nord 2003", [("Statistisches Landesamt Nord", 2003)]),
    ("caption", "Tabelle 7: Opfer Daten: Statistisches Bundesamt 2005", [("Statistisches Bundesamt", 2005)]),
    ("caption", "Tabelle 7: Opfer Daten: Eurostat (2008)", [("Eurostat", 2008)]),
    ("caption", "Table 7: Victims Data: World Bank 2006", [("World Bank", 2006)]),
    ("caption", "Table 7: Victims Data: Smith and Jones (2004)", [("Smith", 2004)]),
    ("caption", "Table 7: Victims Data sources: Eurostat 2008; World Bank 2006", [("Eurostat", 2008)]),
    ("caption", "Tabelle 7: Opfer Datengrundlage: Bundesagentur für Arbeit 2006", [("Bundesagentur für Arbeit", 2006)]),
    ("caption", "Tabelle 7: Opfer Datenbasis: Pfeiffer 1996, S. 43", [("Pfeiffer", 1996)]),
    ("caption", "Tabelle 7: Opfer Datenbasis: eigene Erhebung 2005", []),
    # a work in full, its persons first, a URL after ";"
    ("body", "Quellen: Pablo Ortega et al., Congreso y Justicia en Chile, Santiago 1998, S. 12-15 (für die Jahre 1980 "
             "- 1990); http://www.eleccion.example.cl", [("Ortega", 1998)]),
    ("body", "Quellen:Pablo Ortega et al., Congreso y Justicia en Chile, Santiago 1998, S. 12-15",
     [("Ortega", 1998)]),
    ("caption", "Tabelle 8: Sitze Quelle: Pablo Ortega, Congreso y Justicia en Chile, Santiago 1998, S. 12.",
     [("Ortega", 1998)]),
    ("caption", "Tabelle 8: Sitze Quelle: Ortega, Pablo: Congreso y Justicia en Chile, Santiago 1998; "
                "www.eleccion.example.cl", [("Ortega", 1998)]),
    ("caption", "Table 8: Seats Sources: Pablo Ortega et al., Congress and Courts in Chile, Santiago 1998, pp. 12-15; "
                "http://www.election.example.cl", [("Ortega", 1998)]),
    # data for one year from a body, for another from a work
    ("body", "Quellen: Daten für 2003 vom Ministerio del Trabajo (http://www.trabajo.example.cl) und für 2001 aus "
             "P. Ortega et al., Las elecciones del 2001 en Chile, in: Revista Política, Vol. 12 (2002), Nr. 3, S. 25-44.",
     [("Ministerio del Trabajo", None)]),
    ("body", "Quelle: Daten des Statistischen Landesamtes Nord 2004", [("Statistischen Landesamtes Nord", 2004)]),
    ("caption", "Tabelle 9: Wahlen Quelle: für 1999 Wahlamt Nord 2000, für 2004 Wahlamt Nord 2005",
     [("Wahlamt Nord", 2000)]),
    ("caption", "Tabelle 9: Wahlen Quellen: 1990-1998: Pfeiffer 1999; ab 1999: Statistisches Bundesamt 2005",
     [("Pfeiffer", 1999)]),
    # an attribution before the work
    ("caption", "Abbildung 10: Modell Quelle: eigene Darstellung nach Roth (2004)", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell Quelle: Eigene Darstellung in Anlehnung an Roth/Lang (2004: 12)", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell in Anlehnung an Roth 2004", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell Quelle: eigene Darstellung ergänzt um Roth (2004, S. 60).", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell Quelle: nach Roth et al. 2004, verändert", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell Quelle: Roth 2004, leicht verändert", [("Roth", 2004)]),
    ("caption", "Abbildung 10: Modell Quelle: Eigene Berechnungen nach Statistical Yearbook of Northland 2004",
     [("Statistical Yearbook of Northland", 2004)]),
    ("caption", "Figure 10: Model Source: adapted from Roth (2004).", [("Roth", 2004)]),
    ("caption", "Figure 10: Model Source: authors' own illustration based on Roth (2004).", [("Roth", 2004)]),
    ("caption", "Figure 10: Model. Based on Roth (2004), p. 12.", [("Roth", 2004)]),
    ("body", "Quelle: eigene Darstellung in Anlehnung an Roth, Lang und Weber (2004:45)", [("Roth", 2004)]),
    # several sources after one lead
    ("caption", "Tabelle 11: Preise Quellen: Statistisches Bundesamt 2005; Eurostat 2006; eigene Berechnungen",
     [("Statistisches Bundesamt", 2005)]),
    ("caption", "Tabelle 11: Preise Quellen: ROTH u. LANG 2000, Abb. 3; ISTAT 2001, Tavola 1.1", [("ROTH", 2000)]),
    ("caption", "Tabelle 11: Preise Quellen: Global Trade Outlook 2008 (World Bank); Trade Indicators 2008.",
     [("Global Trade Outlook", 2008)]),
    ("caption", "Tabelle 11: Preise Quelle: Nationale Statistische Ämter 1997, Eurostat 1998.",
     [("Nationale Statistische Ämter", 1997)]),
    ("caption", "Table 11: Prices Sources: Eurostat (2006) and OECD (2007).", [("Eurostat", 2006)]),
    ("caption", "Tabelle 11: Preise Quelle: Eurostat 2006 und OECD 2007", [("Eurostat", 2006)]),
    # a body and its publication, an office and its series
    ("caption", "Tabelle 12: Zuwanderer Quelle: BFS, VZ 2000.", [("BFS", 2000)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Seco, Arbeitsmarktstatistik 2003.", [("Seco", 2003)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Angaben des Statistischen Amtes der Republik Nordland 1995",
     [("Statistischen Amtes der Republik Nordland", 1995)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Volkszählungen 1991 und 2001 (Statistisches Amt Nordland)",
     [("Volkszählungen", 1991)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Anuarul Statistic al Nordland 1997", [("Anuarul Statistic al Nordland", 1997)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Europäische Kommission (2000b)", [("Europäische Kommission", 2000)]),
    ("caption", "Tabelle 12: Zuwanderer Quelle: Munzinger-Archiv 1992", [("Munzinger-Archiv", 1992)]),
    # a newspaper or a portal and its day
    ("caption", "Tabelle 13: Stimmen Quelle: Nordkurier, 15.5.2003, S. 13", [("Nordkurier", 2003)]),
    ("caption", "Tabelle 13: Stimmen Quelle: Nord Online: <www.nord.example.de/wahl/ergebnis,1845.htm>.",
     [("Nord Online", None)]),
    ("caption", "Tabelle 13: Stimmen Quelle: Nordkurier Online (2010); Original auf Dänisch, eigene Übersetzung.",
     [("Nordkurier Online", 2010)]),
    # a caption's closing citation in brackets: the work the figure is taken from
    ("caption", "Abb. 2: Nutzen der Ausbildung und ihre Grenzen (Lerche, 2013b)", [("Lerche", 2013)]),
    ("caption", "Abb. 2: Nutzen der Ausbildung und ihre Grenzen (vgl. Lerche, 2000)", [("Lerche", 2000)]),
    ("caption", "Abb. 3: Cover des Buches „Wege“ (Lerche/Roth 1969)", [("Lerche", 1969)]),
    ("caption", "Abb. 4: Ein Barren, aus (Lerche 2004)", [("Lerche", 2004)]),
    ("caption", "Abb. 4: Wege in den Beruf (Hartmann 2004)", [("Hartmann", 2004)]),
    ("caption", "Abbildung 4: Phasen der Reform (nach Lerche 2004, S. 12)", [("Lerche", 2004)]),
    ("caption", "Figure 4: Stages of the reform (Lerche and Roth 2004)", [("Lerche", 2004)]),
    ("caption", "Figure 4: Stages of the reform (after Lerche 2004: 12)", [("Lerche", 2004)]),
    # a caption that is a web address alone, under a map or chart taken from a site
    ("caption", "www.stau.example.de/staumelder.php", [("www.stau.example.de/staumelder.php", None)]),
    ("caption", "(http://www.karten.example.org/europa.html)", [("http://www.karten.example.org/europa.html", None)]),
    # no work: a caption's own years and counts, the authors' own work, a remark
    ("caption", "Abb. 5: Ausbildungsverträge (2005 bis 2010)", []),
    ("caption", "Abb. 5: Ausbildungsverträge nach Ländern (N = 2013)", []),
    ("caption", "Abb. 5: Ausbildungsverträge im Vergleich (Stand: 2010)", []),
    ("caption", "Abbildung 5: Verträge Quelle: eigene Darstellung.", []),
    ("caption", "Abbildung 5: Verträge Quelle: Eigene Erhebung (n = 312).", []),
    ("caption", "Figure 5: Contracts Source: authors' own survey, 2010.", []),
    ("body", "Datenbasis: eigene Berechnungen.", []),
]
