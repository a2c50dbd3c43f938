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
