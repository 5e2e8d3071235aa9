"""Run by a Python that has LibreOffice's `uno` module: edit exported contracts as a reviewer
does in LibreOffice Writer, and save them as .docx.

    python3 lo_edit.py CONNECTION JOBS.json TIMEOUT

JOBS.json is a list of jobs: {"source", "target", "record", "author", "edits"} (without edits
the document is only opened and saved). `record` turns on change recording (Edit › Track
Changes › Record) before the edits; `author` is the name LibreOffice records them under (its
user profile's name). Each edit is one of

    {"op": "replace", "find": TEXT, "paragraph": TEXT, "part": TEXT, "with": TEXT}
        the first TEXT in a paragraph (body, table cell) whose text contains `paragraph`
        (default: TEXT itself) is typed over by `with` in place, inside the content control it
        sits in; with `part`, only that part of TEXT is (a reviewer retyping one figure);
    {"op": "delete_paragraph", "find": TEXT}
        the first paragraph containing TEXT is deleted with its paragraph mark;
    {"op": "add_paragraph", "find": TEXT, "text": NEW}
        Enter pressed at the end of the first paragraph containing TEXT, and NEW typed;
    {"op": "move_paragraph", "find": TEXT, "before": OTHER}
        the first paragraph containing TEXT cut (with its mark) and pasted at the start of the
        first paragraph containing OTHER, through the view's clipboard (as Ctrl+X, Ctrl+V);
    {"op": "join_next", "find": TEXT}
        Delete pressed at the end of the first paragraph containing TEXT: the next paragraph
        joins it.

A job may also say {"changes": "accept"|"reject"}: Edit › Track Changes › Accept All or Reject
All, before the edits.

Comments are not made: inserting one through UNO and saving as .docx crashes LibreOffice 25.2.

Prints one line a job ("saved TARGET"), and the reason on stderr when an edit finds nothing.
The test (test_libreoffice_review.py) starts soffice listening on CONNECTION, as the PDF export
does (export/pdf.py), and runs this script under the system's Python.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]  # present where LibreOffice is installed
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

_PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK


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


def _set_author(context: Any, author: str) -> None:
    """The name LibreOffice records tracked changes and comments under."""
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context
    )
    data = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (_prop("nodepath", "/org.openoffice.UserProfile/Data"),),
    )
    given, _, family = author.partition(" ")
    data.setPropertyValue("givenname", given)
    data.setPropertyValue("sn", family)
    data.commitChanges()


def _paragraph_of(found: Any) -> str:
    """The text of the paragraph a found range is in (body, table cell or frame)."""
    cursor = found.getText().createTextCursorByRange(found.getStart())
    cursor.gotoStartOfParagraph(False)
    cursor.gotoEndOfParagraph(True)
    return str(cursor.getString())


def _find(document: Any, text: str, paragraph: str) -> Any:
    """The first range holding `text` in a paragraph whose text contains `paragraph`."""
    search = document.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = document.findAll(search)
    for index in range(found.getCount()):
        candidate = found.getByIndex(index)
        if paragraph in _paragraph_of(candidate):
            return candidate
    raise LookupError(f"{text!r} is in no paragraph containing {paragraph!r}")


def _edit(document: Any, edit: dict[str, str]) -> None:
    found = _find(document, edit["find"], edit.get("paragraph", edit["find"]))
    if edit["op"] == "replace":
        part = edit.get("part")
        if part is not None:  # only the characters a reviewer retypes
            cursor = found.getText().createTextCursorByRange(found.getStart())
            cursor.goRight(edit["find"].index(part), False)
            cursor.goRight(len(part), True)
            found = cursor
        found.setString(edit["with"])
    elif edit["op"] == "delete_paragraph":
        cursor = found.getText().createTextCursorByRange(found.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)  # the paragraph mark: the next paragraph moves up
        cursor.setString("")
    elif edit["op"] == "add_paragraph":
        cursor = found.getText().createTextCursorByRange(found.getStart())
        cursor.gotoEndOfParagraph(False)
        text = found.getText()
        text.insertControlCharacter(cursor, _PARAGRAPH_BREAK, False)
        text.insertString(cursor, edit["text"], False)
    elif edit["op"] == "join_next":
        cursor = found.getText().createTextCursorByRange(found.getStart())
        cursor.gotoEndOfParagraph(False)
        cursor.goRight(1, True)
        cursor.setString("")
    elif edit["op"] == "move_paragraph":
        _move(document, found, edit["before"])
    else:
        raise ValueError(edit["op"])


def _move(document: Any, found: Any, before: str) -> None:
    """Cut the paragraph of `found` and paste it before the paragraph containing `before`, as
    a reviewer does with the clipboard: the view's selection carries its content controls."""
    controller = document.getCurrentController()
    cursor = found.getText().createTextCursorByRange(found.getStart())
    cursor.gotoStartOfParagraph(False)
    cursor.gotoEndOfParagraph(True)
    cursor.goRight(1, True)  # with its mark
    controller.select(cursor)
    clip = controller.getTransferable()
    cursor.setString("")
    target = _find(document, before, before)
    place = target.getText().createTextCursorByRange(target.getStart())
    place.gotoStartOfParagraph(False)
    controller.select(place)
    controller.insertTransferable(clip)


def _changes(context: Any, document: Any, action: str) -> None:
    """Accept or reject every tracked change, as Edit › Track Changes does."""
    helper = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context
    )
    frame = document.getCurrentController().getFrame()
    command = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}
    helper.executeDispatch(frame, command[action], "", 0, ())


def _job(desktop: Any, context: Any, job: dict[str, Any]) -> None:
    _set_author(context, job.get("author", ""))
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(job["source"]), "_blank", 0, (_prop("Hidden", True),)
    )
    if document is None:
        raise RuntimeError(f"LibreOffice could not open {job['source']}")
    try:
        if job.get("changes"):
            _changes(context, document, job["changes"])
        document.RecordChanges = bool(job.get("record"))
        for edit in job.get("edits", ()):
            _edit(document, edit)
        document.storeToURL(
            uno.systemPathToFileUrl(job["target"]), (_prop("FilterName", "MS Word 2007 XML"),)
        )
        print("saved", job["target"], flush=True)
    finally:
        document.close(True)


def main(argv: list[str]) -> int:
    connection, jobs_file, timeout = argv[1], argv[2], float(argv[3])
    with open(jobs_file, encoding="utf-8") as stream:
        jobs = json.load(stream)
    context = _connect(connection, time.monotonic() + timeout)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    try:
        for job in jobs:
            _job(desktop, context, job)
    finally:
        with contextlib.suppress(Exception):
            desktop.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
