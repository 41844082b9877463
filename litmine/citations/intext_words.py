"""Word lists of in-text callout detection (intext.py): words that open sentences, dates and document parts,
organisations, places and title words, none of them a cited author's surname."""

__all__ = ["LOWER_STOP", "NOTE_CUES", "NOTE_NO_NAME", "ORG", "PLACES", "READ_WORD", "REJECT", "STOP", "TITLE_WORDS"]

# Capitalised words that open a sentence or a bracket but are never a cited author.
STOP = frozenset("""In As See For The This These That Those Thus Hence However According Following Like Unlike
While Whilst Whereas Although Though Both Recently Similarly Also And But Or Yet So Then Since When Where Here
There More Most Some Many Several Other Others Further Furthermore Moreover Indeed Notably Earlier Later
Previously Previous Work Research Studies Study Evidence Findings Results Authors Scholars Researchers Writers
Commentators Critics After Before During From To With Without By On At Of Our We It Its Their They He She His
Her Cf Compare Eg Ie Reviewed Quoted Cited Adapted Source Sources Note Notes Data Analysis Review Reviews
Especially Particularly Including Namely Perhaps Only Even Unsurprisingly Interestingly Importantly Again
Overall Finally First Second Third Last Lastly Meanwhile Elsewhere Nevertheless Nonetheless Instead
Alternatively Conversely Consequently Therefore Accordingly Additionally Specifically Drawing Building
Echoing Citing Using Applying Extending Adopting Contrary Unlike Whether Why What Who Which How Such Across
Within Throughout Among Outside Beyond""".split()) | frozenset(
    # German ones: "Siehe Weber (1922)", "Bei Fahr und Sunde (2004)"; not the German words that are surnames or
    # name particles elsewhere ("Das (2010)", "Im and Park (2014)", "Den Boer (2004)", "Schon (1983)", "Anders
    # (1956)"), nor the articles Der, Dem, Des that stand in Dutch and German names
    """Vgl Siehe Bei Laut Wie Nach Auch Dazu Hierzu Zum Zur Mit Durch Gegen Seit Die Ein Eine Einer Dies Diese
Dieser Dieses Jedoch Aber Und Oder Sowie Bereits Insbesondere Etwa Ebenso Kritisch Ebd Ebenda Hier Damit Daher
Demnach Danach Dagegen Während Obwohl Zwar Vor""".split())
REJECT = frozenset("""January February March April June July August September October November December Jan
Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring
Summer Autumn Fall Winter Christmas Easter Table Tables Figure Figures Fig Figs Section Sections Chapter Chapters
Appendix Annex Part Eq Equation Equations Act Acts Bill Bills Order Regulations Regulation
Directive Census Wave Sweep Round Phase Quarter Year Years Session Term Budget Cohort Version Release Edition
Vol Volume Issue No Number Sample Model Scenario Step Stage Level Grade Class Period Era Since Until Between
Circa Around About Approximately Early Late Mid End Start Beginning Report Reports Paper Papers Study Amended
Revised Updated Published Reprinted Withdrawn Superseded Issued Consolidated Effective Established Founded
Accessed Retrieved Adopted Enacted Est BS EN PAS AMD CEN UK US USA EU GB EWHC EWCA UKSC UKHL
UKPC WLR Before After During From Januar Jänner Februar März Juni Juli Oktober Dezember Mikrozensus
Zensus""".split())  # German months ("Stand Juni 2008"; "Mai" is a surname too: intext.py treats it as "May")
ORG = frozenset("""Department Dept Office Ministry Council Government Agency Commission Committee Institute
Association Organisation Organization Society Foundation Bureau Authority Service Services Centre Center Board
Trust Union Nations Bank Fund Group Team Project Network Executive Parliament Assembly Programme Program Unit
Panel Forum Alliance Coalition Federation Institution College University School Party Inspectorate Community
Consortium Partnership Secretariat Observatory Survey Statistics Administration Commissioner Ombudsman""".split())
# Places that stand before a year ("in England and Wales (1992/93)", "mit Ausnahme von Finnland (2003)": countries and
# capitals in English and German); only a one-word author is checked.
PLACES = frozenset("""England Wales Scotland Ireland Britain Europe America Africa Asia Australia Canada China India
Japan Germany France Italy Spain Netherlands Belgium Luxembourg Denmark Sweden Norway Finland Iceland Austria
Switzerland Portugal Greece Poland Hungary Czechia Slovakia Slovenia Croatia Serbia Romania Bulgaria Estonia Latvia
Lithuania Russia Ukraine Turkey Israel Egypt Nigeria Kenya Ghana Brazil Mexico Argentina Chile Colombia Peru Korea
Indonesia Malaysia Singapore Thailand Vietnam Pakistan Bangladesh Zealand Scandinavia Flanders Wallonia Bavaria
Catalonia London Paris Berlin Amsterdam Rotterdam Brussels Copenhagen Stockholm Oslo Helsinki Vienna Madrid
Rome Glasgow Edinburgh Manchester Birmingham Dublin Belfast Cardiff Deutschland Frankreich Österreich Schweiz
Europa Großbritannien Italien Spanien Niederlande Schweden Dänemark Polen Bayern Preußen Sachsen Westdeutschland
Ostdeutschland DDR BRD Wien München Hamburg Köln Frankfurt Finnland Norwegen Irland Island Belgien Luxemburg
Griechenland Ungarn Tschechien Slowakei Slowenien Kroatien Serbien Rumänien Bulgarien Estland Lettland
Litauen Russland Ukraine Türkei Kanada Australien Neuseeland Indien Brasilien Mexiko Argentinien Südafrika
Skandinavien Osteuropa Westeuropa Südeuropa Nordeuropa Schottland Nordirland Flandern Wallonien Katalonien Brüssel
Rom Prag Warschau Budapest Kopenhagen Moskau""".split())
# Lowercase words that stand before ", 2015" in a bracket without being an author.
LOWER_STOP = frozenset("""see cf eg ie in since until from approx circa ca est updated accessed revised published
data year years and or the etc mean median total sample wave round version about around before after during by to
of for with between also including both only even early late mid end spring summer autumn winter fall january
february march april may june july august september october november december this that these those figure table
source sources note notes adapted cited quoted reviewed""".split())
# Words of document titles that stand before a year in brackets, never in an author's name.
TITLE_WORDS = frozenset("""Guide Guidance Guidelines Note Notes Standard Standards Code Codes Practice Manual
Handbook Bulletin Strategy Plan Framework Policy Statement Paper Papers Review Toolkit Checklist Introduction
Overview Summary Update Specification Design Systems Tanks Fuels Anchors Fixings Principles Series Act Bill
Charter Agenda Reform Scheme Programme Pilot Exercise Operation""".split())
# Words that may stand right before an author's name in a note's sentence (lower-cased): cues, prepositions,
# articles; any other capitalised word there makes the name a word of a longer name ("Civil Contingencies Act 2004").
NOTE_CUES = frozenset("""vgl siehe see cf bei von nach laut so auch etwa und sowie oder in im zu zur zum mit wie
die der den dem des das ein eine z b u a e g i by and or also as of for the""".split()) | frozenset(
    # German adverbs that open a note's sentence before its pointer ("Anders Albrecht 1993: 88", "Zuletzt Brenner
    # 2004", "Weiterführend Pohl 1985, S. 7 ff."): the pointer's name starts after them
    """anders ähnlich ebenso ebenfalls gleichfalls zuletzt jüngst neuerdings weiterführend ausführlich grundlegend
grundsätzlich kritisch ferner außerdem zudem dagegen demgegenüber hingegen exemplarisch beispielhaft beispielsweise
insbesondere besonders erstmals""".split())
# Capitalised words before a year in a note's sentence that name no author: times and sentence openers ("Ende
# 2005", "Seit 1990", "Stand 2008", "Im Jahr 2004").
NOTE_NO_NAME = frozenset("""Mai Frühjahr Frühling Sommer Herbst Ende Anfang Mitte Jahr Jahre Jahres Jahren Seit Bis Ab
Im Am Von Vom Vor Stand Year Since Until End Early Late""".split())

# the words that give the day a web page was read: "Stand:", "Zugriff am", "letzter Zugriff", "abgerufen am", "Abruf:",
# "eingesehen am", "letzter Aufruf", "Download am", "accessed", "last accessed on", "retrieved"; for several pages at
# once: "beide Stand:", "jeweils abgerufen am", "all accessed" (a pattern: footnote_fields, footnotes, footnote_tagger)
READ_WORD = (r"(?:(?:beide|jeweils|alle|both|all)\s+)?(?:(?:letzte[rn]?|last|zuletzt)\s+)?"
             r"(?:Zugriff|Abruf|abgerufen|accessed|Stand|eingesehen|aufgerufen|Aufruf|besucht|zuletzt|retrieved|Download)\b")
