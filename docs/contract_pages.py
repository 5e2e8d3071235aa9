"""Render the pages a legal reviewer reads first, for every starter template in its own language.

Run from the repository's root (LibreOffice and poppler-utils' pdftotext/pdftoppm installed):

    .venv/bin/python docs/contract_pages.py [--out docs/contracts] [--only saas-availability]

Each template is exported to PDF through the command line, as a user would, and four pages of
it are saved as docs/contracts/<template>-<page>.png: the cover, the definitions, the first page
of service credits and the signatures. A page is found by its chapter heading in the PDF's text,
skipping the table of contents.

For the templates of REDLINES, docs/contracts/<template>-redline.png is the first page of service
credits of a redline (`export --redline-against`): the template's next version, with the first
credit schedule's first credit raised and its last tier removed and the customer renamed, marked
against the template as tracked changes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sla_designer.resources import templates_folder  # noqa: E402

from sla_designer.catalog import load_catalog  # noqa: E402
from sla_designer.io import load_agreement  # noqa: E402
from sla_designer.text import texts  # noqa: E402

PAGES = {
    "definitions": ("interpretation.heading_with_definitions", "definitions.heading"),
    "credits": ("credits.heading",),
}
"""Pages found by the heading of a chapter (keys of clauses.yaml, the first found is taken)."""
RESOLUTION = 60
REDLINES = ("saas-availability", "it-service-desk")
REDLINE_AUTHOR = "Ann Author"


def page_texts(pdf: Path) -> list[str]:
    """The text of each page of `pdf`."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


def page_of(pages: list[str], heading: str) -> int | None:
    """The first page (1-based) whose own text starts a chapter `heading`; contents skipped."""
    wanted = heading.casefold()
    for number, text in enumerate(pages, start=1):
        for line in text.splitlines():
            words = line.strip().casefold()
            if "...." in words:
                continue  # a line of the table of contents
            if words.endswith(wanted) and (words == wanted or words[:1].isdigit()):
                return number
    return None


def render(pdf: Path, page: int, out: Path) -> None:
    stem = out.with_suffix("")
    only = str(page)
    command = ["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", only, "-l", only, "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)


def template_pages(name: str, out: Path, work: Path) -> list[Path]:
    """Export template `name` in its own language and render its reviewer's pages."""
    source = templates_folder() / f"{name}.yaml"
    language = load_agreement(str(source)).language
    pdf = work / f"{name}.pdf"
    subprocess.run(
        [sys.executable, "-m", "sla_designer", "export", str(source), "--pdf", str(pdf)],
        check=True,
        capture_output=True,
    )
    pages = page_texts(pdf)
    t = texts(language)
    wanted: dict[str, int | None] = {"cover": 1}
    for part, keys in PAGES.items():
        found = (page_of(pages, t(f"clauses.{key}")) for key in keys)
        wanted[part] = next((page for page in found if page is not None), None)
    signatures = page_of(pages, t("clauses.signatures.heading"))
    wanted["signatures"] = signatures
    made = []
    for part, page in wanted.items():
        if page is None:
            print(f"{name}: no {part} page", file=sys.stderr)
            continue
        target = out / f"{name}-{part}.png"
        render(pdf, page, target)
        made.append(target)
    return made


def next_version(source: Path, target: Path) -> None:
    """Write to `target` the template at `source` as its next negotiation round changes it."""
    from sla_designer.io import save_agreement

    agreement = load_agreement(str(source))
    schedule = agreement.remedies.credit_schedules[0]
    schedule.tiers = schedule.tiers[:-1]
    schedule.tiers[0].credit += 5
    customer = next(p for p in agreement.parties if p.role == "customer")
    customer.legal_name = f"{customer.legal_name} Holdings"
    agreement.version = f"{agreement.version}.1"
    save_agreement(agreement, target)


def redline_page(name: str, out: Path, work: Path) -> Path | None:
    """Render the first page of service credits of template `name`'s redline."""
    source = templates_folder() / f"{name}.yaml"
    new = work / f"{name}-next.yaml"
    next_version(source, new)
    pdf, docx = work / f"{name}-redline.pdf", work / f"{name}-redline.docx"
    command = [sys.executable, "-m", "sla_designer", "export", str(new), "--docx", str(docx)]
    command += ["--pdf", str(pdf), "--redline-against", str(source), "--author", REDLINE_AUTHOR]
    subprocess.run(command, check=True, capture_output=True)
    language = load_agreement(str(source)).language
    page = page_of(page_texts(pdf), texts(language)("clauses.credits.heading"))
    if page is None:
        print(f"{name}: no credits page in the redline", file=sys.stderr)
        return None
    target = out / f"{name}-redline.png"
    render(pdf, page, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "contracts")
    parser.add_argument("--only", action="append", help="a template name (repeatable)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.only or [entry.name for entry in load_catalog()]
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            made = template_pages(name, args.out, Path(work))
            if name in REDLINES:
                made += [p for p in [redline_page(name, args.out, Path(work))] if p]
            for path in made:
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
