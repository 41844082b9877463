"""A hand-made catalogue of German notes where a reference sits inside the note's prose (issue 13; helper F60): where
its text starts and ends. Lead-in clauses before a full reference ("Der Aufsatz ist eine Weiterführung von ...",
"Der Text beruht auf ...", "Reprint of:", "Zuerst erschienen in:", "Eine frühere Fassung erschien als: ..."),
pointers inside a sentence ("wie Brenner (1998) zeigt", "siehe die Beiträge in Falk/Ritter 2010", "die Studie von
Seidel (2003)"), a pointer in brackets after a quotation with a sentence after it, ";" between co-authors of one work
and between works, dated items ("das Interview ... mit der Süddeutschen Zeitung vom 12.3.2004", "Urteil vom ..."),
and prose after a reference ("..., der von einer Krise spricht."). Every note and work is made up from citation
practice; none is copied from a paper.

Conventions (benchmarks/data/footnotes_gold/README.md, conventions 6 and B17's pointers): `raw` is the reference as
printed; an introducing "Vgl."/"Siehe"/"zit. nach:" may stay (the comparison ignores it); explanatory prose before
or after the reference is left out, and so are the brackets around a pointer; where a note introduces a document in
prose, `raw` starts at its noun phrase.

The paper the test builds holds LIST (its reference list, author-year) and the note as its only note. NOTES holds
(note, expected): expected is the note's references in order, each a dict of what is compared (only the keys given):
  s: how `raw` begins (past any introducing cue), e: how `raw` ends (closing full stop and brackets ignored),
  a: the first author's surname (or a body's name), y: the year."""

R = dict

LIST = [
    "Brenner, K. (1998): Arbeit und Staat. Berlin: Sigma.",
    "Seidel, P. (2003): Gewalt und Ordnung. Opladen: Leske + Budrich.",
    "Albrecht, C. (1989): Die Stadt. Hamburg: Junius.",
    "Albrecht, C. (1993): Die Stadt und ihre Bürger. Hamburg: Junius.",
    "Pohl, R./Engel, M. (1996): Armut in Europa. In: Soziale Welt 47 (2), S. 120-139.",
    "Falk, U./Ritter, H. (2010): Parteien im Wandel. Wiesbaden: VS.",
    "Kessel, B. et al. (2012): Jugend und Politik. Wiesbaden: VS.",
    "Radl, J. (2007a): Arbeit im Alter. Berlin: Sigma.",
    "Radl, J. (2007b): Rente mit 67. Berlin: Sigma.",
    "Vogt, I. (2005): Die Fraktion. Köln: Böhlau.",
]

NOTES: list[tuple[str, list[dict]]] = [
    # --- a lead-in clause before a full reference
    ("Der vorliegende Aufsatz ist eine Weiterführung der Veröffentlichung von Hans Kramer (1995): Die Stadt im "
     "Mittelalter. München: Beck.",
     [R(s="Hans Kramer (1995)", e="München: Beck", a="Kramer", y=1995)]),
    ("Der Beitrag ist eine überarbeitete Fassung von Kramer, Hans (1995): Die Stadt im Mittelalter. München: Beck.",
     [R(s="Kramer, Hans (1995)", e="München: Beck", a="Kramer", y=1995)]),
    ("Dieser Text beruht auf der Studie von Otto Lenz, Bürger und Rat, Köln 1985.",
     [R(s="Otto Lenz", e="Köln 1985", a="Lenz", y=1985)]),
    ("Der Aufsatz geht zurück auf Lenz, Otto (1985): Bürger und Rat. Köln: Böhlau.",
     [R(s="Lenz, Otto (1985)", e="Köln: Böhlau", a="Lenz", y=1985)]),
    ("Die folgenden Abschnitte stützen sich auf Eva Roth, Zünfte und Gilden, Berlin 1977, S. 12-40.",
     [R(s="Eva Roth", e="S. 12-40", a="Roth", y=1977)]),
    ("Eine ausführlichere Darstellung findet sich bei Eva Roth, Zünfte und Gilden, Berlin 1977.",
     [R(s="Eva Roth", e="Berlin 1977", a="Roth", y=1977)]),
    ("Der Beitrag beruht auf einem Vortrag, den der Verfasser 2003 in Bonn gehalten hat. Reprint of: Lenz, Otto "
     "(1996): Bürger und Rat. Köln: Böhlau.",
     [R(s="Lenz, Otto (1996)", e="Köln: Böhlau", a="Lenz", y=1996)]),
    ("Reprint of: Lenz, Otto (1996): Bürger und Rat. Köln: Böhlau.",
     [R(s="Lenz, Otto (1996)", e="Köln: Böhlau", a="Lenz", y=1996)]),
    ("Zuerst erschienen in: Soziale Welt 47 (1996), S. 120-139.",
     [R(s="Soziale Welt 47", e="S. 120-139", y=1996)]),
    ("Der Text wurde für diesen Band leicht gekürzt. Zuerst erschienen in: Otto Lenz (Hg.), Bürger und Rat, Köln "
     "1985, S. 7-30.",
     [R(s="Otto Lenz", e="S. 7-30", a="Lenz", y=1985)]),
    ("Eine frühere Fassung erschien als: Kramer, Hans (1995): Die Stadt. Arbeitspapier 12. Berlin: WZB.",
     [R(s="Kramer, Hans (1995)", e="Berlin: WZB", a="Kramer", y=1995)]),
    ("Erstmals veröffentlicht in: Kramer, Hans (1995): Die Stadt. In: Leviathan 23, S. 5-20.",
     [R(s="Kramer, Hans (1995)", e="S. 5-20", a="Kramer", y=1995)]),
    ("Überarbeitete Fassung eines Vortrags auf der Tagung der Sektion Stadtsoziologie in Kassel im Mai 2004.",
     []),
    ("Ich danke Otto Lenz für seine Hinweise zu einer früheren Fassung dieses Beitrags.",
     []),
    # --- a pointer inside a sentence
    ("Wie Brenner (1998) zeigt, ist dies nicht der Fall.", [R(s="Brenner (1998", e="1998", a="Brenner", y=1998)]),
    ("Wie Brenner (1998: 12) zeigt, ist dies nicht der Fall.", [R(s="Brenner (1998: 12", a="Brenner", y=1998)]),
    ("So bereits Albrecht (1993: 44), der von einer Krise spricht.",
     [R(s="Albrecht (1993: 44", e="44", a="Albrecht", y=1993)]),
    ("Eine gute Übersicht bietet Kessel et al. (2012).", [R(s="Kessel et al. (2012", a="Kessel", y=2012)]),
    ("Dies zeigen vor allem die Beiträge in Falk/Ritter 2010.", [R(s="Falk/Ritter 2010", a="Falk", y=2010)]),
    ("Siehe die Beiträge in Falk/Ritter (2010).", [R(s="Falk/Ritter (2010", a="Falk", y=2010)]),
    ("Vgl. dazu die Studie von Seidel (2003).", [R(s="Seidel (2003", a="Seidel", y=2003)]),
    ("Vgl. hierzu die Befunde von Radl (2007a).", [R(s="Radl (2007a", a="Radl", y=2007)]),
    ("Zu den Befunden von Radl (2007b, S. 12) vgl. auch Vogt (2005).",
     [R(s="Radl (2007b, S. 12", a="Radl", y=2007), R(s="Vogt (2005", a="Vogt", y=2005)]),
    ("Anders als Seidel (2003) argumentiert Vogt (2005: 17), dass die Ordnung bleibt.",
     [R(s="Seidel (2003", a="Seidel", y=2003), R(s="Vogt (2005: 17", a="Vogt", y=2005)]),
    ("Diese Unterscheidung geht auf Albrecht 1989 zurück.", [R(s="Albrecht 1989", e="1989", a="Albrecht", y=1989)]),
    ("Die Zahlen sind Brenner 1998, S. 12, entnommen.", [R(s="Brenner 1998, S. 12", e="S. 12", a="Brenner", y=1998)]),
    ("Der Begriff stammt von Vogt (2005), die ihn für die Fraktionen prägt.",
     [R(s="Vogt (2005", e="2005", a="Vogt", y=2005)]),
    ("Ausführlich dazu Seidel 2003: 45-50; knapper Vogt 2005: 3.",
     [R(s="Seidel 2003: 45-50", a="Seidel", y=2003), R(s="Vogt 2005: 3", a="Vogt", y=2005)]),
    # --- a pointer after a quotation, a sentence after it
    ("Die Stadt sei „eine Schale ohne Kern!“ (Albrecht 1989, S. 209). Der Befund gilt auch später.",
     [R(s="Albrecht 1989, S. 209", e="S. 209", a="Albrecht", y=1989)]),
    ("„Der Staat ordnet die Arbeit nicht mehr.“ (Brenner 1998: 12) Dem ist wenig hinzuzufügen.",
     [R(s="Brenner 1998: 12", e="12", a="Brenner", y=1998)]),
    ("Brenner spricht von einer „Entstaatlichung der Arbeit“ (1998: 12). Das trifft den Kern.",
     [R(s="1998: 12", a="Brenner", y=1998)]),
    ("„Die Ordnung ist Gewalt, die vergessen wurde.“ (Seidel 2003, S. 7). Vgl. auch Vogt 2005.",
     [R(s="Seidel 2003, S. 7", e="S. 7", a="Seidel", y=2003), R(s="Vogt 2005", a="Vogt", y=2005)]),
    ("Im Original: „Die Stadt ist ein Markt, kein Rathaus.“ (Albrecht 1993, S. 5) Übersetzung des Verfassers.",
     [R(s="Albrecht 1993, S. 5", e="S. 5", a="Albrecht", y=1993)]),
    # --- ";" between co-authors of one work, and between works
    ("Vgl. Pohl; Engel 1996.", [R(a="Pohl", y=1996)]),
    ("Vgl. Pohl; Engel (1996: 125).", [R(a="Pohl", y=1996)]),
    ("Vgl. Falk; Ritter 2010, S. 3.", [R(a="Falk", y=2010)]),
    ("Vgl. Brenner 1998; Seidel 2003.",
     [R(s="Brenner 1998", e="1998", a="Brenner", y=1998), R(s="Seidel 2003", a="Seidel", y=2003)]),
    ("Vgl. Brenner (1998); Seidel (2003).", [R(a="Brenner", y=1998), R(a="Seidel", y=2003)]),
    ("Pohl, Rolf; Engel, Maria (1996): Armut in Europa. In: Soziale Welt 47 (2), S. 120-139.",
     [R(s="Pohl, Rolf; Engel, Maria (1996)", e="S. 120-139", a="Pohl", y=1996)]),
    ("Brenner, Karl (1998): Arbeit und Staat. Berlin: Sigma; Seidel, Paul (2003): Gewalt und Ordnung. Opladen: "
     "Leske + Budrich.",
     [R(s="Brenner, Karl (1998)", e="Sigma", a="Brenner", y=1998),
      R(s="Seidel, Paul (2003)", e="Leske + Budrich", a="Seidel", y=2003)]),
    # --- dated items, "vom DATE" inside a reference
    ("Vgl. das Interview von Hans Kramer mit der Süddeutschen Zeitung vom 12.3.2004.",
     [R(e="12.3.2004", y=2004)]),
    ("Vgl. das Interview mit Otto Lenz in: Die Zeit vom 4. Mai 2006, S. 3.",
     [R(e="S. 3", y=2006)]),
    ("Bundesverfassungsgericht, Urteil vom 12.3.2004, 2 BvR 1234/03.",
     [R(s="Bundesverfassungsgericht", e="2 BvR 1234/03", y=2004)]),
    ("Vgl. das Urteil des Bundesverfassungsgerichts vom 12.3.2004, 2 BvR 1234/03.",
     [R(e="2 BvR 1234/03", y=2004)]),
    ("Vgl. den Bericht der Kommission vom 3. Mai 2005, KOM(2005) 123.",
     [R(e="KOM(2005) 123", y=2005)]),
    ("Hans Kramer, Die Stadt ist kein Markt, in: Frankfurter Allgemeine Zeitung vom 12.3.2004, S. 7.",
     [R(s="Hans Kramer", e="S. 7", a="Kramer", y=2004)]),
    ("Otto Lenz, Rede vor dem Deutschen Bundestag vom 4. Mai 2006, Plenarprotokoll 16/30, S. 1234.",
     [R(s="Otto Lenz", e="S. 1234", a="Lenz", y=2006)]),
    ("Pressemitteilung des Bundesministeriums der Finanzen vom 2.3.2009, Nr. 14/2009.",
     [R(e="Nr. 14/2009", y=2009)]),
    # --- prose after a full reference
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990, S. 12, der diese Sicht als erster vertrat.",
     [R(s="Hans Kramer", e="S. 12", a="Kramer", y=1990)]),
    ("Kramer, Hans (1990): Die Stadt im Mittelalter. München: Beck. Dort auch weitere Literatur.",
     [R(s="Kramer, Hans (1990)", e="München: Beck", a="Kramer", y=1990)]),
    ("Eva Roth, Zünfte und Gilden, Berlin 1977. Die Arbeit ist bis heute grundlegend.",
     [R(s="Eva Roth", e="Berlin 1977", a="Roth", y=1977)]),
    ("Vgl. Eva Roth, Zünfte und Gilden, Berlin 1977, S. 5; die Zahlen dort sind allerdings geschätzt.",
     [R(s="Eva Roth", e="S. 5", a="Roth", y=1977)]),
    # --- prose before a full reference, named in the sentence
    ("Die Autobiographie von Otto Lenz ist veröffentlicht (1985).", []),
    ("Die Autobiographie ist 1985 erschienen: Otto Lenz, Mein Leben, Köln 1985.",
     [R(s="Otto Lenz", e="Köln 1985", a="Lenz", y=1985)]),
    ("Grundlegend ist nach wie vor die Arbeit von Eva Roth, Zünfte und Gilden, Berlin 1977.",
     [R(s="Eva Roth", e="Berlin 1977", a="Roth", y=1977)]),
    ("Einen Überblick gibt der Sammelband von Otto Lenz (Hg.), Bürger und Rat, Köln 1985.",
     [R(s="Otto Lenz", e="Köln 1985", a="Lenz", y=1985)]),
    ("Die Daten stammen aus der Erhebung von Kramer, Hans (1995): Die Stadt. Arbeitspapier 12. Berlin: WZB.",
     [R(s="Kramer, Hans (1995)", e="Berlin: WZB", a="Kramer", y=1995)]),
    ("Zum Begriff siehe Eva Roth, Zünfte und Gilden, Berlin 1977, S. 5.",
     [R(s="Eva Roth", e="S. 5", a="Roth", y=1977)]),
    ("Zitiert nach: Eva Roth, Zünfte und Gilden, Berlin 1977, S. 5.",
     [R(s="Eva Roth", e="S. 5", a="Roth", y=1977)]),
    ("Das Zitat stammt aus: Eva Roth, Zünfte und Gilden, Berlin 1977, S. 5.",
     [R(s="Eva Roth", e="S. 5", a="Roth", y=1977)]),
    ("Die Übersetzung folgt der Ausgabe von Eva Roth, Zünfte und Gilden, Berlin 1977.",
     [R(s="Eva Roth", e="Berlin 1977", a="Roth", y=1977)]),
    ("This paper draws on Peter Hall, Governing the Economy, Oxford 1986.",
     [R(s="Peter Hall", e="Oxford 1986", a="Hall", y=1986)]),
    ("An earlier version appeared as: Hall, Peter (1986): Governing the Economy. Oxford: Polity.",
     [R(s="Hall, Peter (1986)", e="Oxford: Polity", a="Hall", y=1986)]),
]

NOTES += [
    # --- names in capitals, prose sentences before a lead
    ("Der vorliegende Beitrag ist eine Weiterführung der Arbeit von HANS KRAMER (1995): Die Stadt. München: Beck.",
     [R(s="HANS KRAMER (1995)", e="München: Beck", a="KRAMER", y=1995)]),
    ("Der Aufsatz ist eine gekürzte Fassung von KRAMER, Hans (1995): Die Stadt. München: Beck.",
     [R(s="KRAMER, Hans (1995)", e="München: Beck", a="KRAMER", y=1995)]),
    ("Die Zahlen beruhen auf der Erhebung von OTTO LENZ, Bürger und Rat, Köln 1985.",
     [R(s="OTTO LENZ", e="Köln 1985", a="LENZ", y=1985)]),
    ("Die Karte folgt der Darstellung bei EVA ROTH (1977): Zünfte und Gilden. Berlin: Akademie.",
     [R(s="EVA ROTH (1977)", e="Berlin: Akademie", a="ROTH", y=1977)]),
    ("Der Text ist die überarbeitete Fassung eines Vortrags. Zuerst erschienen in: Soziale Welt 47 (1996), S. "
     "120-139.",
     [R(s="Soziale Welt 47", e="S. 120-139", y=1996)]),
    ("Dieser Beitrag ist die gekürzte Fassung eines Kapitels aus: Hans Kramer, Die Stadt im Mittelalter, München 1990.",
     [R(s="Hans Kramer", e="München 1990", a="Kramer", y=1990)]),
    ("Der Verfasser dankt Otto Lenz. Die Argumentation folgt Hans Kramer, Die Stadt im Mittelalter, München 1990.",
     [R(s="Hans Kramer", e="München 1990", a="Kramer", y=1990)]),
    ("Hans Kramer, Die Stadt im Mittelalter, München 1990. Wiederabdruck in: Otto Lenz (Hg.), Bürger und Rat, Köln "
     "1995, S. 7-30.",
     [R(s="Hans Kramer", e="München 1990", a="Kramer", y=1990), R(s="Otto Lenz", e="S. 7-30", a="Lenz", y=1995)]),
]

NOTES += [
    # --- a pointer after a quotation in German quotation marks, a sentence after it
    ("Er nennt sie »eine Schale ohne Kern, eine ›leere Hülle!‹« (Albrecht, 1989, S. 209). Der Befund gilt auch später.",
     [R(s="Albrecht, 1989, S. 209", e="S. 209", a="Albrecht", y=1989)]),
    ("Es heißt dort: »Die Stadt ist ein Markt, kein Rathaus.« (Albrecht 1993, S. 5). Vgl. auch Vogt 2005.",
     [R(s="Albrecht 1993, S. 5", e="S. 5", a="Albrecht", y=1993), R(s="Vogt 2005", a="Vogt", y=2005)]),
    ("Die Rede ist von »Entstaatlichung« (Brenner, 1998, S. 12). Ähnlich argumentiert Seidel.",
     [R(s="Brenner, 1998, S. 12", e="S. 12", a="Brenner", y=1998)]),
    ("»Die Ordnung ist Gewalt, die vergessen wurde« (Seidel 2003: 7). Die Übersetzung stammt vom Verfasser.",
     [R(s="Seidel 2003: 7", e="7", a="Seidel", y=2003)]),
    ("„Die Ordnung ist Gewalt, die vergessen wurde“ (Seidel, 2003, S. 7), schreibt er später.",
     [R(s="Seidel, 2003, S. 7", e="S. 7", a="Seidel", y=2003)]),
]
