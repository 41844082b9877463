"""One reference in a footnote parsed into fields: the note style "Vorname Name, Titel, Ort Jahr, S. 12." (and
"Name, Vorname: Titel ...") by rules, with the German conventions "Hg./Hrsg." (editors), "In:", "S." (pages),
"Aufl." (edition), "Bd./Jg./H./Nr." (volume, issue), "o.J." (no year), newspapers by the day of their issue;
anything the rules do not match goes to the note tagger (footnote_tagger.parse_note_reference: the reference
tagger with weights trained on note shapes too). Pure functions over strings; footnotes.py finds the entries of a note and resolves short forms."""

from __future__ import annotations

import re
from functools import lru_cache

from litmine.citations.footnote_tagger import parse_note_reference, parse_note_references
from litmine.citations.intext_words import READ_WORD
from litmine.citations.reference_rules import join_broken_url
from litmine.citations.references import _CUE, _CUE_WORDS, _INITS, _MARKER, _NAME, _PLACE_PUBLISHER, repair_hyphens
from litmine.models import Reference
from litmine.patterns import LazyPattern

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PARTICLE = r"(?:von|van|vom|de|der|den|del|della|di|du|da|la|le|zu|zur|ten|ter|dos|das)"
# (never "Z. B.", "zum Beispiel", a cue that opens notes: "Z. B. Kaiser, H., ...")
_GIVEN = rf"(?!(?:Die|Der|Das|The|Ein|Eine|Zur|Zum|Im|Vom|Auf|Über|Aus|Von|Bei|Mit|Nach|Für|An|A(?!\.)|In)\b|Z\.\s?B\.)(?:[{_UP}][a-zà-öø-ÿā-žа-яё'’]+(?:-[{_UP}][a-zà-öø-ÿā-žа-яё'’]+)?|[{_UP}]\.(?:\s?-?[{_UP}]\.)*)"
_SURNAME = rf"(?:[{_UP}][\wà-ÿ'’]+(?:-[{_UP}][\wà-ÿ'’]+)?)"
# a name in natural order: one to three given names or initials, particles, the surname
_NATURAL = rf"{_GIVEN}(?:\s+{_GIVEN}){{0,2}}(?:\s+{_PARTICLE}){{0,2}}\s+{_SURNAME}"
_ROLE = r"\s*\(\s*(?:Hg|Hrsg|Ed|Eds|ed|eds|Red)\.?\s*\)"
_SEP = r"\s*(?:/|\bund\b|\band\b|&)\s*"
_AUTHORS = LazyPattern(rf"^(?P<names>{_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}})(?:\s+(?:u\.\s?a\.|et\s+al\.))?"
                       rf"(?P<role>{_ROLE})?\s*[,:]\s+(?=\S)")
# names surname first, closed by a colon: "Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922", further
# authors as "u. a." ("Müller, Hans u. a.: Titel")
_INVERTED_NAME = rf"{_SURNAME}(?:\s+{_SURNAME})?,\s+{_GIVEN}(?:[\s-]+{_GIVEN}){{0,2}}(?:\s+{_PARTICLE})?"
_INVERTED = LazyPattern(rf"^(?P<names>{_INVERTED_NAME}(?:\s*(?:/|;|\bund\b|\bu\.|&)\s*{_INVERTED_NAME}){{0,5}})"
                        rf"(?:\s+(?:u\.\s?a\.|et\s+al\.))?(?P<role>{_ROLE})?\s*:\s+(?=\S)")
# a corporate editor: "Bundesregierung (Hrsg.), Lebenslagen in Deutschland, Köln 2008"
_CORPORATE = LazyPattern(rf"^(?P<names>[{_UP}][^,;:()]{{1,80}}?)(?P<role>{_ROLE})\s*[,:]\s+(?=\S)")
# the start of a body's name: capitalised words, then "für" / "for" / "of", which no person's name holds
# ("Bundesministerium für Familie, Senioren, ...", "Senatsverwaltung für Stadtentwicklung, ...")
_BODY_START = rf"[{_UP}][\w\-]+(?:\s+[{_UP}][\w\-]+)*\s+(?:für|for|of)\s+"
_DERS = LazyPattern(r"^\s*(?:ders|dies|dies\.|eadem|idem|id)\.?(?:\s*(?:/|und)\s*(?P<more>[^,(]+?))?"
                    rf"(?P<role>{_ROLE})?\s*(?:[,:]\s+|(?=\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)))", re.I)
# the year in brackets a "ders." of the social sciences' order stands before: "ders. (1995): Der Rat. Köln: Böhlau."
_DITTO_YEAR = LazyPattern(r"\(\s*(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z]?)\s*\)\s*[:.,]?\s*")
_IN = LazyPattern(r"(?:[,.](?:\s*[–-])?|(?<=[?!])|\s[–-])\s*(?:in|In|IN)\s?:\s*")
# the place and year closing a title, after a comma, a bracket or a space: "..., Berlin 1998", "(Berlin 1998)", and
# in the colon style after the title's full stop ("Müller, Hans: Die Stadt im Wandel. Berlin 1998"): a place holds
# no sentence's end (a word of three lower-case letters or more and a full stop, or a question or exclamation mark,
# before a capital: "Wandel. Berlin", "Welfare State? Cambridge"), while its abbreviations do ("Frankfurt a. M.",
# "Freiburg i. Br.", "St. Gallen"); a reprint may follow in brackets ("Stuttgart 1949 (Nachdruck Düsseldorf 1978)"):
# the year is the book's; an American place with its state ("Philadelphia, PA, 2009", "Cambridge, MA: MIT Press 1975"); "o. O." (ohne Ort) stands for a place not printed, the publisher after it in brackets or
# after a colon ("..., o. O. (Free Press) 1993", "..., o. O.: Selbstverlag 1975": _finish)
# a series in brackets after a book's place and year, with the book's number in it, as German notes often give it
# ("Berlin 1998 (Schriften zur Stadtforschung, Bd. 3)", "(= Reihe Politik, Nr. 3)", "(Beiträge zur Stadt 12)"): the
# series the container, the number the volume (_book; the same series before place and year: _BRACKET_SERIES)
_SERIES_BRACKET = rf"\((?:=\s*)?(?P<series>[{_UP}][^()\d]{{2,80}}?),?\s*(?:(?:Bd|Band|Vol|Nr|No|Heft|H)\.?\s*)?(?P<num>\d{{1,3}})\)"
_SERIES_AFTER = LazyPattern(rf"\s*{_SERIES_BRACKET}")
_PLACE_YEAR = LazyPattern(rf"(?:,\s*|\s+|\()(?P<place>o\.\s?O\.(?:\s*\([^()\d]{{2,60}}\)|\s*:\s*[^\d,()]{{2,60}}?)?|"
                          rf"(?!(?:Aufl|Auflage|Ausgabe|Edition)\b)(?![^\d,;:()]*?(?:[a-zäöüß]{{3}}\.|[?!])\s+[{_UP}])"
                          rf"[{_UP}][^\d,;:()\[\]]{{1,40}}?(?:\s*\((?:Ost|West)\))?(?:,\s*(?:[A-Z]{{2}}|D\.\s?C\.?|[A-Z][a-z]{{1,4}}\.)(?=\s*(?::|,?\s+{_YEAR})))?"
                          rf"(?:\s*:\s*[^\d,()]{{2,60}}?)?)\s*,?\s+"
                          rf"(?P<year>{_YEAR})[a-z]?\d?\)?(?=\s*(?:[,.;)]|\((?:im\s+Druck|in\s+press|i\.\s?E|"
                          rf"Nachdruck|Neudruck|Reprint|ND\b|Nachdr\.)|{_SERIES_BRACKET}|$))")
_PLACE_NO_YEAR = LazyPattern(rf",\s*(?P<place>[{_UP}][^\d,;:()]{{1,40}}?)\s*,?\s+(?:o\.\s?J\.|n\.\s?d\.|s\.\s?a\.)")
# a book printed without place or year: "o. J." (ohne Jahr) with the year found elsewhere in brackets ("Ein
# Lebensbericht, o. J. (1973), Typoskript"), "o. O., o. J.", "o. O. 1973" (ohne Ort)
_NO_PLACE_YEAR = LazyPattern(rf",\s*(?:(?:o\.\s?O\.\s*,?\s*)?o\.\s?J\.(?:\s*[(\[](?P<year>{_YEAR})[)\]])?|"
                             rf"o\.\s?O\.\s*,?\s*(?P<year2>{_YEAR}))(?=\s*(?:[,.;)]|$))")
_VOLUME = LazyPattern(r"[,.]?\s*\b(?:Bd\.|Band|Vol\.|vol\.|Jg\.)\s*(\d{1,4})\b")
# a page ("S. 12", "pp. 3-9", "Sp." a column, Cyrillic "С." in Russian notes) and its range or "f."/"ff."
_PAGES = LazyPattern(r"\b(?:S|pp?|Sp|С)\.\s*(\d+)(?:\s*[-–]\s*(\d+)|\s*ff?\.)?")
# English-language journals in German notes write "vol." and "no." in lower case ("Journal, vol. 4, no. 2 (1997)",
# "Journal 11 (1991), no. 1"): a journal's name holds neither
_JOURNAL_TAIL = LazyPattern(rf"^(?P<container>(?:(?!\b[Vv]ol\.\s*\d|\b[Nn]o\.\s*\d).)+?)[,\s]+(?:(?:Jg\.|[Vv]ol\.|Bd\.)\s*)?"
                            rf"(?P<volume>\d{{1,4}}(?:/\d{{1,2}})?)\s*\((?P<year>{_YEAR})\)\s*"
                            rf"(?:,?\s*(?:H\.|Heft|Nr\.|[Nn]o\.)?\s*(?P<issue>\d{{1,3}}(?:/\d{{1,3}})?))?")
_JOURNAL_NR = LazyPattern(rf"^(?P<container>.+?)[,\s]+(?:Nr\.|No\.|H\.|Heft)\s*(?P<issue>\d{{1,3}})\s*/\s*"
                          rf"(?P<year>{_YEAR})")
_DATED = LazyPattern(rf"^(?P<source>[^,;]{{2,80}}?)(?:,?\s+(?:Nr\.|No\.)\s*(?P<issue>\d{{1,4}}))?,?\s+"
                     rf"(?:(?:vom|v\.|from)\s+)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.|[{_UP}][a-zä]+\.?)\s?(?P<year>{_YEAR})\b")
# a transliterated Arabic article before a name, in lower case: "al-Hayat", "el-Watan", "ash-Sharq"
_ARABIC_ARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)"
# German papers whose masthead is set in lower case ("taz", "jW", "nd", "profil", "konkret", "junge Welt", "die
# tageszeitung"): a paper's name though no capital opens it (as "al-Hayat" above)
_LOWER_PRESS = r"(?:taz|jW|nd|profil|konkret|junge\s+Welt|die\s+tageszeitung|neues\s+deutschland)(?![\w-])"
_PRESS = LazyPattern(rf"^(?P<source>{_LOWER_PRESS}|{_ARABIC_ARTICLE}?[{_UP}][^,;]{{1,60}})"
                     rf"(?:,\s*(?:Nr\.|No\.|Heft|H\.|Ausgabe)\s*(?P<issue>\d{{1,4}}))?,\s*(?:(?:vom|from)\s+)?(?:\d{{1,2}}\.(?:\s?\d{{1,2}}\.)?\s?[-–]\s?)?(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?|"
                     rf"\d{{1,2}}\.?\s+[{_UP}][a-zä]+\.?\s+)(?P<year>{_YEAR})\b")
# a magazine or newspaper by its name and its number in the year: "Der Spiegel, Nr. 12/2004, S. 40-42", "Die Zeit,
# Heft 3/2001" (the number the issue, the year after the slash)
_PRESS_ISSUE = LazyPattern(rf"^(?P<source>[{_UP}][^,;]{{1,60}}),\s*(?:Nr\.|Heft|H\.|Ausgabe)\s*(?P<issue>\d{{1,3}})\s*/\s*"
                           rf"(?P<year>{_YEAR})\b")
# rule: a source cited by its name and the day it is dated, German style, anywhere in a note: a newspaper, a press
# release, a broadcast ("Lübecker Nachrichten vom 27.10. 1995.", "So in der Rheinischen Post (RP) vom 26. 10. 1995,
# S. 2 und ...", "Vgl. Pressemitteilung der F.D.P., Ausgabe 242, vom 24.10. 1995.", "Pressespiegel der Bundeswehr vom
# 26. 10.1995 (o.S.)"): capitalised words (linking words such as "der", "für" between them, an abbreviation in
# brackets, a number), "vom" (or "v.": "Badische Zeitung v. 28.3.2007") and a day, its year in four figures or, after
# a day in figures, in two ("Tages Anzeiger vom 8.7.99": day_year), then the page. A sentence's first word ("So",
# "Vgl.", "In", "Zitat") does not start one; words in lower case other than the linking ones stop it, so prose before
# it is left out.
_SOURCE_STOP = (r"So|Vgl|Siehe|Zitat|Zit|In|Im|Am|An|Auch|Etwa|Nach|Laut|Bei|Aus|Mit|Zum|Zur|Von|Seit|Bis|Ab|Wie|"
                r"Dies|Diese|Dieser|Es|Er|Sie|Wir|Ich|Hier|Dazu|Ebenso|Dort|Denn|Doch|Und|Oder|Aber|Als|Wenn|Dass|Daß")
# the German months, written out: "vom 12. März 2004" dates a source as "vom 12.3.2004" does
_MONTH = r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# a month in German (with Austria's "Jänner") or English (footnotes._WHEN, source_lines._BODY_TITLED)
MONTH_ANY = (rf"(?:{_MONTH}|Jänner|January|February|March|April|May|June|July|August|September|October|November|"
             r"December)")
# a day, in figures or with its month written out: "12.3.", "12. 3. ", "12. März "
_DAY_GIVEN = rf"\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|{_MONTH}\s+)"
# a day or a span of days before the month's last day, as weeklies are dated ("03.-09.11.2005", "28.02.-06.03.2004",
# "7.-13. März 2011"): the issue's first day (and month) and a dash, then _DAY_GIVEN
_DAY_SPAN = rf"(?:\d{{1,2}}\.(?:\s?\d{{1,2}}\.)?\s?[-–]\s?)?{_DAY_GIVEN}"
# a newspaper's or a news site's article by the paper's name, its day (or the span of days of a weekly's issue) and
# the article's title in brackets after it, as notes on politics and current affairs cite the press ("Berliner
# Kurier, 12.04.2006 (Senat streitet über Haushalt).", "Baltic Times 03.-09.11.2005 (A new start).", "Neue Presse,
# 7. März 2011 (Titel)"): the paper is the container, the bracket the title; the name's words are no person's,
# though two capitalised words before a comma read as a given name and a surname ("Daily Mirror,")
PRESS_TITLED = LazyPattern(rf"^(?!(?:Am|Im|Vom|Seit|Bis|Ab|Bei|Nach|Zum|Zur|Stand|On|In|At|From|Since|Until)\b)"
                           rf"(?P<source>[{_UP}][^,;()\d]{{1,60}}?),?\s+(?:(?:vom|from)\s+)?{_DAY_SPAN}"
                           rf"(?P<year>{_YEAR})\s*\((?P<title>[^()]{{3,200}})\)(?:,\s*(?:S|p)\.\s*\d{{1,4}})?\.?$")
_SOURCE_WORD = rf"(?:[{_UP}][\w.&'’/\-]*|\([{_UP}][\w.&/\-]*\)|Nr\.\s?[\d/]+|\d+(?:/[\w]+)+)"
# a statute's or a directive's name, its lower-case words too: "Zweites Gesetz für moderne Dienstleistungen am
# Arbeitsmarkt", "Verordnung über die Stadt", "Richtlinie 2000/78/EG des Rates" (up to the day it is of): names,
# articles, prepositions and adjectives, no verb ("Das Gesetz gilt seit der Novelle vom ..." is prose)
_LAW_NAME = (r"(?:(?:Erstes|Zweites|Drittes|Viertes|Fünftes|Sechstes|Siebtes|Achtes|Neuntes|Zehntes)\s+)?"
             r"(?=[A-ZÄÖÜ])[\w-]*(?:Gesetz|gesetz|Verordnung|verordnung|Richtlinie|richtlinie)"
             r"(?:\s+(?:[A-ZÄÖÜ\d][\w/-]*|der|des|die|dem|den|für|und|zum|zur|zu|über|am|im|an|in|von|gegen|bei|mit|"
             r"(?!(?:wurde|würde|hatte|werde|habe|sollte|könnte|müsste|gelte|sei)\b)[a-zäöüß]+(?:e|en|er|es|em))){0,12}?")
# the law gazette a statute of that day is printed in, after a comma or in brackets: ", BGBl. I, S. 3138", " (BGBl. I
# S. 2954)", ", GVBl. 2004, S. 12", ", ABl. EG Nr. L 281, S. 31": the gazette (its part) and the page
_GAZETTE = (r"(?:,\s*|\s*(?P<gazette_open>\()\s*)(?P<gazette>(?:BGBl|RGBl|GVBl|GVOBl|GBl|ABl|Amtsbl)\.(?:\s*(?:[IVX]{1,3}|EG|EU)\b)?"
            r"(?:\s*Nr\.\s*[A-Z]?\s*\d{1,4})?)\s*,?\s*(?:(?:1[6-9]|20)\d\d\s*,?\s*)?(?:S\.\s*)?"
            r"(?P<gazette_page>\d{1,5})(?:\s*(?:ff?\.|[-–]\s*\d{1,5}))?(?(gazette_open)\s*\))")
_DATED_SOURCE = LazyPattern(
    rf"(?<![\w.])(?:{_LAW_NAME}|{_LOWER_PRESS}|(?!(?:{_SOURCE_STOP})\b){_SOURCE_WORD}(?:\s+(?:(?:der|des|die|dem|den|für|und|zum|zur)\s+)?"
    rf"{_SOURCE_WORD}){{0,7}})(?:,\s*(?:Ausgabe|Nr\.|Heft|Folge)\s*[\w/]+)?,?\s+(?:vom|v\.)\s+{_DAY_GIVEN}"
    rf"(?P<year>{_YEAR}|(?<=\d\.)\d\d)(?!\d)(?:{_GAZETTE}|,\s*(?:S|p)\.\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}}|\s*ff?\.)?)?"
    r"(?:\s*\(o\.\s?S\.\))?\.?")
# a web page given by its address alone, after a lead ("online:", "Quelle:", "Link:") and with the day it was read
# ("(Zugriff am 3.5.2009)", "(eingesehen am 15.10.2010)", "[Stand 22.12.2008]", its closing bracket lost in print, or
# after a comma or a semicolon: ", Zugriff: 03.05.2009", "; letzter Zugriff 4.5.2012"; the ISO day after a semicolon
# or in brackets: "; 2005-02-02", "(2010-03-12)"; the day alone, in brackets or after a slash, a comma or a
# semicolon: "(27.03.06)", "/ 01.07.2005", "; 23.7.2007"); a lead "URL:" before it; the address may be set in
# guillemets or angle brackets, as Swiss and many German styles print it
# ("«www.example.ch/kurse»", "<http://www.example.de>"), which are no part of it; an address broken at a line end
# after "/" or "_" goes on to a file name ("www.x.de/produkte/ vicos_501.htm"), the space left in
_URL_ONLY = LazyPattern(r"^(?:(?:unter|online|im\s+Internet|abrufbar\s+unter|available\s+(?:at|from)|Quellen?|Source|Link|"
                        r"Download|Web-?[Ss]eite|Website|Homepage|URL)\s*:?\s*)?"
                        r"(?P<open>[«<‹])?(?P<url>(?:https?:?//?|www\.)(?(open)[^\s«»<>‹›]+|(?:\S+[/_]\s+[\w.~%?=&/-]+"
                        r"\.(?:html?|php|aspx?|jsp|pdf)(?![\w/])|\S+)))(?(open)[»>›])"
                        r"(?:\s*(?:\(|/\s*|[,;]\s*)\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)?|"
                        r"\s*[(\[]\s*\d{4}-\d{2}-\d{2}\s*[)\]]|"
                        rf"\s*(?:[,;]\s*|(?=[(\[]))(?P<read_open>[(\[])?\s*{READ_WORD}[^()\[\]]{{0,40}}(?(read_open)[)\]]?)|"
                        r"\s*;\s*\d{4}-\d{2}-\d{2})?\.?$", re.I)

# a web address after a reference, with the lead that gives it as where the reference is found: "; abrufbar unter:",
# ", auch online unter", ". Online verfügbar unter", "; im Internet:", ", URL:"
_OWN_ADDRESS = LazyPattern(r"\s*[,;.]?\s*(?:(?:auch|als\s+PDF)\s+)?(?:(?:(?:online\s+)?(?:abrufbar|verfügbar|erhältlich|"
                           r"einsehbar|zugänglich)|online|im\s+(?:Internet|Netz|WWW))(?:\s+(?:unter|über|auf))?|URL)"
                           r"\s*:?\s*(?P<url>.+)", re.I | re.S)

# What every note that yields anything shows somewhere (footnotes.find_footnote_entries: a reference, a short form,
# "ders.", a dated source): the rules' own cues, each searched anywhere in the note (white space made single).
# Why nothing else can: each rule that makes an entry needs a year (_SHORT_YEAR, _PRESS, _PRESS_BARE, _DATED_SOURCE,
# the callout finder's years), a word of _IBID, _DERS, _DERS_SHORT, _SHORT or _TITLE_OPCIT, a callout's "n.d." or
# "forthcoming", or a web address (_URL_ONLY, _URL_START); else a stretch is kept by references.looks_like_reference
# (0.1 at least, footnotes._some_evidence; 0.5 for _reads_as_reference without a year), and without a year, "n.d."
# or "o.J." that score is at most sigmoid(1.6 x (-1.6 - 1.0 + pages 0.5 + quotes 0.3)) = 0.053 unless one of its
# other cues is there: a word of _CUE_WORDS, a place and publisher, a URL or DOI, " // ", a bracketed
# "forthcoming", a pointer back ("(Anm. 3", "a.a.O."), or an entry's start (references.looks_like_entry_start: its
# patterns below, not anchored, their year forms left to the year, their ends cut to a first capital so that a
# stretch cut short matches too; a list marker after a marker or a cue, which strip_reference_prefix does not strip).
_ENTRY_STARTS = (rf"{_NAME}(?:[ \-]{_NAME})?,\s*[A-ZÀ-ÖØ-Þ]",
                 rf"{_NAME}(?:[ \-]{_NAME})?\s+(?:[A-Z]{{1,3}}|{_INITS})(?:,\s+{_NAME}\s+[A-ZÀ-ÖØ-Þ]|,?\s+et al|\.\s+[A-Z])",
                 rf"{_INITS}{_NAME}",
                 rf"[A-Z][a-zà-ÿ]+(?:\s{_INITS}|\s[A-Z][a-zà-ÿ]+)?\s{_NAME}(?:,\s|\s(?:and|&|und)\s[A-Z])",
                 rf"(?:[A-Z][a-zà-ÿ]+\s)?{_NAME}\s?/\s?(?:[A-Z][a-zà-ÿ]+\s)?{_NAME}[,:(]",
                 r"[А-ЯЁ][а-яё\-]+,?\s+(?:[А-ЯЁ]\.\s?){1,3}", r"[-–—_]{2,}|\u2015")
# an archive's item, no year: the holder (an abbreviation of two capitals or more, "BStU", "BArch", or a name with
# "Archiv": "Bundesarchiv", "Stadtarchiv Köln"), the file's signature and title set off by commas, the page or folio
# ("BStU, MfS, BV Leipzig, Abteilung XX, S. 51-56.", "Bundesarchiv, R 58/1234, Bl. 12-15."); the holder is an
# editor, as the labelling conventions give the issuing body
ARCHIVE_ITEM = LazyPattern(r"(?!.*(?:1[5-9]|20)\d\d\b)(?P<holder>(?=\w*[A-ZÄÖÜ]\w*[A-ZÄÖÜ])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}"
                           r"(?:\s+[IVX]{1,4}\.\s?[A-Z]{1,4})?|"  # its department: "GStA I. HA"
                           r"[A-ZÄÖÜ][\wäöüß-]*[Aa]rchiv[\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2}),"
                           r"\s*(?P<file>[^;]{2,160}?),\s*(?:S|Bl|fol|p|pp)\.\s*(?P<first>\d{1,5})[rvR]?"
                           r"(?:\s*[-–]\s*(?P<last>\d{1,5})[rvR]?)?(?:\s*ff?\.?)?"
                           r"(?:\s*(?:,|und)\s*\d{1,5}[rvR]?(?:\s*[-–]\s*\d{1,5}[rvR]?)?)*\.?")  # "Bl. 187 und 241"
# a German statute cited by its section and the law's abbreviation: "§ 3 Abs. 1 AO", "§ 1356 I BGB", "§§ 12-14 SGB
# II", "Art. 20 Abs. 3 GG" (the section is the title, the law the container, as EXCITE and the labelling conventions
# have it); the abbreviation is one word of 2-8 letters with a capital after its first letter, a roman book number
# after it ("SGB II"); or the law's name written out in one word, after "des"/"der" or not ("§ 7 Abs. 1 des
# Bundesurlaubsgesetzes", "Art. 3 des Grundgesetzes", "§ 5 der Gewerbeordnung")
_SECTION = (r"(?:§§?|Art\.)\s?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?|\s*ff?\.)?"
            r"(?:\s+(?:Abs\.|Absatz|Satz|S\.|Nr\.|lit\.|Ziff\.)?\s?(?:\d+[a-z]?|[IVX]{1,4})(?![\w.])|\s+lit\.\s?[a-z](?!\w))*")
_LAW_ABBREVIATION = r"[A-ZÄÖÜ][a-zäöü]{0,4}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}(?:\s+[IVX]{1,4})?"
STATUTE = LazyPattern(rf"(?<![\w§])(?P<section>{_SECTION})"
                      rf"\s+(?P<law>{_LAW_ABBREVIATION}|"
                      r"(?:(?:des|der)\s+)?[A-ZÄÖÜ][a-zäöüß]*(?:gesetz(?:es|buch(?:e?s)?)?|Gesetz(?:es|buch(?:e?s)?)?|"
                      r"ordnung|Ordnung|verordnung))(?![\w-])")
# the same with the law's abbreviation first, as a note quoting a section's heading or wording prints it: "SGB IX § 2
# Behinderung: (1) Menschen sind ...", "BGG § 4 Barrierefreiheit", "SGB IX, § 2" (the heading and wording after it
# are no part of the citation; footnotes._statutes takes it only where it opens the note or follows a signal)
STATUTE_LAW_FIRST = LazyPattern(rf"(?<![\w§/-])(?P<law>{_LAW_ABBREVIATION}),?\s+(?P<section>{_SECTION})(?![\w-])")
# a parliament's printed paper or plenary record, or a court's decision in its official reports, cited without a
# year by its series and number, as German notes write them: "BT-Drs. 16/1234, S. 5", "BR-Drucks. 45/09",
# "Bundestags-Drucksache 13/196", "Plenarprotokoll 16/12, S. 1034", "BVerfGE 65, 1 (43)", "BGHZ 12, 34 (36 f.)";
# the series is the container, the number the volume, the first page the pages (a pin cite in brackets after it is
# the page cited, not the work's)
OFFICIAL_PAPER = LazyPattern(
    r"(?<![\w-])(?P<series>(?:(?:BT|BR|LT|Bundestags?|Bundesrats?|Landtags?)[- ]?(?:Drs|Drucks)\.?|"
    r"(?:(?:BT|BR|Bundestags?|Bundesrats?)-)?(?:Drucksache|Plenarprotokoll|Plen\.?-?Prot\.|PlPr\.?)))"
    r"\s?(?P<number>\d{1,4}/\d{1,5}(?:\(neu\))?)(?:,\s*(?:S\.|Sp\.|p\.)\s?(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?|"
    r"(?<![\w-])(?P<reports>BVerfGE|BVerwGE|BGHZ|BGHSt|BAGE|BSGE|BFHE|RGZ|RGSt)\s?(?P<volume>\d{1,3}),\s?"
    r"(?P<first>\d{1,4})(?:\s?\((?P<pin>\d{1,4}(?:\s?ff?\.)?(?:\s*[-–]\s*\d{1,4})?)\))?")
# German legal citation (issue 13: law, social policy, activation and labour-market papers cite this way), the
# shapes below, written from the usual conventions, not from one paper:
# rule 1, a periodical by its abbreviation, its year and the first page of the work, as law journals and courts'
# reporters are cited: "NZA 2005, 1234", "DB 2008, 582 ff.", "AuR 2009, 29 (31)", "SGb 2006, 453, 455", "NZA-RR
# 2005, 120"; the page in brackets or after a second comma is the page cited (the pin), not the work's first page.
# The abbreviation is one word with a second capital ("NJW", "SGb", "ZfA", "ZFSH/SGB"), no word of a statute's
# section or a book's numbers; an institute's abbreviation may be joined by a hyphen to a word, as the journals of
# institutes and associations are named and cited the same way ("WSI-Mitteilungen 2008, 400", "DRV-Schriften")
_LAW_JOURNAL = (r"(?!(?:Rn|Rz|Abs|Nr|Art|Bd|Jg|Aufl|Hrsg|Hg|Drs|Drucks|GG|BGB|BGBl|ABl|GVBl|SGB|Slg)\b)"
                r"[A-ZÄÖÜ][a-zäöü]{0,3}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6}(?:-[A-ZÄÖÜ][a-zäöü]{3,20}\b|"
                r"[-/][A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5})?")
_PIN = (r"(?:\s*ff?\.)?(?:\s*\(\s*(?:S\.\s*)?\d{1,5}(?:\s*ff?\.)?(?:\s*[-–]\s*\d{1,5})?\s*\)|"
        r"\s*,\s*(?:S\.\s*)?\d{1,5}(?:\s*ff?\.)?(?![\d/]|\.\d))?")
_JOURNAL_CITE = (rf"(?P<journal>{_LAW_JOURNAL})\s+(?P<jyear>{_YEAR})\s*,\s*(?:S\.\s*)?(?P<jfirst>\d{{1,5}})"
                 rf"(?![\d/]){_PIN}")
# a margin number, which commentaries and reported decisions are cited by instead of a page: "Rn. 12", "Rz. 3 ff."
_MARGIN_WORDS = r"Rn|Rz|Randnr|Randnummer|Rdnr"
_MARGIN = rf"(?:\s*[,;]?\s*(?:{_MARGIN_WORDS})\.?\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}}|\s*f{{1,2}}\.)?)"
# rule 2, a court's decision: the court (a federal court, or a court of a kind and its seat: "LAG Köln", "OVG
# Berlin-Brandenburg"), the kind ("Urteil", "Beschl.") where printed, the day ("vom 12.3.2004", "v. 12.3.2004" or
# the bare day), the file number ("2 AZR 716/06", "1 BvR 209/83", "B 11b AS 1/06 R", "5 C 1.00", "C-303/98"), and
# where it is reported: a law journal (rule 1), the official reports ("BVerfGE 65, 1"), the European Court's
# reports ("Slg. 2000, I-7963") or "juris"; or the court and where it is reported alone ("BGH NJW 2005, 1234");
# or the kind and day with the file number and no court ("Urteil vom 12.7.2007 – 2 AZR 716/06", "das Urteil des
# BAG vom ..."). The court is the issuing body (an editor, as the labelling conventions give it), the kind as
# printed the title, the day's year the year, the reporter the container, its volume and first page
_SEAT = rf"\s+(?!(?:Urteil|Urt|Beschluss|Beschl|vom)\b)[{_UP}][a-zäöüß]+(?:-[{_UP}][a-zäöüß]+)*"
# (the kinds whose abbreviations are also words or companies' forms, "AG", "LG", "SG", "VG", "FG", "KG", only with
# their seat)
_FEDERAL_COURTS = r"BVerfG|BGH|BAG|BSG|BVerwG|BFH|BPatG|EuGH|EuG|EGMR|RG|BayObLG|BayVGH|BayLSG"
_SEATED_COURTS, _SEAT_ONLY_COURTS = r"OLG|OVG|VGH|LAG|LSG|ArbG", r"AG|LG|SG|VG|FG|KG"
_COURT = rf"(?:{_FEDERAL_COURTS}|(?:{_SEATED_COURTS})(?:{_SEAT})?|(?:{_SEAT_ONLY_COURTS}){_SEAT})(?![\w-])"
_KINDS = r"Urteil|Urt\.|Beschluss|Beschluß|Beschl\.|Entscheidung|Gerichtsbescheid|Vorlagebeschluss"
_KIND = rf"(?:{_KINDS})(?=(?:\s+des\s+[A-ZÄÖÜ][a-zäöü]+\s+Senats?)?\s)"
# what a court's decision (LEGAL_CASE) cannot be without, a court's name or a decision's kind, and what a
# commentary's citation (COMMENTARY_CITE) cannot be without, a margin number: cheap cues searched before the patterns
_KIND_WORDS = _KINDS.replace(r"\.", "")  # "Urt.", "Beschl." as words
COURT_CUE = LazyPattern(rf"\b(?:{_FEDERAL_COURTS}|{_SEATED_COURTS}|{_SEAT_ONLY_COURTS}|{_KIND_WORDS})\b")
MARGIN_CUE = LazyPattern(rf"\b(?:{_MARGIN_WORDS})\b")
# the senate that decided, after the kind ("Urteil des Ersten Senats vom ..."): no part of the title
_SENATE = r"(?:\s+des\s+[A-ZÄÖÜ][a-zäöü]+\s+Senats?)?"
_DOCKET = (r"(?:(?:Rs\.\s*)?[CT]-\d{1,4}/\d{2}|(?:[A-Z]\s+)?(?:[IVX]{1,4}|\d{1,3}[a-z]?)\s+[A-Z][A-Za-z]{0,5}"
           r"(?:\s+[A-Z][A-Za-z]{0,5})?\s+\d{1,5}(?:,\s*\d{1,5})*(?:/\d{2}|\.\d{2,4})(?:\.[A-Z]{2,4})?"
           r"(?:\s+[A-Z]{1,2}(?![\w.]))*)")
# the looseleaf collections of decisions, by the statute a decision is filed under and its number there: "AP Nr. 12
# zu § 611 BGB Fürsorgepflicht", "EzA § 626 BGB 2002 Nr. 1", "SozR 4-4200 § 22 Nr. 1" (the collection the container,
# the number its volume)
_COLLECTION = (r"(?P<coll>AP|EzA|LAGE|SozR(?:\s+\d+(?:-\d+)*)?)\s+(?:Nr\.\s*(?P<collnr>\d{1,4})\s+zu\s+)?(?:§§?|Art\.)\s*"
               r"\d+[a-z]?(?:\s+(?!Nr\b)[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}(?:\s+[IVX]{1,4})?(?:\s+\d{4})?)?"
               r"(?:\s+Nr\.\s*(?P<collnr2>\d{1,4}))?"
               r"(?:\s+(?!(?:und|sowie|vgl)\b)[A-ZÄÖÜ][a-zäöüß-]{3,})?")
_REPORTER = (rf"(?:{_JOURNAL_CITE}|(?P<reports>BVerfGE|BVerwGE|BGHZ|BGHSt|BAGE|BSGE|BFHE|RGZ|RGSt)\s?"
             r"(?P<volume>\d{1,3}),\s?(?P<rfirst>\d{1,4})(?![\d/])(?:\s*ff?\.)?(?:\s*\(\d{1,4}(?:\s*ff?\.)?\))?|"
             rf"(?P<slg>Slg\.)\s*(?P<syear>{_YEAR}),\s*(?:I{{1,2}}-)?(?P<sfirst>\d{{1,5}})|(?P<juris>juris|Juris|JURIS)\b|"
             rf"{_COLLECTION})")


def _decided(n: str) -> str:
    """The day of a decision (its groups named day{n}, year{n}): "vom 12.3.2004", "v. 12. März 2004", "12.3.2004"."""
    return (rf"(?:(?:vom|v\.)\s*)?(?P<day{n}>\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|{_MONTH}\s+))(?P<year{n}>{_YEAR})(?!\d)")


LEGAL_CASE = LazyPattern(
    rf"(?<![\w.-])(?:(?P<court>{_COURT})(?:\s*,\s*|\s+|\s*\(\s*)(?:(?P<kind>{_KIND}){_SENATE}\s+)?{_decided('')}"
    rf"(?:\s*[-–—,:]\s*(?:Az\.?:?\s*)?(?P<docket>{_DOCKET}))?|"
    rf"(?P<kind2>{_KIND})\s+(?:(?:des|der)\s+(?P<court2>{_COURT})\s+)?{_decided('2')}\s*[-–—,:]\s*(?:Az\.?:?\s*)?"
    rf"(?P<docket2>{_DOCKET})|(?P<court4>{_COURT}),?\s+(?P<docket4>{_DOCKET})\s+{_decided('4')}|(?P<court3>{_COURT}))"
    rf"(?:\s*\)?\s*(?:[-–—]\s*)?(?:[,=]\s*)?(?:in:\s*)?{_REPORTER}|\s*\))?{_MARGIN}?")

# rule 3, a law journal's article cited without its title (the legal short form, complete in itself) or with it:
# the authors' surnames, set apart by slashes ("Kohte, DB 2008, 582 ff. (586)", "Preis/Greiner, ZfA 2009, 825",
# "Kohte, Betriebliches Eingliederungsmanagement, DB 2008, 582 (585)"): authors, title where given, the journal
# (container), its year and the first page
# names as legal citation writes them, surnames alone set apart by slashes, a double-barrelled one too
_LEGAL_NAME = rf"[{_UP}][\wà-ÿ'’]+(?:-[{_UP}][\wà-ÿ'’]+){{0,2}}"
_SURNAMES = rf"{_LEGAL_NAME}(?:\s*/\s*{_LEGAL_NAME}){{0,5}}"
_ARTICLE_NAMES = rf"(?<![\w/.-])(?P<names>{_SURNAMES})(?:\s+(?:u\.\s?a\.|et\s+al\.))?\s*,\s+"
LAW_ARTICLE = LazyPattern(rf"{_ARTICLE_NAMES}(?:(?P<title>[^;]{{3,200}}?)\s*,\s+)?{_JOURNAL_CITE}")
# the same without a title, as found anywhere in a note (footnotes._legal_citations): a title is told from prose only
# where a stretch of the note is already one reference
LAW_ARTICLE_SHORT = LazyPattern(rf"{_ARTICLE_NAMES}{_JOURNAL_CITE}")
JOURNAL_CITE = LazyPattern(_JOURNAL_CITE)
# rule 4, a book as legal citation writes it, without its place: the authors' surnames, the title, an edition, the
# year and the page cited ("Faber, Die Grundpflichten, 2004, S. 267", "Schaub, Handbuch, 13. Aufl. 2009, S. 12"); not
# the colon style's given names ("Krause, Peter: Titel. In: Zeitschrift, Jg. 46, 1994, S. 541"), nor a chapter or an
# article ("In:")
LAW_BOOK = LazyPattern(rf"(?P<names>{_SURNAMES}),\s+(?!{_GIVEN}(?:[\s-]+{_GIVEN}){{0,2}}\s*:)(?![^;]*?\b[Ii]n:)"
                       rf"(?P<title>(?:[^;\d]|(?<!,\s)\d){{3,200}}?),\s*"
                       rf"(?:\d{{1,2}}\.\s*(?:Aufl\.?|Auflage)\s*,?\s*)?(?P<year>{_YEAR}),?\s*(?:S\.\s*(?P<page>\d{{1,5}})(?:\s*[-–]\s*\d{{1,5}}|\s*ff?\.)?)?")
# the same book where prose or a citation signal leads to it, found anywhere in a note as the legal citations are: a
# verb of saying or a signal just before the authors ("a. A.": of another view), the page cited closing it ("So
# konstatiert Romahn, Titel, 2007, S. 81 f., dass ...", "vgl. Faber, Titel, 2004, S. 267"); its start is the group
# "names"
_BOOK_LEAD = (r"(?:[Vv]gl\.|a\.\s?A\.|[Ss]iehe|[Ss]o|[Ee]benso|Ähnlich|ähnlich|[Aa]nders|[Dd]azu|[Hh]ierzu|"
              r"konstatiert|betont|zeigt|schreibt|argumentiert|stellt|meint|bemerkt|resümiert|kritisiert|folgert|"
              r"verweist|hebt)")
CITED_BOOK = LazyPattern(rf"(?<![\w.])(?:{_BOOK_LEAD})(?:\s+(?:auch|etwa|bereits|schon|dazu|hierzu|z\.\s?B\.))?\s+"
                         rf"(?={_SURNAMES},\s+[^;]*?,\s*{_YEAR},?\s*S\.\s*\d){LAW_BOOK.pattern}(?<=\d|\.)")
# rule 5, a commentary (Kommentar), cited by the section commented and a margin number, never a page: its authors
# and name ("Fitting/Engels/Schmidt, BetrVG, 23. Aufl. 2006, § 5 Rn. 36"), its name or siglum and the commentator
# after a slash or hyphen ("ErfK/Preis, § 611 BGB Rn. 12", "KR-Etzel, § 1 KSchG Rn. 5", "SGB IX-Faber, § 81 Rn.
# 3", where the names before it edited the commentary), the commentator "in:" the commentary ("Düwell, in: LPK-SGB
# IX, 2. Aufl. 2009, § 84 Rn. 50"); an edition and a year may stand before the section
_EDITION_YEAR = rf"(?:,?\s*\d{{1,2}}\.\s*(?:Aufl\.?|Auflage)(?:\s*,)?)?(?:,?\s*(?P<cyear>{_YEAR}))?"
_COMMENTED = (r"(?:§§?|Art\.)\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|S\.|Nr\.|lit\.)?\s*(?:\d+[a-z]?|[IVX]{1,4})(?![\w.]))*"
              r"(?:\s+[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}(?:\s+[IVX]{1,4}|\s+\d{4})?)?")
COMMENTARY = LazyPattern(rf"^(?P<head>.+?){_EDITION_YEAR}\s*,?\s*(?P<section>{_COMMENTED})\s*,?{_MARGIN}"
                         r"(?:\s*;\s*\d{1,4}(?:\s*ff?\.)?)*\s*\.?$")
# a commentary's siglum: an abbreviation with a second capital ("ErfK", "MüKoBGB", "KassKomm", "KR", "GK-BetrVG",
# "LPK-SGB II"), or one named after its founder ("Palandt", "Staudinger")
_SIGLUM = (r"(?:Palandt|Staudinger|Soergel|Erman|Jauernig|Zöller|[A-ZÄÖÜ][a-zäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*"
           r"(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*(?:\s+[IVX]{1,4})?)?)")
# a dated document of an archive's file, as historians cite letters, decrees and minutes: the document (its sender
# "an" its addressee and its kind, "PrMI an RegPräs, Runderlass", or its kind and author, "Denkschrift Klee", or a
# body and the kind, "StMI, Protokoll"), its day ("vom 9.2.1863", "vom September 1888"), then the file, with or
# without "in:", and the folio or page ("in: GStA I. HA, Rep. 77, Nr. 35, Bd. 2, Bll. 77-78R, hier 78",
# "in: ebd., Bl. 11"): title the document, year its day's, pages the first folio; no container, volume or issue (the
# signature's numbers are the file's, not a journal's)
_DOCUMENT_KIND = (r"(?:Schreiben|Brief|Bericht|Immediatbericht|Runderlass|Runderlaß|Erlass|Erlaß|Rundschreiben|Denkschrift|"
                  r"Promemoria|Pro\s?Memoria|Memoria|Memorandum|Aktenvermerk|Aktennotiz|Vermerk|Notiz|Protokoll|"
                  r"Telegramm|Verfügung|Eingabe|Gutachten|Instruktion|Stellungnahme|Sitzungsprotokoll)")
ARCHIVE_DOCUMENT = LazyPattern(
    rf"(?P<title>(?:(?P<sender>[^,;]{{1,60}}?),\s*(?P<kind>{_DOCUMENT_KIND})|"
    rf"(?P<kind2>{_DOCUMENT_KIND})\b(?P<about>[^,;]{{0,80}}?))),?\s+vom\s+(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?|{_MONTH}\s+)"
    rf"(?P<year>{_YEAR})\b(?P<file>[^;]*?(?:\b(?:Bll?|fol|S)\.\s?(?P<first>\d{{1,5}})[rvR]?[^;]*)?)")
# an addressee after the sender: "PrMI an RegPräs", "B.H. Rübener an Oberhofdruckerei"
_TO = LazyPattern(r"^(?P<sender>.+?)\s+an\s+\S")
# a person by name, not an office or a body: "Klee", "B.H. Rübener", "Hermann Wagener" (an office's word or an
# adjective before it makes a body: "Landrat Neustettin", "Preußischer Botschafter", and so do capitals inside a word:
# "PrMI", "RegPräs"; a noun by its ending is no name: "Protokoll Staatsministerialsitzung")
_PERSON = LazyPattern(rf"(?!.*\b(?:Landrat|Botschafter|Gesandte[rn]?|Minister|Ministerium|Präsident|Oberpräsident|"
                      rf"Regierungspräsident|Polizeipräsident|Magistrat|Regierung|Senat|Rat|Amt|König|Kaiser|Kanzler|"
                      rf"Reichskanzler|Direktor|Direktion|Kommission|Ausschuss|Büro|Kanzlei|[A-ZÄÖÜ]\w*(?:ische[rsn]?|"
                      rf"liche[rsn]?|ung|heit|keit|schaft|tion|ität))\b)(?:[{_UP}]\.\s?)*(?:[{_UP}][a-zäöüß]+\s+)?[{_UP}][a-zäöüß]+(?:-[{_UP}][a-zäöüß]+)?$")
_MAY_CITE = tuple(LazyPattern(p) for p in (r"1[5-9]\d\d|20\d\d", _PLACE_PUBLISHER.pattern, *_ENTRY_STARTS,
                                          STATUTE.pattern, STATUTE_LAW_FIRST.pattern, OFFICIAL_PAPER.pattern,
                                          r"\b(?:vom|v\.)\s+\d{1,2}\.\s?\d{1,2}\.\d\d(?!\d)"))  # (_DATED_SOURCE's "8.7.99")
# the cues the rules match in any case, written in lower case and searched in the note in lower case (the four
# letters that re.I matches to an ASCII letter made that letter first): faster than re.I, the same matches or more
_MAY_CITE_LOWER = tuple(LazyPattern(p) for p in (
    r"\bib(?:id|\.)|\beb(?:d|enda)|\b(?:idem|eadem|id\.)|a\.\s?a\.\s?o|op\.\s?cit|loc\.\s?cit|n\.\s?d|o\.\s?j\.|"
    r"no date|undated|forthcoming|in press|in prep|http|www\.|10\.\d{4,9}/|\s//\s|"
    r"in (?:diesem (?:band|heft|sammelband|themenheft|buch)|this (?:volume|issue|book))\b",  # footnotes._IN_THIS_VOLUME
    r"\b(?:d(?:ers|ies)(?:elbe|elben)?|idem|eadem|id)\.{0,2}(?:\s*(?:/|und)[^,(]*)?\s*[,:(]",  # and _ROLE's "("
    r"\(\s*(?:(?:wie|s\.|vgl\.|above|supra)\s*)?(?:anm|fn|fußnote|note|n)\.?\s*\d|\(\s*(?:wie\s+)?anm|"
    r"\[\s*(?:s\.\s*)?anm\.",  # a pointer to an earlier note: "(Anm. 3)", "(Fußnote 2)", "(above n. 6)", "[Anm. 4]"
    _CUE_WORDS.pattern,
    rf"(?:{_MARKER.pattern[4:]}|{_CUE.pattern[4:]})\s*{_MARKER.pattern[4:]}|\[\s*\d{{1,4}}[a-z]\s*\]"))
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})

# the same found anywhere in a note (footnotes._legal_citations): its head one name each, the commentary's name
# capitalised and free of commas ("Fitting/Engels, BetrVG", "ErfK/Preis", "Düwell, in: LPK-SGB IX", "Anzinger/
# Bieneck, Arbeitssicherheitsgesetz 1998", "Erfurter Kommentar (ErfK)-Eisenmann/Koch"), so that no prose before it
# is taken in
COMMENTARY_CITE = LazyPattern(
    rf"(?<![\w/.-])(?:{_SIGLUM}\s*[/-]\s*{_SURNAMES}|[A-ZÄÖÜ](?:[^;,().]|\.(?=\S)){{2,60}}\([^();,]{{1,12}}\)\s*[/-]\s*"
    rf"{_SURNAMES}|"
    rf"{_SURNAMES}(?:\s*\((?:Hrsg|Hg)\.\)|\s*\({_SURNAME}\))?,\s+"
    rf"(?:in:\s+(?:{_SURNAMES}(?:\s*\((?:Hrsg|Hg)\.\))?,\s+)?)?(?=[A-ZÄÖÜ])"
    rf"(?:[^;,.]|\.(?=\S)){{2,60}}?)"
    rf"{_EDITION_YEAR}\s*,?\s*{_COMMENTED}\s*,?{_MARGIN}(?:\s*;\s*\d{{1,4}}(?:\s*ff?\.)?)*")


@lru_cache(maxsize=4096)  # asked twice per note: for the segmenter's batch, then by find_footnote_entries
def may_cite(text: str) -> bool:
    """Whether a footnote can yield any entry (a reference, a short form, a source by its date): a necessary test,
    not a sufficient one, of the rules' own cues (_MAY_CITE); a note without them (a label, a remark in prose: "Not
    to scale.", "Excludes loft conversions.") gives find_footnote_entries nothing, and neither rules nor segmenter
    need read it."""
    flat = " ".join(text.split())
    if any(p.search(flat) for p in _MAY_CITE):
        return True
    low = flat.translate(_FOLD).lower()
    return any(p.search(low) for p in _MAY_CITE_LOWER)


# a press release cited by the body that issued it, the words for a press release, its number and day, as notes
# cite them ("IMF Press Release 07/30, 23.2.2007.", "Statistisches Bundesamt: Pressemitteilung Nr. 234 vom 12.6.2008",
# "Bundesagentur für Arbeit, Presseinformation Nr. 5 vom 31.1.2007, abrufbar unter www.x.de"): the body is the
# editor, the words the title, the number the volume (labelling conventions: "IMF Press Release 07/30")
PRESS_RELEASE = LazyPattern(
    rf"(?P<body>[A-Z]{{2,8}}|(?!Gemeinsame\b)[{_UP}][\w-]+(?:\s+(?:für|der|des|of|for|the|[{_UP}][\w-]+)){{0,5}})?\s*[:,]?\s*"
    r"(?P<kind>Press\s+Release|News\s+Release|Pressemitteilung|Presseerklärung|Presseinformation|Pressemeldung)"
    r"(?:\s+(?:Nr\.|No\.)?\s*(?P<num>\d{1,4}(?:/\d{1,4})?))?(?:,\s*|\s+vom\s+|\s+of\s+)"
    rf"{_DAY_GIVEN}(?P<year>{_YEAR})(?!\d)(?:,?\s*(?:abrufbar\s+unter|online|URL)\s*:?\s*(?P<url>\S+?))?\.?")


def _dated_or_official(text: str, *, raw: str, index: int) -> Reference | None:
    """The Reference of a note that is one of the shapes the note style does not cover, read before it: an archive's
    dated document, a source by its name and day, a statute, a court's decision, a parliament's paper; else None."""
    legal = _legal(text, raw=raw, index=index)
    if legal is not None:  # a court's decision, a law journal's article, a commentary
        return legal
    document = ARCHIVE_DOCUMENT.fullmatch(text.strip(" .")) if " vom " in text else None
    if document and not re.search(_YEAR, document.group("file")):  # (a year after it: a letter printed in a book)
        # "PrMI an RegPräs, Runderlass vom 9.2.1863, in: GStA ..., Bl. 77": the document, its day, its folio
        return _archive_document(document, raw=raw, index=index)
    if release := PRESS_RELEASE.fullmatch(text.strip()):  # "IMF Press Release 07/30, 23.2.2007": the body's release
        return Reference(index=index, raw=raw, editors=[{"literal": release.group("body")}] if release.group("body") else [],
                         title=release.group("kind"), volume=release.group("num"), year=int(release.group("year")),
                         url=release.group("url"), type="report")
    dated = _DATED_SOURCE.fullmatch(text.strip())
    if dated:  # "Rheinische Post (RP) vom 26. 10. 1995, S. 2": the source by its name and day
        return _dated_source(dated, raw=raw, index=index)
    statute = STATUTE.fullmatch(text.strip(" .,;")) or STATUTE_LAW_FIRST.fullmatch(text.strip(" .,;"))
    if statute:  # "§ 3 Abs. 1 AO": the section and the law
        return Reference(index=index, raw=raw, title=statute.group("section"),
                         container=re.sub(r"^(?:des|der)\s+", "", statute.group("law")), type="legislation")
    official = OFFICIAL_PAPER.fullmatch(text.strip(" .,;"))
    if official:  # "BT-Drs. 16/1234, S. 5", "BVerfGE 65, 1 (43)": the series, the number, the page
        return _official_paper(official, raw=raw, index=index)
    return None


def _whole(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern over the whole of text, its closing full stop or none."""
    text = text.strip(" ,;")
    return pattern.fullmatch(text) or pattern.fullmatch(text.rstrip(". "))


def _legal(text: str, *, raw: str, index: int) -> Reference | None:
    """The Reference of a note's reference in German legal citation (LEGAL_CASE, LAW_ARTICLE, LAW_BOOK, COMMENTARY),
    else None."""
    if (case := _whole(LEGAL_CASE, text)) and is_decision(case):
        court = case.group("court") or case.group("court2") or case.group("court4") or case.group("court3")
        year = (case.group("year") or case.group("year2") or case.group("year4") or case.group("jyear") or
                case.group("syear"))
        return Reference(index=index, raw=raw, editors=[{"surname": " ".join(court.split())}] if court else [],
                         title=case.group("kind") or case.group("kind2"), year=int(year) if year else None,
                         container=_reported(case),
                         volume=case.group("volume") or case.group("collnr") or case.group("collnr2"),
                         pages=case.group("jfirst") or case.group("rfirst") or case.group("sfirst"), type="other")
    if article := _whole(LAW_ARTICLE, text):
        return Reference(index=index, raw=raw, authors=_surnames(article.group("names")),
                         title=_clean_title(article.group("title") or ""), container=article.group("journal"),
                         year=int(article.group("jyear")), pages=article.group("jfirst"), type="article")
    if book := _whole(LAW_BOOK, text):
        return Reference(index=index, raw=raw, authors=_surnames(book.group("names")),
                         title=_clean_title(book.group("title")), year=int(book.group("year")), pages=book.group("page"),
                         type="book")
    commentary = COMMENTARY.fullmatch(text.strip())
    return _commentary(commentary, raw=raw, index=index) if commentary else None


def is_decision(case: re.Match) -> bool:
    """A match of LEGAL_CASE is a court's decision: a court with the kind of decision, its file number or where it is
    reported, not with a day alone ("Pressemitteilung der ... vom 3.5.2005", "VG Wort vom ..."), nor a court's name
    alone; the kind or file number without a court."""
    if case.group("court3") is not None:
        return _reported(case) is not None
    return case.group("court") is None or bool(case.group("kind") or case.group("docket") or _reported(case))


def _reported(case: re.Match) -> str | None:
    """Where a decision (LEGAL_CASE) is reported: the journal, the official reports, "Slg.", "juris" or a looseleaf
    collection."""
    return (case.group("journal") or case.group("reports") or case.group("slg") or case.group("juris") or
            (" ".join(case.group("coll").split()) if case.group("coll") else None))


def _surnames(names: str) -> list[dict[str, str]]:
    """Surnames set apart by slashes ("Preis/Greiner"), as legal citation names authors."""
    return [{"surname": n.strip()} for n in names.split("/") if n.strip()]


# the head of a commentary's citation (COMMENTARY), in its usual orders: the commentator "in:" the commentary, whose
# editors may stand before its name ("Düwell, in: LPK-SGB IX", "Knickrehm, in: Kreikebohm/Spellbrink, Kommentar zum
# Sozialrecht"); the commentary's siglum or name (a bracket closing it) and the commentators after a slash or hyphen
# ("ErfK/Preis", "KR-Etzel", "Erfurter Kommentar (ErfK)-Eisenmann/Koch"); the authors (or editors) and the
# commentary's name, a commentator after a hyphen closing a law's abbreviation ("Fitting/Engels, BetrVG",
# "Münder (Hrsg.), LPK-SGB II", "Feldes/Kohte, SGB IX-Faber")
_COMMENTATOR_IN = LazyPattern(rf"^(?P<names>{_SURNAMES}),\s+in:\s+(?:(?P<eds>{_SURNAMES})(?:\s*\((?:Hrsg|Hg)\.\))?,\s+)?"
                              r"(?P<work>.+)$")
_SIGLUM_NAMES = LazyPattern(rf"^(?P<work>{_SIGLUM}|[^,]+\))\s*[/-]\s*(?P<names>{_SURNAMES})(?:,\s*.+)?$")
_NAMES_WORK = LazyPattern(rf"^(?P<names>{_SURNAMES})(?:\s*\((?P<role>Hrsg|Hg)\.\)|\s*\({_SURNAME}\))?,\s+(?P<work>.+?)"
                          rf"(?:-(?P<commentator>{_SURNAMES}))?$")
_LAW_END = LazyPattern(r"(?:\b[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,7}\s+[IVX]{1,4}|\b[A-ZÄÖÜ][a-zäöü]{0,4}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5})$")


def _commentary(m: re.Match, *, raw: str, index: int) -> Reference | None:
    """The Reference of a commentary cited by section and margin number (COMMENTARY): its authors or commentators,
    its name (title, or container when the commentator wrote "in:" it), the year; the margin number is no page."""
    head = m.group("head").strip(" ,")
    year = int(m.group("cyear")) if m.group("cyear") else None
    if inside := _COMMENTATOR_IN.match(head):
        return Reference(index=index, raw=raw, authors=_surnames(inside.group("names")),
                         editors=_surnames(inside.group("eds") or ""), container=_clean_title(inside.group("work")),
                         year=year, type="chapter")
    if sig := _SIGLUM_NAMES.match(head):
        return Reference(index=index, raw=raw, authors=_surnames(sig.group("names")), title=sig.group("work").strip(),
                         year=year, type="book")
    if named := _NAMES_WORK.match(head):
        work, names = named.group("work").strip(), _surnames(named.group("names"))
        if named.group("commentator") and _LAW_END.search(work):  # "Feldes/Kohte, SGB IX-Faber": editors, commentator
            return Reference(index=index, raw=raw, authors=_surnames(named.group("commentator")), editors=names,
                             title=work, year=year, type="book")
        if named.group("commentator"):
            work = f"{work}-{named.group('commentator')}"
        role = bool(named.group("role"))
        return Reference(index=index, raw=raw, authors=[] if role else names, editors=names if role else [],
                         title=_clean_title(work), year=year, type="book")
    return None


def _archive_document(m: re.Match, *, raw: str, index: int) -> Reference:
    """The Reference of a dated archive document (ARCHIVE_DOCUMENT): title, year, first folio; the sender (or the
    author after the kind, "Denkschrift Klee") an author when a person's name, else the issuing body an editor."""
    title, sender = m.group("title").strip(), None
    if m.group("sender") and not _TO.match(m.group("sender")):  # "StMI, Protokoll": the body, then the kind
        title, sender = m.group("kind"), m.group("sender").strip()
    elif m.group("sender"):
        sender = _TO.match(m.group("sender")).group("sender").strip()
    elif m.group("about") and (to := _TO.match(m.group("about").strip() + " an x")) and \
            _PERSON.match(to.group("sender").strip()):
        # "Denkschrift Klee", "Denkschrift Hermann Wagener an Otto von Bismarck" (not "Protokoll Staatsministerialsitzung")
        sender = to.group("sender").strip()
    ref = Reference(index=index, raw=raw, title=title, year=int(m.group("year")), type="misc",
                    pages=m.group("first"))
    if sender and _PERSON.match(sender):
        words = sender.split()
        ref.authors = [{"surname": words[-1], "given": " ".join(words[:-1])}]
    elif sender:
        ref.editors = [{"surname": sender}]
    return ref


# the day a web page was read, in brackets or after a comma: "(Zugriff am 14. November 2013)", "(eingesehen am
# 15.10.2010)", ", abgerufen am 3.5.2009", "(accessed 12 May 2010)": no date of the work (EXCITE and the labelling
# conventions leave it out of the date)
_ACCESSED = LazyPattern(r"\s*[(\[,]?\s*(?:(?:letzter|zuletzt)\s+)?(?:Zugriff|Abruf|abgerufen|aufgerufen|eingesehen|besucht|"
                        r"accessed|retrieved|last\s+accessed)(?:\s+(?:am|on|at|zuletzt))?\s*:?\s*(?:\d{1,2}\.?\s*"
                        r"(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+\.?)|[A-Z][a-z]+\.?\s+\d{1,2},?)\s*(?:19|20)\d\d\s*[)\]]?", re.I)


def parse_footnote_reference(raw: str, *, index: int = 0, previous: Reference | None = None) -> Reference:
    """Parse one reference found in a footnote: the note style "Vorname Name, Titel, Ort Jahr" by rules, other
    styles by the note tagger. "Ders., Titel ..." takes its authors from previous.

    Example:
        >>> r = parse_footnote_reference("Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.")
        >>> r.authors, r.title, r.place, r.year, r.pages
        ([{'surname': 'Weber', 'given': 'Max'}], 'Wirtschaft und Gesellschaft', 'Tübingen', 1922, '12')
    """
    text = _note_text(raw)
    ditto = _DERS.match(text)
    if ditto and previous is not None:
        names = previous.authors or previous.editors
        rest = text[ditto.end():]
        year = _DITTO_YEAR.match(rest)  # "ders. (1995): Der Rat. Köln: Böhlau.": the year, then the work
        ref = None if year else _parse_note_style(rest, raw=raw, index=index, authors=names,
                                                  role=bool(ditto.group("role")))
        if ref is None:
            ref = parse_note_reference(rest[year.end():] if year else rest, index=index)
            ref.raw = raw
            ref.authors = [dict(a) for a in names]
            if year:
                ref.year, ref.year_suffix = int(year.group("year")), year.group("suffix")
        return ref
    ref = _by_rules(text, raw=raw, index=index)
    return _place_out_of_container(ref if ref is not None else _tagged(parse_note_reference(text, index=index), raw,
                                                                       text), text)


def parse_footnote_references(raws: list[str], indexes: list[int]) -> list[Reference]:
    """parse_footnote_reference of each raw (with its index, no previous: no "Ders." reads its authors from another
    here), the strings the rules leave to the note tagger parsed in one batch (footnote_tagger.parse_note_references:
    the same references as one at a time)."""
    texts = [_note_text(raw) for raw in raws]
    refs = [_by_rules(text, raw=raw, index=index) for raw, text, index in zip(raws, texts, indexes)]
    todo = [k for k, ref in enumerate(refs) if ref is None]
    tagged = parse_note_references([texts[k] for k in todo], [indexes[k] for k in todo])
    for k, ref in zip(todo, tagged):
        refs[k] = _tagged(ref, raws[k], texts[k])
    return [_place_out_of_container(ref, text) for ref, text in zip(refs, texts)]


# the place a journal or newspaper is published in, after its name and a comma, before its number or day, as German
# notes print it ("in: Journal of Regional Studies, London, Nr. 3, 2004", "in: Le Figaro, Paris, 1.2.2008", "The
# Journal of Democracy, Washington, D.C., Nr. 4"): one or two capitalised words (and "D.C."), no part of the name
_PLACE_AFTER_NAME = LazyPattern(rf"^(?P<name>.+?),\s*(?P<place>[{_UP}][a-zà-öø-ÿ]+(?:[\s-][{_UP}][a-zà-öø-ÿ]+)?"
                                r"(?:,\s*D\.\s?C\.?)?)$")
_NUMBER_OR_DAY = LazyPattern(rf"\.?\s*,\s*(?:Nr\.|No\.|Heft|H\.|Jg\.|Vol\.|\d{{1,2}}\.\s?\d{{1,2}}\.|{_YEAR})")


def _place_out_of_container(ref: Reference, text: str) -> Reference:
    """A reference whose container holds the place after its name (_PLACE_AFTER_NAME), which its number, volume or
    day follows in the note: the place moved to place (where none was read)."""
    m = _PLACE_AFTER_NAME.match(ref.container or "")
    if m is None or ref.place:
        return ref
    at = text.find(ref.container)
    if at >= 0 and _NUMBER_OR_DAY.match(text, at + len(ref.container)):
        ref.container, ref.place = m.group("name").strip(), m.group("place").strip()
    return ref


def _note_text(raw: str) -> str:
    """The text of a note's reference as the rules and the tagger read it."""
    return _ACCESSED.sub("", repair_hyphens(_tidy(raw)))  # the day a web page was read dates no work


# a paper of a numbered series cited by its authors, the series and "Nr." with the number and year, as German notes
# cite working papers, short reports and discussion forums ("Gagel, iqpr-Diskussionsforum B, Nr. 10/2005", "Eva Roth,
# Titel, IAB-Kurzbericht, Nr. 10/2005, Berlin, S. 3"): the series the container, the number its volume (as "Chaillot Paper,
# Nr. 121/2010" in _TITLE_SERIES), a title only where one stands between names and series
_SERIES_NUMBER = LazyPattern(rf"^(?P<names>{_SURNAMES}|{_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}})(?:\s+(?:u\.\s?a\.|et\s+al\.))?"
                             rf",\s+(?!{_GIVEN}(?:[\s-]+{_GIVEN}){{0,2}}\s*:)(?:(?P<title>[^;]{{3,200}}?)[,.]\s+)?(?P<series>\w[^\s,;:()]*(?:\s+[^\s,;:()]+){{0,4}}?)"
                             rf",?\s+(?:Nr|No)\.\s*(?P<num>\d{{1,4}})\s*/\s*(?P<year>{_YEAR})"
                             rf"(?:,\s*(?P<place>[{_UP}][\w.-]+(?:[ /][{_UP}][\w.-]+)?))?"
                             r"(?P<pages>,\s*(?:S|pp?)\.\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\.)?)?\.?$")


def _series_paper(m: re.Match, *, raw: str, index: int) -> Reference:
    """The Reference of a paper by its series and number (_SERIES_NUMBER)."""
    names = m.group("names")
    authors = _surnames(names) if re.fullmatch(_SURNAMES, names) else _split_names(names)
    pages = _PAGES.search(m.group("pages") or "")
    return Reference(index=index, raw=raw, authors=authors, title=_clean_title(m.group("title") or ""),
                     container=m.group("series"), volume=m.group("num"), year=int(m.group("year")),
                     place=(m.group("place") or "").rstrip(".") or None, pages=_page_range(pages) if pages else None, type="report")


def _by_rules(text: str, *, raw: str, index: int) -> Reference | None:
    """The Reference of a note's reference where one of the rules reads it, else None (for the note tagger)."""
    if (motion := _motion(text, raw=raw, index=index)) is not None:
        return motion  # "Antrag Nr. 87/A der Abgeordneten Gruber und Genossen vom 2.3.1987" (before a source by its day)
    shaped = _dated_or_official(text, raw=raw, index=index)
    if shaped is not None:
        return shaped
    if said := PERSON_IN_PRESS.fullmatch(text.strip(" .,;:")):  # "Karim Said in Al-Ahram, 3.4.2005": the statement
        given, surname = said.group("person").rsplit(None, 1)
        return Reference(index=index, raw=raw, authors=[{"surname": surname, "given": given}],
                         container=said.group("paper"), year=int(said.group("year")), type="article")
    if titled := PRESS_TITLED.match(text.strip()):  # "Gulf News, 30.03.2005 (Titel).": the article in the paper
        return Reference(index=index, raw=raw, container=titled.group("source").strip(), year=int(titled.group("year")),
                         title=titled.group("title").strip(), type="article",
                         pages=(_PAGES.search(text, titled.end("title")) or [None, None])[1])
    if (document := _official_document(text, raw=raw, index=index)) is not None:
        return document  # "Europäischer Rat: Schlussfolgerungen des Vorsitzes, 23./24. März 2006"
    issue = _PERIODICAL_ISSUE.fullmatch(text.strip())
    if issue and (issue.group("num") or not _AUTHORS.match(text.strip())):  # "Zeitschrift 07/2010, S. 20": the issue
        # cited whole ("Hans Müller, März 2005" is a person's letter or talk, no issue)
        pages = _PAGES.search(text.strip(), issue.end("year"))
        return Reference(index=index, raw=raw, title=issue.group("name").strip(), volume=issue.group("num"),
                         year=int(issue.group("year")), pages=_page_range(pages) if pages else None, type="article")
    press = _PRESS.match(text.strip())
    if press and _PAGE_ONLY.fullmatch(text.strip(), press.end()):  # "Baltic Times, 3.11.2005, S. 4.": a paper by
        return _press(press, text, raw=raw, index=index)             # its day alone, no person's letter
    if series := _SERIES_NUMBER.match(text.strip()):
        return _series_paper(series, raw=raw, index=index)
    ref = _parse_note_style(text, raw=raw, index=index)
    if ref is not None:
        return ref
    filed = ARCHIVE_ITEM.fullmatch(text.strip())
    if filed:  # "BStU, MfS, BV Leipzig, Abteilung XX, S. 51-56.": the holder, the file, the page
        return Reference(index=index, raw=raw, editors=[{"surname": filed.group("holder").strip()}],
                         title=filed.group("file").strip(), type="misc",
                         pages="-".join(filter(None, (filed.group("first"), filed.group("last")))))
    web = _URL_ONLY.match(text)
    if web:  # a web page given by its address alone: the date it was read is not the year of a work
        return Reference(index=index, raw=raw, url=re.sub(r"\s+", "", web.group("url")).rstrip(".,;)"), type="web")
    press = _PRESS.match(text) or _PRESS_ISSUE.match(text)
    if press and not _AUTHORS.match(text):
        return _press(press, text, raw=raw, index=index)
    return None


# An official or institutional document cited by its title and the day (or the month) it is dated, as notes on
# policy and politics cite council conclusions, declarations, communiqués, council and commission documents, speeches
# and reports ("Europäischer Rat: Schlussfolgerungen des Vorsitzes, 23./24. März 2006, S. 11.", "Vienna Declaration
# on Partnership. Wien, 05.05.2006.", "Rat der Europäischen Union: Jahresprogramm des Rates, vorgelegt vom Vorsitz,
# 16065/05, POLGEN 85, Brüssel, 8. Dezember 2005.", "European Commission: Communication on Wider Europe, COM(2003)
# 104 final, Brussels, 11 March 2003.", "Peter Lang, Rede auf der Sicherheitskonferenz, München, 10. Februar 2007."):
# the title ends where what dates and files the document begins, each item set off by a comma: the place ("Brüssel",
# "Dar es Salaam, Tanzania", "Washington, D.C."; after a full stop only right before the day: ". Wien, 05.05.2006"),
# the document's number ("16065/05", "9926/06 (Presse 160)", "POLGEN 85", "KOM(2005) 123 endg.", "SEK(2006) 1385",
# "A7-0123/2010", "XXII. GP"), who drew it up ("vorgelegt vom Vorsitz", "ausgearbeitet von den Vorsitzen"), what kind
# of text it is ("Rede vor dem Bundestag", "Speech at the College of Europe"), then the day ("14./15. Dezember 2006",
# "21./22.6.2007", "16/17 December 2004", "15-16 June 2006", "28th to 29th March 2007", "am 12. Januar 2006") or the
# month ("Januar 2007", "Herbst 2005") and the year; a page or paragraph may close it. The place, the number and the
# day are no part of the title (labelling conventions: `other`).
_SEASON = r"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Spring|Summer|Autumn|Fall)"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_DOC_DAY = (rf"(?:\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?)?[-–/]\s?)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|{MONTH_ANY}\s+)|"  # 23./24. März
            rf"{_ORD}(?:\s?(?:[-–/]|to|and|bis|und)\s?{_ORD})?\.?\s+{MONTH_ANY},?\s+|"  # 16/17 December, 28th to 29th March
            rf"(?:{MONTH_ANY}|{_SEASON})\s+(?:{_ORD},?\s+)?")  # Januar 2007, March 3, 2007
_DOC_NUMBER = (r"\d{1,6}/\d{2,4}(?:\s*\([^()]{1,30}\))?|[A-Z]{2,10}\s\d{1,5}|"  # 16065/05 (Presse 160), POLGEN 85
               r"(?:KOM|COM|SEK|SEC|SWD|JOIN|KOM\s?\(\d{4}\))\s?\(\d{4}\)\s?\d{1,5}(?:\s+(?:endg(?:ültig)?\.?|final))?|"
               r"[A-Z]\d[-_][\w/()-]{3,20}|[IVXL]{1,6}\.\s?GP")  # A7-0123/2010, P6_TA(2008)0396, XXII. GP
_DOC_PLACE = rf"[{_UP}][\w'’-]+(?:(?:\s+(?:es|am|an|de|del|of)\s+|[ /-])[{_UP}][\w'’.-]+){{0,3}}(?:,\s*D\.\s?C\.|,\s*DC)?"
_DOC_BY = (r"(?:vorgelegt|ausgearbeitet|verabschiedet|angenommen|beschlossen|presented|adopted|submitted|issued)\s+"
           r"(?:vo[nm]|von\s+der|von\s+den|by|durch)\s+[^,;]{2,100}")
_DOC_KIND = (r"(?:Rede|Ansprache|Vortrag|Presseerklärung|Presseaussendung|Pressemitteilung|Speech|Address|Statement)"
             r"(?:\s+(?:vor|auf|in|im|an|bei|at|to|before|in)\s+[^,;.]{2,80})?")
OFFICIAL_DOCUMENT = LazyPattern(
    rf"^(?P<title>[^;]{{3,320}}?)(?P<items>(?:,\s+(?:{_DOC_PLACE}|{_DOC_NUMBER}|{_DOC_BY}|{_DOC_KIND})|"
    rf"\.\s+{_DOC_KIND}|\.\s+{_DOC_PLACE}(?=,\s*(?:{_DOC_DAY})))*)"
    rf"(?:,\s+|\.\s+|\s+(?:am|on)\s+|[,.]\s+(?:Presse(?:erklärung|aussendung|mitteilung)|Rede|Erklärung)\s+vom\s+)"
    rf"(?P<day>{_DOC_DAY})(?P<year>{_YEAR})(?![\d/])"
    r"(?:,\s*(?:S\.|p\.|pp\.|Ziff(?:er|\.)|para\.|Rn\.|Tz\.)\s*(?P<page>\d{1,5})(?:\s*[-–]\s*\d{1,5}|\s*ff?\.)?)?\s*\.?$")
# a person's text the rule above reads as a document: a speech, a statement, a press release
_SPOKEN = LazyPattern(r"\b(?:Rede|Ansprache|Vortrag|Presse(?:erklärung|aussendung|mitteilung)|Speech|Address|Statement|"
                      r"Erklärung|Declaration|vorgelegt|ausgearbeitet)\b")
# a document's mark when no body or person is named before it: a word for a kind of official text in its title
# ("Erklärung von Laeken", "Final Communiqué", "Aktionsplan EU-Ukraine"), or an item that files or dates it as one
# (a number, who drew it up, a kind of text) or a place set off by a full stop (". Wien, 05.05.2006")
_DOC_WORD = LazyPattern(r"(?i:erklärung|declaration|kommuniqu|communiqu|schlussfolgerung|conclusions|charta|charter|"
                        r"aktionsplan|action\s+plan|abkommen|agreement|vertrag|treaty|memorandum|strateg|programm|"
                        r"bericht|report|statement|stellungnahme|beschluss|resolution|entschließung|framework|protokoll|"
                        r"protocol|mitteilung|communication|weißbuch|grünbuch|white\s+paper|green\s+paper|papier|agenda|"
                        r"konvention|convention|richtlinie|guidelines|leitlinien)")
_FILED = LazyPattern(rf",\s+(?:{_DOC_NUMBER}|{_DOC_BY}|{_DOC_KIND})")
# a body named before the document's title and a colon or a comma: an acronym ("NATO:", "UNHCR:"), or a name with a
# word that names a kind of body ("Rat der Europäischen Union:", "European Council:", "Council of the European
# Union,", "Kommission der Europäischen Gemeinschaften:")
_DOC_BODY = LazyPattern(rf"^(?P<body>[A-Z]{{2,8}}|(?=[^:,;()\d]*(?i:\b(?:rat|council|kommission|commission|parlament|"
                        r"parliament|regierung|government|ministerium|ministry|bundestag|landtag|bundesrat|nationalrat|"
                        r"ausschuss|committee|agentur|agency|office|bank|fund|union|organi[sz]ation|nations)\b|"
                        rf"(?:rat|kommission|ministerium|amt|regierung)\b))[{_UP}][^:,;()\d]{{1,70}}?)\s*[:,]\s+(?=[{_UP}\"„“])")


# a speech or a statement cited by its kind, "von"/"by", the speaker's office and name, then where it was given ("Rede
# von Bundeskanzlerin Anna Berger vor dem Europäischen Parlament, Straßburg, 17.1.2007.", "Regierungserklärung von
# Bundeskanzler Karl Vogt vor dem Deutschen Bundestag am 14.3.2003.", "Speech by Commissioner John Smith at the European
# Policy Centre, Brussels, 5 May 2006."): the speaker is the author (labelling conventions 7: dated speeches are
# references, persons their authors); the office (capitalised words before the given name) is no part of the name
_SPEAKER = LazyPattern(rf"^(?:[{_UP}][\w-]*(?:rede|erklärung|ansprache)|Rede|Erklärung|Ansprache|Vortrag|Speech|Address|"
                       rf"Statement|Remarks)\s+(?:von|by)\s+(?:[{_UP}][\w.-]+\s+){{0,2}}?(?P<given>{_GIVEN})\s+"
                       rf"(?P<surname>{_SURNAME})(?=\s+(?:vor|auf|in|im|beim|bei|an|am|at|to|before|on|zum|zur|über)\b|\s*,)")


def _official_document(text: str, *, raw: str, index: int) -> Reference | None:
    """The Reference of a note that cites an official or institutional document by its title and day
    (OFFICIAL_DOCUMENT), its body or its authors before the title (_DOC_BODY, the note style's names), a web address
    after it; None for any other note, and for one that cites into a book or journal ("in:")."""
    url = None
    own = _OWN_ADDRESS.search(text) if "http" in text or "www." in text else None
    if own and _URL_ONLY.match(own.group("url")):
        text, url = text[:own.start()], re.sub(r"\s+", "", _URL_ONLY.match(own.group("url")).group("url")).rstrip(".,;)")
    text = text.strip()
    if not re.search(_YEAR + r"\s*\.?\s*(?:,\s*(?:S|p|pp|Ziff|Ziffer|para|Rn|Tz)\.?\s*\d.*)?$", text) or \
            _IN.search(text) or OFFICIAL_DOCUMENT.match(text) is None:  # (the whole matches where the rest does)
        return None
    authors, editors, rest = [], [], text
    if speaker := _SPEAKER.match(text):  # "Rede von Bundeskanzlerin Anna Berger vor ...": the speaker the author
        authors = [{"surname": speaker.group("surname"), "given": speaker.group("given")}]
    elif body := _DOC_BODY.match(text):
        editors, rest = [{"literal": body.group("body").strip()}], text[body.end():]
    elif (found := _leading_names(text)) is not None:
        names, rest, role = found
        authors, editors = ([], names) if role or "literal" in names[0] else (names, [])
    m = OFFICIAL_DOCUMENT.match(rest)
    if m is None or not _marked_as_document(m, text, rest, persons=bool(authors) and not speaker,
                                            named=bool(authors or editors)):
        return None
    return Reference(index=index, raw=raw, authors=authors, editors=editors, title=_clean_title(m.group("title")),
                     year=int(m.group("year")), pages=m.group("page"), url=url, type="report")


def is_official_document(text: str) -> bool:
    """Whether text reads whole as an official or institutional document cited by its title and day
    (_official_document) or as a parliamentary motion by its members and day (MOTION)."""
    return _official_document(text, raw=text, index=0) is not None or MOTION.match(text.strip()) is not None


def _marked_as_document(m: re.Match, text: str, rest: str, *, persons: bool, named: bool) -> bool:
    """Whether an OFFICIAL_DOCUMENT match m of rest (text after the names) reads as a document: a title with words,
    and no paper or magazine by its name and day or month alone ("Baltic Times, 3.11.2005"); with no body or person
    named, a document's mark (_DOC_WORD, _FILED, ". Place, day", a title opening with a kind of spoken text: "Rede des
    Bundespräsidenten ... am 3. Oktober 2010"; else an article in a paper, '"Titel", FAZ, ...'); with
    a person, a speech's or a document's mark (else a person's article in a paper)."""
    if re.fullmatch(r"[\d\s./-]+", m.group("title")):
        return False
    if not (named or m.group("items")) and (_PRESS.match(text) or _PERIODICAL_ISSUE.fullmatch(text)):
        return False
    if not named and not (_DOC_WORD.search(m.group("title")) or _FILED.search(m.group("items")) or
                          re.match(r"\.\s", m.group("items")) or _SPOKEN.match(m.group("title"))):
        return False
    return not persons or bool(_SPOKEN.search(rest, 0, m.start("day")) or re.search(_DOC_NUMBER, m.group("items")))


# a magazine's or a newsletter's issue cited whole, no article named: its name, the issue's number in the year
# ("Personalmagazin 07/2010", "Arbeit und Recht 11/2007") or its month ("Verbandsbrief, September 2010"), and the
# page ("Seite 20" read as "S. 20": _PAGE_WORD); the name is the work cited (title), the number its volume
_PERIODICAL_ISSUE = LazyPattern(rf"(?P<name>[{_UP}][^,;:()\d]{{1,60}}?)(?:\s+(?P<num>\d{{1,2}})\s*/\s*|,\s*{_MONTH}\s+)"
                                rf"(?P<year>{_YEAR})(?:,\s*S\.\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)?\.?")
# a person's statement quoted from a newspaper, by the person's given name and surname, "in" and the paper's name, and
# the day ("Karim Said in Al-Ahram, 3.4.2005", "Eva Roth in der Frankfurter Rundschau vom 2.11.1995"): the person is
# the author, the paper the container (a quotation may follow after a colon)
PERSON_IN_PRESS = LazyPattern(rf"(?<![\w-])(?P<person>{_GIVEN}\s+(?:{_PARTICLE}\s+)?{_SURNAME}),?\s+(?:in|im)\s+(?:der\s+|dem\s+)?"
                              rf"(?P<paper>{_ARABIC_ARTICLE}?[{_UP}][\w'’.&-]*(?:\s+(?:{_ARABIC_ARTICLE}?[{_UP}][\w'’.&-]*|"
                              rf"{_ARABIC_ARTICLE}[\w'’-]+)){{0,3}})(?:,\s*|\s+vom\s+){_DAY_SPAN}(?P<year>{_YEAR})(?!\d)")
# a statistical office's data named in a table's or figure's source line by the office, the data set and its year
# ("Quelle: BFS, VZ 2000", "Quelle: Destatis Mikrozensus 2005, eigene Berechnungen", "Quellen: BA, Beschäftigten-
# statistik 2010; ..."): the office (an acronym or one word) is the editor, the data set (one or two capitalised
# words) the title; the own calculations after it are no part of it, and the authors' own survey is none ("Eigene
# Erhebung 2010")
DATA_SOURCE = LazyPattern(rf"^(?!(?:Eigene[nrs]?|Own|Selbst|Nach|Vgl|Siehe)\b)(?P<body>[{_UP}][\w-]{{1,15}})(?:,\s*|\s+)(?P<data>[{_UP}][\w-]+(?:\s+[{_UP}][\w-]+)?)\s+"
                          rf"(?P<year>{_YEAR})(?:,\s*(?:eigene|eigenen|own)\s+(?:Berechnung(?:en)?|Darstellung|calculations?))?"
                          r"\s*\.?$")


def data_source(text: str, *, index: int = 0) -> Reference | None:
    """The Reference of a source line's first item when it names an office's data set and year (DATA_SOURCE)."""
    m = DATA_SOURCE.match(text.split(";")[0].strip())
    if m is None:
        return None
    if _BODY_WORD.search(m.group("data")):  # "Statistisches Bundesamt 2005": the office alone, and its year
        return Reference(index=index, raw=m.group(0).strip(), editors=[{"literal": f"{m.group('body')} {m.group('data')}"}],
                         year=int(m.group("year")), type="dataset")
    return Reference(index=index, raw=m.group(0).strip(), editors=[{"surname": m.group("body")}],
                     title=m.group("data"), year=int(m.group("year")), type="dataset")


# the last word of an office's name, no data set's: "Statistisches Bundesamt", "Landesamt", "Eurostat Office"
# the last word of an office's or institution's name, German and English (source_lines reads bodies with it too; the
# narrower _BODY_KINDS below leaves out words that are surnames as well, for names that read as a person's)
OFFICE_WORDS = (r"amt|institut|ministerium|agentur|bank|kommission|stiftung|verband|zentrum|rat|gericht|"
                r"office|bureau|institute|agency|ministry|commission")
_BODY_WORD = LazyPattern(rf"(?:{OFFICE_WORDS})$", re.I)


# what may close a newspaper cited by its name and day alone: the page, a full stop
_PAGE_ONLY = LazyPattern(r"(?:,\s*(?:S|p)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?\.?\s*")


def _press(press: re.Match, text: str, *, raw: str, index: int) -> Reference:
    """A newspaper or magazine by its name and day or number (_PRESS, _PRESS_ISSUE): the name the container."""
    ref = Reference(index=index, raw=raw, container=press.group("source").strip(), year=int(press.group("year")),
                    issue=press.groupdict().get("issue"), type="article")
    pages = _PAGES.search(text, press.end())
    ref.pages = _page_range(pages) if pages else None
    return ref


def _one_body(names: str) -> list[dict[str, str]] | None:
    """A body whose name lists its portfolio with commas ("Bundesministerium für Familie, Senioren, Frauen und
    Jugend"), as one name: its commas and "und" part no persons. None for any other names (a body's name without a
    comma is read as before)."""
    if "," in names and re.match(_BODY_START, names):
        return [{"literal": " ".join(names.split())}]
    return None


# the same opening an author-year reference: "Bundesministerium für Familie, Senioren, Frauen und Jugend (Hrsg.)
# (2006): Titel"
_BODY_YEAR = LazyPattern(rf"^(?P<names>{_BODY_START}[^;:()]{{2,120}}?)(?P<role>{_ROLE})?\s*\(\s*{_YEAR}[a-z]?\s*\)")


# the first words of a suspended compound right before the title, each closed by a hyphen and a comma ("Volks-,
# Gebäude- und Wohnungszählung 2001", "Kranken-, Renten- und Pflegeversicherung"): part of the title, no name
_SUSPENDED = LazyPattern(r"(?<![\w-])(?P<words>(?:[^\W\d_][\w]*-,\s*)+)$")


def _suspended_title(ref: Reference, text: str) -> None:
    """The words of a suspended compound the tagger left before the title (_SUSPENDED) put back at its start, the
    author it read from them dropped."""
    at = text.find(ref.title) if ref.title else -1
    m = _SUSPENDED.search(text[:at]) if at > 0 else None
    if m is None:
        return
    words = {w.strip(" ,-") for w in m.group("words").split(",")}
    ref.title = text[m.start("words"):at] + ref.title
    ref.authors = [a for a in ref.authors if a.get("surname") not in words]


def _tagged(ref: Reference, raw: str, text: str) -> Reference:
    """The note tagger's Reference of text (the note's reference raw) with the note conventions applied: its raw, a
    place and publisher or a series out of the title, the page the note cites, the German volume/issue form."""
    ref.raw = raw
    body = _BODY_YEAR.match(text)
    names = _one_body(body.group("names")) if body else None
    if names and len(ref.authors or ref.editors) > 1:  # a body the tagger read as persons: one name
        ref.authors, ref.editors = ([], names) if body.group("role") else (names, [])
    _suspended_title(ref, text)
    _title_publisher(ref)
    _title_series(ref)
    _title_filed(ref)
    if (cited := _PAGES.search(text)) and ref.pages:  # "S. 1, 3": the first page the note cites, as "S." marks it
        ref.pages = _page_range(cited)
    if ref.volume and (vy := re.fullmatch(rf"(\d{{1,3}})\s*/\s*({_YEAR}|\d{{1,2}})", ref.volume)):
        # "4/2005", "05/06" (in 2006): issue number / year of the German journal style; "58/1": volume / issue
        year = str(ref.year or "")
        if vy.group(2) != year and vy.group(2) != year[-2:] and len(vy.group(2)) <= 2:
            ref.issue = ref.issue or vy.group(2)
        elif not year and len(vy.group(2)) == 4:  # "in: Leviathan 27/1999" read as one volume: its year too
            ref.year = int(vy.group(2))
        ref.volume = vy.group(1)
    return ref


def day_year(year: str) -> int:
    """The year of a day printed with a year of two figures ("8.7.99", "2.3.04") in full: 1930-2029.

    Example:
        >>> day_year("1999"), day_year("99"), day_year("04")
        (1999, 1999, 2004)
    """
    n = int(year)
    return n if n >= 100 else n + (2000 if n < 30 else 1900)


def _dated_source(m: re.Match, *, raw: str, index: int) -> Reference:
    """A source by its name and the day it is dated (_DATED_SOURCE): the name is the container, then the year and
    the page; a statute with its law gazette: the statute is the title, the gazette the container (as a section and
    its law are: STATUTE), its page the pages."""
    name = re.split(r",?\s+(?:vom|v\.)\s+\d", m.group(0))[0]
    if m.group("gazette"):
        return Reference(index=index, raw=raw, title=name.strip(), container=" ".join(m.group("gazette").split()),
                         year=day_year(m.group("year")), pages=m.group("gazette_page"), type="legislation")
    name = re.sub(r",\s*(?:Ausgabe|Nr\.|Heft|Folge)\s*[\w/]+$", "", name)
    ref = Reference(index=index, raw=raw, container=name.strip(), year=day_year(m.group("year")), type="article")
    pages = re.search(r",\s*(?:S|p)\.\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)", m.group(0)[len(name):])
    ref.pages = re.sub(r"\s*[-–]\s*", "-", pages.group(1)) if pages else None
    return ref


def _official_paper(m: re.Match, *, raw: str, index: int) -> Reference:
    """A parliament's paper or a court's reported decision (OFFICIAL_PAPER): the series as container, the number as
    volume, the page; no year, author or title is written."""
    if m.group("reports"):
        return Reference(index=index, raw=raw, container=m.group("reports"), volume=m.group("volume"),
                         pages=m.group("first"), type="other")
    page = re.sub(r"\s*[-–]\s*", "-", m.group("page")) if m.group("page") else None
    return Reference(index=index, raw=raw, container=" ".join(m.group("series").split()), volume=m.group("number"),
                     pages=page, type="report")


def _tidy(text: str) -> str:
    """Spaces some producers put inside the note style: "( Hg.)", "In :", "Fremdarbeiter : Politik"."""
    text = " ".join(text.split())
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([:;,?!])(?=\s)", r"\1", text)
    text = _FIRST_EDITION.sub("", text)
    text = _EDITION_MARK.sub(r"\1\2", text)
    text = _PAGE_WORD.sub("S. ", text)  # "Seite 20" is "S. 20"
    return re.sub(r"\s+/\s+", "/", text)


# the page written out after a comma or a full stop, as magazines and press releases are cited ("Zeitschrift 07/2010,
# Seite 20", "kompakt, September 2010, Seiten 2-3"): "S."
_PAGE_WORD = LazyPattern(r"(?<=[,.]\s)Seiten?\s+(?=\d)")


# the edition set as a superscript before the year after the place, as the humanities print it: "Tübingen ⁵1972",
# which PDF text gives as "Tübingen 51972" or "Berlin ²1998": the digits before the year are no part of it
_EDITION_MARK = LazyPattern(rf"(\b[{_UP}][\w./-]*\s)(?:[¹²³⁴⁵⁶⁷⁸⁹]+|[1-9]\d?)({_YEAR})"
                            r"(?=\s*(?:[,.;)]|$))")


# a first edition's year in square brackets beside the year of the edition cited: "Frankfurt a. M. 1985 [1929]",
# "(1985 [1922])", "([1968] 1982)": the edition cited is the year (as in an author-year callout "Mannheim 1985"), the
# bracket is dropped; a bracketed year alone ("Frankfurt a. M. [1995]") stays the year
# and in round brackets with a word that says so, after the year or the page cited: "Tübingen 1972 (Erstausgabe 1922)",
# "(zuerst 1908)", "(frz. Orig. 1893)", "(urspr. 1922)", "(first published 1859)": not the year of the edition cited
_FIRST_EDITION = LazyPattern(rf"(?<=\b{_YEAR})\s*\[\s*{_YEAR}\s*\]|(?<=\()\s*\[\s*{_YEAR}\s*\]\s*(?={_YEAR}\b)|"
                             r"\s*\((?:Erstausgabe|Erstaufl(?:age|\.)|(?:zuerst|erstmals)(?:\s+(?:erschienen|"
                             r"veröffentlicht|publiziert))?|urspr(?:ünglich|\.)|"
                             r"(?:(?:dt|engl|frz|franz|amerik|ital|russ)\.\s*)?"
                             rf"Orig(?:inal(?:ausgabe)?|\.)(?:\s*[Aa]usg\.)?|[Ff]irst\s+published)\s*:?\s*{_YEAR}\)")


def _split_names(names: str) -> list[dict[str, str]]:
    out = []
    for part in re.split(_SEP, names):
        toks = part.split()
        if len(toks) < 2:
            continue
        k = len(toks) - 1
        while k > 1 and re.fullmatch(_PARTICLE, toks[k - 1]):
            k -= 1
        out.append({"surname": " ".join(toks[k:]), "given": " ".join(toks[:k])})
    return out


def _split_inverted(names: str) -> list[dict[str, str]]:
    """ "Weber, Max/Müller-Lüdenscheid, Anna" → surname and given names of each."""
    out = []
    for part in re.split(r"\s*(?:/|;|\bund\b|\bu\.|&)\s*", names):
        surname, _, given = part.partition(",")
        if surname.strip() and given.strip():
            out.append({"surname": surname.strip(), "given": given.strip()})
    return out


# the authors of the book a work appeared in, when they wrote the work too, before its title: "in: ders., Gesammelte
# Aufsätze, Tübingen 1922", "In: Dies./Tom Albers, Titel, ...", "in: K.M. Brandt, Schriften, ..." (after K.M. Brandt)
_OWN_BOOK = LazyPattern(rf"^(?:(?P<ders>(?:[Dd]ers|[Dd]ies|[Ii]dem|[Ee]adem)\.?)(?:{_SEP}{_NATURAL})*|"
                        rf"(?P<names>{_NATURAL}(?:{_SEP}{_NATURAL})*))\s*,\s+(?=\S)")


def _own_book(ref: Reference, tail: str) -> str:
    """The tail after "In:" without the book's authors when the work's author is among them (_OWN_BOOK)."""
    m = _OWN_BOOK.match(tail)
    if m and (m.group("ders") or any(a.get("surname") and re.search(rf"\b{re.escape(a['surname'])}\b",
                                                                    m.group("names")) for a in ref.authors)):
        return tail[m.end():]
    return tail


def _in_container(ref: Reference, tail: str) -> re.Match | None:
    """What follows "In:": a chapter of an edited book, a newspaper or agency with the day of the issue, a journal,
    or another container with its place and year. Sets ref's container, type and what else the tail gives, and
    returns the place-and-year match when the year is still to be taken from it."""
    tail = _own_book(ref, tail)
    ed = re.match(rf"^(?P<eds>[^()]{{3,120}}?){_ROLE}\s*[,:]\s*", tail)
    if ed:  # a chapter in an edited book
        eds = _tidy(ed.group("eds"))  # a body that edits ("Bundesministerium für Familie, Senioren, ..."): one name
        inverted = re.fullmatch(rf"{_INVERTED_NAME}(?:\s*(?:/|;|\bund\b|&)\s*{_INVERTED_NAME})*", eds)
        # "Roth, Eva/Kühn, Jan (Hrsg.)": editors surname first, as the colon style writes them
        ref.editors = _one_body(eds) or (_split_inverted(eds) if inverted else _split_names(eds))
        rest = tail[ed.end():]
        py = _last_place_year(rest)
        ref.container = _clean_title(rest[:py.start()] if py else _PLACE_PAGES.sub("", rest))
        ref.type = "chapter"
        return py
    jm = _JOURNAL_TAIL.match(tail) or _JOURNAL_NR.match(tail)
    dm = _DATED.match(tail)
    if dm and not jm:  # a newspaper or agency with the day of the issue
        ref.container, ref.year, ref.type = _clean_title(dm.group("source")), int(dm.group("year")), "article"
        ref.issue = dm.group("issue")
        return None
    if jm:
        ref.container = _clean_title(jm.group("container"))
        ref.volume = jm.groupdict().get("volume")
        ref.issue = jm.group("issue")
        ref.year = int(jm.group("year"))
        ref.type = "article"
        return None
    py = _last_place_year(tail)
    if py is None and _journal(ref, tail):
        return None
    ref.container = _clean_title(tail[:py.start()] if py else _PLACE_PAGES.sub("", tail))
    ref.type = "chapter" if py and not re.search(r"\d+\s*\(", tail) else "article"
    return py


# a journal or newspaper and its numbers, in the orders German notes write them: "JoP 14, 1990, S. 219-236",
# "Der Spiegel Nr. 39 v. 25.9.1995, S. 34", "Leviathan, Jg. 12, H. 3, 1984", "Soziale Welt 3/1999, S. 5"; a number
# before "/" and the year ("Soziale Welt 3/1999", "The China Quarterly 161/2000") is the volume, as EXCITE's gold
# labels it (every such row of the development papers) and as _tagged reads the tagger's "4/2005"
_JOURNAL_NAME = LazyPattern(r"^(?P<container>[^\d;]{2,120}?)\s*[,.]?\s*(?=(?:(?:Jg|Vol|Bd|Nr|No|H|Heft|v|vom)\.?\s*)?\d|"
                            r"\b(?:vol|no)\.\s*\d|B\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*/\s*(?:1[5-9]|20)\d\d\b)")
_ISSUE = LazyPattern(r"\b(?:H\.|Heft|Nr\.|[Nn]o\.|Iss\.)\s*(?P<issue>\d{1,4}(?:\s*/\s*\d{1,3})?)(?!\d)")
_NUMBER_YEAR = LazyPattern(rf"^\s*(?P<volume>(?:B\s?)?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?)\s*/\s*(?={_YEAR}\b)")
_DAY = LazyPattern(rf"\b\d{{1,2}}\.\s?(?:\d{{1,2}}\.|[{_UP}][a-zä]+\.?)\s?(?P<year>{_YEAR})\b")
# a magazine's number with its year in two figures, as German notes cite a weekly's supplement or a monthly by
# issue and year ("Aus Politik und Zeitgeschichte, B 12/98", "Osteuropa 5/99", "B 12-13/98"): the number (with the
# supplement's "B") is the volume, as "3/1999" (_NUMBER_YEAR), and "98" the year 1998
_NUMBER_SHORT_YEAR = LazyPattern(r"^(?P<container>[^\d;]{2,120}?)[,\s]+(?P<volume>(?:B\s?)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?)"
                                 r"\s*/\s*(?P<yy>\d\d)(?![\d/.])")


def _journal(ref: Reference, tail: str) -> bool:
    """A journal or newspaper after "In:" with its numbers and no place: container, year (a bracketed or bare
    year, or the day of an issue), volume, issue. False when the tail does not read that way."""
    m = _JOURNAL_NAME.match(tail)
    if not m:
        return False
    rest = _PAGES.sub(" ", tail[m.end():])
    day = _DAY.search(rest)
    years = [y for y in re.finditer(rf"(?<![\d.])\(?({_YEAR})\)?(?![\d])", rest)]
    if not (day or years):
        return _short_year(ref, tail)
    ref.container, ref.type = _clean_title(m.group("container")), "article"
    ref.year = int(day.group("year") if day else years[0].group(1))
    iss = _ISSUE.search(rest)
    if iss:
        ref.issue = iss.group("issue").replace(" ", "")
    if numbered := _NUMBER_YEAR.match(rest):
        ref.volume = numbered.group("volume")
        return bool(ref.container)
    vol = re.match(r"^\s*(?:(?:Jg|[Vv]ol|Bd)\.?\s*)?(\d{1,4})(?![\d.]*\s*/\s*\d)", rest)
    if vol and not (day and day.start() <= vol.start(1) < day.end()) and vol.group(1) != str(ref.year) and \
            not (iss and iss.start() <= vol.start(1) < iss.end()):
        ref.volume = vol.group(1)
    return bool(ref.container)


def _short_year(ref: Reference, tail: str) -> bool:
    """A magazine by its number and a year in two figures (_NUMBER_SHORT_YEAR): container, volume, year (a year
    under 30 in this century, else in the last). False when the tail does not read that way."""
    m = _NUMBER_SHORT_YEAR.match(tail)
    if not m or not (container := _clean_title(m.group("container"))):
        return False
    yy = int(m.group("yy"))
    ref.container, ref.type, ref.year = container, "article", (2000 if yy < 30 else 1900) + yy
    ref.volume = re.sub(r"\s+", " ", m.group("volume"))
    return True


# the pages, and a place before them, that close a container given without a year: "..., Frankfurt/M., S. 29-68"
_PLACE_PAGES = LazyPattern(rf"(?:,\s*[{_UP}][\w./-]*(?:\s+(?:a\.\s?M\.|am\s+Main|[{_UP}][\w./-]*)){{0,2}})?"
                           r",\s*(?:S|pp?|Sp)\.\s*\d[^,;]*\.?\s*$")


_EDITED_BY = LazyPattern(rf"[,.]\s*(?:hrsg\.|herausgegeben|eingeleitet\s+und\s+hrsg\.)\s*(?:v\.|von)\s*"
                         rf"(?P<names>{_NATURAL}(?:{_SEP}{_NATURAL}){{0,3}})\s*$", re.I)


def _book(ref: Reference, head: str) -> bool:
    """A book: title (with the volume of a multi-volume work), place and year. False when the text has no place
    and year or no title."""
    py = _last_place_year(head, bare=True)
    bare = _NO_PLACE_YEAR.search(head) if "o." in head else None
    if bare and (not py or py.start() >= bare.start()):  # "Titel, o. J. (1973)", "Titel, o. O., o. J.": a book
        year = bare.group("year") or bare.group("year2")  # without place (or year) printed
        ref.title, ref.year, ref.type = _clean_title(head[:bare.start()]), int(year) if year else None, "book"
        return bool(ref.title)
    if not py:
        nd = _PLACE_NO_YEAR.search(head)  # "Berlin o.J.": a book without a year
        if nd:
            ref.title, ref.place, ref.type = _clean_title(head[:nd.start()]), nd.group("place").strip(), "book"
        return bool(nd and ref.title)
    title = head[:py.start()]
    eds = _EDITED_BY.search(title)
    if eds:  # "Titel, hrsg. v. Anna Schmidt": the editors of the book
        ref.editors, title = _split_names(eds.group("names")), title[:eds.start()]
    vol = _VOLUME.search(title)
    if vol:  # "Werke, Bd. 29": the volume of a multi-volume book
        ref.volume, title = vol.group(1), title[:vol.start()]
        series = re.search(r"\s*\((?P<series>[^()]{2,80})$", title)
        if series:  # "Titel (Schriften zur Stadt, Bd. 12)": the volume of a series named in brackets
            ref.container, title = series.group("series").strip(" ,"), title[:series.start()]
    ref.title = _clean_title(title)
    ref.year, ref.place = int(py.group("year")), (py.group("place") or "").strip() or None
    ref.type = "book"
    series = _SERIES_AFTER.match(head, py.end())
    if series and not ref.volume:  # "Berlin 1998 (Schriften zur Stadtforschung, Bd. 3)"
        ref.container, ref.volume = ref.container or series.group("series").strip(" ,"), series.group("num")
    return bool(ref.title)


def _parse_note_style(text: str, *, raw: str, index: int, authors: list[dict[str, str]] | None = None,
                      role: bool = False) -> Reference | None:
    """The note style by rules, or None when the text does not follow it closely enough."""
    body = text
    if authors is None:
        found = _leading_names(text)
        if found is None:
            return None
        authors, body, role = found
    else:
        authors = [dict(a) for a in authors]
    # "Klaus Bade (Hg.), Titel": the names edited the work (an edited volume), as the list parser reads them
    ref = Reference(index=index, raw=raw, authors=[] if role else authors, editors=authors if role else [])
    dated = _NAMES_YEAR.match(body)  # "Paul Luif, 2006: Österreich. In: ...": the year, no part of the title
    body = body[dated.end():] if dated else body
    inm = _IN.search(body)
    head, tail = (body[:inm.start()], body[inm.end():]) if inm else (body, "")
    if inm:
        ref.title = _clean_title(head)
        if not ref.title:
            return None
        py = _in_container(ref, tail)
        if ref.year is None and py:
            ref.year, ref.place = int(py.group("year")), (py.group("place") or "").strip() or None
    elif not _book(ref, head):
        return None
    _finish(ref, text, tail or head, bool(tail))
    if dated:  # (a year in the container's place and year is the book's, not the work's as the note dates it)
        ref.year = int(dated.group("year"))
    return ref


# the year after the names and a comma, set off by a colon before the title, as notes on politics date a paper or a
# chapter ("Paul Luif, 2006: Österreich. In: ...", "Peter Lang, 2006: European Diplomacy. 13.06.2006."): the year
_NAMES_YEAR = LazyPattern(rf"(?P<year>{_YEAR})[a-z]?\s*:\s+(?=\S)")


# a body's name with its portfolio, before its role: "Bundesministerium für Familie, Senioren, Frauen und Jugend
# (Hg.):", "Senatsverwaltung für Stadtentwicklung, Umwelt und Verkehr (Hg.),": its commas and "und" part no persons
_BODY_NAME = LazyPattern(rf"^(?P<names>{_BODY_START}[^;:()]{{2,120}}?)(?P<role>{_ROLE})\s*[,:]\s+(?=\S)")


# a body's name of two or three words that reads as a given name and a surname: its last word names a kind of body
# ("Statistisches Bundesamt", "Bertelsmann Stiftung", "Deutscher Städtetag", "Wissenschaftlicher Beirat"), which no
# person's surname is (words that are surnames too, "Bank", "Rat", "Senat", are left out: "Hans Bank")
_BODY_KINDS = (r"amt|ministerium|agentur|stiftung|institut|kommission|verband|anstalt|behörde|akademie|gesellschaft|"
               r"vereinigung|kammer|konferenz|städtetag|landkreistag|bundestag|landtag|beirat|bundesrat|"
               r"wissenschaftsrat|sachverständigenrat|gewerkschaftsbund|bundesbank|zentrum|verwaltung")
_BODY_NOUN = LazyPattern(rf"(?i:{_BODY_KINDS})$")
# a body that wrote the work, named before its title without a role ("Bundesagentur für Arbeit, Arbeitsmarkt in
# Zahlen, ...", "Deutsches Institut für Wirtschaftsforschung: Wochenbericht ...", "Kommission der Europäischen
# Gemeinschaften, Grünbuch ...") or with one ("Bundesministerium der Finanzen (Hg.), ..."), its abbreviation in
# brackets after it ("Institut für Arbeitsmarkt- und Berufsforschung (IAB), ..."): the name opens with a kind of body
# (an adjective or a place may stand beside it) and "für", "der", "des", "zur", which no person's name holds
# ("Statement of the Finance Ministers, ..." is no body), and runs to the first comma or colon; or it is one word
# that names a kind of body ("Bundesregierung, Lebenslagen in Deutschland, Berlin 2001")
_BODY_AUTHOR = LazyPattern(rf"^(?P<names>(?:[{_UP}][\w\-]+\s+)?(?=[{_UP}])[\w\-]*(?i:{_BODY_KINDS})"
                           rf"(?:\s+[{_UP}][\w\-]+)?\s+(?:für|der|des|zur|zum)\s+[^,;:()]{{2,80}}?|"
                           rf"(?=[{_UP}])[\w\-]*(?i:{_BODY_KINDS}|regierung))"
                           rf"(?:\s*\([{_UP}][\w\-]{{1,10}}\))?(?P<role>{_ROLE})?\s*[,:]\s+(?=\S)")


def _leading_names(text: str) -> tuple[list[dict[str, str]], str, bool] | None:
    """The names a note-style reference opens with (given names first, surname first before a colon, or a
    corporate editor), the text after them, and whether they edited the work; None when it opens otherwise."""
    m = _BODY_NAME.match(text)
    body = _one_body(m.group("names")) if m else None  # (a body's name without a comma: read as before)
    m = (m if body else None) or _BODY_AUTHOR.match(text) or _AUTHORS.match(text) or _INVERTED.match(text) or \
        _CORPORATE.match(text)
    if not m:
        return None
    if m.re is _BODY_AUTHOR.compiled:  # "Bundesagentur für Arbeit, Titel", "Bundesministerium der Finanzen (Hg.), Titel"
        return [{"literal": " ".join(m.group("names").split())}], text[m.end():], bool(m.group("role"))
    if body:  # "Bundesministerium für Familie, Senioren, Frauen und Jugend (Hg.):": one body
        names = body
    elif m.re is _AUTHORS.compiled and _BODY_NOUN.search(m.group("names")):  # "Statistisches Bundesamt (Hg.)": one body
        names = [{"literal": " ".join(m.group("names").split())}]
    elif m.re is _AUTHORS.compiled:
        names = _split_names(m.group("names"))
    elif m.re is _INVERTED.compiled:
        names = _split_inverted(m.group("names"))
    else:
        names = [{"literal": m.group("names").strip()}]
    return (names, text[m.end():], bool(m.group("role"))) if names else None


# a place and its publisher closing a title: "..., Bonn: Deutsches Institut für Entwicklungspolitik", "...,
# Ebenhausen: Stiftung Wissenschaft und Politik"; the place is one or two names, none a noun by its ending
# ("Migration, Integration: Neue Wege" keeps its title), the publisher two words or more, one of them a publisher's
# or an institution's ("Sixteenth Report: Public Access to EU Documents" keeps its title)
_TITLE_PUBLISHER = LazyPattern(rf",\s*(?P<place>[{_UP}][\w.\-]+(?:\s*/\s*[{_UP}][\w.\-]+|\s+[{_UP}][\w.\-]+)?)\s*:"
                               rf"\s*(?P<publisher>[{_UP}][^:;]*?\s[^:;]+?)\s*$")
_NOT_A_PLACE = LazyPattern(r"(?:ion|ung|heit|keit|tät|ismus|schaft|ik)\Z")
_PUBLISHER_WORD = LazyPattern(r"verlag|institut|stiftung|foundation|press\b|universit|centre|center|institution|"
                              r"bundesamt|ministerium|gesellschaft|publish|books\b|akademie|academy|zentrum|"
                              r"campus|suhrkamp|beck\b|nomos|springer|routledge|sage\b|wiley|oldenbourg", re.I)


# a publisher or an institute named after the title and a comma, before the place and year ("Deutschland als
# Zivilmacht, Stiftung Wissenschaft und Politik, Berlin 2005", "China's Energy Strategy, The RAND Corporation, Santa
# Monica, CA, 2004", "Water Conflicts, Oxford University Press, Oxford 2009"): a name of capitalised words (and
# "und", "für", "of", "and", "the") that a publisher's word opens or closes ("Stiftung ...", "... Press", "...
# Corporation", "Leipziger Universitätsverlag"); "Staat, Kirche und Gesellschaft" keeps its title (no such word)
_PUBLISHER_NAME = LazyPattern(
    rf",\s*(?P<publisher>(?:The\s+)?(?:(?:Verlag|Stiftung|Foundation|Institut|Institute|Universität|University)"
    rf"(?:\s+(?:[{_UP}][\w.&'’-]*|und|für|der|des|of|and|for|the|on))+|[{_UP}][\w.&'’-]*(?:\s+(?:[{_UP}][\w.&'’-]*|"
    r"of|and|for|the|&))*\s+(?:[\w-]*[Vv]erlag|Press|Corporation|Publishers|Publishing|Books|Stiftung|Foundation|"
    r"Institute)))$")


def _title_publisher(ref: Reference) -> None:
    """A place and publisher that close the title (_TITLE_PUBLISHER) taken out of it, into place and publisher
    where these are empty or a month ("Februar 1999" is a date, no place); a publisher alone after a comma
    (_PUBLISHER_NAME) so too."""
    named = _PUBLISHER_NAME.search(ref.title or "")
    if named and len(ref.title[:named.start()].split()) >= 2:
        ref.title, ref.publisher = ref.title[:named.start()].strip(), ref.publisher or named.group("publisher")
    m = _TITLE_PUBLISHER.search(ref.title or "")
    if not m or _NOT_A_PLACE.search(m.group("place")) or len(ref.title[:m.start()].split()) < 2 or \
            not _PUBLISHER_WORD.search(m.group("publisher")):
        return
    ref.title = ref.title[:m.start()].strip()
    if not ref.place or ref.place.split()[0] in _MONTHS:
        ref.place = m.group("place")
    ref.publisher = ref.publisher or m.group("publisher")


# a series and its number, or a volume, closing a title: "..., Forschungsbericht 446", "..., ZUMA-Arbeitsbericht
# 2005/05", "..., Band 215"; a year is no number ("..., Jahresbericht 2004"). German notes also write the number with
# "Nr."/"No." and the year ("..., Arbeitspapier Nr. 12/2010", "..., Working Paper No. 7"), with a letter before it
# ("..., SWP-Studie S 14"), and the series in brackets after the title, with the paper's pages ("Titel (Discussion
# Paper 7/2006)", "Titel (Chaillot Paper, Nr. 121/2010, S. 1–80)"): the number before the year is the volume, as a
# journal's "3/1999" (_NUMBER_YEAR). Institutes' paper series also write the series in the plural ("DIW
# Diskussionspapiere Nr. 512", "SOEPpapers 112"), the issuer after it before "Nr." ("Arbeitspapiere des Mannheimer
# Zentrums für Europäische Sozialforschung Nr. 87"), the number as year and count ("MPIfG Working Paper 05/3") or as
# a unit's letters, a Roman number, the year and a count ("WZB Discussion Paper SP I 2004-101"), and the colon style
# closes the title with a full stop before the series ("Titel. WZB Discussion Paper SP I 2004-101. Berlin 2004")
_SERIES_NUMBER_CLOSING = (rf"(?P<num>[A-Z]{{1,4}}(?:\s+[IVX]{{1,4}})?\s+{_YEAR}-\d{{1,4}}|\d{{1,2}}/\d{{1,2}}(?![\d/])|"
                  r"(?!(?:1[5-9]|20)\d\d\b)(?:[A-Z]\s?)?\d{1,4})")
_TITLE_SERIES = LazyPattern(r"(?:,\s*|\.\s+|\s+\((?=[^()]*\)\.?$))(?P<series>(?:[\w-]+\s+){0,3}?(?:[\w-]*(?:[Bb]ericht|"
                            r"[Pp]apier|[Pp]aper|Studie|Studies|Schriftenreihe|Reihe|Series|Aktuell|Analyse|Brief|Mitteilungen|"
                            r"Kurzanalyse|Standpunkt|Report|Focus|Dossier|Schnelldienst)(?:e|s|n)?"
                            r"(?:(?:\s+[\w-]+){1,6}?(?=\s*,?\s*(?:Nr|No)\.))?)|(?P<vol>Band|Bd\.|Vol\.|Volume))"
                            rf"(?:\s*,?\s*(?:Nr|No)\.)?\s*{_SERIES_NUMBER_CLOSING}"
                            rf"(?:\s*/\s*{_YEAR})?(?:,\s*(?:S|pp?)\.\s*\d+(?:\s*[-–]\s*\d+)?)?\)?\.?$")


# any series in brackets closing a title, with the number of the work in it: "Titel (Reihe Politik, Nr. 3)", "Titel
# (Beiträge zur Stadt, Heft 12)"
_BRACKET_SERIES = LazyPattern(rf"\s+\((?P<series>[{_UP}][^()\d]{{1,80}}?),\s*(?:Nr\.|No\.|Heft|H\.)\s*(?P<num>\d{{1,4}})"
                              rf"(?:\s*/\s*{_YEAR})?\)\.?$")


# a parliament's printed paper, or an EU institution's document number, closing a title the tagger or the note
# style read ("Bundesregierung: Antwort auf die Große Anfrage der Fraktion X, BT-Drs. 16/5432, Berlin 2007",
# "Landtag Nordrhein-Westfalen, Drucksache 14/2345, Düsseldorf 2007", "Entschließung des Bundesrates, BR-Drs. 123/06
# (Beschluss) vom 7.4.2006", "Europäische Kommission, Weißbuch zur Kommunikationspolitik, KOM(2006) 35 endg., Brüssel
# 2006", "Europäisches Parlament, Bericht über ..., A7-0123/2010, Straßburg 2010"), as German policy notes file
# official papers: no part of the title; a printed paper's number is its volume and the series ("BT-Drs.",
# "Drucksache") its container, as OFFICIAL_PAPER reads a paper cited alone; a document number goes to `other`
# (labelling conventions). A title that is the printed paper alone ("Drucksache 16/3100 vom 25.10") is no title.
_PRINTED_PAPER = (r"(?P<series>(?:(?:BT|BR|LT|Bundestags?|Bundesrats?|Landtags?)[- ]?(?:Drs|Drucks)\.?|"
                  r"(?:(?:BT|BR|Bundestags?|Bundesrats?)-)?Drucksache))\s?(?P<number>\d{1,4}/\d{1,5})"
                  r"(?:\s*\((?:Beschluss|neu)\))?")
_TITLE_FILED = LazyPattern(rf"(?:^|,\s+)(?:{_PRINTED_PAPER}|"
                           r"(?:KOM|COM|SEK|SEC|SWD|JOIN)\s?\(\d{4}\)\s?\d{1,5}(?:\s+(?:endg(?:ültig)?\.?|final))?|"
                           r"[A-C]\d-\d{4}/\d{4})(?:\s+vom\s+\d{1,2}(?:\.\s?\d{1,2})?\.?)?\.?$")


def _title_filed(ref: Reference) -> None:
    """A printed paper or a document number closing the title (_TITLE_FILED) taken out of it: the paper's number as
    volume and its series as container where these are empty."""
    m = _TITLE_FILED.search(ref.title or "")
    if not m:
        return
    ref.title = ref.title[:m.start()].strip(" ,") or None
    if m.group("number") and not ref.volume:
        ref.volume, ref.container = m.group("number"), ref.container or m.group("series").rstrip(".")


# a parliamentary motion or question cited by its kind (and number), the members who tabled it and its day, as Austrian
# and German parliamentary notes cite them ("Antrag Nr. 87/A der Abgeordneten Gruber und Genossen betreffend
# Sozialreform vom 2.3.1987.", "Kleine Anfrage der Abgeordneten Eva Schmid, Karl Vogt und der Fraktion DIE LINKE,
# BT-Drs. 16/4567 vom 1.3.2007."): the kind and number are the title, the members its authors (labelling conventions:
# the sponsors of a motion are its authors, round G's 6041), "und Genossen", the group, the subject after
# "betreffend", the minister asked ("an den Bundesminister für ...") and the printed paper are no part of either; a
# printed paper's number is the volume
_MEMBER = rf"(?!(?:Genossen|Genossinnen|Kollegen|Kolleginnen)\b)(?:{_GIVEN}\s+)?{_SURNAME}"
MOTION = LazyPattern(
    rf"^(?P<title>(?:(?:Kleine|Große|Schriftliche|Mündliche|Parlamentarische|Dringliche)\s+)?(?:Anfrage|Antrag|"
    rf"Entschließungsantrag|Gesetzesantrag|Änderungsantrag|Interpellation)(?:\s+(?:Nr\.\s*)?\d{{1,5}}(?:/[A-Z]{{1,3}})?)?)"
    rf"\s+der\s+Abgeordneten\s+(?P<members>{_MEMBER}(?:\s*,\s*{_MEMBER})*(?:\s+und\s+{_MEMBER})?)"
    rf"(?:\s*,?\s+und\s+(?:Genossen|Genossinnen|Kollegen|Kolleginnen|der\s+Fraktion\s+[^,]{{2,60}}?))?"
    rf"(?:\s+an\s+(?:den|die)\s+[^,]{{2,120}}?)?(?:\s+betreffend\s+[^,]{{2,160}}?|\s+(?:zu|zur|zum|über)\s+[^,]{{2,160}}?)?"
    rf"(?:,\s*{_PRINTED_PAPER})?\s+vom\s+{_DAY_GIVEN}(?P<year>{_YEAR})(?!\d)\.?$")


def _motion(text: str, *, raw: str, index: int) -> Reference | None:
    """The Reference of a parliamentary motion or question by its members and day (MOTION), else None."""
    m = MOTION.match(text.strip())
    if m is None:
        return None
    members = re.split(r"\s*,\s*|\s+und\s+", m.group("members"))
    authors = [dict(surname=n.split()[-1], **({"given": " ".join(n.split()[:-1])} if len(n.split()) > 1 else {}))
               for n in members if n.strip()]
    return Reference(index=index, raw=raw, authors=authors, title=m.group("title"), volume=m.group("number"),
                     container=(m.group("series") or "").rstrip(".") or None, year=int(m.group("year")), type="report")


def _title_series(ref: Reference) -> None:
    """A series and its number closing the title (_TITLE_SERIES, _BRACKET_SERIES) taken out of it: the number as
    volume, the series as container when there is none ("Band 215" is a volume alone)."""
    m = _TITLE_SERIES.search(ref.title or "") or _BRACKET_SERIES.search(ref.title or "")
    if not m or ref.volume or len(ref.title[:m.start()].split()) < 2:
        return
    ref.title, ref.volume = ref.title[:m.start()].strip(), m.group("num")
    if not m.groupdict().get("vol"):
        ref.container = ref.container or m.group("series")


# the day, the month or the season (and the place before it) a paper, a brief or a web text is dated by after its
# title, a comma or a full stop before it, as notes on politics and policy date what institutes and authors put out
# ("Titel, 12. März 2007.", "Titel, Berlin, Mai 2008.", "Titel, Warsaw, 12 May 2009", "Titel (Chaillot Paper, Nr.
# 121/2010), Paris, September 2010", "Titel, 14.3.2007. Abrufbar unter: ..."): the title ends before it (a month is
# no place: "Titel, Berlin, 3" is no title), the place is the place, the year the year (_last_place_year)
_MONTH_OR_SEASON = LazyPattern(rf"(?:{MONTH_ANY}|{_SEASON})\b")
_ONE_PLACE = rf"[{_UP}][\w'’.-]+(?:/[{_UP}][\w'’.-]+)?(?:,\s*(?:D\.\s?C\.|[A-Z]{{2}}))?"
_DATE_CLOSING = LazyPattern(rf"(?P<lead>,|(?<!\d)\.)\s*(?:(?P<place>{_ONE_PLACE})\s*,\s*(?=(?:{MONTH_ANY}|{_SEASON})\s))?"
                            rf"(?P<day>{_DOC_DAY})?(?P<year>{_YEAR})(?=\s*(?:[,.;)]|$))")
# a title's words: one in lower case ("Die Zukunft der Union"), which no newspaper's or place's name has ("Leipziger
# Volkszeitung, 12.2.1994" is a paper by its day, after the article's title)
_LOWER_WORD = LazyPattern(r"(?<![\w'’-])[a-zäöüß][\w'’-]*")


def _date_closing(text: str, bare: bool = False) -> re.Match | None:
    """The day, month or season that closes a title (_DATE_CLOSING), outside brackets: a month or a season (with a
    place before it: "Berlin, Mai 2008", a monthly brief), or a day right after the title's words (_LOWER_WORD), the
    first comma (a day after a second item is a newspaper's, "Titel, Handelsblatt, 3.5.2004", "Titel, Nezavisimaja
    gazeta, 22.1.1999", or an office's place, left to the tagger; an address may stand between: "Titel, http://...,
    12.3.2009"), or after its full stop ("Weißbuch. 23.11.2005");
    bare: a year alone so too ("Titel, 2004.", "Titel. 2002.")."""
    for m in _DATE_CLOSING.finditer(text):
        before = text[:m.start()]
        if before.count("(") != before.count(")") or not (m.group("day") or bare):
            continue
        title = re.sub(r",\s*(?:https?://|www\.)\S+$", "", before)  # (the text's address between: its title)
        if (m.group("day") or "")[:1].isalpha() or m.group("lead") == "." or \
                ("," not in title and _LOWER_WORD.search(re.split(r"\.\s", title)[-1])):
            return m
    return None


_MONTHS = frozenset("""Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
January February March May June July October December""".split())


def _finish(ref: Reference, text: str, rest: str, in_container: bool) -> None:
    """Publisher after the place, a year still missing, pages and a web address, from the rest of the text."""
    if ref.place and ":" in ref.place:
        ref.place, ref.publisher = (s.strip() for s in ref.place.split(":", 1))
    if ref.place and (unplaced := re.match(r"o\.\s?O\.\s*(?:\((?P<publisher>[^()]+)\))?$", ref.place)):
        ref.place, ref.publisher = None, ref.publisher or unplaced.group("publisher")  # "o. O.": no place printed
    _title_publisher(ref)
    _title_series(ref)
    _title_filed(ref)
    if ref.year is None:
        y = re.findall(rf"(?<!\d){_YEAR}(?!\d)", rest)
        ref.year = int(y[-1]) if y else None
    pages = _PAGES.search(rest)
    if pages:
        ref.pages = _page_range(pages)
    elif in_container:
        pr = re.search(r"[,)]\s*(\d{1,5})\s*[-–]\s*(\d{1,5})\s*\.?\s*$", rest)
        ref.pages = f"{pr.group(1)}-{pr.group(2)}" if pr else None
    url = re.search(r"https?://\S+|www\.\S+", join_broken_url(text) if "http" in text else text)
    ref.url = url.group(0).rstrip(".,;)") if url else None


def _page_range(m: re.Match) -> str:
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


# a word in lower case that no place's name holds, only a title's ("Integration von Zuwanderern", "Haushalt des
# Landes"): places hold "am", "an", "bei", "ob", "es", "de", "upon", "a. M.", "i. Br." ("Frankfurt am Main", "Reinbek
# bei Hamburg", "Dar es Salaam"); a place after a comma may hold more ("Halle an der Saale"), one after a space not
_TITLE_WORD_IN_PLACE = LazyPattern(r"(?<![\w'’.-])(?!(?:am|an|bei|ob|es|de|del|la|upon|on|sur)\b)[a-zäöüß][\w'’-]*\b(?!\.)")


def _last_place_year(text: str, bare: bool = False) -> re.Match | None:
    """The place and year that end a title: the first after a comma or bracket ("..., Berlin 1992"), else after the
    title's full stop ("Titel. Berlin 1998"); a year set after a word with only a space before it ("Soziologen-Tag
    Leipzig 1991. Soziologie ...", "Jahrbuch für Historische Kommunismusforschung 2004") belongs to the title when
    one of these follows, and always after a word in lower case ("Die Integration von Zuwanderern, 2004", "Jahrbuch
    der Europäischen Integration 2006", "Die deutsche Ratspräsidentschaft 2007. Eine Bilanz"): no place is named so.
    A month or a season is no place: a day, month or season before the year (_DATE_CLOSING) ends the title where it
    comes first; bare: without a place and year, a year alone after the title's comma or full stop ends it."""
    found = after_word = None
    for m in _PLACE_YEAR.finditer(text):
        place = m.group("place").strip()
        if re.match(r"^(?:S|pp?|Nr|No|Bd|Jg|Vol|H)\.?$", place) or _MONTH_OR_SEASON.match(place):
            continue
        if m.group(0)[:1] in ",(":
            found = m  # the first place and year after the title ends it; later ones are pages or reprints
            break
        before = text[:m.start()].rstrip()
        if _TITLE_WORD_IN_PLACE.search(place):
            continue
        if before[-1:] in ".:?!–-":
            found = found or m
        elif not re.search(r"(?<![\w'’-])[a-zäöüß][\w'’-]*$", before):
            after_word = after_word or m
    found = found or after_word
    dated = _date_closing(text, bare=bare and found is None)
    return dated if dated and (found is None or dated.start() < found.start()) else found


# an edition statement after a title: "2. Aufl.", "2. überarb. und erg. Auflage", "3rd ed.", "(2. Aufl.)"
_EDITION = LazyPattern(r"[,.]?\s*\(?\b\d{1,2}(?:\.|st|nd|rd|th)\s*(?:[\wäöü]+\.?,?\s+(?:und\s+|u\.\s*)?){0,4}"
                       r"\b(?:Aufl\.?|Auflage|Ausg\.?|Ausgabe|ed\.?|edn\.?|edition)\s*\)?\s*$", re.I)


# what kind of text a work is, closing its title: a thesis ("Phil. Diss.", "Diss.", "Habil.-Schr."), a manuscript
# ("unveröff. Ms.", "(unveröffentlichtes Manuskript)", "Typoskript"): no words of the title
_KIND_TAIL = LazyPattern(r"[,.]?\s*\(?(?:(?:Phil|Jur|Theol|Med|Rer\.\s?pol|Dr\.\s?phil)\.\s*)?(?:Diss(?:ertation|\.)?|Habil(?:itation|\.)"
                         r"(?:-?\s?Schr(?:ift|\.))?|(?:unveröff(?:entlicht(?:e[snr]?)?|\.)\s+)?(?:Ms\.?|Manuskript|Typoskript))"
                         r"\)?\s*$")


# who translated, edited or introduced the edition cited, after the title and a comma: "..., übers. von Ludwig
# Schmidts", "..., hg. von J. P. Mayer", "..., ed. by John Hall", "..., aus dem Englischen übertragen von ...", "...,
# mit einem Vorwort von ..."; and an edition named without its number ("..., erw. Neuausgabe", "..., Nachdruck"):
# no words of the title
_EDITION_PEOPLE = LazyPattern(r",\s*(?:(?:aus\s+dem\s+[\wäöü]+\s+)?(?:übers(?:\.|etzt)|übertragen)|hg\.|hrsg\.|"
                              r"herausgegeben|ed\.|edited|transl(?:\.|ated)|trans\.|eingeleitet|bearb(?:\.|eitet)|"
                              r"mit\s+einem\s+(?:Vorwort|Nachwort|Geleitwort)|with\s+an\s+introduction)\s+(?:v\.|von|by)\s+"
                              rf"(?:der\s+|dem\s+|the\s+)?[{_UP}][^,;:()]{{1,60}}$|,\s*(?:(?:erw|überarb|aktual)\.\s+|"
                              r"(?:erweiterte|überarbeitete|aktualisierte)\s+)?(?:Neuausgabe|Neuauflage|Nachdruck|Reprint)$")


# a translation of the title in brackets after it, as notes give works in other languages ("Rossija i Evropa
# (Russland und Europa)", "guoji huanjing ji waijiao sikao (Reflections on the International Situation)", "A política
# externa [Die Außenpolitik]"): words without figures, two or more, after a title of two words or more; no part of the
# title (labelling conventions: `other`). A bracket after an abbreviation spells it out ("Die EVS (Einkommens- und
# Verbrauchsstichprobe)") and stays; one with figures is a span or a part ("(1945-1990)", "(Teil 2)")
_TRANSLATION = LazyPattern(rf"(?<=\S)\s+(?:\((?=[{_UP}])[^()\[\]\d]*?\s[^()\[\]\d]*?\)|\[(?=[{_UP}])[^()\[\]\d]*?\s[^()\[\]\d]*?\])$")


def _without_translation(t: str) -> str:
    """The title without a translation in brackets after it (_TRANSLATION)."""
    m = _TRANSLATION.search(t)
    if not m:
        return t
    words = t[:m.start()].split()
    if len(words) < 2 or (len(words[-1]) > 1 and words[-1].isupper()):
        return t
    return t[:m.start()]


# a work not yet out, marked so in brackets after its book's or journal's name, with the place it will appear in
# before the mark in lieu of a year ("Jahrbuch der Europäischen Integration (i.E.)", "Jahrbuch 2006, Baden-Baden (im
# Erscheinen)", "(im Druck)", "(in Vorbereitung)", "(forthcoming)", "(in press)"): no part of the title or container
_FORTHCOMING = LazyPattern(rf"(?:,\s*[{_UP}][\w'’-]+(?:/[{_UP}][\w'’-]+)?)?\s*[(\[](?:i\.\s?E\.?|im\s+Erscheinen|im\s+Druck|"
                           r"in\s+Vorbereitung|forthcoming|in\s+press|erscheint\s+(?:demnächst|\d{4}))[)\]]\s*$", re.I)


def _clean_title(text: str) -> str | None:
    text = _FORTHCOMING.sub("", text.strip(" ,.;:")) or text
    t = _EDITION.sub("", re.sub(r",\s*\d{1,2}\s+(?:Bde|Bände|vols?)\.?\s*$", "", text.strip(" ,.;:")))
    t = _EDITION_PEOPLE.sub("", t).strip(" ,.;:") or t
    t = _KIND_TAIL.sub("", t).strip(" ,.;:") or t  # (a title that is only such a word stays)
    t = _without_translation(t.strip(" ,.;:"))
    t = re.sub(r"^[\"„“'‘«»]+|[\"“”'’«»]+$", "", t).strip(" ,.")
    return t or None
