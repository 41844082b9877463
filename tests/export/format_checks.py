"""Each file format litmine writes, checked by that format's own rules or its main reader (issue 15).

Used by the tests of the writers (test_graph_formats.py) and of every output of `litmine run` and the export
commands (test_run_output_formats.py). `check_output` picks the check from the file's name and fails on a file
it has no check for, so a new output cannot go unchecked.

- GEXF: the official GEXF 1.2draft XML Schema (tests/fixtures/gexf, see its README for the one defect of the
  published XSD and how it is handled), then networkx's reader.
- VOSviewer map/network files and JSON: the rules of VOSviewer Online's own parser (repository
  neesjanvaneck/VOSviewer-Online, src/utils/errors.js and src/workers/worker.js), written out here as checks;
  each check names the parser function it follows.
- Pajek: networkx's and igraph's readers; GraphML: networkx's and igraph's readers; node-link JSON: networkx's
  default call.
- HTML: html5lib's strict parser (the HTML standard's parsing algorithm; any parse error fails); SVG: well-formed
  XML with an SVG root; PNG: the signature and Pillow's verify; CSV: RFC 4180 rows as long as the header;
  JSON/JSON Lines: the json module; BibTeX: pybtex strict and bibtexparser 2; RIS: rispy; a lexicon (YAML):
  litmine's own lexicon loader.
"""

from __future__ import annotations

import copy
import csv
import functools
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GEXF_XSD = FIXTURES / "gexf" / "1.2draft" / "gexf.xsd"
GEXF_NS = "http://www.gexf.net/1.2draft"
VIZ_NS = "http://www.gexf.net/1.2draft/viz"
SVG_NS = "http://www.w3.org/2000/svg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- GEXF


@functools.cache
def gexf_schema() -> etree.XMLSchema:
    """The official gexf.xsd (with the files it includes and imports), as published."""
    return etree.XMLSchema(etree.parse(str(GEXF_XSD)))


@functools.cache
def viz_schema() -> etree.XMLSchema:
    """viz.xsd as published, under a wrapper that declares its elements in the viz namespace (what gexf.rnc's
    ``include "viz.rnc" inherit = viz`` says and the generated XSD lost; see tests/fixtures/gexf/README.md)."""
    wrapper = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{VIZ_NS}"
        xmlns:viz="{VIZ_NS}" elementFormDefault="qualified">
      <xs:include schemaLocation="viz.xsd"/>
      <xs:element name="color" type="viz:color-content"/>
      <xs:element name="position" type="viz:position-content"/>
      <xs:element name="size" type="viz:size-content"/>
      <xs:element name="thickness" type="viz:thickness-content"/>
    </xs:schema>"""
    doc = etree.fromstring(wrapper.encode(), base_url=GEXF_XSD.parent.as_uri() + "/")
    return etree.XMLSchema(doc)


def check_gexf(path: Path) -> nx.Graph:
    """The file valid against the GEXF 1.2draft XSD (viz elements against viz.xsd's types), then read by networkx."""
    tree = etree.parse(str(path))
    root = tree.getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf", f"{path.name}: not GEXF 1.2draft ({root.tag})"
    viz = [el for el in root.iter() if isinstance(el.tag, str) and el.tag.startswith(f"{{{VIZ_NS}}}")]
    for el in viz:
        standalone = etree.ElementTree(copy.deepcopy(el))
        assert viz_schema().validate(standalone), f"{path.name}: {viz_schema().error_log.last_error}"
    bare = copy.deepcopy(root)
    for el in [e for e in bare.iter() if isinstance(e.tag, str) and e.tag.startswith(f"{{{VIZ_NS}}}")]:
        el.getparent().remove(el)
    assert gexf_schema().validate(bare), f"{path.name}: {gexf_schema().error_log.last_error}"
    return nx.read_gexf(path)


# ---------------------------------------------------------------- VOSviewer (VOSviewer Online's parser rules)


def _number(text: str) -> float | None:
    """A cell as VOSviewer Online types it (helpers.js getItemWithTransformedKeysAndValues): '', 'null', 'nan' are
    null; a numeric text is a number; anything else stays text (returned as None here, checked by the caller)."""
    t = text.strip()
    if t == "" or t.lower() in ("null", "nan"):
        return None
    try:
        return float(t)
    except ValueError:
        return None


def _guessed_delimiter(text: str) -> str:
    """The delimiter papaparse picks from VOSviewer Online's delimitersToGuess (worker.js _parseMapNetworkData:
    tab, semicolon, comma): over the first ten rows, the smallest change in field count, ties going to the one with
    more fields; a delimiter giving under two fields a row is never picked."""
    best, best_delta, best_avg = None, None, None
    for delim in ("\t", ";", ","):
        rows = list(csv.reader(io.StringIO(text), delimiter=delim))[:10]
        counts = [len(r) for r in rows if r]
        if not counts:
            continue
        delta = sum(abs(a - b) for a, b in zip(counts, counts[1:]))
        avg = sum(counts) / len(counts)
        if (best_delta is None or delta <= best_delta) and (best_avg is None or avg > best_avg) and avg > 1.99:
            best, best_delta, best_avg = delim, delta, avg
    return best or ","


def vos_placeholders(description: str) -> list[str]:
    """The ``{key}`` placeholders VOSviewer Online would replace in a description (src/utils/helpers2.js
    parseDescription: the HTML parsed, then _replaceDescriptionPlaceholders on each text node, regex
    ``/\\{(.*?)\\}/g``; a key the item lacks blanks the whole text node). A description litmine writes has none."""
    import re

    from lxml import html as lxml_html

    if not description.strip():
        return []
    root = lxml_html.fragment_fromstring(description, create_parent="div")
    texts = [t for el in root.iter() for t in (el.text, el.tail) if t]
    return [m for t in texts for m in re.findall(r"\{(.*?)\}", t)]


def check_vos_map(path: Path, *, with_network: bool) -> list[dict]:
    """A VOSviewer map file as VOSviewer Online's getMapDataError (src/utils/errors.js) checks it; returns rows."""
    text = path.read_text(encoding="utf-8")
    assert _guessed_delimiter(text) == "\t", f"{path.name}: papaparse would not read it as tab-separated"
    # strict: a stray quote raises, as papaparse reports it (_checkIncorrectUseOfQuotes)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", strict=True))
    header, body = rows[0], rows[1:]
    assert header and header[0] != "", f"{path.name}: no header (_checkHeaderMissing)"
    assert len(set(header)) == len(header), f"{path.name}: a column twice (_checkMultipleColumns)"
    assert all(len(r) == len(header) for r in body), f"{path.name}: row length (_checkIncorrectNColumnsMapData)"
    assert len(body) >= 3, f"{path.name}: fewer than three items (_checkLessThanThreeItems)"
    keys = [h if ("weight" in h.lower() or "score" in h.lower()) else h.lower() for h in header]
    assert "id" in keys or "label" in keys, f"{path.name}: _checkIdAndLabelColumnsMissing"
    if with_network:
        assert "id" in keys, f"{path.name}: _checkIdColumnMissing"
    else:
        assert "x" in keys and "y" in keys, f"{path.name}: _checkXAndYColumnsMissing"
    items = [dict(zip(keys, r, strict=True)) for r in body]
    ids = [it["id"].strip() for it in items] if "id" in keys else []
    assert all(ids), f"{path.name}: an empty id (_checkIdEmpty)"
    assert len(set(ids)) == len(ids), f"{path.name}: an id twice (_checkIdNotUnique)"
    for n, it in enumerate(items, start=2):
        if "x" in it and "y" in it:
            assert _number(it["x"]) is not None and _number(it["y"]) is not None, \
                f"{path.name}:{n}: _checkXOrYNotNumber"
        for k, v in it.items():
            if "weight" in k.lower():  # _checkWeightNotNonnegativeNumber: no empty weight either
                assert _number(v) is not None and _number(v) >= 0, f"{path.name}:{n}: {k}={v!r}"
            elif "score" in k.lower():  # _checkScoreNotNumber: empty allowed
                assert v.strip() == "" or _number(v) is not None, f"{path.name}:{n}: {k}={v!r}"
        if it.get("cluster", "").strip():  # _checkClusterNotPositiveInteger: an integer from 1 to 1000
            c = _number(it["cluster"])
            assert c is not None and c.is_integer() and 1 <= c <= 1000, f"{path.name}:{n}: cluster {it['cluster']!r}"
    if "x" in keys and "y" in keys:
        assert len({(it["x"], it["y"]) for it in items}) > 1, f"{path.name}: _checkItemsSameCoordinates"
    for n, it in enumerate(items, start=2):  # helpers2.js _replaceDescriptionPlaceholders
        assert not vos_placeholders(it.get("description", "")), f"{path.name}:{n}: a {{key}} placeholder"
    return items


def check_vos_network(path: Path, ids: set[str]) -> list[list[str]]:
    """A VOSviewer network file as getNetworkDataError (src/utils/errors.js) checks it: two or three columns, the
    same in every row, ids of the map, strengths not negative."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", strict=True))
    if rows and rows[-1] in ([], [""]):
        rows.pop()  # the empty last line, dropped by worker.js _parseMapNetworkData
    assert rows, f"{path.name}: no data (_checkNoData)"
    assert 2 <= len(rows[0]) <= 3, f"{path.name}: _checkLessThanTwo/MoreThanThreeColumnsNetworkData"
    assert all(len(r) == len(rows[0]) for r in rows), f"{path.name}: _checkIncorrectNColumnsNetworkData"
    for n, r in enumerate(rows, start=1):
        assert r[0] in ids and r[1] in ids, f"{path.name}:{n}: unknown id (_checkInvalidIdNetworkData)"
        if len(r) == 3:
            assert _number(r[2]) is not None and _number(r[2]) >= 0, f"{path.name}:{n}: strength {r[2]!r}"
    return rows


def check_vos_files(map_path: Path, network_path: Path | None) -> list[dict]:
    """A map file and, when there is one, its network file, as VOSviewer Online reads the pair."""
    items = check_vos_map(map_path, with_network=network_path is not None)
    if network_path is not None:
        check_vos_network(network_path, {it["id"].strip() for it in items})
    return items


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_vos_json(path: Path) -> dict:
    """A VOSviewer JSON file as worker.js _parseJson and errors.js getJsonDataError check it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    network = data.get("network")
    assert isinstance(network, dict) and (network.get("items") or network.get("links")), \
        f"{path.name}: INVALID_JSON_DATA_FORMAT (network.items or network.links)"
    items, links = network.get("items") or [], network.get("links") or []
    if items:
        assert len(items) >= 3, f"{path.name}: _checkLessThanThreeItems"
        keys = {k.lower() for it in items for k in it}
        assert "id" in keys or "label" in keys, f"{path.name}: ID_AND_LABEL_ATTRIBUTES_MISSING"
        if links:
            assert "id" in keys, f"{path.name}: ID_ATTRIBUTE_MISSING"
        else:
            assert "x" in keys and "y" in keys, f"{path.name}: X_AND_Y_ATTRIBUTES_MISSING (no links)"
        ids = [it.get("id") for it in items]
        assert all(i not in (None, "") for i in ids) and len(set(ids)) == len(ids), f"{path.name}: ids"
        for it in items:
            if "x" in it or "y" in it:
                assert _is_number(it.get("x")) and _is_number(it.get("y")), f"{path.name}: x/y of {it['id']}"
            weights, scores = it.get("weights", {}), it.get("scores", {})
            assert isinstance(weights, dict) and isinstance(scores, dict)
            assert all(_is_number(v) and v >= 0 for v in weights.values()), f"{path.name}: weights of {it['id']}"
            assert all(v is None or _is_number(v) for v in scores.values()), f"{path.name}: scores of {it['id']}"
            c = it.get("cluster")
            assert c is None or (isinstance(c, int) and not isinstance(c, bool) and 1 <= c <= 1000), \
                f"{path.name}: cluster {c!r} (_checkClusterNotPositiveInteger)"
            assert isinstance(it.get("label", ""), str) and isinstance(it.get("description", ""), str)
            assert not vos_placeholders(it.get("description", "")), f"{path.name}: {{key}} in {it['id']}"
    id_set = {it.get("id") for it in items}
    for link in links:
        assert "source_id" in link and "target_id" in link, f"{path.name}: SOURCE_ID/TARGET_ID_ATTRIBUTE_MISSING"
        assert not items or {link["source_id"], link["target_id"]} <= id_set, f"{path.name}: _checkInvalidIdJsonData"
        assert link.get("strength") is None or (_is_number(link["strength"]) and link["strength"] >= 0)
    for c in network.get("clusters", []):  # data/index.js updateClusters: cluster number -> label
        assert isinstance(c.get("cluster"), int) and isinstance(c.get("label"), str), f"{path.name}: {c}"
    terminology = data.get("config", {}).get("terminology", {})
    assert all(isinstance(v, str) for v in terminology.values())  # data/index.js updateTerminology capitalises
    info = data.get("info", {})
    assert all(isinstance(info.get(k, ""), str) for k in ("title", "description"))
    return data


# ---------------------------------------------------------------- the other formats


def check_pajek(net: Path) -> nx.Graph:
    """The .net read by networkx and igraph; its .clu and .vec (when written) hold one value per vertex."""
    g = nx.read_pajek(net)
    n = int(net.read_text(encoding="utf-8").split()[1])
    assert g.number_of_nodes() == n, net.name
    igraph = pytest.importorskip("igraph")
    assert igraph.Graph.Read_Pajek(str(net)).vcount() == n
    for ext in ("clu", "vec"):
        side = net.with_suffix(f".{ext}")
        if side.exists():
            values = side.read_text(encoding="utf-8").split()
            assert values[:2] == ["*Vertices", str(n)] and len(values) == n + 2, side.name
            assert all(float(v) >= 0 for v in values[2:]), side.name
    return g


def check_partition(path: Path) -> None:
    """A .clu or .vec beside its .net (checked with it)."""
    net = path.with_suffix(".net")
    assert net.exists(), f"{path.name}: no .net beside it"
    check_pajek(net)


def check_graphml(path: Path) -> nx.Graph:
    g = nx.read_graphml(path)
    igraph = pytest.importorskip("igraph")
    assert igraph.Graph.Read_GraphML(str(path)).vcount() == g.number_of_nodes()
    return g


def check_html(path: Path) -> None:
    """Parsed by html5lib in strict mode: any parse error of the HTML standard's algorithm fails."""
    html5lib = pytest.importorskip("html5lib")
    parser = html5lib.HTMLParser(strict=True)
    try:
        parser.parse(path.read_bytes())
    except html5lib.html5parser.ParseError as exc:
        raise AssertionError(f"{path.name}: HTML parse error: {exc}") from exc


def check_svg(path: Path) -> None:
    root = etree.parse(str(path)).getroot()  # raises on XML that is not well-formed
    assert root.tag == f"{{{SVG_NS}}}svg", f"{path.name}: root {root.tag}"


def check_png(path: Path) -> None:
    from PIL import Image

    assert path.read_bytes()[:8] == PNG_SIGNATURE, f"{path.name}: no PNG signature"
    with Image.open(path) as im:
        im.verify()


def check_csv(path: Path) -> list[list[str]]:
    """UTF-8 (a BOM allowed), RFC 4180 quoting, a header of distinct non-empty names, every row its length."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), strict=True))
    assert rows, f"{path.name}: empty"
    header = rows[0]
    assert all(h.strip() for h in header) and len(set(header)) == len(header), f"{path.name}: header {header}"
    bad = [i for i, r in enumerate(rows[1:], start=2) if len(r) != len(header)]
    assert not bad, f"{path.name}: rows {bad[:3]} differ from the header's {len(header)} columns"
    return rows


def check_node_link(path: Path) -> nx.Graph:
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data)  # networkx's default call (edges="edges")


def check_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def check_jsonl(path: Path) -> list:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def bibtexparser_entries(text: str) -> list[dict]:
    """The entries as bibtexparser 2 reads them (its default stack: @string resolved, outer braces removed), each
    {"ID", "ENTRYTYPE", field: value}; a block it cannot parse fails the test."""
    import bibtexparser

    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, f"bibtexparser 2 failed on {library.failed_blocks[0].raw[:80]!r}"
    return [{"ID": e.key, "ENTRYTYPE": e.entry_type, **{f.key: f.value for f in e.fields}} for e in library.entries]


def check_bibtex(path: Path) -> None:
    pybtex = pytest.importorskip("pybtex.database")

    text = path.read_text(encoding="utf-8")
    strict = pybtex.parse_string(text, "bibtex")  # strict mode: raises on bad syntax and unbalanced braces
    assert len(bibtexparser_entries(text)) == len(strict.entries), f"{path.name}: bibtexparser lost entries"


def check_ris(path: Path) -> None:
    import rispy

    text = path.read_text(encoding="utf-8")
    records = rispy.loads(text)
    assert len(records) == text.count("\nER  -") + text.startswith("ER  -"), f"{path.name}: rispy lost records"


def check_lexicon(path: Path) -> None:
    """A lexicon file (``terms --format yaml``): YAML that litmine's own lexicon loader accepts on its own."""
    import yaml

    from litmine.concepts.lexicon import load_lexicon

    assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path.name
    load_lexicon(path, replace=True)  # raises LitmineError naming the file and the reason


def check_output(path: Path) -> str:
    """Check one output file by its name; returns what checked it. Fails on a file no check covers."""
    name = path.name
    if name.endswith("_vos_map.txt"):
        network = path.with_name(name.replace("_vos_map.txt", "_vos_network.txt"))
        check_vos_files(path, network if network.exists() else None)
        return "VOSviewer Online map rules"
    if name.endswith("_vos_network.txt"):
        items = check_vos_map(path.with_name(name.replace("_vos_network.txt", "_vos_map.txt")), with_network=True)
        check_vos_network(path, {it["id"].strip() for it in items})
        return "VOSviewer Online network rules"
    if name.endswith("_vosviewer.json"):
        check_vos_json(path)
        return "VOSviewer Online JSON rules"
    checks = {".gexf": (check_gexf, "GEXF 1.2draft XSD"), ".graphml": (check_graphml, "networkx + igraph"),
              ".net": (check_pajek, "Pajek: networkx + igraph"), ".clu": (check_partition, "Pajek partition"),
              ".vec": (check_partition, "Pajek vector"), ".html": (check_html, "html5lib strict"),
              ".svg": (check_svg, "XML, SVG root"), ".png": (check_png, "PNG signature + Pillow"),
              ".csv": (check_csv, "RFC 4180 CSV"), ".jsonl": (check_jsonl, "JSON Lines"),
              ".bib": (check_bibtex, "pybtex strict + bibtexparser"), ".ris": (check_ris, "rispy"),
              ".yaml": (check_lexicon, "YAML + litmine's lexicon loader")}
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and {"nodes", "edges", "directed"} <= set(data):
            check_node_link(path)
            return "networkx node_link_graph"
        return "JSON"
    if path.suffix not in checks:
        raise AssertionError(f"{name}: no check for this kind of file")
    check, what = checks[path.suffix]
    check(path)
    return what
