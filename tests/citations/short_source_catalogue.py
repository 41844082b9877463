"""A hand-made catalogue of German (and some English) notes citing SHORT SOURCES the note rules tend to drop (issue
13; helper F59): a newspaper by its name and day ("Badische Zeitung v. 28.3.2007, S. 17", "(Tages Anzeiger vom
8.7.99)"), also as the source in brackets after a quotation; a statute by its section, the law's name before or after
it ("SGB IX § 2 Behinderung", "§ 25 Gesetz über ..."); a bare web address as the note or closing a gloss of a name;
author-year pointers whose surname has a particle ("zu Löwenstein 2011", "te Heesen 2013"); a body's name in lower or
camel case ("comScore, 2013", "infas 2007"); an author "in diesem Band"/"in diesem Heft"; a title and year ("Handbuch
1986, S. 527"); an author, a short title and a section ("Husserl Ideen: § 182"); a work named in prose with title,
year and author ("das Gedicht Ich will dich (1970) von Hilde Domin"); a full reference whose given names are
abbreviated to two or more letters ("Chr. J. Schmidt-Lellek, Title, 2004, Kap. 3, S. 30"). And negatives of each
kind: prose with a day that cites nothing, a section named in a sentence about law ("Nach § 84 Abs. 2 SGB IX muss
..."), a project's address in the authors' thanks, a title named in passing. Every note is made up in the shapes
notes print them; none is copied from a paper.

LIST is the paper's reference list (the pointers' works; a pointer the list does not hold is a short form of no
work). NOTES holds (note, expected): expected is the list of the note's references in order, each a dict of the
fields the labelling conventions (benchmarks/data/footnotes_gold/README.md) give it; only the keys given are compared:
  a: the first author's surname as printed, a particle with it ("zu Löwenstein": B17's ambiguous, B32's 31121), or
     a body's name (a body is a corporate editor there),
  y: year, t: title (a statute's section: B17 convention 6), c: container (a newspaper cited by name and day:
     README, realigned in session 32; a statute's law), p: first page cited, u: the URL as printed.
A newspaper cited by its name and a two-digit year ("8.7.99") keeps the year as printed (B31's 24846): no y is
compared. An expected [] is a note that cites nothing."""

R = dict

LIST = [
    "Löwenstein, K. zu (2011): Adel und Macht. Berlin: Siedler.",
    "Matt, P. von (2001): Die tintenblauen Eidgenossen. München: Hanser.",
    "Heesen, A. te (2013): Theorien des Museums. Hamburg: Junius.",
    "Witte, B. de (2005): Europa der Regionen. Baden-Baden: Nomos.",
    "Pijl, K. van der (1998): Transnational Classes. London: Routledge.",
    "Alemann, U. von/Heinze, R. G. (1979): Verbände und Staat. Opladen: Westdeutscher Verlag.",
    "Donato, L. di (2005): Migration in Europa. Frankfurt a. M.: Campus.",
    "Mesquita, B. de (1981): The War Trap. New Haven: Yale University Press.",
    "comScore (2013): Digital Future in Focus. Reston: comScore.",
    "infas (2007): Mobilität in Deutschland. Bonn: infas.",
    "eMarketer (2012): Social Media Usage. New York: eMarketer.",
    "Medjedović, I. (2014): Qualitative Sekundäranalyse. In: Historical Social Research 39 (2), S. 10-30.",
    "Kessler, W. (2014): Archivierte Interviews. In: Historical Social Research 39 (2), S. 31-50.",
    "Feldmann, U. (Hg.) (1986): Handbuch der örtlichen Sozialplanung. Stuttgart: Kohlhammer.",
    "Husserl, E. (1950): Ideen zu einer reinen Phänomenologie. Den Haag: Nijhoff.",
    "Kant, I. (1974): Kritik der reinen Vernunft. Frankfurt a. M.: Suhrkamp.",
    "Domin, H. (1970): Ich will dich. München: Piper.",
    "Brenner, K. (1998): Arbeit und Staat. Berlin: Sigma.",
    "Seidel, P. (2001): Gewalt und Ordnung. Opladen: Leske + Budrich.",
]

NOTES = [
    # --- newspapers by name and day (the paper the container, no title)
    ("Badische Zeitung vom 28.3.2007, S. 17.", [R(c="Badische Zeitung", y=2007, p="17")]),
    ("Badische Zeitung v. 28.3.2007, S. 17.", [R(c="Badische Zeitung", y=2007, p="17")]),
    ("Vgl. Neue Zürcher Zeitung v. 4.11.2003.", [R(c="Neue Zürcher Zeitung", y=2003)]),
    ("Stuttgarter Zeitung v. 12.5.2005, S. 3.", [R(c="Stuttgarter Zeitung", y=2005, p="3")]),
    ("Tages Anzeiger vom 8.7.99.", [R(c="Tages Anzeiger")]),
    ("Vgl. Frankfurter Rundschau vom 3.11.98, S. 5.", [R(c="Frankfurter Rundschau", p="5")]),
    ("Zitiert nach Stuttgarter Zeitung vom 12. Mai 2005, S. 3.", [R(c="Stuttgarter Zeitung", y=2005, p="3")]),
    ("Der Standard, 12.3.2006, S. 2.", [R(c="Der Standard", y=2006, p="2")]),
    ("The Guardian, 21.3.2007.", [R(c="The Guardian", y=2007)]),
    ("Financial Times, 12 March 2008, p. 4.", [R(c="Financial Times", y=2008, p="4")]),
    ("Le Monde, 3 mai 2004.", [R(c="Le Monde", y=2004)]),
    ("taz vom 14.2.2002.", [R(c="taz", y=2002)]),
    ("Vgl. taz v. 14.2.2002, S. 7.", [R(c="taz", y=2002, p="7")]),
    # papers whose masthead is set in lower case (F62)
    ("taz, 3.5.2007, S. 4.", [R(c="taz", y=2007, p="4")]),
    ("Vgl. junge Welt vom 12.6.2008.", [R(c="junge Welt", y=2008)]),
    ("die tageszeitung vom 2. März 2004, S. 6.", [R(c="die tageszeitung", y=2004, p="6")]),
    ("profil, 14.2.2005.", [R(c="profil", y=2005)]),
    ("Vgl. nd vom 5.11.2009, S. 3.", [R(c="nd", y=2009, p="3")]),
    ("Das nd berichtete am 5.11.2009 darüber.", []),
    # a magazine's number before its day (F62)
    ("Der Spiegel, Nr. 23, 6.6.2005, S. 44.", [R(c="Der Spiegel", y=2005, p="44")]),
    ("Focus, Nr. 12, 20.3.2006, S. 30-32.", [R(c="Focus", y=2006, p="30")]),
    ("Die Zeit, Nr. 7, 9.2.2006, S. 5.", [R(c="Die Zeit", y=2006, p="5")]),
    ("profil, Nr. 8, 18.2.2008, S. 22.", [R(c="profil", y=2008, p="22")]),
    ("Stern, Heft 15, 3.4.2003.", [R(c="Stern", y=2003)]),
    ("Süddeutsche Zeitung, 4./5.6.2005, S. 9.", [R(c="Süddeutsche Zeitung", y=2005, p="9")]),
    ("Vgl. Kölner Stadt-Anzeiger vom 2.2.2010 und Express vom 3.2.2010.",
     [R(c="Kölner Stadt-Anzeiger", y=2010), R(c="Express", y=2010)]),
    # the source of a quotation in brackets after it, the quotation's marks in their styles
    ("Der Trainer sagte: »Das tat weh, war aber das beste Rennen seines Lebens.« (Badische Zeitung v. 28.3.2007, "
     "S. 17) Ob das stimmt, sei dahingestellt.", [R(c="Badische Zeitung", y=2007, p="17")]),
    ("Die Ministerin erklärte: „Wir werden die Schulen nicht schließen, solange ich im Amt bin.“ (Stuttgarter "
     "Zeitung vom 12.5.2005, S. 3).", [R(c="Stuttgarter Zeitung", y=2005, p="3")]),
    ("Bei der Weltmeisterschaft 2007 in Melbourne erklärte der Sieger: »Das tat verdammt weh, war aber das beste "
     "Rennen meines Lebens.« (Badische Zeitung v. 28.3.2007, S. 17) Ob das stimmt, sei dahingestellt.",
     [R(c="Badische Zeitung", y=2007, p="17")]),
    ("Im Wahlkampf 2005 sagte die Kandidatin: »Wir werden die Steuern nicht erhöhen, das verspreche ich Ihnen.« "
     "(Der Standard, 12.3.2006, S. 2).", [R(c="Der Standard", y=2006, p="2")]),
    ("Der Minister erklärte 2009 im Landtag: »Die Reform ist gescheitert, wir fangen von vorne an.« (Brenner 1998, "
     "S. 12) Die Opposition widersprach.", [R(a="Brenner", y=1998, p="12")]),
    ("Der Forscher meint: \"Bei unseren Studien waren Mädchen nie ein Thema, jetzt ist die Debatte in Gang gesetzt\" "
     "(Tages Anzeiger vom 8.7.99).", [R(c="Tages Anzeiger")]),
    ("Der Forscher meint: „Bei unseren Studien waren Mädchen nie ein Thema, jetzt ist die Debatte in Gang gesetzt“ "
     "(Tages Anzeiger vom 8.7.1999).", [R(c="Tages Anzeiger", y=1999)]),
    ("Sie sagte: »Niemand hat die Absicht, das Verfahren zu verzögern oder die Öffentlichkeit zu täuschen« "
     "(Der Standard, 12.3.2006, S. 2).", [R(c="Der Standard", y=2006, p="2")]),
    ("Er schrieb: «Die Gemeinde wird ihren Weg gehen, mit oder ohne die Zustimmung des Kantons.» (Der Bund vom "
     "3.4.2001).", [R(c="Der Bund", y=2001)]),
    ("Handelsblatt v. 21.10.2008, S. 1.", [R(c="Handelsblatt", y=2008, p="1")]),
    ("So berichtete die Rheinische Post (RP) vom 26.10.1995, S. 2.", [R(c="Rheinische Post (RP)", y=1995, p="2")]),
    ("Vgl. Die Presse vom 2.3.04.", [R(c="Die Presse")]),
    ("Neue Zürcher Zeitung vom 5.9.98, S. 13.", [R(c="Neue Zürcher Zeitung", p="13")]),
    # negatives: a day in prose, a period of a survey, an event's day
    ("Am 28.3.2007 beschloss der Gemeinderat die Schließung der Schule.", []),
    ("Die Umfrage wurde vom 3.5. bis 12.6.2009 in vier Städten durchgeführt.", []),
    ("Das Gespräch mit der Leiterin fand am 12. Mai 2008 in Berlin statt.", []),
    ("Die Zeitung erschien vom 1.1.1990 an täglich, später nur noch wöchentlich.", []),

    # --- statutes by section: the law after the section, or before it (its heading after, its wording quoted)
    ("§ 3 Abs. 1 AO.", [R(t="§ 3 Abs. 1", c="AO")]),
    ("Vgl. § 1356 I BGB.", [R(t="§ 1356 I", c="BGB")]),
    ("Siehe Art. 3 Abs. 2 GG.", [R(t="Art. 3 Abs. 2", c="GG")]),
    ("Vgl. § 2 Abs. 1 SGB IX.", [R(t="§ 2 Abs. 1", c="SGB IX")]),
    ("§ 84 Abs. 2 SGB IX.", [R(t="§ 84 Abs. 2", c="SGB IX")]),
    ("Vgl. dazu § 5 Absatz 3 BetrVG.", [R(t="§ 5 Absatz 3", c="BetrVG")]),
    ("(§ 77 Abs. 6 BetrVG)", [R(t="§ 77 Abs. 6", c="BetrVG")]),
    ("SGB IX § 2 Behinderung", [R(t="§ 2", c="SGB IX")]),
    ("SGB IX § 2 Behinderung: (1) Menschen sind behindert, wenn ihre körperliche Funktion mit hoher "
     "Wahrscheinlichkeit länger als sechs Monate von dem für das Lebensalter typischen Zustand abweicht.",
     [R(t="§ 2", c="SGB IX")]),
    ("BGG § 4 Barrierefreiheit: Barrierefrei sind bauliche und sonstige Anlagen, wenn sie für behinderte Menschen "
     "ohne besondere Erschwernis zugänglich sind.", [R(t="§ 4", c="BGG")]),
    ("BetrVG § 87 Mitbestimmungsrechte", [R(t="§ 87", c="BetrVG")]),
    ("Vgl. SGB II § 7 Abs. 1.", [R(t="§ 7 Abs. 1", c="SGB II")]),
    ("GG Art. 20 Abs. 1: Die Bundesrepublik Deutschland ist ein demokratischer und sozialer Bundesstaat.",
     [R(t="Art. 20 Abs. 1", c="GG")]),
    ("SGB IX, § 2.", [R(t="§ 2", c="SGB IX")]),
    ("§ 25 Gesetz über aktive Sozialpolitik.", [R(t="§ 25", c="Gesetz über aktive Sozialpolitik")]),
    ("Vgl. § 12 Gesetz über die Gleichstellung behinderter Menschen.",
     [R(t="§ 12", c="Gesetz über die Gleichstellung behinderter Menschen")]),
    ("Art. 13 EG-Vertrag.", [R(t="Art. 13", c="EG-Vertrag")]),
    ("Vgl. § 1 Abs. 2 Nr. 3 SGB V und § 5 BetrVG.", [R(t="§ 1 Abs. 2 Nr. 3", c="SGB V"), R(t="§ 5", c="BetrVG")]),
    ("Vgl. BGG § 4 und SGB IX § 2.", [R(t="§ 4", c="BGG"), R(t="§ 2", c="SGB IX")]),
    ("Art. 6 der Verordnung (EG) Nr. 1408/71.", [R(t="Art. 6")]),
    # negatives: a section as the subject of a sentence about law, a section without a law
    ("Die Regelung in § 2 ist umstritten, weil sie vieles offen lässt.", []),
    ("Der Paragraph wurde 2004 geändert; seither gilt eine Frist von sechs Wochen.", []),
    ("Was § 7 genau verlangt, haben die Gerichte bis heute nicht entschieden.", []),
    ("Das BGG § 4 regelt seither, was als barrierefrei gilt, und das SGB IX § 2 den Begriff der Behinderung.", []),
    ("Im Kommentar zum SGB IX § 2 wird dieser Begriff weiter gefasst.", []),

    # --- web addresses as the note, or closing a gloss of a name, or in brackets after the sentence they source
    ("www.zfw.de", [R(u="www.zfw.de")]),
    ("Siehe Übersicht http://www.w3.org/2001/sw/.", [R(u="http://www.w3.org/2001/sw/")]),
    ("Vgl. die Übersicht http://www.example.org/standards/.", [R(u="http://www.example.org/standards/")]),
    ("ZfW, Zentrum für Wirtschaftsethik, Weingarten, www.zfw.de.", [R(u="www.zfw.de")]),
    ("EFQM, european foundation of quality management, www.efqm.org.", [R(u="www.efqm.org")]),
    ("Prolog, Projektmanagementsystem, häufig in der Informatik angewandt, www.prolog.de.", [R(u="www.prolog.de")]),
    ("IAB, Institut für Arbeitsmarkt- und Berufsforschung, Nürnberg, www.iab.de.", [R(u="www.iab.de")]),
    ("KIEM, Kompetenzzentrum für Management, www.kiem.example.de.", [R(u="www.kiem.example.de")]),
    ("Aufgedeckt wurde der Skandal durch die Feststellungen einer Kommission (http://www.example.ch/akten.html).",
     [R(u="http://www.example.ch/akten.html")]),
    ("Die Liste der Projekte wird laufend ergänzt (vgl. www.example-projekte.de).",
     [R(u="www.example-projekte.de")]),
    ("Siehe auch www.tqm.example.com.", [R(u="www.tqm.example.com")]),
    ("http://www.example.ch/gegen_rechts_04.html", [R(u="http://www.example.ch/gegen_rechts_04.html")]),
    ("SOEP, Sozio-oekonomisches Panel, vgl. www.diw.de/soep.", [R(u="www.diw.de/soep")]),
    ("Siehe die Homepage des Verbandes: www.example-verband.de.", [R(u="www.example-verband.de")]),
    ("GESIS, Leibniz-Institut für Sozialwissenschaften, Mannheim, http://www.example-gesis.org.",
     [R(u="http://www.example-gesis.org")]),
    # negatives: the authors' thanks and addresses
    ("Wir danken der Stiftung für die Förderung des Projekts.", []),
    ("Kontakt: Dr. Anna Berger, Institut für Soziologie, Universität Musterstadt.", []),
    ("Gefördert von der Stiftung Beispiel, www.example-stiftung.de.", []),
    ("Die Autorin ist Mitarbeiterin am Institut für Soziologie, www.example-uni.de.", []),
    ("Wir danken dem Projektteam, www.example-projekt.de.", []),
    ("anna.berger@example-uni.de www.example-uni.de", []),

    # --- author-year pointers whose surname has a particle (the list prints it after the given names)
    ("Vgl. zu Löwenstein 2011, S. 4.", [R(a="zu Löwenstein", y=2011, p="4")]),
    ("Vgl. zu diesen Aspekten beispielsweise Brenner 1998; Seidel 2001; zu Löwenstein 2011.",
     [R(a="Brenner", y=1998), R(a="Seidel", y=2001), R(a="zu Löwenstein", y=2011)]),
    ("Vgl. von Matt 2001: 45.", [R(a="von Matt", y=2001, p="45")]),
    ("So schon von Matt (2001).", [R(a="von Matt", y=2001)]),
    ("te Heesen 2013, S. 8.", [R(a="te Heesen", y=2013, p="8")]),
    ("Vgl. te Heesen (2013: 8).", [R(a="te Heesen", y=2013, p="8")]),
    ("Vgl. de Witte 2005.", [R(a="de Witte", y=2005)]),
    ("So schon van der Pijl (1998: 12).", [R(a="van der Pijl", y=1998, p="12")]),
    ("Vgl. van der Pijl 1998, S. 12.", [R(a="van der Pijl", y=1998, p="12")]),
    ("Vgl. dazu von Alemann/Heinze 1979, S. 4.", [R(a="von Alemann", y=1979, p="4")]),
    ("Ähnlich di Donato (2005: 33).", [R(a="di Donato", y=2005, p="33")]),
    ("Siehe de Mesquita 1981, p. 12.", [R(a="de Mesquita", y=1981, p="12")]),
    ("Zum Adel vgl. zu Löwenstein (2011).", [R(a="zu Löwenstein", y=2011)]),
    ("Vgl. Brenner 1998 und te Heesen 2013.", [R(a="Brenner", y=1998), R(a="te Heesen", y=2013)]),

    # --- a body's name in lower or camel case (the list prints it so)
    ("vgl. comScore, 2013.", [R(a="comScore", y=2013)]),
    ("Der untersuchte Markt umfasst fünf Länder (vgl. comScore, 2013).", [R(a="comScore", y=2013)]),
    ("vgl. comScore 2013: 4.", [R(a="comScore", y=2013, p="4")]),
    ("Vgl. infas 2007, S. 98.", [R(a="infas", y=2007, p="98")]),
    ("infas (2007: 98).", [R(a="infas", y=2007, p="98")]),
    ("Siehe eMarketer 2012.", [R(a="eMarketer", y=2012)]),
    ("Nach eMarketer (2012: 3) nutzen zwei Drittel soziale Netzwerke.", [R(a="eMarketer", y=2012, p="3")]),

    ("Vgl. comScore 2013 und infas 2007.", [R(a="comScore", y=2013), R(a="infas", y=2007)]),
    ("Zahlen nach infas 2007, S. 12.", [R(a="infas", y=2007, p="12")]),
    # negatives: a brand in lower case with a year that names no work
    ("Das iPhone kam 2007 auf den Markt und veränderte die Nutzung.", []),
    # --- an author in this volume or issue (no year)
    ("vgl. MEDJEDOVIĆ in diesem Band", [R(a="MEDJEDOVIĆ", y=None)]),
    ("Die Zitate entstammen einem Interview (zur Studie vgl. MEDJEDOVIĆ in diesem Band).",
     [R(a="MEDJEDOVIĆ", y=None)]),
    ("Vgl. dazu Medjedović in diesem Heft.", [R(a="Medjedović", y=None)]),
    ("Siehe auch Kessler in diesem Band.", [R(a="Kessler", y=None)]),
    ("Vgl. den Beitrag von Kessler in diesem Band.", [R(a="Kessler", y=None)]),
    ("Vgl. KESSLER und MEDJEDOVIĆ in diesem Heft.", [R(a="KESSLER", y=None), R(a="MEDJEDOVIĆ", y=None)]),
    ("Die Datengrundlage beschreibt ausführlich Kessler in diesem Band.", [R(a="Kessler", y=None)]),
    # negatives: the volume's other contributions, no author named
    ("Zu weiteren Aspekten siehe die anderen Beiträge in diesem Band.", []),
    ("Die Beiträge in diesem Heft gehen auf eine Tagung im Jahr 2012 zurück.", []),
    ("Die Herausgeber danken allen Autorinnen und Autoren in diesem Band.", []),
    ("Vgl. Müller in diesem Band.", []),  # (no such author in the list: no work to point to)

    # --- a title and a year (no author), an author, a short title and a section
    ("vgl. Handbuch 1986, S. 527.", [R(t="Handbuch", y=1986, p="527")]),
    ("Die Bezeichnung wird allgemein für numerische Angaben verwendet, vgl. Handbuch 1986, S. 527.",
     [R(t="Handbuch", y=1986, p="527")]),
    ("Husserl Ideen: § 182", [R(a="Husserl", t="Ideen")]),
    ("(Husserl Ideen: § 182).", [R(a="Husserl", t="Ideen")]),
    ("Vgl. Husserl, Ideen, § 27.", [R(a="Husserl", t="Ideen")]),
    ("Kant, KrV B 75.", [R(a="Kant", t="KrV")]),

    ("Vgl. Lexikon 1986: 112.", [R(t="Lexikon", y=1986, p="112")]),
    ("Vgl. Handbuch 1986, S. 527; Brenner 1998, S. 12.", [R(t="Handbuch", y=1986, p="527"),
                                                          R(a="Brenner", y=1998, p="12")]),
    # --- a work named in prose by its title, year and author
    ("Das Zitat fand Verbreitung durch das Gedicht Ich will dich (1970) von Hilde Domin, in dem es heißt: »Worte "
     "möchte ich mit Glassplittern spicken«.", [R(a="Domin", t="Ich will dich", y=1970)]),
    ("Die Autobiographie von Friedrich Reuß ist veröffentlicht (2001).", [R(a="Reuß", y=2001)]),
    # negatives: titles and authors named in passing, without a year or a locator
    ("Der Titel spielt auf Max Webers Wissenschaft als Beruf an.", []),
    ("Freiheit und Sicherheit lautet der Titel des Grundsatzprogramms der Partei.", []),
    ("Hier grenzt sich Brenner deutlich von der älteren Forschung ab.", []),

    # --- full references whose given names are abbreviated to two letters or more
    ("Chr. J. Schmidt-Lellek, Charisma, Macht und Narzissmus, 2004, Kap. 3, S. 30.",
     [R(a="Schmidt-Lellek", t="Charisma, Macht und Narzissmus", y=2004, p="30")]),
    ("Vgl. Chr. Müller, Die Ordnung der Dinge, Berlin 2004, S. 30.",
     [R(a="Müller", t="Die Ordnung der Dinge", y=2004, p="30")]),
    ("Hans-Chr. Berger, Die Ordnung, 2004, S. 30.", [R(a="Berger", t="Die Ordnung", y=2004, p="30")]),
    ("Th. W. Adorno, Minima Moralia, Frankfurt a. M. 1951, S. 42.",
     [R(a="Adorno", t="Minima Moralia", y=1951, p="42")]),
    ("Vgl. Fr. Müller, Recht und Staat, 1990, S. 3.", [R(a="Müller", t="Recht und Staat", y=1990, p="3")]),
    ("Siehe Wm. James, The Principles of Psychology, New York 1890, p. 224.",
     [R(a="James", t="The Principles of Psychology", y=1890, p="224")]),
    ("Ph. Berger, Ch. Lenz, Die Stadt und ihre Ränder, Wien 2008, S. 11.",
     [R(a="Berger", t="Die Stadt und ihre Ränder", y=2008, p="11")]),
]
