"""Hostile Word files (issue 14): a ZIP bomb, a ZIP directory that lies about sizes, a damaged or encrypted
package each fail with a one-line reason of their own, memory stays bounded, and the corpus goes on."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import docx
import pytest

from litmine.config import Limits
from litmine.errors import InputError
from litmine.ingest.corpus import ingest_corpus
from litmine.ingest.docx import read_docx, unpacked_package
from litmine.store import Store


def _small() -> bytes:
    d = docx.Document()
    d.add_paragraph("Koproduktion öffentlicher Leistungen (Sørensen, 2018).")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _inflated(mb: float) -> bytes:
    """A valid .docx whose document part unpacks to about `mb` MB of paragraphs and packs to a few KB per MB."""
    src = zipfile.ZipFile(io.BytesIO(_small()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, tail = body.split(b"<w:body>")
                para = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>".format("Ærø " * 250).encode()
                body = head + b"<w:body>" + para * int(mb * 1_000_000 / len(para)) + tail
            z.writestr(item.filename, body)
    return out.getvalue()


def _lying(data: bytes, name: str, size: int) -> bytes:
    """The package with the uncompressed size of `name` set to `size` in its local header and the ZIP directory."""
    buf = bytearray(data)
    encoded = name.encode()
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := buf.find(signature, start)) >= 0:
            name_at = 30 if signature == b"PK\x03\x04" else 46
            if buf[start + name_at:start + name_at + len(encoded)] == encoded:
                buf[start + at:start + at + 4] = struct.pack("<I", size)
            start += 4
    return bytes(buf)


def test_hostile_docx_zip_bomb_refused_with_its_part_and_the_limit():
    data = _inflated(3)  # 3 MB unpacked; the limit below allows a part 4 x 0.5 MB = 2 MB
    assert len(data) < 100_000
    with pytest.raises(InputError) as exc:
        read_docx(data, "bombe.docx", Limits(text_mb=0.5))
    message = str(exc.value)
    assert message.startswith("bombe.docx: Word document part 'word/document.xml' unpacks to more than 2 MB")
    assert "ZIP bomb" in message and "--max-text-mb" in message and "\n" not in message


def test_hostile_docx_under_the_limit_is_read():
    blocks, _ = read_docx(_inflated(1), "groß.docx", Limits(text_mb=0.5))
    assert len(blocks) > 100 and blocks[-1].text.startswith("Koproduktion öffentlicher")


def test_hostile_docx_lying_zip_directory_is_never_inflated_whole():
    """A directory that claims 1 KB for a part that inflates to 20 MB: the part is read in bounded steps to the
    size claimed, so the package fails as damaged (its checksum) without the 20 MB ever being held."""
    data = _lying(_inflated(20), "word/document.xml", 1000)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as exc:
            unpacked_package(data, "lügt.docx", Limits())
        peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    assert str(exc.value).startswith("lügt.docx: not a readable Word document (damaged ZIP package: Bad CRC-32")
    assert peak_mb < 10  # python-docx reading the package itself: ~50 MB


@pytest.mark.parametrize("data, reason", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "not a Word document (.docx) but an OLE file"),
    (b"PK\x03\x04" + b"\0" * 100, "not a readable Word document (damaged ZIP package: File is not a zip file)"),
    (_small()[: len(_small()) // 2], "not a readable Word document (damaged ZIP package:"),
])
def test_hostile_docx_damaged_or_encrypted_packages_say_why(data, reason):
    with pytest.raises(InputError) as exc:
        read_docx(data, "kaputt.docx")
    assert str(exc.value).startswith(f"kaputt.docx: {reason}") and "\n" not in str(exc.value)


def test_hostile_docx_bomb_fails_its_line_and_the_corpus_goes_on(tmp_path):
    (tmp_path / "bombe.docx").write_bytes(_inflated(3))
    (tmp_path / "gut.docx").write_bytes(_small())
    report = ingest_corpus(tmp_path, Store(":memory:"), jobs=1, limits=Limits(text_mb=0.5))
    assert [p.rsplit("/", 1)[-1] for p in report.added] == ["gut.docx"]
    (path, reason), = report.failed
    assert path.endswith("bombe.docx") and "unpacks to more than 2 MB" in reason
