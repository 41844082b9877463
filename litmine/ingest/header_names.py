"""Names in a document's header: author lines split into persons (family, given) or kept whole as a corporate
author, affiliation marks, credentials and honorifics dropped, PDF info Author fields checked (header_assembly)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from litmine.citations.reference_names import creator_display
from litmine.ingest.header_model import _CREDENTIAL, _affil, _lower_words, name_shaped

if TYPE_CHECKING:
    from litmine.ingest.header_assembly import Header

_ORG = re.compile(r"\b(committee|inquiry|government|department|office|house of (?:lords|commons)|commission|council|"
                  r"ministry|agency|parliament|authority|association|society|organi[sz]ation|institute|board|trust|"
                  r"network|secretariat|ombudsman|centre|center|foundation|bank|consortium|working group)\b", re.I)


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "ten", "ter", "zu",
              "al", "el", "bin", "ibn", "st"}


_HONORIFIC = re.compile(r"^(?:dr|prof|(?:associate |assistant |full )?professor|mr|mrs|ms|sir|dame|the rt hon|"
                        r"rt hon|the|lord|baroness|baron)\.?\s+", re.I)


_DEGREE = re.compile(r"(?P<sep>[\s,]+)(?:ph\.?d|m\.?d|msc|ma|ba|bsc|mba|mph|rn|pt|dbe|cbe|obe|mbe|kc|qc|frs|jr|sr)\.?$",
                     re.I)




# a byline that gives each author's town in brackets, as German and Austrian journals print it ("Heinz Weber (Wien)",
# "Anna Roth (Bielefeld) / Jonas Berg (Graz)"): one to four capitalised words, "a. M." and "an der" allowed; an
# editor's mark ("(Hrsg.)", "(Ed.)") and an acronym ("(NSM)") are no town
_PLACE = re.compile(r"\s*\((?!(?:Hrsg|Hg|Eds?|Red|Coord|Comp)\b)[A-ZÄÖÜ][a-zäöüß][\w'-]*\.?"
                    r"(?:\s+(?:a\.|am|an|der|[A-ZÄÖÜ][\w'-]*\.?)){0,3}\)")


def without_places(text: str) -> str:
    """An author line with the towns bracketed after its names dropped and " / " between them read as a comma.

    Example:
        >>> without_places("Anna Roth (Bielefeld) / Jonas Berg (Frankfurt a. M.)")
        'Anna Roth, Jonas Berg'
    """
    if "(" not in text:
        return text
    t = _PLACE.sub("", text)
    return re.sub(r"\s*/\s*", ", ", t).strip(" ,/") if t != text else text


def byline_shaped(text: str) -> bool:
    """name_shaped, towns after the names aside (without_places): the header's assembly reads bylines with it (the
    header model's own feature stays name_shaped, as it was trained)."""
    return name_shaped(text) or ("(" in text and name_shaped(without_places(text)))


# the most creators one byline gives: large consortium papers list a few hundred; more is a list read as a byline
MAX_CREATORS = 400

_SMALL = {"of", "and", "the", "for", "on", "in", "to", "a", "an", "with", "at", "by", "or", "from"}


_SOFTWARE = re.compile(r"\b(microsoft|word|adobe|acrobat|latex|tex|pdf|writer|office|user|admin|owner|administrator|"
                       r"unknown|author|default|scanner|printer|converter|pages|indesign|quark|apache|fop|\.docx?)\b",
                       re.I)


_NOT_FOLDED = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=512)
def _fold(text: str) -> str:
    """Lower-case letters and digits only, accents dropped. Cached: a document's front text is folded once per
    creator checked against it; ASCII text (NFKD leaves it as it is, with no combining mark to drop) goes straight
    to the lower-casing.

    Example:
        >>> _fold("Müller-Lüdenscheidt, Æ. 2"), _fold("O'Brien-Smith 2")
        ('mullerludenscheidt2', 'obriensmith2')
    """
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_FOLDED.sub("", text.lower())


def split_names(text: str) -> list[dict[str, str]]:
    """An author line → persons {family, given} (or one {literal} for a corporate author), marks dropped.

    Example:
        >>> split_names("ANDREAS RASCHE AND MANUEL ESCUDERO")
        [{'family': 'Rasche', 'given': 'Andreas'}, {'family': 'Escudero', 'given': 'Manuel'}]
    """
    t = _strip_marks(text)
    t = re.sub(r"^\s*(?:(?:prepared|written|edited|compiled)\s+by|by|authors?:?|von)\s+", "", t.strip(), flags=re.I)
    t = re.sub(r"\s+", " ", t).strip(" ,;.")
    if not t:
        return []
    if _organisation_line(t):
        return [{"literal": _corporate_case(t)}]
    if ";" in t and all(p.count(",") == 1 for p in t.split(";") if p.strip()):
        out = []
        for p in t.split(";"):
            fam, given = (s.strip() for s in p.split(","))
            out.append({"family": _case(fam), "given": _case(given)})
        return [c for c in out if c["family"]]
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\u2022|\||Æ|·)\s*", t, flags=re.I)
    parts = [p.strip(" .") for p in parts if p and re.search(r"[^\W\d_]", p)]
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(" " not in p for p in parts) and \
            all(re.fullmatch(r"(?:[A-Z]\.?)+(?:-[A-Z]\.?)?|[A-Z][a-z]+", parts[i]) for i in range(1, len(parts), 2)):
        parts = [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts), 2)]  # "Lindsay, C., Eadson, W."
    out = []
    for p in parts:
        out.extend(_glued_and(p))
    return [c for c in (_person(p) for p in out) if c]


def _strip_marks(text: str) -> str:
    """Affiliation and footnote marks out of an author line: "Lim∗1 , Ann Lee 2,3" → "Lim , Ann Lee"."""
    t = re.sub("\ue003[^\ue004]*\ue004", " ", text)
    t = re.sub(r"[*\u2020\u2021\u00a7\u00b6\u00b9\u00b2\u00b3\u2070-\u2079∗]+", " ", t)
    t = re.sub(r"(?<=[^\W\d_])\d+(?:\s*,\s*\d+)*", " ", t)
    t = re.sub(r"(?:(?<=\s)|^)(?:\d+|[a-e])(?:\s*,\s*(?:\d+|[a-e]))*(?=\s*(?:,|$|\s))", " ", t)
    return re.sub(r"\s+,", ",", re.sub(r"\s+", " ", t))


def _glued_and(part: str) -> list[str]:
    """"Courtney Monkand Francis Teal" → two names: a lost space before "and" between two full names."""
    words = part.split()
    if len(words) >= 4:
        for i in range(1, len(words) - 2):
            w = words[i]
            if len(w) > 4 and w.endswith("and") and w[-4].islower() and words[i + 1][:1].isupper():
                return [" ".join(words[:i] + [w[:-3]]), " ".join(words[i + 1:])]
    return [part]


def _case(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 2 and "." not in name and all(c.isupper() for c in letters):
        return "-".join(p[:1] + p[1:].lower() for p in name.split("-")).replace("Mc", "Mc")
    return name


def _person(part: str) -> dict[str, str] | None:
    """One name → {family, given}; a credential alone ("MD", "PhD", "PT") is nobody and gives None."""
    part = _HONORIFIC.sub("", part.strip())
    while (m := _DEGREE.search(part)) and ("," in m.group("sep") or len(part[:m.start()].split()) >= 2):
        part = part[:m.start()]  # "Ann Lee MD", "Ann Lee, PhD"; "Wei Ma" keeps its family name
    part = part.strip(" .,")
    if _CREDENTIAL.match(part):
        return None
    words = [_case(w) for w in part.split()]
    if not words or not any(c.isalpha() for c in words[-1]):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in _PARTICLES and k - 1 > 0:
        k -= 1
    return {"family": " ".join(words[k:]), "given": " ".join(words[:k])}


def _organisation_line(text: str) -> bool:
    """A byline naming an organisation as author (committee, inquiry, government, ...), to be kept whole."""
    if not _ORG.search(text):
        return False
    parts = [p.strip() for p in re.split(r"[,;]", text) if p.strip()]
    return not (len(parts) >= 2 and all(_ORG.search(p) is None and len(p.split()) <= 4 for p in parts[:2]))


def _corporate_case(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.9 * len(letters):
        words = text.split()
        return " ".join(w if len(w) <= 3 and w.isupper() and w.lower() not in _SMALL else
                        (w.lower() if i and w.lower() in _SMALL else w[:1] + w[1:].lower())
                        for i, w in enumerate(words))
    return text


def _names(text: str) -> bool:
    """A line of names, affiliation and footnote marks aside ("Ana González-Santana ∗ 1 and Pedro Vélez † 1")."""
    if byline_shaped(text):
        return True
    t = re.sub(r"[*\u2020\u2021\u00a7\u00b6\u00b9\u00b2\u00b3\u2070-\u2079∗]+", " ", text)
    # a mark is a number right before a separator or the end ("Ana Lee 1, Bo Chen 2"), not one before a word
    t = re.sub(r"\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?=\s*(?:,|;|&|\band\b|$))", " ", t)
    return byline_shaped(re.sub(r"\s+", " ", t).replace(" ,", ","))


def _ends_open(text: str) -> bool:
    """A byline line cut inside the list: it ends with "and", "&" or a comma, or its last name is a single word or
    ends in an initial ("... and Ana", "... and John C.")."""
    t = _strip_marks(text).strip()
    if re.search(r"(?:,|\band|&)$", t, re.I):
        return True
    last = re.split(r",|;|\band\b|&", t)[-1].split()
    return len(last) == 1 or bool(last) and re.fullmatch(r"[A-Z]\.?", last[-1]) is not None


def _creators_from_lines(texts: list[str]) -> list[dict[str, str]]:
    texts = [without_places(t) for t in texts]
    if any(_organisation_line(t) for t in texts) and not any(name_shaped(t) for t in texts):
        return [{"literal": " ".join(_corporate_case(t.strip()) for t in texts)}]
    joined: list[str] = []
    for t in (_strip_marks(x).strip() for x in texts):
        if not joined:
            joined.append(t)
        elif re.search(r"(?:,|\band|&)\s*$", joined[-1], re.I):  # the list goes on
            joined[-1] += " " + t
        elif re.search(r",|\band\b|&", joined[-1]):  # a wrapped list: one name may be cut in two
            tail = re.split(r",|\band\b|&", joined[-1])[-1].split()
            head = re.split(r",|\band\b|&", t)[0].split()
            # a name cut in two ("and S. K." / "Morgan Ernest") is joined with a space
            cut = len(tail) < 2 or len(head) < 2 or re.fullmatch(r"[A-Z]\.?", tail[-1]) is not None
            joined[-1] += (" " if cut else ", ") + t
        else:
            joined.append(t)
    out: list[dict[str, str]] = []
    seen = set()
    for t in joined:
        for c in split_names(t):
            shown = creator_display(c)
            key = _fold(shown)
            if c.get("family") and (_affil(_lower_words(shown)) or re.search(r"\d", shown) or
                                    re.fullmatch(r"[A-Za-z]\.?", c["family"])):
                continue  # an address or affiliation caught in the byline ("Quadrat B2, 1": no family name "B")
            if key and key not in seen:
                seen.add(key)
                out.append(c)
    return out[:MAX_CREATORS]


def plausible_info_authors(author: str, front_text: str, *, printed_only: bool) -> list[dict[str, str]]:
    """Persons from a PDF info Author field, only when they look like full names (given and family name), and
    printed in the document when printed_only. Logins ("djuren", "ur") and programs are never authors."""
    if _SOFTWARE.search(author) or re.search(r"\d|@|\\|/", author):
        return []
    creators = split_names(author)
    persons = [c for c in creators if c.get("family")]
    if not persons or len(persons) != len(creators):
        return []
    printed = _fold(front_text)
    for c in persons:
        if len(c["family"]) < 2 or not c.get("given") or not c["family"][:1].isupper() or \
                (printed_only and _fold(c["family"]) not in printed):
            return []
    return persons


_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,7}$")
_EXPANSION_WORD = r"[A-Z][\w'’&-]*"


def expand_acronym(acronym: str, text: str) -> str | None:
    """The organisation a PDF info Author acronym stands for, as the document itself spells it out: "Department for
    Work and Pensions (DWP)", "... ("DWP")" or a glossary line "DWP Department for Work and Pensions". The capitals
    of the acronym are the initials of the name's capitalised words, in order ("DfE": Department for Education);
    a name with no organisation word (department, office, committee, ...) is not taken.

    Example:
        >>> expand_acronym("DWP", "the Department for Work and Pensions (DWP) wrote")
        'Department for Work and Pensions'
    """
    acronym = acronym.strip()
    if not _ACRONYM.match(acronym) or sum(c.isupper() for c in acronym) < 2:
        return None
    caps = "".join(c for c in acronym if c.isupper())
    small = "|".join(sorted(_SMALL))
    name = rf"{_EXPANSION_WORD}(?:\s+(?:(?:{small})\s+)*{_EXPANSION_WORD}){{{len(caps) - 1},{len(caps) + 3}}}"
    a = re.escape(acronym)
    spelled = rf"(?P<name>{name})\s*\(\s*[\"“‘']?{a}[\"”’']?\s*\)"  # "Department for ... (DWP)"
    glossary = rf"(?:^|\n|\s{{2,}}|\b){a}\s+(?P<name>{name})\b"  # "DWP Department for ..."

    def initials(words: list[str]) -> str:
        return "".join(w[0] for w in words if w[0].isupper())

    hits = [m.start() for m, _ in zip(re.finditer(rf"\b{a}\b", text), range(50))]  # look only near the acronym
    before = [text[max(0, h - 200): h + len(acronym) + 3] for h in hits]
    after = [text[max(0, h - 3): h + len(acronym) + 200] for h in hits]
    for m in (m for w in before for m in re.finditer(spelled, w)):
        words = m.group("name").split()
        for start in range(len(words)):  # the name begins where its initials spell the acronym
            if initials(words[start:]) == caps and _ORG.search(" ".join(words[start:])):
                return " ".join(words[start:])
    for m in (m for w in after for m in re.finditer(glossary, w)):
        words, n = [], 0
        for w in m.group("name").split():  # the name ends after the acronym's last capital
            if w[0].isupper():
                if n == len(caps):
                    break
                n += 1
            words.append(w)
        while words and words[-1].lower() in _SMALL:
            words.pop()
        if initials(words) == caps and _ORG.search(" ".join(words)):
            return " ".join(words)
    return None


_TITLE_ORG = re.compile(r"^(?P<org>(?:[A-Z][\w'’-]*\s+){1,8}?"
                        r"(?:Inquiry|Committee|Commission|Review|Taskforce|Task Force))\b(?!\s+(?:of|into|on|for)\b)")
_RESPONSE = re.compile(r"^(?P<who>(?:UK|HM|Scottish|Welsh|Northern Ireland)\s+Government|Government)\s+response\b",
                       re.I)
_DEPARTMENT = re.compile(r"^(?:Department (?:for|of) [A-Z][\w ,&'’-]{3,80}|Ministry of [A-Z][\w ,&'’-]{3,60}|"
                         r"(?:Home|Cabinet|Foreign,? Commonwealth (?:and|&) Development|Scotland|Wales) Office|"
                         r"HM Treasury)$")


def organisation_author(rows: list[dict], header: Header) -> None:
    """Reports that print no byline (UK inquiry, committee and government reports) are authored by the body that
    issues them: the inquiry or committee whose name the title begins with ("Post Office Horizon IT Inquiry
    Report"), a department line on the title pages ("Department for Work and Pensions"), else the government a
    "Government response" comes from (HM Government for an unqualified one, as UK command papers are cited)."""
    title = header.title or ""
    dept = next((r["text"].strip() for r in rows if r["page"] <= 3 and _DEPARTMENT.match(r["text"].strip()) and
                 r.get("size_rel", 1.0) >= 1.05 and  # set as a heading of the title page, not an affiliation
                 not re.search(r"universit|college|school|faculty|institut", r["text"], re.I)), None)
    m = _TITLE_ORG.match(title)
    r = _RESPONSE.match(title)
    if m and not r:
        name, source = m.group("org").strip(), "title-organisation"
    elif dept:
        name, source = dept, "department-line"
    elif r:
        who = r.group("who")
        name, source = ("HM Government" if who.lower() == "government" else who), "government-response"
    else:
        return
    header.creators = [{"literal": name}]
    header.confidence["authors"] = 0.5
    header.sources["authors"] = source


def plausible_info_title(title: str, front_text: str, *, printed_only: bool) -> bool:
    """A PDF info title that reads like a title (not a file name or a program's), printed on the first pages
    when printed_only."""
    words = title.split()
    if len(words) < 3 or re.search(r"(microsoft|\.docx?\b|\.pdf\b|\.indd\b|untitled|^slide|_)", title, re.I):
        return False
    if not printed_only:
        return True
    printed = _fold(front_text)
    found = sum(1 for w in words if _fold(w) and _fold(w) in printed)
    return found >= 0.85 * len(words)
