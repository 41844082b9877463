"""Self-contained HTML pages from litmine's templates: data embedded as safe JSON, the title escaped, and a
Content-Security-Policy that lets only the page's own scripts (by their SHA-256) run and loads nothing.

Templates live in litmine/export/html/; `{{error_log}}` in a template is replaced by the shared script that records
script errors and policy violations into `<pre id="errors">` (the browser tests read it).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from pathlib import Path

from litmine.errors import LitmineError, write_error
from litmine.export.atomic import write_text_atomic
from litmine.export.sanitize import clean_xml_text

_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_MARKER = re.compile(r"\{\{(title|data|csp)\}\}")


def embed_json(data: object) -> str:
    """JSON that is safe inside a <script> element: <, > and & (and the JS line separators) as \\u escapes.

    Example:
        >>> embed_json({"t": "</script>"})
        '{"t":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def sha256_b64(text: str) -> str:
    """The base64 SHA-256 of a script's text, as a Content-Security-Policy hash names it."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def read_template(name: str) -> str:
    """A template from litmine/export/html/, with the shared error-log script put in its place."""
    try:
        folder = resources.files("litmine.export").joinpath("html")
        template = folder.joinpath(name).read_text(encoding="utf-8")
        if "{{error_log}}" in template:
            template = template.replace("{{error_log}}", folder.joinpath("error_log.html").read_text(encoding="utf-8"))
    except OSError as exc:
        raise LitmineError(f"{name}: the page template cannot be read ({exc})") from exc
    return template


def fill_page(name: str, *, title: str, data: object) -> str:
    """The template `name` filled in one pass (a title that looks like a marker stays text).

    Example:
        >>> page = fill_page("concept_map.html", title="<b>Map</b>", data={"nodes": []})
        >>> "&lt;b&gt;Map&lt;/b&gt;" in page and "script-src 'sha256-" in page
        True
    """
    template = read_template(name)
    hashes = " ".join(f"'sha256-{sha256_b64(body)}'" for body in _SCRIPT.findall(template))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    values = {"title": html.escape(clean_xml_text(title)), "data": embed_json(data), "csp": csp}
    return _MARKER.sub(lambda m: values[m[1]], template)


def write_page(name: str, path: str | Path, *, title: str, data: object) -> Path:
    """Fill the template `name` and write it to path (its folder made); LitmineError names the file otherwise."""
    return write_html(fill_page(name, title=title, data=data), path)


def write_html(page: str, path: str | Path) -> Path:
    """Write a finished page to path atomically (its folder made); LitmineError names the file otherwise."""
    out = Path(path)
    try:
        write_text_atomic(out, page)
    except OSError as exc:
        raise write_error(out, exc) from exc
    return out

