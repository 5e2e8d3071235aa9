"""Run by a Python that has LibreOffice's `uno` module: refresh fields and the TOC, export a PDF
and/or write the entries of the refreshed table of contents.

    python3 lo_convert.py CONNECTION SOURCE.docx TARGET.pdf|- CONTENTS.txt|- TIMEOUT

CONTENTS.txt receives the table of contents as LibreOffice computed it, one entry a line
("9.1<tab>Service credits<tab>8"), for contents.py to write into the .docx; "-" skips an output.

`soffice --convert-to pdf` does not update a table of contents, so pdf.py starts soffice
listening on CONNECTION and runs this script, which drives it through the UNO API. The script
is self-contained because it runs outside the application's environment.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]  # present where LibreOffice is installed
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]
from com.sun.star.lang import DisposedException  # type: ignore[import-not-found]

CANNOT_OPEN = "sla-designer:cannot-open"
"""What the helper prints when LibreOffice opens no document."""
OFFICE_GONE = "sla-designer:office-gone"
"""What the helper prints when LibreOffice ends (crashes, is killed) during the conversion."""


def _prop(name: str, value: object) -> Any:
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def _connect(connection: str, deadline: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    while True:
        try:
            return resolver.resolve(f"uno:{connection};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _refresh(document: Any) -> None:
    # Twice: filling the TOC moves text, which moves the page numbers the TOC shows.
    for _ in range(2):
        indexes = document.getDocumentIndexes()
        for index in range(indexes.getCount()):
            indexes.getByIndex(index).update()
        document.getTextFields().refresh()


def main(argv: list[str]) -> int:
    """Convert argv[2] to argv[3] through the LibreOffice listening on argv[1]."""
    try:
        return _convert(argv[1], argv[2], argv[3], argv[4], float(argv[5]))
    except DisposedException:
        # The bridge to LibreOffice broke: it crashed or was killed. A code, as CANNOT_OPEN.
        print(OFFICE_GONE, file=sys.stderr)
        return 1


def _contents(document: Any) -> str:
    """The entries of the document's table of contents, one a line ('' without one)."""
    indexes = document.getDocumentIndexes()
    for index in range(indexes.getCount()):
        found = indexes.getByIndex(index)
        if found.supportsService("com.sun.star.text.ContentIndex"):
            return str(found.getAnchor().getString())
    return ""


def _convert(connection: str, source: str, target: str, contents: str, timeout: float) -> int:
    context = _connect(connection, time.monotonic() + timeout)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source), "_blank", 0, (_prop("Hidden", True),)
        )
        if document is None:
            # A code, not a sentence: the exporter says it in the user's language.
            print(CANNOT_OPEN, file=sys.stderr)
            return 1
        try:
            _refresh(document)
            if contents != "-":
                with open(contents, "w", encoding="utf-8") as out:
                    out.write(_contents(document))
            if target != "-":
                document.storeToURL(
                    uno.systemPathToFileUrl(target), (_prop("FilterName", "writer_pdf_Export"),)
                )
        finally:
            document.close(True)
    finally:
        # The office may already be gone; nothing is left to stop then.
        with contextlib.suppress(Exception):
            desktop.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
