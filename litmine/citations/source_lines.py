"""The source lines of tables and figures (issue 13): where they lie in a passage, and the work each names first.

German and English papers print where a table's or figure's figures come from in a line under it or in its
caption: after a lead ("Quelle: Fiebelkorn 1989, S. 12.", "Quellen: ...", "Datenquelle: ...", "Daten: ...",
"Source: ...", "Sources: ...", "Data: ...", "Q.: ...") or as an attribution without one ("Darstellung nach Roth/Lang
2001", "eigene Berechnungen nach OECD (2003)", "in Anlehnung an Roth (2001)", "Abb. übernommen aus Roth 2001",
"Figure adapted from Smith (2010)", "aus: Müller 2004, S. 12"). The labelling conventions
(benchmarks/data/footnotes_gold/README.md, convention 4) count one reference per source line, its first work, when
it names a published work (author and year, a body and year, an office's data set); the authors' own survey or
calculations alone are none ("Quelle: eigene Erhebung", "Quelle: Befragung 2010 (n = 512)"). A remark before the
work ("eigene Darstellung nach") is no part of the work but stays in the line's raw text.

source_line_spans finds the lines, first_work reads the first work of one; short_forms.source_references makes the
references.
"""

from __future__ import annotations

import re

from litmine.citations.footnote_fields import _YEAR, MONTH_ANY, OFFICE_WORDS, data_source
from litmine.citations.intext_notes import _no_author
from litmine.models import Passage, Reference

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"

# a lead, German or English, with its colon: "Quelle:", "Quellen:", "Datenquelle:", "Datenbasis:", "Daten:",
# "Source:", "Sources:", "Data:", "Data source:", "Q.:"; "Quelle" without its colon only where a capital follows and
# the line opens the passage or a note after its number (the colon lost in print: "7 Quelle Schweizerischer
# Bildungsserver")
_SOURCE_LEAD = re.compile(r"(?<![\w-])(?:(?:Daten)?[Qq]uellen?|QUELLEN?|Daten(?:basis|grundlage)?|Sources?|SOURCES?|"
                          r"Data(?:\s+[Ss]ources?)?|Q\.)\s*:\s*|(?:^|(?<=^\d )|(?<=^\d\d )|(?<=^\d\d\d ))Quellen?\s+(?=[" + _UP + r"])")
# a note's lead after a source line ends it: "Anmerkung:", "Lesebeispiel:", "Note:"
_SOURCE_STOP = re.compile(r"(?<![\w-])(?:Anmerkung(?:en)?|Anm\.|Lesebeispiel|Lesehilfe|Hinweis|Notes?|Legende)\s*:")
# an attribution without a lead, whose words say the work after them is the figure's or table's source (German and
# English): a remark on the authors' own work and "nach", "in Anlehnung an", "auf Basis von" ("eigene Darstellung nach",
# "Berechnungen auf Grundlage von"), "übernommen aus", "entnommen aus", "adapted from", "reprinted from", "nach:",
# "aus:" with their colon. The remark is part of the line, the work follows
_REMARK = (r"(?:(?:[Tt]he\s+)?[Aa]uthors?[’']?s?\s+)?(?:(?:[Ee]igene|EIGENE|[Oo]wn|[Oo]ur)\s+)?(?:Darstellung|Berechnung(?:en)?|"
           r"Zusammenstellung|Auswertung(?:en)?|Schätzung(?:en)?|Grafik|[Cc]alculations?|[Ii]llustration|[Cc]ompilation|"
           r"[Ee]laboration|[Ee]stimates?|[Cc]omputations?|[Tt]abulations?)")
# a figure changed from a work: "verändert nach", "leicht modifiziert nach", "ergänzt nach", "bearbeitet nach",
# "vereinfacht nach", "erweitert aus"; supplemented by a work: "ergänzt um Roth (2004)", "ergänzt um die Darstellung bei
# Corak (2006)"
_CHANGED = (r"(?:(?:[Ll]eicht|[Ss]tark)\s+)?(?:[Vv]erändert|[Mm]odifiziert|[Ee]rgänzt|[Bb]earbeitet|[Ee]rweitert|[Vv]ereinfacht|"
            r"[Gg]eändert|[Aa]ngepasst|[Gg]ekürzt|[Aa]ktualisiert|[Zz]usammengestellt)\s+(?:nach|aus)\b|"
            r"[Ee]rgänzt\s+um(?:\s+(?:die|den|das)\s+[A-ZÄÖÜ]\w+\s+(?:bei|von|in|aus))?(?=\s+[A-ZÄÖÜ])")
# a figure computed from a work, after a lead only ("Quelle: Berechnet nach Eurostat 2005"): in a caption the same words
# name a method ("Arbeitslosenquote, berechnet nach ILO-Konzept")
_COMPUTED = r"(?:[Bb]erechnet|[Ee]rrechnet|[Gg]eschätzt|[Ee]rstellt)\s+(?:nach|aus|auf\s+(?:Basis|Grundlage)\s+(?:von|der|des))\s+"
_ATTRIBUTION = re.compile(
    rf"(?<![\w-])(?:{_CHANGED}|{_REMARK},?\s+(?:{_CHANGED}|[Nn]ach|[Aa]us|in\s+Anlehnung\s+an|"
    r"auf\s+(?:der\s+)?(?:Basis|Grundlage)\s+(?:von|der|des)|(?:[Üü]bernommen|[Ee]ntnommen|[Zz]itiert)\s+(?:aus|nach)|"
    r"mit\s+Daten\s+(?:des|der|von)|anhand\s+(?:von|der|des)|basierend\s+auf|(?:based\s+on|using)(?:\s+data\s+from)?|"
    r"adapted\s+from|after|from|on)|[Ii]n\s+Anlehnung\s+an|(?:[Üü]bernommen|[Ee]ntnommen|[Zz]itiert|"
    r"[Aa]bgedruckt)\s+(?:aus|nach|in)|(?:[Aa]dapted|[Rr]eprinted|[Rr]eproduced|[Tt]aken|[Mm]odified)\s+"
    r"(?:with\s+permission\s+)?from|[Aa]us\s*:|[Nn]ach\s*:)\s*")
# "nach"/"aus" alone before a work: weak (a caption's "Beschäftigte nach Branchen (2005)" reads the same), so a line
# it opens counts only where the work after it is one the reference list holds (short_forms.source_references)
_WEAK = re.compile(rf"(?<![\w-])(?:[Nn]ach|[Aa]us)\s+(?=\(?[{_UP}][\w'’-]+)")


def source_line_spans(text: str, *, attributions: bool = True) -> list[tuple[int, int]]:
    """Where the source lines of a caption lie in its text, as (start, end) offsets: from after each lead
    ("Quelle:", "Quellen:") or from an attribution's first word ("Darstellung nach ...", attributions=True) to the
    next lead, a note's lead, the close of the bracket it stands in, or the end. A source line cites as a note does
    (the EXCITE gold and the German conventions count it as a reference), so its author-year citations are short
    forms.

    Example:
        >>> text = "Tabelle 2: Branchen 8 2,0 % Quelle: Fiebelkorn 1989, S. 12. Anmerkung: gerundet"
        >>> [text[a:b] for a, b in source_line_spans(text)]
        ['Fiebelkorn 1989, S. 12. ']
        >>> text = "Abbildung 1: Phasen (eigene Darstellung nach Roth/Lang 2001)"
        >>> [text[a:b] for a, b in source_line_spans(text)]
        ['eigene Darstellung nach Roth/Lang 2001']
    """
    return [(a, b) for a, b, _ in source_lines(text, attributions=attributions, weak=False)]


def source_lines(text: str, *, attributions: bool = True, weak: bool = True) -> list[tuple[int, int, bool]]:
    """The source lines of text (source_line_spans) as (start, end, weak): weak where a bare "nach" or "aus" opens
    it (weak=True adds those), a line that counts only where it cites a listed work."""
    starts = [(m.start(), m.end(), False) for m in _SOURCE_LEAD.finditer(text)]
    leads = list(starts)
    if attributions:
        starts += [(m.start(), m.start(), False) for m in _ATTRIBUTION.finditer(text)
                   if not any(a <= m.start() < e + 2 or _within_line(text, e, m.start()) for a, e, _ in leads)]
        if weak:
            starts += [(m.start(), m.start(), True) for m in _WEAK.finditer(text)
                       if not any(a <= m.start() <= e + 40 for a, e, _ in starts) and
                       not any(_within_line(text, e, m.start()) for _, e, _ in leads)]
    starts.sort()
    out: list[tuple[int, int, bool]] = []
    for k, (lead, at, is_weak) in enumerate(starts):
        if out and lead < out[-1][1]:
            continue  # an attribution inside the line before ("Quelle: eigene Darstellung nach Roth 2001")
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        stop = _SOURCE_STOP.search(text, at, end)
        end = stop.start() if stop else end
        close = _closing_bracket(text, at, end)
        end = close if close is not None else end
        prose = _PROSE.search(text, at, end)  # "Quelle: Roth (2008). Die Tabelle wurde angepasst ..."
        out.append((at, prose.start() + 1 if prose else end, is_weak))
    return out


# where a source line ends before the next words: a sentence's full stop ("2004. Eigene Darstellung"), a closing
# bracket, a line break
_LINE_END = re.compile(r"[.!?]\s+[A-ZÄÖÜ][a-zäöüß]|[)\]\n]")


def _within_line(text: str, lead_end: int, at: int) -> bool:
    """An attribution at `at` lies inside the source line whose lead ends at lead_end ("Quelle: Statistisches Bundesamt
    2005, zitiert nach Meier 2006": the line's remark on its work, no line of its own): after the lead, under 200
    characters on, with no sentence end, bracket or note's lead between."""
    if not lead_end <= at < lead_end + 200:
        return False
    between = text[lead_end:at + 2]  # with the attribution's first letters: "2004. Eigene"
    return not (_LINE_END.search(between) or _SOURCE_STOP.search(between))


def opens_with_source(text: str) -> bool:
    """The text opens with a source line's lead or an attribution ("Quelle: ...", "* Daten: ...", "Eigene
    Darstellung nach ..."): a passage of its own that is a source line."""
    head = text.lstrip(" *\u2020")
    return bool(_SOURCE_LEAD.match(head) or _ATTRIBUTION.match(head))


# a sentence of prose after a source line's full stop: a capitalised word, maybe a noun, and a word in lower case
# ("Die Tabelle wurde ...", "The table shows ..."); "Statistisches Bundesamt. Fachserie 1" goes on as the line
_PROSE = re.compile(r"\.\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ]?[a-zäöüß]+)?\s+[a-zäöüß]{2,}\b")


# the leads that may close a table's body passage ("... 30,2 27,9 Quelle: ..."): not "Daten:"/"Data:", which prose
# writes too
_STRONG_LEAD = re.compile(r"(?<![\w-])(?:(?:Daten)?[Qq]uellen?|QUELLEN?|Sources?|SOURCES?)\s*:\s*")
_CLOSING = 250  # characters: the most a source line that closes a table's passage runs


def closing_source_line(text: str) -> list[tuple[int, int, bool]]:
    """The source line that closes a passage of a table's cells ("Branche 1995 2000 Handel 12,1 13,4 Quelle:
    Statistisches Bundesamt 2005, S. 12.": a table the layout read as body text, its source line set in the same
    size under it): its last strong lead, from there to the end (under 250 characters), where three words in ten
    or more before it hold digits (cells); none in prose.

    Example:
        >>> text = "Land 1995 2000 Bayern 12,1 13,4 Hessen 30,2 27,9 Quelle: Eurostat 2010"
        >>> [text[a:b] for a, b, _ in closing_source_line(text)]
        ['Eurostat 2010']
        >>> closing_source_line("Die Daten zeigen einen Anstieg, wie Roth betont. Quelle: Eurostat 2010")
        []
    """
    leads = list(_STRONG_LEAD.finditer(text))
    if not leads or len(text) - leads[-1].start() > _CLOSING:
        return []
    words = text[:leads[-1].start()].split()
    if not words or sum(any(ch.isdigit() for ch in w) for w in words) < 0.3 * len(words):
        return []
    return [line for line in source_lines(text, attributions=False, weak=False) if line[0] >= leads[-1].end()]


# a figure's or table's caption label set in a body passage ("Abb. 4: Regionen Sloweniens; Quelle: ...", "Tabelle 2
# Betriebe nach Größe Quelle: ..."): the layout read the caption as the text's
_CAPTION_LABEL = re.compile(r"(?<![\w-])(?:Abb\.|Abbildung|Tab\.|Tabelle|Grafik|Karte|Übersicht|Schaubild|Darstellung|"
                            r"Fig\.|Figure|Table|Map|Chart)\s*\d{1,2}[a-z]?\s*[.:]")
# a table's note set under it opens with its mark: "* ", "a) ", "1) ", "Anm.:", "Anmerkung:", "Note:"
_TABLE_NOTE = re.compile(r"\s*(?:[*\u2020]+|[a-z]\)|\d{1,2}\)|(?:Anm\.|Anmerkungen?|Hinweis|Notes?)\s*:)\s*")
# what may stand before a source line that closes a table's note: a sentence's end, a closing bracket or quote
_NOTE_END = re.compile(r"[.!?)\]»\"“”]\s*$")


def body_source_line(text: str) -> list[tuple[int, int, bool]]:
    """A source line a body passage holds inside it, not at its start: after a caption's label the layout read as
    text, within 200 characters ("... Gesteine aller Abb. 4: Physisch-geographische Regionen Sloweniens; Quelle:
    Gams 1991"), or closing a short passage (under 400 characters) that opens with a note's mark, after a sentence's
    end: a table's note set under it ("* Der Richter war ausgeschlossen. Quelle: Folha Online: <www.x.br>."), its
    last 250 characters; a strong lead only ("Quelle:", "Source:"); [] where none (prose that names a source:
    "Die Daten zeigen es. Quelle: Eurostat 2010").

    Example:
        >>> text = "Die Region ist reich an Erzen. Abb. 4: Regionen Sloweniens; Quelle: Gams 1991"
        >>> [text[a:b] for a, b, _ in body_source_line(text)]
        ['Gams 1991']
        >>> body_source_line("Wie Gams zeigt, gilt das. Quelle: eigene Erhebung, die wir 2005 in zehn Orten " + "x" * 400)
        []
    """
    for lead in _STRONG_LEAD.finditer(text):
        label = [m for m in _CAPTION_LABEL.finditer(text, max(0, lead.start() - 200), lead.start())]
        closing = len(text) < 400 and len(text) - lead.start() <= _CLOSING and _TABLE_NOTE.match(text) is not None \
            and _NOTE_END.search(text, 0, lead.start()) is not None
        if label and not _LINE_END.search(text, label[-1].end(), lead.start()) or closing:
            return [line for line in source_lines(text, attributions=False, weak=False) if line[0] == lead.end()][:1]
    return []


# a caption's closing citation in brackets, the work its figure or table is taken from: "Abb. 2: Nutzen der Ausbildung
# (Deuer, 2013b)", "(vgl. Hecker, 2000)", "(Minsky/Papert 1969)", "(nach Lerche 2004, S. 12)", "(after Smith 2004: 12)":
# a cue or a bare "nach"/"aus" maybe, names (persons joined by "/", "&", "und", "and"; "et al."), a year, a page
_CLOSING_CITATION = re.compile(
    rf"\((?P<cue>(?:[Ss]iehe|[Cc]f\.|[Ss]ee|[Aa]fter|[Ff]rom)\s+)?(?P<line>(?P<vgl>[Vv]gl\.\s+)?(?:(?:[Nn]ach|[Aa]us)\s+)?"
    rf"(?:(?:von|van|de|di|da|du|le|la|ten|ter)\s+)?[{_UP}][\w'’-]+(?P<more>(?:\s*(?:/|&|\bund\b|\band\b|\bu\.)\s*"
    rf"[{_UP}][\w'’-]+)+|\s+et\s+al\.|\s+u\.\s?a\.)?(?P<comma>,)?\s+{_YEAR}[a-z]?"
    rf"(?P<page>\s*[,:]\s*(?:S\.|p\.|pp\.)?\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?(?:\s*f{{1,2}}\.)?)?)\)[.\s]*$")


def closing_citation(text: str) -> list[tuple[int, int, bool]]:
    """The citation in brackets that closes a figure's or table's caption (a caption that opens with its label,
    "Abb. 2:", "Tabelle 3", "Figure 4."): the work its figure or table is taken from, a source line as the labelling
    conventions count it ("Abb. 2: Nutzen der Ausbildung (Deuer, 2013b)"), as (start, end, weak); [] where none.
    Not a caption's own years or counts ("(2005 bis 2010)", "(N = 2013)", "(Stand: 2010)"): names stand before the
    year. Weak (counting only where it cites a listed work, as a bare "nach"/"aus" does) where one word and a year
    alone stand in the bracket, which a German noun and its year read the same ("(Köllner 2009)", "(Stand 2010)",
    "(nach Branchen 2005)"); not weak with a comma before the year, two names or "et al.", a page, or a cue.

    Example:
        >>> text = "Abb. 3: Cover des Buches (Minsky/Papert 1969)"
        >>> [text[a:b] for a, b, _ in closing_citation(text)]
        ['Minsky/Papert 1969']
        >>> closing_citation("Abb. 5: Verträge nach Ländern (2005 bis 2010)"), closing_citation("Roth (2004) zeigt es (Roth 2004)")
        ([], [])
    """
    label = _CAPTION_LABEL.match(text.lstrip())
    m = _CLOSING_CITATION.search(text) if label else None
    if m is None or m.start() < len(text) - len(text.lstrip()) + label.end():
        return []
    strong = any(m.group(g) for g in ("cue", "vgl", "more", "comma", "page"))
    return [(m.start("line"), m.end("line"), not strong)]


_ADDRESS_ALONE = re.compile(r"\s*[(<«]?(?:https?://|www\.)[^\s<>«»]+?[)>»]?[.\s]*$")


def address_alone(text: str) -> list[tuple[int, int, bool]]:
    """A caption that is a web address alone, set under a figure (a map or chart taken from a site, the address
    its whole source line: "www.x.de/staumelder.php"), as a source line (start, end, weak=False); [] otherwise.

    Example:
        >>> text = "(www.example.org/karte.php)"
        >>> [text[a:b] for a, b, _ in address_alone(text)], address_alone("Karte: www.example.org")
        (['www.example.org/karte.php'], [])
    """
    m = _ADDRESS_ALONE.match(text)
    if m is None:
        return []
    at = re.search(r"https?://|www\.", text).start()
    return [(at, at + len(text[at:].split()[0].rstrip(".,;)>»")), False)]


def _closing_bracket(text: str, start: int, end: int) -> int | None:
    """Where a bracket the line stands in closes ("(nach Roth 2001)"): the first ")" between start and end that
    no "(" after start opened."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return None


def line_with_lead(text: str, start: int, end: int) -> str:
    """A source line's text with its lead ("Quelle: Roth 2001"), as the labelling conventions give its raw text."""
    lead = next((m for m in _SOURCE_LEAD.finditer(text, 0, start + 1) if m.end() == start), None)
    return text[lead.start() if lead else start:end].strip(" ;,")


# the authors' own data or calculations, no work: "eigene Erhebung", "eigene Berechnungen", "Befragung 2010 (n =
# 512)", "own survey", "authors' calculations"; a survey or an interview of the paper's own
_OWN = re.compile(r"^(?:(?:[Ee]igene[nrs]?|EIGENE|[Oo]wn|[Aa]uthors?[’']?s?|[Ss]elbst)\b|(?:Befragung|Umfrage|Erhebung|"
                  r"Interviews?|Stichprobe|Fallstudie|Survey|Expertengespräch)\w*\b|"
                  # a photo credit: who took the picture, no work ("Foto Müller 2005", "Aufnahme des Verfassers")
                  r"(?:Fotos?|FOTOS?|Photos?|Photograph|Aufnahmen?|Luftbild(?:er)?|Bildnachweis)(?![\w-]))")
# the remark before the work ("eigene Darstellung nach", "Berechnungen auf Basis von", "adapted from"): cut off
_LEAD_REMARK = re.compile(rf"(?:{_ATTRIBUTION.pattern}|{_COMPUTED}|(?:[Nn]ach|[Aa]us|[Vv]gl\.|[Ll]aut|[Gg]emäß|[Aa]ccording\s+to)\s+)")
# words that are no name: a sentence's article or preposition opening them ("Die Befragung fand 2005 statt", "Im
# Jahr 2005"), or a last word in lower case ("The survey was conducted in 2005", "Zahlen für 2005"); a body's name
# ends with a capitalised word ("Bundesagentur für Arbeit")
_NO_NAME = re.compile(r"^(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|The|A|An|Im|In|Am|Bei|Mit|Für|Seit|Bis|Um|Zum|Zur|Vom|"
                      r"This|These|In|For|From|With|Since)\s|\s[a-zäöüß][\w-]*$")
# a body's or an editor's role after the names: "(Hrsg.)", "(Hg.)", "(eds.)"
_ROLE = r"(?:\s*\((?:Hrsg|Hg|Eds?|eds?)\.\))"
# a body's short name in brackets after its name: "Statistisches Bundesamt (Destatis)", "Bundesagentur für Arbeit (BA)"
_ALIAS = r"(?:\s*\([A-ZÄÖÜ][\w-]{1,12}\))"
# the first work of a line: names without digits, the year (bracketed or not, a letter after it; or "o.J."/"n.d.":
# undated), its page
_WORK = re.compile(rf"^\(?(?P<names>(?:(?:von|van|de|di|da|du|le|la|ten|ter)\s+)?[{_UP}][^\d;:()\[\]]{{0,80}}?)(?:{_ROLE}|{_ALIAS})?\s*,?\s*\(?"
                   rf"(?:(?:Nr|No|Heft|H)\.?\s*)?(?:\d{{1,2}}\s*/\s*(?=(?:1[5-9]|20)\d\d))?(?:(?P<year>{_YEAR})(?P<suffix>[a-z])?|(?P<undated>o\.\s?J\.|n\.\s?d\.))"
                   rf"(?![\d.]\d)\)?(?:\s*\((?:Hrsg|Hg|Eds?)\.\))?(?:\s*[,:]\s*(?:(?:S|p|pp|Tab|Abb)\.\s*)?(?P<pages>\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?))?")
# a span of years ("2000 bis 2007", "1995-2005"): the period a data set covers, no work's year
_PERIOD = re.compile(rf"{_YEAR}\s*(?:bis|to|[-–/])\s*(?:{_YEAR}|\d\d)\b")
# the data, figures or statistics of a body named after them: "Daten des Statistischen Bundesamtes", "Angaben der
# Bundesagentur für Arbeit", "Zahlen von Eurostat", "data from the OECD"; for a year: "Daten für 2003 vom Ministerio del
# Interior (http://...)"
# the data of a body named before them: "OECD data (2004)", "Eurostat-Daten 2005"
_DATA_AFTER = re.compile(r"(?:\s+|-)(?:[Dd]ata|Daten)(?=\s*,?\s*\(?(?:1[5-9]|20)\d\d)")
_DATA_OF = re.compile(r"^(?:Daten|Angaben|Zahlen|Statistiken?|Informationen|[Dd]ata|[Ff]igures)\s+"
                      r"(?:(?:für|for)\s+(?:das\s+Jahr\s+|the\s+year\s+)?(?:1[5-9]|20)\d\d\s+)?(?:des|der|von|vom|"
                      r"from(?:\s+the)?|of(?:\s+the)?)\s+(?=[" + _UP + r"])")
# the domain a body's name ends with, which a comma may go on listing: "für Familie", "of Labour"
_DOMAIN_END = re.compile(rf"\s(?:für|of|for)\s+[{_UP}][\w-]+$")
_LOWER_WORD = re.compile(r"\s(?!(?:von|van|vom|de|der|den|di|da|du|zu|la|le|ten|ter|et|al)\b)[a-zäöüß]{2,}\b")
# where a source is found, between its name and its address: "verfügbar über", "abrufbar unter", "available at"
_AVAILABLE = r"(?:(?:[Vv]erfügbar|[Aa]brufbar|[Oo]nline|[Ee]rhältlich)\s+(?:über|unter|auf)|[Aa]vailable\s+(?:at|from|online)|URL:)"
# a web address given as the source, alone or after a body's or a site's name, maybe its short name in brackets and a
# colon after it: "http://www.x.de/a.htm", "Bildungsserver SBS, «www.educa.ch»", "Bundesamt für Statistik (BFS),
# http://www.bfs.ch", "Wahlamt Nord: <www.wahlamt.de/ergebnis.htm>"
_WEB = re.compile(rf"^(?:(?P<names>(?:@[\w.-]{{2,40}}|[{_UP}][^\d;:()«<\"]{{2,80}}?){_ALIAS}?)\s*(?P<sep>[,:])?\s*"
                  rf"(?P<available>{_AVAILABLE}\s*)?[«<\"(]?\s*)?(?P<url>(?:https?://|www\.)\S+)")
_INITIALS = re.compile(rf"(?:[{_UP}]\.\s?-?)+")
_PERSONS = re.compile(r"\s*(?:/|&|\bu\.(?!\s?a\.)|\bund\b|\band\b)\s*")
_ET_AL = re.compile(r"\s+(?:et\s+al\.?|u\.\s?a\.?|and\s+others)\s*$")
_PARTICLES = r"(?:von|van|vom|de|der|den|di|da|du|zu|la|le|ten|ter)"
# a body's name: a lower-case word inside ("Bundesagentur für Arbeit"), an office's last word, an acronym, a
# statistics office ("Eurostat", "Destatis", "ISTAT")
_BODY_NAME = re.compile(rf"(?:{OFFICE_WORDS}|ämter|statistik)$|stat", re.I)
_BODY_LOWER = re.compile(rf"\s(?!{_PARTICLES}\s)[a-zäöüß]")  # a word in lower case inside: "Bundesagentur für Arbeit"
# a body named by an adjective and a noun: "Deutsche Rentenversicherung", "Statistisches Landesamt", "Europäische
# Kommission", "Nationale Armutskonferenz" (a data set's name never opens so: F39's "Destatis Mikrozensus")
_ADJECTIVE_BODY = re.compile(r"[A-ZÄÖÜ]\w*(?:ische[nrs]?|sche[nrs]?|liche[nrs]?|ale[nrs]?)\s+[A-ZÄÖÜ]")
# a body's name whose last word is a noun the name rules read as no surname ("Bundesregierung", "Landesregierung
# Brandenburg", "Stadtverwaltung", "Deutscher Bundestag", "Handwerkskammer")
_BODY_NOUN = re.compile(r"(?:regierung|verwaltung|versicherung|vertretung|vereinigung|kammer|behörde|anstalt|"
                        r"gewerkschaft|bundestag|landtag|parlament|senat|gruppe|konferenz|akademie)\b|"
                        # an organisation's noun in English: "United Nations", "International Labour Organization",
                        # "Department of Health", "Economic Council", "World Health Organisation"
                        r"\b(?:Nations|Union|Council|Organi[sz]ation|Foundation|Fund|Forum|Programme|Department|"
                        r"Authority|Secretariat|Government|Parliament|Administration|Board|Federation)\b", re.I)
# published statistics or a report named by its title: a census ("Volkszählung 1987", "Gebäudezählung", "Population
# Census 2001"), a yearbook, a report, an outlook ("Statistisches Jahrbuch 2003", "Berufsbildungsbericht 2005",
# "Zweiter Armuts- und Reichtumsbericht der Bundesregierung (2005)", "Human Development Report 2005", "Employment
# Outlook", "World Development Indicators"): the name the work's title; an acronym before it its editor ("OECD
# Employment Outlook 2004")
_PUBLICATION = re.compile(r"(?:\w(?:zählung|zählungen)|\b[Zz]ensus|\b[Cc]ensus|bericht|berichte|[Jj]ahrbuch|[Rr]eport|"
                          r"[Yy]earbook|[Oo]utlook|[Ii]ndicators|[Aa]tlas|[Dd]atenreport|[Aa]bstract|[Gg]utachten)\b")
_PUBLICATION_BY = re.compile(r"(?P<body>[A-ZÄÖÜ]{2,6})\s+(?P<title>[A-ZÄÖÜ].*)")
# survey or panel microdata named as a line's data: a survey, panel, sample or barometer by its name ("European Social
# Survey", "Sozio-oekonomisches Panel", "IAB-Betriebspanel", "Einkommens- und Verbrauchsstichprobe", "Eurobarometer",
# "Mikrozensus") or by the acronym of a well-known one (SOEP, ALLBUS, ISSP, ESS, ECHP, EU-SILC, SHARE, PSID, BHPS,
# NEPS, pairfam, DEAS, EVS, GGS, NLSY, ELSA)
_MICRODATA = re.compile(r"(?:[Ss]urvey|[Pp]anel|[Ss]tichprobe|[Bb]arometer|[Mm]ikrozensus|[Mm]icrocensus|[Bb]efragung|"
                        r"[Ee]rhebung|[Uu]mfrage)\w*\b|\b(?:G?SOEP|ALLBUS|ISSP|ESS|ECHP|(?:EU-)?SILC|SHARE|PSID|BHPS|NEPS|"
                        r"pairfam|DEAS|EVS|GGS|NLSY|ELSA)\b")
# what says the figures are the authors' own analysis of those data: an own-work remark ("eigene Berechnungen",
# "eigene Auswertung", "own calculations", "authors' estimates"), a lead naming the data analysed ("Datenbasis:",
# "Datengrundlage:", "Data:"), a use file of microdata ("Scientific Use File", "SUF", "Mikrodaten")
_OWN_ANALYSIS = re.compile(r"(?<![\w-])(?:[Ee]igene[nr]?|EIGENE|[Oo]wn|[Aa]uthors?[’']?s?|[Oo]ur)\s+(?:Berechnung|Auswertung|"
                           r"Schätzung|Analyse|[Cc]alculation|[Ee]stimat|[Aa]nalys|[Cc]omputation|[Tt]abulation)|"
                           r"(?:Scientific|Public)[\s-]+Use[\s-]+Files?|\bSUF\b|Mikrodaten|[Mm]icrodata|"
                           r"(?<![\w-])(?:Sonder)?[Aa]uswertung(?:en)?\s+(?:des|der|von)\b|"
                           r"(?<![\w-])Berechnung(?:en)?\s+(?:des|der|von|auf|mit|unter)\b")
# a case count ("n = 4.677", "N=12.345"); a line that gives two or more, one per wave or sample of the data ("DEAS
# 1996 (n = 4.677), 2002 (n = 2.998), 2008 (n = 6.013)"), gives the samples of the authors' own analysis of the
# microdata (waves pooled or compared), which a published table is not cited by. One count alone ("Quelle: ALLBUS
# 1998, N = 3.183") is left as it was: round B17 labels such a line (28254), later rounds leave such lines out
_CASES = re.compile(r"(?<![\w-])[nN]\s*=\s*\d")
_DATA_LEAD = re.compile(r"(?:Daten(?:basis|grundlage)|Data(?:\s+[Ss]ources?)?)\s*:")
# a survey named as the source, the authors' own ("Repräsentative Betriebsbefragung im Rahmen der Evaluation", "Umfrage
# unter Lehrkräften"), no published work
_SURVEY = re.compile(r"(?:befragung|erhebung|umfrage)(?:en)?\b", re.I)
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}(?:-\w+)?")
# an office's publication by its series and number, a place maybe, and the year ("Statistisches Bundesamt, Fachserie
# 1, Reihe 4.1, Wiesbaden 2005", "OECD, Employment Outlook, Paris 2003"): the office the editor
# The office may be marked as editor and a colon set before the title ("Statistisches Bundesamt (Hrsg.): Statistisches
# Jahrbuch 2004, Wiesbaden 2004"), and a periodical's number or month stand before the year ("Deutsche Bundesbank,
# Monatsbericht 3/2005", "Wirtschaft und Statistik 5/2004", "Monatsbericht März 2005")
_BODY_TITLED = re.compile(rf"^(?P<names>[{_UP}][^\d,;:()]{{1,80}}?){_ROLE}?\s*[,:]\s*(?P<title>[{_UP}][^;()]{{2,120}}?)"
                          rf"(?:,\s*(?P<place>[{_UP}][\w./-]+)\s+|,?\s+(?:(?:(?:Nr|No|Heft|H)\.?\s*)?\d{{1,2}}\s*/\s*|{MONTH_ANY}\s+)?)"
                          rf"(?P<year>{_YEAR})\b")
# an office's series or a yearbook in various years, without one: "Statistisches Bundesamt, Fachserie 11, Reihe 4.1,
# verschiedene Jahrgänge", "OECD, Education at a Glance, versch. Jg.", "OECD, Employment Outlook, various issues",
# "Statistisches Jahrbuch, lfd. Jahrgänge"
_VARIOUS = re.compile(rf"^(?:(?P<names>[{_UP}][^\d,;:()]{{1,80}}?){_ROLE}?\s*[,:]\s*)?(?P<title>[{_UP}][^;()]{{2,120}}?),?\s+"
                      r"(?:(?:verschiedene|versch\.|div\.|diverse|laufende|lfd\.|mehrere)\s+(?:Jahrgänge|Jahre|Jg\.|Jgg\.|"
                      r"Ausgaben|Hefte|Jahrbücher)|various\s+(?:years|issues|editions|volumes))\b")
# an office's data set without a year, by its name and version or wave: "SOEP v27", "ALLBUS 2008" is a year
_VERSIONED = re.compile(rf"^(?P<data>[{_UP}][A-ZÄÖÜ\w-]{{1,15}})\s+(?:v\.?\s?|Version\s+|Welle\s+|wave\s+)"
                        r"(?P<version>\d{1,3}(?:\.\d{1,2})?)\b")


def leading_remark(text: str) -> str:
    """The remark that opens a source line before its work ("eigene Darstellung nach ", "adapted from "), or ""."""
    at = 0
    while (m := _LEAD_REMARK.match(text, at)) and m.end() > at:
        at = m.end()
    return text[:at]


# a ";" that does not part a source line's works: before the work a person's piece stands in or where a source is
# found ("Peter Steiner; in: The New Yorker 5/1993, page 61", "@facts; verfügbar über http://www.atfacts.de/"); the
# item goes on there, the ";" read as a comma
_ITEM_GOES_ON = re.compile(rf"\s*;\s*(?=[Ii]n:|{_AVAILABLE})")


def first_work(line: str, *, index: int = 0) -> Reference | None:
    """The Reference of the first work a source line names (the line's text after its lead; module docstring):
    an office's data set (footnote_fields.data_source), persons or a body with the year ("Müller u. Schmidt 2001,
    S. 12": authors; "Statistisches Bundesamt 2005", "Eurostat 2010", "OECD (2003)": editors), a data set by its
    version ("SOEP v27"), a web address alone or after a body's name; None for the authors' own data alone and for a line naming no work.

    Example:
        >>> ref = first_work("eigene Darstellung nach Roth/Lang 2001, S. 3")
        >>> [a["surname"] for a in ref.authors], ref.year, ref.pages
        (['Roth', 'Lang'], 2001, '3')
        >>> first_work("eigene Berechnungen") is None, first_work("Befragung 2010 (n = 512)") is None
        (True, True)
    """
    item = line.strip()
    lead = _SOURCE_LEAD.match(item)  # the line with its lead ("Datenbasis: SOEP 2002"), as line_with_lead gives it
    item = item[lead.end():] if lead else item
    item = item[own_items_end(item):]
    item = item[len(leading_remark(item)):]
    item = re.split(r"\s*;\s*", _ITEM_GOES_ON.sub(", ", item), maxsplit=1)[0]
    if not item or _OWN.match(item) or own_microdata(item, line, data_lead=bool(lead and _DATA_LEAD.match(lead.group()))):
        return None
    found = _office_data(item, index)
    if found is not None:
        return found
    if versioned := _VERSIONED.match(item):
        return Reference(index=index, raw=item, title=versioned.group("data"), volume=versioned.group("version"),
                         type="dataset")
    return _work_of_item(item, index)


def _office_data(item: str, index: int) -> Reference | None:
    """first_work's first step: an office's data set (footnote_fields.data_source), not after an adjective naming a
    body or a place's kind ("Kanton Luzern 2007" is the canton's publication, no data set "Luzern"); "International
    Labour Organization 2004": the data set's words end the body's name."""
    found = None if _ADJECTIVE_BODY.match(item) or _PLACE_BODY.match(item) else data_source(item, index=index)
    if found is not None and found.title and _BODY_NOUN.search(found.title) and found.editors:
        found.editors = [{"literal": f"{found.editors[0].get('surname') or found.editors[0].get('literal')} {found.title}"}]
        found.title, found.type = None, "report"
    return found


def _work_of_item(item: str, index: int) -> Reference | None:
    """first_work's last step: a body's data ("Daten des Statistischen Bundesamtes 2005"), a work a body's figures
    stand in ("Brasilianische Zentralbank, in: Fritz 2003: 130"), a web source, a dated work or one named after its
    year; None for persons after "Daten des/der" (a body's alone)."""
    data_of = _DATA_OF.match(item)  # "Daten des Statistischen Bundesamtes 2005": the office's, a body's alone
    item = item[data_of.end():] if data_of else item
    item = _DATA_AFTER.sub("", item, count=1)
    inside = _IN_WORK.match(item)  # "Brasilianische Zentralbank, in: Fritz 2003: 130": the work it stands in
    if inside and not data_of:
        ref = _web_source(inside.group("work"), index) or _dated_work(inside.group("work"), index)
        if ref is not None and not ref.editors and _body(inside.group("names")):
            ref.editors = [{"literal": inside.group("names").strip()}]
        if ref is None:
            ref = _piece_in_periodical(inside.group("names").strip(), inside.group("work"), index)
        if ref is not None:
            ref.raw = item
            return ref
    ref = _web_source(item, index) or _dated_work(item, index) or _year_first(item, index)
    if ref is None and not data_of:
        ref = _as_note(item, index)
    return None if ref is None or (data_of and ref.authors) else ref


# a person's name as a source line gives it before "in:", given names first: "Peter Steiner", "Jane M. Smith"
_PERSON = re.compile(rf"[{_UP}][\w'’-]+(?:\s+[{_UP}]\.)?\s+(?:{_PARTICLES}\s+)?[{_UP}][\w'’-]+")


def _piece_in_periodical(names: str, work: str, index: int) -> Reference | None:
    """A person's piece (a cartoon, a photograph, an article cited without its title) in a periodical given by its
    name and its issue or day: "Peter Steiner; in: The New Yorker July 5/1993, page 61", "Hans Meier, in: Die Zeit
    12/2004, S. 3": the person as author, the periodical as container, its year and page; None where the names are
    a body's or no person's, or the work gives no year."""
    from litmine.citations.footnote_fields import parse_footnote_reference

    years = [m.group() for m in re.finditer(_YEAR, work)]
    if not years or _body(names) or not _PERSON.fullmatch(names):
        return None
    ref = parse_footnote_reference(work, index=index)
    periodical = ref.container or ref.title
    if not periodical or re.search(r"\d", periodical):
        return None
    given, surname = names.rsplit(" ", 1)
    return Reference(index=index, raw=work, authors=[{"surname": surname, "given": given}], container=periodical,
                     year=ref.year or int(years[0]), pages=ref.pages, type="article-magazine")


# a word before a year that makes it the start of a series or a period, no work's year: "seit 1972", "ab 2005", "since
# 1990", "from 1995 on"
_SINCE = re.compile(r"(?:\b(?:seit|ab|since|from)\s+(?:(?:dem\s+)?Jahr(?:e)?\s+)?)$", re.I)


def _as_note(item: str, index: int) -> Reference | None:
    """A source line's work read as a note reads it, where the shapes above find none: a work given in full ("Meier,
    Klaus: Die Stadt im Wandel, Berlin 1999, S. 12", "Klaus Meier, Die Stadt ..."), a newspaper by its name and day
    ("Tagesblatt, 15.5.2003, S. 13", "The Daily Courier, 12 May 2003"): the entry the note rules make of it
    (footnotes._entry, none that points back) parsed as a note's reference, kept where it names a person, a body or
    a periodical and gives a year, none that only dates a series or a period ("Berichte seit 1972", "since 1990":
    _SINCE); else None."""
    from litmine.citations.footnote_fields import parse_footnote_reference
    from litmine.citations.footnotes import _entry

    if not any(not _SINCE.search(item, 0, m.start()) for m in re.finditer(_YEAR, item)):
        return None
    entry = _entry(item)
    if entry is None or entry.back or entry.ditto:
        return None
    ref = parse_footnote_reference(entry.text, index=index)
    return ref if ref.year and (ref.authors or ref.editors or ref.container) else None


# a body or a person whose figures or words a work reprints, and the work after "in:": "Brasilianische Zentralbank,
# in: Fritz 2003: 130", "OECD, in: Müller/Roth (2004), S. 3"
_IN_WORK = re.compile(rf"^(?P<names>[{_UP}][^\d;:()]{{1,80}}?)(?:,\s*[Ii]n:?|\s+[Ii]n:)\s+(?P<work>[{_UP}].*)")


def own_items_end(line: str) -> int:
    """Where the first item of a source line (its text after the lead) that is not the authors' own data begins:
    after "eigene Berechnungen; ", "eigene Erhebung; " (the line's first work follows them: "Quellen: eigene
    Berechnungen; OECD 2004"); 0 where the first item is no such remark, or where every item is one."""
    at = 0
    while (m := _OWN_ITEM.match(line, at)) and m.end() < len(line):
        at = m.end()
    return at


# an item of the authors' own data and the ";" after it: "eigene Berechnungen; ", "Eigene Erhebung 2005; "
_OWN_ITEM = re.compile(r"\s*(?:[Ee]igene[nrs]?|EIGENE|[Oo]wn|[Aa]uthors?[’']?s?|[Oo]ur)\s[^;]{1,60};\s*")


def own_microdata(item: str, line: str, *, data_lead: bool = False) -> bool:
    """The first item of a source line names survey or panel microdata (_MICRODATA: "SOEP 2002", "European Social
    Survey 2008", "Mikrozensus 2001"; an office named before it, "Statistik Austria, Mikrozensus 2004", is a body's
    published figures) and the line says they are the authors' own analysis (_OWN_ANALYSIS, or a data lead,
    data_lead, or the case counts of two samples or more, _CASES: "Quelle: DEAS 1996 (n = 4.677), 2002 (n =
    2.998)"): no published work (the labelling conventions' left-out lines)."""
    head = re.split(r"[\d,;(]", item, maxsplit=1)[0].strip()
    first = head.split()[0] if head.split() else ""
    return bool(_MICRODATA.search(head) and (_MICRODATA.search(first) or not _body(first)) and
                (data_lead or _OWN_ANALYSIS.search(line) or len(_CASES.findall(line)) >= 2))


# a site's name before a colon and its address, capitalised words (a particle or "für" between): "Wahlamt Nord:
# <www.wahlamt.de>", "Statistik Nord: www.statistik.de"; no sentence ("Die Daten finden sich unter:"); a name before
# a comma is a body's only ("Müller, www.mueller.de" a person's home page, no source)
_SITE_NAME = re.compile(rf"(?:@[\w.-]+|[{_UP}][\w.&'’@-]*)(?:\s+(?:[{_UP}][\w.&'’-]*|für|of|for|the|der|des|de|do|da|del|und|and)){{0,5}}"
                        rf"{_ALIAS}?")


def _web_source(item: str, index: int) -> Reference | None:
    """A web address given as the source, alone or after a body's name (_WEB), or None."""
    web = _WEB.match(item)
    names = (web.group("names") or "").strip(" ,") if web else ""
    site = web is not None and (web.group("sep") == ":" or web.group("available") is not None)
    if web is None or names and not (_SITE_NAME.fullmatch(names) if site else _body(names)):
        return None
    return Reference(index=index, raw=item, editors=[{"literal": names}] if names else [],
                     url=web.group("url").rstrip(".,;)»>\"'"), type="web")


def _dated_work(item: str, index: int) -> Reference | None:
    """A work by its names and year (_WORK), or an office's publication by series, place and year (_BODY_TITLED);
    None for a period, the authors' own data or words that are no names."""
    work = _WORK.match(item)
    if work is None:
        return _undated_publication(item, index)
    if work.group("year") and _PERIOD.match(item, work.start("year")) and \
            not _PUBLICATION.search(work.group("names")):  # "Jahresgutachten 2004/05": a report's years
        return None
    names, title, place = _names_title_place(item, work)
    if not title and _PUBLICATION.search(names) and not _SURVEY.search(names) and not _NO_NAME.search(names):
        return _publication_by_name(item, index, work, names)
    if _no_names(names):
        return None
    ref = Reference(index=index, raw=item, year=int(work.group("year")) if work.group("year") else None,
                    year_text=work.group("undated"), year_suffix=work.group("suffix") or "",
                    title=title.strip(" ,.") or None, place=place.group(2) if place else None,
                    pages=re.sub(r"\s+", "", work.group("pages") or "").replace("–", "-") or None)
    return ref if _name_the_work(ref, names) else None


def _publication_by_name(item: str, index: int, work: re.Match, names: str) -> Reference:
    """A publication named by its title and year with no names before it ("Statistisches Jahrbuch 2003", "Zweiter
    Armuts- und Reichtumsbericht der Bundesregierung (2005)": the body after "der" its editor, _PUBLICATION_BY)."""
    by = _PUBLICATION_BY.fullmatch(names)
    return Reference(index=index, raw=item, year=int(work.group("year")) if work.group("year") else None,
                     year_text=work.group("undated"), title=by.group("title") if by else names,
                     editors=[{"literal": by.group("body")}] if by else [], type="report",
                     pages=re.sub(r"\s+", "", work.group("pages") or "").replace("–", "-") or None)


def _no_names(names: str) -> bool:
    """The words before a source line's year name no person or body: none, a noun or date word that is no body's
    name, the authors' own data, words that name nobody (_NO_NAME) or a survey."""
    return bool(not names or _no_author(names) and not _body(names) or _OWN.match(names) or _NO_NAME.search(names) or
                _SURVEY.search(names))


def _undated_publication(item: str, index: int) -> Reference | None:
    """_dated_work where no work by names and year matches: an office's series in various years ("Fachserie 11,
    verschiedene Jahrgänge", _VARIOUS) or its publication by series, place and year (_BODY_TITLED), else None."""
    if (various := _VARIOUS.match(item)) and (
            _body(various.group("names")) if various.group("names") else _PUBLICATION.search(various.group("title"))):
        names = various.group("names")
        return Reference(index=index, raw=item, editors=[{"literal": names.strip()}] if names else [],
                         title=various.group("title").strip(" ,"), type="report")
    if (titled := _BODY_TITLED.match(item)) and _body(titled.group("names")):
        return Reference(index=index, raw=item, editors=[{"literal": titled.group("names").strip()}],
                         title=titled.group("title").strip(" ,"), place=titled.group("place"),
                         year=int(titled.group("year")), type="report")
    return None


# a suspended compound before a comma, the first part of a title's list of compounds ("Volks-, Gebäude- und
# Wohnraumzählung 2001", "Kranken-, Renten- und Pflegeversicherung"): no surname ends in a hyphen
_SUSPENDED = re.compile(rf"[{_UP}][\w]*-")


def _names_title_place(item: str, work: re.Match) -> tuple[str, str, re.Match | None]:
    """The names, title and place of a work _WORK matched: "Smith, Labour markets, 2010" (its title after the
    names' comma), a body's name holding commas, a suspended compound's comma ("Volks-, Gebäude- und
    Wohnraumzählung 2001": one title), initials that are no title, a month closing an issue's title, and
    "OECD, Employment Outlook, Paris 2003" (the place before the year)."""
    names, _, title = work.group("names").strip(" ,").partition(",")
    if _DOMAIN_END.search(names) or _SUSPENDED.fullmatch(names):  # "Bundesministerium für Familie, Senioren, Frauen und Jugend": the body's name
        names, title = work.group("names").strip(" ,"), ""
    if _INITIALS.fullmatch(title.strip()):  # "Müller, H. (2004)": the initials, no title
        title = ""
    title = re.sub(rf"\s+{MONTH_ANY}\s*$", "", title)  # "Monatsbericht März 2005": the month is the issue's
    year_at = work.start("year")
    place = re.fullmatch(rf"(.+?),\s*([{_UP}][\w./-]+)", title.strip()) if year_at > 0 and item[year_at - 1].isspace() \
        else None
    title = place.group(1) if place else title
    return _ET_AL.sub("", names.strip()), title, place


# published statistics named after their year, as English writes them: "2001 Census", "2004 Annual Report"
_YEAR_FIRST = re.compile(rf"^(?P<year>{_YEAR})\s+(?P<title>[{_UP}][\w-]*(?:\s+[{_UP}][\w-]*){{0,3}})")


def _year_first(item: str, index: int) -> Reference | None:
    """A census or a report named after its year (_YEAR_FIRST, a _PUBLICATION word in its name), or None."""
    m = _YEAR_FIRST.match(item)
    if m is None or not _PUBLICATION.search(m.group("title")) or _MICRODATA.search(m.group("title")):
        return None
    return Reference(index=index, raw=item, year=int(m.group("year")), title=m.group("title"), type="report")


# a body named by its kind of territory or administration and the place ("Stadt Lindau", "Landkreis Celle",
# "Gemeinde Oberau", "Kanton Luzern", "Freistaat Thüringen", "Bezirksamt Mitte", "City of Leeds", "County of Kent"):
# a city's, district's or state's own publications and statistics
_PLACE_BODY = re.compile(r"^(?:(?:Landeshaupt|Bundeshaupt|Haupt|Landes|Kreis|Bundes|Hanse|Universitäts)?[Ss]tadt|"
                         r"(?:Stadt|Land|Bezirks|Kreis)?[Gg]emeinde|Markt|Landkreis|Kreis|Bezirk|Bezirksamt|"
                         r"Regierungsbezirk|Kanton|Freistaat|Bundesland|Land|Region|Provinz|Amt|Magistrat|"
                         r"(?:City|County|State|Town|Province|Borough|Republic|Municipality|Region|District)\s+of)"
                         rf"\s+[{_UP}]")


def _body(names: str) -> bool:
    """The names are a body's ("Statistisches Bundesamt", "Bundesagentur für Arbeit", "OECD", "Eurostat", "Stadt
    Lindau")."""
    return bool(_BODY_NAME.search(names) or _BODY_NOUN.search(names) or _BODY_LOWER.search(names) or _ACRONYM.fullmatch(names) or
                _PLACE_BODY.match(names) or
                _ADJECTIVE_BODY.match(names) or len(names.split()) > 2 or
                len(names.split()) == 2 and any(_ACRONYM.fullmatch(w) for w in names.split()))


def _name_the_work(ref: Reference, names: str) -> bool:
    """Give ref the names of a source line's first work (first_work): a body's name as its editor, else the
    persons as its authors; False where the names are neither."""
    # a body's name holding "und" ("Bundesministerium für Arbeit und Soziales") is one name, not two persons
    persons = [names] if _LOWER_WORD.search(_PERSONS.sub(" ", names)) else [n.strip() for n in _PERSONS.split(names)
                                                                          if n.strip()]
    # one name: a body ("Statistisches Bundesamt", "OECD"), or one word before a title ("Seco, Arbeitsmarktstatistik
    # 2003": a source line cites a person by surname and year, an office by its name and its publication)
    if len(persons) == 1 and (_body(names) or ref.title and " " not in names):
        ref.editors = [{"literal": names} if " " in names else {"surname": names}]
    elif all(re.fullmatch(rf"(?:{_PARTICLES}\s+)?[{_UP}][\w'’-]+", n) for n in persons):
        ref.authors = [{"surname": n} for n in persons]
    elif len(persons) == 1 and _TWO_WORDS.fullmatch(names) and not ref.title:
        ref.editors = [{"literal": names}]  # "Regional Enterprise 2003b", "Freedom Watch 2005": a body's two words
    else:
        return False
    return True


# two capitalised words and a year in a source line, no title: a body's name ("Regional Enterprise 2003b", "Freedom
# Watch 2005", "Civic House 2010"), as a source line cites a person by surname alone
_TWO_WORDS = re.compile(rf"[{_UP}][\w'’&-]+\s+[{_UP}][\w'’&-]+")


# "zitiert nach", "zit. aus": a note gives where a quotation was taken from (the humanities' convention), no table's
# source line
_QUOTED_FROM = re.compile(r"[Zz]it(?:iert|\.)\s+(?:nach|aus)\b")
_NOTE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[a-z*\u2020])?\s*")  # "3 ", "a ", "* " before a note's text


def note_source_lines(references: list[Reference], passages: list[Passage]) -> None:
    """The source lines of notes (a table's source line set in the notes' type size at the foot of a page, a table's
    note: "Quelle: Eurostat 2010", "3 Quelle: Meier 1999, S. 4", "Grau unterlegt ... Quelle: Bundesamt 2003", "4
    Eigene Berechnungen nach OECD (1999)"), after the note rules: a note they found no reference in gets its first
    source line's first work (first_work; source "footnote", raw the line with its lead; an attribution only where
    it opens the note, and not "zitiert nach", a quotation's source); a note that opens with a lead or an attribution and gave one reference gets the line as
    its raw text ("Eigene Berechnungen nach OECD (2003)", as the conventions give it), and the names first_work
    reads where the reference has neither names nor title ("Quelle: Meier 1999, S. 4" read as a year and a page)."""
    by_note: dict[int, list[Reference]] = {}
    for r in references:
        if r.source in ("footnote", "short") and r.passage_index is not None:
            by_note.setdefault(r.passage_index, []).append(r)
    for p in passages:
        if p.kind != "footnote":
            continue
        head = _NOTE_NUMBER.match(p.text).end()
        opening = bool(_SOURCE_LEAD.match(p.text, head) or _ATTRIBUTION.match(p.text, head) and
                       not _QUOTED_FROM.match(p.text, head))
        lines = source_lines(p.text, attributions=opening, weak=False)
        work = first_work(line_with_lead(p.text, *lines[0][:2])) if lines else None
        found = by_note.get(p.index, [])
        if work is None:
            continue
        line = line_with_lead(p.text, *lines[0][:2])
        if not found:
            work.index, work.source, work.passage_index, work.page = len(references), "footnote", p.index, p.page
            work.raw = line
            references.append(work)
        elif len(found) == 1 and opening:
            _fill_from_line(found[0], work, line)


def _fill_from_line(ref: Reference, work: Reference, line: str) -> None:
    """A note's one reference, its note a source line (note_source_lines): the line's text as its raw where the
    reference's own text lies in it, the names the line gives where it has neither names nor title, or where its
    first name is the line's lead ("Source: Own calculations based on Eurostat (2005)" read with "Source" as editor)."""
    if ref.raw.strip(" .") in line:
        ref.raw = line
    lead = _SOURCE_LEAD.match(line)
    named = [a.get("surname") or a.get("literal") or "" for a in ref.authors + ref.editors]
    if lead and named and named[0] == lead.group().rstrip(" :"):  # "Source: Own calculations based on ...": the lead
        ref.authors, ref.editors, ref.title = work.authors, work.editors, work.title  # read as a name
        ref.year = work.year or ref.year
    elif not (ref.authors or ref.editors or ref.title or ref.container):
        ref.authors, ref.editors = work.authors, work.editors
        ref.year = ref.year or work.year
