"""Files as uploads carry them, built to the size a limit is about."""

from __future__ import annotations

import io
import os
import zipfile


def xlsx_with_shared_strings(size: int) -> bytes:
    """A workbook whose shared-strings part unpacks to about ``size`` bytes of text that does
    not compress much (so the whole passes the compression-ratio check)."""
    items = []
    total = 0
    while total < size:
        text = os.urandom(512).hex()
        items.append(f"<si><t>{text}</t></si>")
        total += len(items[-1])
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxml'
        f'formats.org/spreadsheetml/2006/main">{"".join(items)}</sst>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", strings)
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return out.getvalue()


# Evidence a worker sends: the first bytes are what the content check reads.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64  # a pay slip photographed
PDF = b"%PDF-1.4\n% a contract\n"
OGG = b"OggS\x00\x02" + b"\x00" * 64  # a voice note (Opus in Ogg, as phones record)


def zip_bomb_as_png(unpacked: int = 200 * 1024 * 1024) -> bytes:
    """A zip of ``unpacked`` zero bytes (a few hundred KB packed) named and declared a PNG."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("payslip.png", "w", force_zip64=True) as member,
    ):
        chunk = b"\x00" * 2**20
        for _ in range(unpacked // len(chunk)):
            member.write(chunk)
    return out.getvalue()


def multipart(
    fields: dict[str, str], files: list[tuple[str, bytes, str, bytes]]
) -> tuple[bytes, str]:
    """A multipart body as a browser sends it, file names as raw bytes (a phone may send them
    in any encoding): ``files`` are (field, file name bytes, content type, content)."""
    boundary = "----chainrights-evidence"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    for field, name, content_type, content in files:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="'
        tail = f'"\r\nContent-Type: {content_type}\r\n\r\n'
        parts.append(head.encode() + name + tail.encode() + content + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"
