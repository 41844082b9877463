"""A hand-made catalogue of German (and some English) notes citing WEB SOURCES (issue 13; helper F55): a URL alone
or with the day it was read in its many spellings ("Stand:", "Zugriff am", "abgerufen am", "letzter Zugriff",
"eingesehen am", "accessed", "[12.3.2010]", ISO days); an author or body, a title and a URL after "Abrufbar unter",
"verfügbar unter", "online:", "im Internet unter", "unter", "URL:", in angle brackets or brackets; the document's own
day ("06.05.2005") as its date; a document's title in quotes then the site; press releases, interviews and speeches
on the web with their day; blogs; ministries' PDFs with "(PDF)"; URLs broken over lines after "/" or at a hyphen; a
URL inside a sentence of prose; several web sources in one note; a web source after a printed reference ("auch
online unter ..."). Every note is made up in the shapes notes print them; none is copied from a paper.

NOTES holds (note, expected): expected is the list of the note's references in order, each a dict of the fields the
labelling conventions (benchmarks/data/footnotes_gold/README.md) give it; only the keys given are compared:
  a: the first author's surname, or a body's name (a body is a corporate editor there),
  y: the year of the document's own day or of its publication; None where the note prints only the day the page was
     read (an access day goes to `other`, never to `date`: README, B17 convention 6, 28338, 12715, 21699),
  t: title, c: container, u: the URL as printed, a line break inside it joined, without a closing bracket or the
     sentence's full stop.
A URL given as the source of a statement is a reference (README: bare URLs, 34912, 42768, 36593); a URL inside a
sentence of prose ("... ist unter www.x.de abrufbar") is one too, the sentence around it none; a reference's own
address stays part of it (one reference)."""

R = dict

NOTES = [
    # --- URL-only notes
    ("www.example-institut.de", [R(u="www.example-institut.de")]),
    ("http://www.example.org/daten/index.html", [R(u="http://www.example.org/daten/index.html")]),
    ("Vgl. www.beispiel-stiftung.de.", [R(u="www.beispiel-stiftung.de")]),
    ("Siehe http://www.example.gov/report.pdf.", [R(u="http://www.example.gov/report.pdf")]),
    ("https://www.example.eu/policy/energy_en.htm", [R(u="https://www.example.eu/policy/energy_en.htm")]),
    ("Quelle: www.wahlen.example.de.", [R(u="www.wahlen.example.de")]),
    ("vgl. hierzu auch http://www.example.de/cgi-bin/projekte/output.php?projekt=12",
     [R(u="http://www.example.de/cgi-bin/projekte/output.php?projekt=12")]),
    ("<http://www.example.org/archiv/2004/>", [R(u="http://www.example.org/archiv/2004/")]),
    ("URL: http://www.example.net/wahl/ergebnis.html", [R(u="http://www.example.net/wahl/ergebnis.html")]),
    ("Online: www.example.at/presse", [R(u="www.example.at/presse")]),
    ("Siehe auch: https://example.org/dokumente/2012/studie.pdf", [R(u="https://example.org/dokumente/2012/studie.pdf")]),
    ("http://www.example.de/~lang/papers/europa.pdf", [R(u="http://www.example.de/~lang/papers/europa.pdf")]),
    ("www.example.de/index.php?id=42&lang=de", [R(u="www.example.de/index.php?id=42&lang=de")]),
    ("Vgl. http://de.example.org/wiki/Soziale_Marktwirtschaft.", [R(u="http://de.example.org/wiki/Soziale_Marktwirtschaft")]),
    ("For details see www.example-project.eu.", [R(u="www.example-project.eu")]),
    # --- URL and the day it was read, in its spellings (no year of the work)
    ("http://www.example.de/umfrage.html (Stand: 14.10.2005).", [R(u="http://www.example.de/umfrage.html", y=None)]),
    ("http://www.example.de/umfrage.html, Stand: 14.10.05", [R(u="http://www.example.de/umfrage.html", y=None)]),
    ("vgl. http://www.example.de/umfrage.html, Stand: 14.10.2005", [R(u="http://www.example.de/umfrage.html", y=None)]),
    ("www.example.org/statistik (Zugriff am 3.5.2009).", [R(u="www.example.org/statistik", y=None)]),
    ("www.example.org/statistik, Zugriff: 03.05.2009.", [R(u="www.example.org/statistik", y=None)]),
    ("http://www.example.com/news/123.html (abgerufen am 12. März 2010).",
     [R(u="http://www.example.com/news/123.html", y=None)]),
    ("http://www.example.com/news/123.html, letzter Zugriff: 12.03.2010.",
     [R(u="http://www.example.com/news/123.html", y=None)]),
    ("http://www.example.com/news/123.html (accessed 12 March 2010).",
     [R(u="http://www.example.com/news/123.html", y=None)]),
    ("http://www.example.com/news/123.html [12.3.2010]", [R(u="http://www.example.com/news/123.html", y=None)]),
    ("http://www.example.com/news/123.html (2010-03-12).", [R(u="http://www.example.com/news/123.html", y=None)]),
    ("www.example.de/bericht.pdf [Zugriff: 2.11.2011]", [R(u="www.example.de/bericht.pdf", y=None)]),
    ("http://www.example.de/daten/ (eingesehen am 15.10.2010).", [R(u="http://www.example.de/daten/", y=None)]),
    ("http://www.example.de/daten/, Abruf: 15.10.2010.", [R(u="http://www.example.de/daten/", y=None)]),
    ("Vgl. http://www.example.de/daten/ (Download am 15.10.2010).", [R(u="http://www.example.de/daten/", y=None)]),
    ("http://www.example.org/faq.html (last accessed on 4 May 2012).", [R(u="http://www.example.org/faq.html", y=None)]),
    ("http://www.example.org/faq.html, accessed 2012-05-04.", [R(u="http://www.example.org/faq.html", y=None)]),
    ("http://www.example.org/faq.html; 04.05.2012.", [R(u="http://www.example.org/faq.html", y=None)]),
    ("Siehe http://www.example.org/faq.html (letzter Aufruf 04.05.2012).",
     [R(u="http://www.example.org/faq.html", y=None)]),
    ("www.example.de/index.php?id=42&lang=de (27.03.06)", [R(u="www.example.de/index.php?id=42&lang=de", y=None)]),
    ("vgl. https://example.org/dokumente/studie.pdf (12.5.2013)", [R(u="https://example.org/dokumente/studie.pdf",
                                                                      y=None)]),
    ("http://de.example.org/wiki/Soziale_Marktwirtschaft (Stand: 3.3.2009)",
     [R(u="http://de.example.org/wiki/Soziale_Marktwirtschaft", y=None)]),
    ("Vgl. die Homepage der Initiative: www.example-initiative.de (Zugriff: 12.1.2008).",
     [R(u="www.example-initiative.de", y=None)]),
    ("See http://www.example.org/report (accessed 12 March 2010).", [R(u="http://www.example.org/report", y=None)]),
    ("Available at: http://www.example.org/report.pdf [accessed 1 June 2011].",
     [R(u="http://www.example.org/report.pdf", y=None)]),
    ("www.example.gov; 23.7.2007.", [R(u="www.example.gov", y=None)]),
    ("<http://www.example.org/archiv/> [Stand: 01.02.2008]", [R(u="http://www.example.org/archiv/", y=None)]),
    # --- author: title, the document's day, "Abrufbar unter:" URL
    ("Anna Berger: Die Zukunft der Union, 12.04.2006. Abrufbar unter: "
     "http://www.example-institut.de/positionen/2006/zukunft.php.",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example-institut.de/positionen/2006/zukunft.php")]),
    ("Vgl. Peter Lang: Ein schwieriger Gipfel, 3. Juli 2007. Abrufbar unter: http://www.example.de/gipfel.php.",
     [R(a="Lang", t="Ein schwieriger Gipfel", y=2007, u="http://www.example.de/gipfel.php")]),
    ("Siehe Anna Berger / Peter Lang: Wenig konkrete Antworten, 31.03.2006. Abrufbar unter "
     "http://www.example.de/positionen/2006/gipfel.php.",
     [R(a="Berger", t="Wenig konkrete Antworten", y=2006, u="http://www.example.de/positionen/2006/gipfel.php")]),
    ("Vgl. Peter Lang: Energie für Europa, Institut Aktuell 5/2006. Abrufbar unter: "
     "http://www.example.de/publikationen/2006/aktuell-2006-05.php.",
     [R(a="Lang", t="Energie für Europa", y=2006, u="http://www.example.de/publikationen/2006/aktuell-2006-05.php")]),
    ("Berger, Anna: Die Zukunft der Union. Berlin 2006, online: http://www.example.de/zukunft.pdf (Zugriff am "
     "3.5.2007).", [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Anna Berger, Die Zukunft der Union, Berlin 2006, verfügbar unter: http://www.example.de/zukunft.pdf [Stand: "
     "3.5.2007].", [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Berger, A. (2006): Die Zukunft der Union. Online verfügbar unter http://www.example.de/zukunft.pdf, abgerufen am "
     "3.5.2007.", [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Berger, Anna (2006): Die Zukunft der Union, URL: http://www.example.de/zukunft.pdf (Zugriff: 03.05.2007).",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Anna Berger, Die Zukunft der Union, 2006, im Internet unter: www.example.de/zukunft.pdf (3.5.2007).",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="www.example.de/zukunft.pdf")]),
    ("Anna Berger: Die Zukunft der Union, 2006, <http://www.example.de/zukunft.pdf> (3.5.2007).",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Anna Berger, Die Zukunft der Union, 2006 (http://www.example.de/zukunft.pdf, 3.5.2007).",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="http://www.example.de/zukunft.pdf")]),
    ("Berger, Anna: Die Zukunft der Union, 2006, unter: www.example.de/zukunft.pdf, Stand: 3.5.2007.",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="www.example.de/zukunft.pdf")]),
    ("Smith, John (2008): The Future of NATO, available at: http://www.example.org/nato.pdf (accessed 12 May 2009).",
     [R(a="Smith", t="The Future of NATO", y=2008, u="http://www.example.org/nato.pdf")]),
    ("John Smith, The Future of NATO, Washington, DC, 2008, online at www.example.org/nato.pdf.",
     [R(a="Smith", t="The Future of NATO", y=2008, u="www.example.org/nato.pdf")]),
    ("Smith, J. 2008. The Future of NATO. Retrieved from http://www.example.org/nato.pdf",
     [R(a="Smith", t="The Future of NATO", y=2008, u="http://www.example.org/nato.pdf")]),
    ("Vgl. Peter Lang, 2006: European Diplomacy and Iran. 13.06.2006. Abrufbar unter: "
     "http://www.example.de/dossiers/iran06/introduction.pdf.",
     [R(a="Lang", t="European Diplomacy and Iran", y=2006, u="http://www.example.de/dossiers/iran06/introduction.pdf")]),
    ("Lang, Peter: Krisenmanager Europa? Institut Aktuell 4/2005, S. 7. Abrufbar unter: "
     "http://www.example.de/publikationen/2005/aktuell-2005-04.php",
     [R(a="Lang", t="Krisenmanager Europa?", y=2005, u="http://www.example.de/publikationen/2005/aktuell-2005-04.php")]),
    # --- a titled document (no author) with its day and the address
    ("Vienna Declaration on Partnership. Wien, 05.05.2006. Abrufbar unter: http://www.example.at/viennadeclaration.html.",
     [R(t="Vienna Declaration on Partnership", y=2006, u="http://www.example.at/viennadeclaration.html")]),
    ("Vgl. Negotiating Framework. Luxembourg, 3 October 2005. Abrufbar unter: http://www.example.eu/framedoc.pdf.",
     [R(t="Negotiating Framework", y=2005, u="http://www.example.eu/framedoc.pdf")]),
    ("Communiqué from the Extra-Ordinary Summit. Dar es Salaam, 28th to 29th March 2007, "
     "www.example.int/news/details.php?news_id=927.",
     [R(t="Communiqué from the Extra-Ordinary Summit", y=2007, u="www.example.int/news/details.php?news_id=927")]),
    ("siehe auch: Europa vor der Erweiterung. Strategiepapier der Beispiel-Stiftung, Zagreb, Juni 2005. Abrufbar unter: "
     "http://www.example.de/publikationen/2005/zagreb.php.",
     [R(y=2005, u="http://www.example.de/publikationen/2005/zagreb.php")]),
    # --- a title in quotes, then the site
    ("\"Neue Regeln für die Leiharbeit\", in: www.example-zeitung.de, 8.1.2010.",
     [R(t="Neue Regeln für die Leiharbeit", y=2010, u="www.example-zeitung.de")]),
    ("„Die Rente mit 67 kommt“, Spiegel Online, 12.2.2007, http://www.example.de/politik/0,1518,465000,00.html.",
     [R(t="Die Rente mit 67 kommt", y=2007, u="http://www.example.de/politik/0,1518,465000,00.html")]),
    ("„Ein Land im Umbruch“, http://www.example.ch/archiv/umbruch.html, abgerufen am 5.9.2009.",
     [R(t="Ein Land im Umbruch", y=None, u="http://www.example.ch/archiv/umbruch.html")]),
    ("Anna Berger: „Die Zukunft der Union“, in: Beispiel Online, 12.4.2006, www.example-online.de/zukunft.html.",
     [R(a="Berger", t="Die Zukunft der Union", y=2006, u="www.example-online.de/zukunft.html")]),
    ("Vgl. \"Streit um die Reform\", Beispiel-Zeitung vom 4.4.2008, online unter: www.example-zeitung.de/reform.html.",
     [R(t="Streit um die Reform", y=2008, u="www.example-zeitung.de/reform.html")]),
    # --- press releases, interviews and speeches on the web
    ("Pressemitteilung des Bundesministeriums für Gesundheit vom 14.3.2006, "
     "http://www.example.de/presse/2006/pm-14-03.html.", [R(y=2006, u="http://www.example.de/presse/2006/pm-14-03.html")]),
    ("Bundesagentur für Arbeit: Pressemitteilung Nr. 5 vom 31.1.2007, abrufbar unter www.example-agentur.de/presse.",
     [R(a="Bundesagentur für Arbeit", y=2007, u="www.example-agentur.de/presse")]),
    ("Vgl. das Interview von Anna Berger mit der Frankfurter Rundschau vom 12.3.2006, abrufbar unter: "
     "http://www.example-fr.de/politik/interview/123.html.",
     [R(a="Berger", y=2006, u="http://www.example-fr.de/politik/interview/123.html")]),
    ("Interview mit Peter Lang, in: Die Zeit vom 4.5.2006, online unter http://www.example-zeit.de/2006/19/interview.",
     [R(y=2006, u="http://www.example-zeit.de/2006/19/interview")]),
    ("Peter Lang: Jetzt handeln. Presseerklärung vom 22.03.2006; abrufbar unter: "
     "http://www.example.at/presse/2203lang.html.",
     [R(a="Lang", t="Jetzt handeln", y=2006, u="http://www.example.at/presse/2203lang.html")]),
    ("Vgl. Anna Berger: Der Meilenstein für Europa, Presseaussendung vom 30.05.2006; abrufbar unter: "
     "http://www.example.at/presse/3005berger.html.",
     [R(a="Berger", t="Der Meilenstein für Europa", y=2006, u="http://www.example.at/presse/3005berger.html")]),
    ("Rede von Bundeskanzlerin Anna Berger am 10. Mai 2007 in Berlin, "
     "http://www.example-regierung.de/reden/2007/05/berger.html (Zugriff: 1.6.2007).",
     [R(y=2007, u="http://www.example-regierung.de/reden/2007/05/berger.html")]),
    ("Siehe Pressemitteilung des Rates der Europäischen Union, 9926/06, Brüssel, 29.05.2006; abrufbar unter: "
     "http://www.example.eu/press/89817.pdf.", [R(y=2006, u="http://www.example.eu/press/89817.pdf")]),
    ("Siehe Erklärung des Ratsvorsitzes vor dem Europäischen Parlament am 15. Februar 2006. Abrufbar unter: "
     "http://www.example.at/reden/1502.html", [R(y=2006, u="http://www.example.at/reden/1502.html")]),
    ("Press release of the European Commission, IP/07/123, 5 February 2007, available at http://www.example.eu/ip07123.",
     [R(y=2007, u="http://www.example.eu/ip07123")]),
    # --- blogs
    ("http://wahlblog.example.de, Stand: 14.10.05", [R(u="http://wahlblog.example.de", y=None)]),
    ("Vgl. den Eintrag im Weblog „Politik im Netz“ vom 3.9.2005: http://www.example-blog.de/archives/322-wette.html.",
     [R(y=2005, u="http://www.example-blog.de/archives/322-wette.html")]),
    ("Peter Lang: Warum ich blogge, in: Lang bloggt, 12.8.2005, http://lang.blog.example.de/2005/08/12/warum.",
     [R(a="Lang", t="Warum ich blogge", y=2005, u="http://lang.blog.example.de/2005/08/12/warum")]),
    ("Netzpolitik: http://www.example-netz.de/wahlblogs/liste.shtml, Stand: 14.10.2005.",
     [R(t="Netzpolitik", u="http://www.example-netz.de/wahlblogs/liste.shtml", y=None)]),
    ("Vgl. Politik im Netz: http://www.example-politik.de/wahlkampf/blogs.shtml, Stand: 14.10.2005",
     [R(t="Politik im Netz", u="http://www.example-politik.de/wahlkampf/blogs.shtml", y=None)]),
    ("Anna Berger, Bloggen im Wahlkampf, Blogeintrag vom 2. September 2009, http://berger.example.net/?p=231.",
     [R(a="Berger", t="Bloggen im Wahlkampf", y=2009, u="http://berger.example.net/?p=231")]),
    # --- ministries' and bodies' documents, PDFs
    ("Bundesministerium für Arbeit und Soziales (Hrsg.): Lebenslagen in Deutschland, Berlin 2008 (PDF), "
     "http://www.example-bmas.de/lebenslagen.pdf.",
     [R(a="Bundesministerium für Arbeit und Soziales", t="Lebenslagen in Deutschland", y=2008,
        u="http://www.example-bmas.de/lebenslagen.pdf")]),
    ("BMFSFJ (2005): Siebter Familienbericht, http://www.example-bmfsfj.de/familienbericht.pdf (PDF, 2,3 MB), Zugriff "
     "am 1.2.2006.",
     [R(a="BMFSFJ", t="Siebter Familienbericht", y=2005, u="http://www.example-bmfsfj.de/familienbericht.pdf")]),
    ("Vgl. Statistisches Bundesamt, Datenreport 2006, Bonn 2006, S. 45 (als PDF unter "
     "www.example-destatis.de/datenreport.pdf).",
     [R(a="Statistisches Bundesamt", t="Datenreport 2006", y=2006, u="www.example-destatis.de/datenreport.pdf")]),
    ("OECD: Employment Outlook, Paris 2008, http://www.example-oecd.org/els/outlook (accessed 3 May 2009).",
     [R(a="OECD", t="Employment Outlook", y=2008, u="http://www.example-oecd.org/els/outlook")]),
    ("Deutscher Gewerkschaftsbund: Positionspapier zur Rente, Berlin, März 2007, www.example-dgb.de/rente.pdf.",
     [R(a="Deutscher Gewerkschaftsbund", t="Positionspapier zur Rente", y=2007, u="www.example-dgb.de/rente.pdf")]),
    ("Statistik Austria: Bevölkerung im Wandel, URL: http://www.example.at/bevoelkerung.html [Stand: 10.1.2006].",
     [R(a="Statistik Austria", t="Bevölkerung im Wandel", y=None, u="http://www.example.at/bevoelkerung.html")]),
    ("Bundesministerium für auswärtige Angelegenheiten: Die Präsidentschaft 2006. Weißbuch. 23.11.2005, Einleitung. "
     "Abrufbar unter: http://www.example.gv.at/downloads/weissbuch.pdf",
     [R(a="Bundesministerium für auswärtige Angelegenheiten", y=2005, u="http://www.example.gv.at/downloads/weissbuch.pdf")]),
    ("European Commission, Eurobarometer 65, Brussels 2006, available at http://www.example.eu/eb65_en.pdf (last "
     "accessed 2 May 2008).", [R(a="European Commission", y=2006, u="http://www.example.eu/eb65_en.pdf")]),
    ("Bundesregierung: Nationaler Aktionsplan Integration, Berlin 2011 [PDF], www.example-bund.de/nap.pdf [12.3.2012].",
     [R(a="Bundesregierung", t="Nationaler Aktionsplan Integration", y=2011, u="www.example-bund.de/nap.pdf")]),
    ("Quelle: Bundesinstitut für Berufsbildung (BIBB), http://www.example-bibb.de/aab/start.asp",
     [R(a="Bundesinstitut für Berufsbildung", u="http://www.example-bibb.de/aab/start.asp")]),
    ("Quelle: Folha Exemplo: <www.example.com.br/especiais/placar,1845.htm>.",
     [R(t="Folha Exemplo", u="www.example.com.br/especiais/placar,1845.htm")]),
    ("Quelle: Beispiel-Daten; verfügbar über http://www.example-daten.de/", [R(u="http://www.example-daten.de/")]),
    # --- URLs broken over lines (after "/", "_" or "-", the next part after a space)
    ("Vgl. Politik im Netz: http://www.example-politik.de/wahlkampf/ linkliste050609.shtml, Stand: 14.10.2005",
     [R(u="http://www.example-politik.de/wahlkampf/linkliste050609.shtml", y=None)]),
    ("http://www.example.org/wahl/ergebnisse/ bund_2005.html (Zugriff am 3.5.2009).",
     [R(u="http://www.example.org/wahl/ergebnisse/bund_2005.html", y=None)]),
    ("www.example.com/pub/products/ control_501_de.htm", [R(u="www.example.com/pub/products/control_501_de.htm")]),
    ("http://www.example.de/themen/arbeit_ markt/index.html", [R(u="http://www.example.de/themen/arbeit_markt/index.html")]),
    ("Anna Berger: Die Zukunft der Union, 12.04.2006. Abrufbar unter: http://www.example.de/aktuell/ "
     "positionen/2006/zukunft.php.",
     [R(a="Berger", y=2006, u="http://www.example.de/aktuell/positionen/2006/zukunft.php")]),
    ("http://www.example.de/fragen-und- antworten.html", [R(u="http://www.example.de/fragen-und-antworten.html")]),
    # --- a URL inside a sentence of prose: the URL the reference, the sentence none
    ("Die Studie ist unter www.example-institut.de/studie abrufbar.", [R(u="www.example-institut.de/studie")]),
    ("Der vollständige Bericht ist im Internet unter http://www.example.de/bericht.pdf abrufbar.",
     [R(u="http://www.example.de/bericht.pdf")]),
    ("Weitere Informationen finden sich unter www.example-projekt.de.", [R(u="www.example-projekt.de")]),
    ("Die Daten sind über das Forschungsdatenzentrum (www.example-fdz.de) erhältlich.", [R(u="www.example-fdz.de")]),
    ("Eine Liste der Projekte findet sich auf der Homepage des Instituts: http://www.example.org/projekte.html.",
     [R(u="http://www.example.org/projekte.html")]),
    ("Der Text der Erklärung ist abrufbar unter: http://www.example.eu/erklaerung.pdf (Stand: 1.3.2008).",
     [R(u="http://www.example.eu/erklaerung.pdf", y=None)]),
    ("Die Bilanz der Präsidentschaft durch Bundeskanzler Lang vom 26. Juni 2006 ist abrufbar unter "
     "http://www.example.gv.at/eu/0626.html.", [R(u="http://www.example.gv.at/eu/0626.html")]),
    ("Die Fragebögen können unter www.example-umfrage.de/fragebogen eingesehen werden.",
     [R(u="www.example-umfrage.de/fragebogen")]),
    ("Das Programm ist auf der Website der Partei (http://www.example-partei.de/programm.pdf) dokumentiert.",
     [R(u="http://www.example-partei.de/programm.pdf")]),
    ("Alle Zahlen stammen aus der Datenbank des Amtes, die unter http://www.example-amt.de/datenbank frei zugänglich "
     "ist.", [R(u="http://www.example-amt.de/datenbank")]),
    ("The data are available at www.example-data.org.", [R(u="www.example-data.org")]),
    ("Der Fragebogen findet sich im Internet: www.example.de/fragebogen.pdf (Zugriff am 3.4.2010).",
     [R(u="www.example.de/fragebogen.pdf", y=None)]),
    # --- several web sources in one note
    ("Vgl. http://www.example-a.de/wahl.html und http://www.example-b.de/blog/ (beide Stand: 14.10.2005).",
     [R(u="http://www.example-a.de/wahl.html"), R(u="http://www.example-b.de/blog/")]),
    ("Siehe www.example-a.de; www.example-b.org; www.example-c.net.",
     [R(u="www.example-a.de"), R(u="www.example-b.org"), R(u="www.example-c.net")]),
    ("http://www.example-a.de/wahl.html (Zugriff: 3.5.2009); http://www.example-b.de/blog/ (Zugriff: 4.5.2009).",
     [R(u="http://www.example-a.de/wahl.html"), R(u="http://www.example-b.de/blog/")]),
    ("Vgl. Anna Berger, Die Zukunft der Union, 2006, http://www.example.de/a.pdf; Peter Lang, Europa nach dem Gipfel, "
     "2007, http://www.example.de/b.pdf.",
     [R(a="Berger", y=2006, u="http://www.example.de/a.pdf"), R(a="Lang", y=2007, u="http://www.example.de/b.pdf")]),
    ("Vgl. www.example-a.de sowie www.example-b.de (Stand jeweils 1.2.2009).",
     [R(u="www.example-a.de"), R(u="www.example-b.de")]),
    # --- a web source after a printed reference: one reference with its address
    ("Anna Berger, Die Zukunft der Union, Berlin: Beispiel-Verlag 2006, S. 12; auch online unter "
     "http://www.example.de/zukunft.pdf.", [R(a="Berger", t="Die Zukunft der Union", y=2006)]),
    ("Berger, Anna (2006): Die Zukunft der Union. In: Zeitschrift für Politik 53, H. 2, S. 101-120 (auch online: "
     "www.example.de/zfp.pdf).", [R(a="Berger", t="Die Zukunft der Union", y=2006, c="Zeitschrift für Politik")]),
    ("Lang, Peter: Europa nach dem Gipfel, Stuttgart 2007; im Internet: http://www.example.de/europa.pdf.",
     [R(a="Lang", t="Europa nach dem Gipfel", y=2007)]),
    ("Peter Lang, Europa nach dem Gipfel, Stuttgart 2007, S. 3 (http://www.example.de/europa.pdf).",
     [R(a="Lang", t="Europa nach dem Gipfel", y=2007, u="http://www.example.de/europa.pdf")]),
    ("Müller, Hans: Digitale Spiele. Berlin 2005 (http://www.example.de/spiele.pdf).",
     [R(a="Müller", t="Digitale Spiele", y=2005, u="http://www.example.de/spiele.pdf")]),
    ("Vgl. Anna Berger, Die Zukunft der Union, in: Internationale Politik 61 (2006), S. 22-30, "
     "www.example-ip.de/zukunft.html.", [R(a="Berger", t="Die Zukunft der Union", y=2006)]),
    # --- a body or site named before the URL, no title
    ("Quelle: Wahlamt Nord, http://www.wahlamt.example.de/ergebnisse (Stand: 2.10.2006).",
     [R(u="http://www.wahlamt.example.de/ergebnisse")]),
    ("Daten der Weltbank, www.example-worldbank.org/data (accessed 5 June 2010).",
     [R(u="www.example-worldbank.org/data")]),
    ("Homepage des Vereins: www.example-verein.de.", [R(u="www.example-verein.de")]),
    ("Vgl. die Angaben auf www.example-bundestag.de/abgeordnete (Stand: 1.9.2009).",
     [R(u="www.example-bundestag.de/abgeordnete", y=None)]),
    ("Zitiert nach http://www.example.de/zitate/weber.html.", [R(u="http://www.example.de/zitate/weber.html")]),
    ("Siehe dazu http://www.example.org/faq/ (Stand: Mai 2011).", [R(u="http://www.example.org/faq/", y=None)]),
]
