"""Scanned PDFs: pages without a text layer read by OCR (the `tesseract` program, Debian's `tesseract-ocr`).

Each page is rendered with PDFium and handed to Tesseract, whose hOCR output gives words with boxes, lines,
paragraphs and confidences. The words become the same positioned `Line` objects the text layer gives (points from
the page's top-left corner, a font size from Tesseract's row height), so the normal layout path (columns,
running heads, paragraphs, headings) runs on them. Bold is not known from OCR.

No Python dependency: Tesseract is called as a program. The cost is bounded per document by a page limit and a
time limit (environment variables `LITMINE_OCR_MAX_PAGES`, default 300, and `LITMINE_OCR_SECONDS`, default 900);
pages beyond a limit stay empty and the document's notes say so. `LITMINE_OCR_LANG` chooses Tesseract's languages
(for example `deu+eng`); by default English with German beside it when its pack (`tesseract-ocr-deu`) is
installed, German leading when the first page reads as German. `LITMINE_TESSERACT` names the program when it is not on the PATH; `LITMINE_OCR=0`
turns OCR off (scanned PDFs then fail with the reason, as without Tesseract).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import statistics
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from litmine.errors import InputError
from litmine.ingest.pdf_layout import Line

OCR_DPI = 250  # Tesseract reads body text best with an x-height of 20+ pixels: 10 pt at 250 dpi gives ~17-25
MAX_PAGES = 300
TIME_LIMIT_S = 900.0
PAGE_TIMEOUT_S = 180.0
_MIN_WORD_CONF = 30  # mean confidence under which an OCR line is noise (specks, rules, pictures)
ENABLE_HINT = "install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr) and ingest again to read it by OCR"


@dataclass
class OcrResult:
    """What OCR read: lines per page number (1-based), notes for the document, the settings used."""

    lines: dict[int, list[Line]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    languages: str = "eng"
    pages_read: int = 0
    mean_confidence: float | None = None


def tesseract_path() -> str | None:
    """The Tesseract program to run, or None when it is not installed."""
    exe = os.environ.get("LITMINE_TESSERACT") or "tesseract"
    return shutil.which(exe)


def ocr_turned_off() -> bool:
    """Whether the environment turns OCR off (`LITMINE_OCR=0`, off, no, false)."""
    return os.environ.get("LITMINE_OCR", "").strip().lower() in ("0", "off", "no", "false")


def enable_hint() -> str:
    """What to do to read a scanned PDF: unset LITMINE_OCR when it turns OCR off, else install Tesseract."""
    if ocr_turned_off():
        return "OCR is turned off (LITMINE_OCR=0): unset it and ingest again to read it by OCR"
    return ENABLE_HINT


def ocr_available() -> bool:
    """True when Tesseract is installed with at least one language pack, and OCR is not turned off
    (`LITMINE_OCR=0`)."""
    if ocr_turned_off():
        return False
    exe = tesseract_path()
    return bool(exe and _languages(exe))


@functools.lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    langs = [ln.strip() for ln in (out.stdout + out.stderr).splitlines()[1:]]
    return frozenset(x for x in langs if re.fullmatch(r"[A-Za-z_]+", x) and x != "osd")


def _default_languages(installed: frozenset[str]) -> str:
    """English, with German beside it when installed: names and places with umlauts and ß occur in English
    papers too, and the English model alone reads "Müller" as "Miiller" (about 1.7 times slower per page)."""
    if "eng" not in installed:
        return sorted(installed)[0]
    return "eng+deu" if "deu" in installed else "eng"


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def parse_hocr(hocr: bytes | str, *, page: int, scale: float) -> tuple[list[Line], list[float]]:
    """Tesseract hOCR of one page → text runs (words of a line joined, split where a gap is wider than a word
    space) in points, and the confidences of the words kept.

    `scale` turns pixels into points (72 / dpi). The font size of a run is the median row height of its
    paragraph, so one paragraph's lines share a size as they do in a text layer.

    Example:
        >>> runs, conf = parse_hocr(hocr_bytes, page=1, scale=72 / 250)  # doctest: +SKIP
    """
    root = ET.fromstring(hocr if isinstance(hocr, bytes) else hocr.encode("utf-8"))
    runs: list[Line] = []
    confs: list[float] = []
    for par in root.iter():
        if _cls(par) != "ocr_par":
            continue
        rows = [el for el in par.iter() if _cls(el) in ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")]
        sizes = [_prop(r, "x_size") for r in rows]
        sizes = [s[0] for s in sizes if s]
        if not sizes:
            continue
        size = round(2 * statistics.median(sizes) * scale) / 2  # half points: sizes of one document compare equal
        for row in rows:
            words = []
            for w in row.iter():
                if _cls(w) != "ocrx_word":
                    continue
                text = "".join(w.itertext()).strip()
                box = _prop(w, "bbox")
                conf = (_prop(w, "x_wconf") or [0.0])[0]
                if text and box and len(box) == 4:
                    words.append((box, text, conf))
            if not words or statistics.mean(c for _, _, c in words) < _MIN_WORD_CONF:
                continue
            confs.extend(c for _, _, c in words)
            runs.extend(_row_runs(words, page=page, scale=scale, size=size))
    return runs, confs


def _row_runs(words: list[tuple[list[float], str, float]], *, page: int, scale: float, size: float) -> list[Line]:
    """Words of one OCR line joined by single spaces, cut where the gap is wider than a word space."""
    runs: list[Line] = []
    for (x0, top, x1, bottom), text, _ in sorted(words, key=lambda w: w[0][0]):
        x0, top, x1, bottom = x0 * scale, top * scale, x1 * scale, bottom * scale
        if runs and x0 - runs[-1].x1 < 0.9 * max(size, 4):
            r = runs[-1]
            r.text += " " + text
            r.x1, r.top, r.bottom = max(r.x1, x1), min(r.top, top), max(r.bottom, bottom)
            continue
        runs.append(Line(page, x0, top, x1, bottom, text, size, False))
    return runs


def _cls(el: ET.Element) -> str:
    return el.get("class") or ""


def _prop(el: ET.Element, name: str) -> list[float] | None:
    """A numeric property of an hOCR title ("bbox 1 2 3 4; x_wconf 96")."""
    for part in (el.get("title") or "").split(";"):
        bits = part.split()
        if bits and bits[0] == name:
            try:
                return [float(b) for b in bits[1:]]
            except ValueError:
                return None
    return None


def _tesseract_page(exe: str, image, langs: str, dpi: int) -> bytes:
    import io

    buf = io.BytesIO()
    image.save(buf, "PPM")  # uncompressed: quicker to write and read than PNG
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # ingest runs one worker per core; Tesseract must not fan out
    out = subprocess.run([exe, "stdin", "stdout", "-l", langs, "--dpi", str(dpi), "--psm", "3", "hocr"],
                         input=buf.getvalue(), capture_output=True, timeout=PAGE_TIMEOUT_S, env=env)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or "tesseract failed")
    return out.stdout


def read_pages_by_ocr(path: str, data: bytes | None, pages: list[int], *, dpi: int = OCR_DPI,
                      languages: str | None = None) -> OcrResult:
    """OCR the given pages (1-based) of a PDF. Pages past the page or time limit are left out, with a note.

    Raises InputError when Tesseract is not installed, or the PDF cannot be rendered.

    Example:
        >>> result = read_pages_by_ocr("scan.pdf", None, [1, 2])  # doctest: +SKIP
        >>> result.lines[1][0].text  # doctest: +SKIP
        'Annual report'
    """
    import pypdfium2 as pdfium

    from litmine.ingest.language import detect_language
    from litmine.ingest.pdf_lines import lines_from_runs

    exe = tesseract_path()
    installed = _languages(exe) if exe else frozenset()
    if not exe or not installed:
        raise InputError(path, f"no text layer and no OCR: {ENABLE_HINT}")
    langs = languages or os.environ.get("LITMINE_OCR_LANG") or _default_languages(installed)
    chosen = bool(languages or os.environ.get("LITMINE_OCR_LANG"))
    max_pages = int(_env_number("LITMINE_OCR_MAX_PAGES", MAX_PAGES))
    time_limit = _env_number("LITMINE_OCR_SECONDS", TIME_LIMIT_S)
    result = OcrResult(languages=langs)
    confs: list[float] = []
    failed: list[int] = []
    started = time.monotonic()
    try:
        pdf = pdfium.PdfDocument(data if data is not None else path)
    except pdfium.PdfiumError as exc:
        raise InputError(path, f"cannot render the PDF for OCR ({exc})") from None
    try:
        todo = list(pages)
        for k, pno in enumerate(todo):
            if result.pages_read >= max_pages:
                result.notes.append(f"OCR stopped at the page limit: {result.pages_read} of {len(todo)} scanned "
                                    f"pages read (LITMINE_OCR_MAX_PAGES={max_pages})")
                break
            if time.monotonic() - started > time_limit:
                result.notes.append(f"OCR stopped at the time limit: {result.pages_read} of {len(todo)} scanned "
                                    f"pages read in {time_limit:.0f} s (LITMINE_OCR_SECONDS)")
                break
            page = pdf[pno - 1]
            try:
                width, _ = page.get_size()
                image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            finally:
                page.close()
            try:
                hocr = _tesseract_page(exe, image, result.languages, dpi)
                runs, page_confs = parse_hocr(hocr, page=pno, scale=72 / dpi)
            except (RuntimeError, subprocess.SubprocessError, OSError, ET.ParseError):
                failed.append(pno)
                continue
            lines = lines_from_runs(runs, width)
            if k == 0 and not chosen and result.languages == "eng+deu" and \
                    detect_language(" ".join(ln.text for ln in lines)) == "de":
                result.languages = "deu+eng"  # the first page decides which model leads for the rest
            result.lines[pno] = lines
            confs.extend(page_confs)
            result.pages_read += 1
    finally:
        pdf.close()
    if failed:
        result.notes.append(f"OCR failed on page{'s' if len(failed) > 1 else ''} {', '.join(map(str, failed[:10]))}")
    result.mean_confidence = round(statistics.mean(confs), 1) if confs else None
    conf = f", mean word confidence {result.mean_confidence:.0f}/100" if confs else ""
    result.notes.insert(0, f"read by OCR (Tesseract, {result.languages}, {dpi} dpi): {result.pages_read} page"
                           f"{'s' if result.pages_read != 1 else ''}{conf}")
    return result
