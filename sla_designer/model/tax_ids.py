"""Tax and registration numbers: which scheme a party's number belongs to, and its check digits.

A party's `tax_id` holds the number alone; the document names it after the party's country
("inscrita no CNPJ sob o nº …", "(Company No. …)"). A number typed with its label
("Company No. 11482093") is read here so that validation can ask for the label to go and the
document never prints a label of its own around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from sla_designer.text import LANGUAGES, texts

Scheme = Literal["cnpj", "cpf", "company_number", "ein", "nipc", "kvk"]
"""A kind of number the contract names: each has a phrase per language (clauses.parties.tax_ids)."""

COUNTRY_SCHEMES: dict[str, Scheme] = {
    "BR": "cnpj",  # a person's number is a CPF, told apart by its form
    "GB": "company_number",
    "US": "ein",
    "PT": "nipc",
    "NL": "kvk",
}
"""The number a company of the country is known by in a contract."""

# How a CNPJ and a CPF are written. Since July 2026 the Receita Federal also issues alphanumeric
# CNPJs: the twelve base characters may be letters, the two check digits stay digits.
CNPJ_FORM = re.compile(r"^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}$")
CPF_FORM = re.compile(r"^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$")

_NO = r"(?:\s*(?:n[º°o]\.?|no\.|nr\.?|number|nummer|n\.º))?"
# The labels people type before a number, longest first within each scheme; None: a label that
# names no scheme ("Tax ID", "Reg. No."), which the party's country then decides.
_LABELS: tuple[tuple[Scheme | None, str], ...] = (
    ("cnpj", r"CNPJ(?:/MF)?" + _NO),
    ("cpf", r"CPF(?:/MF)?" + _NO),
    (
        "company_number",
        r"(?:Companies\s+House|Company\s+Registration|Registered\s+Company|Company)"
        r"(?:\s*(?:n[º°o]\.?|no\.?|number|reg(?:istration)?\.?\s*(?:no\.?|number)))"
        r"|CRN",
    ),
    ("ein", r"(?:Employer\s+Identification\s+Number|F?EIN)" + _NO),
    ("nipc", r"NIPC" + _NO),
    ("kvk", r"(?:KvK|Chamber\s+of\s+Commerce)(?:-nummer)?" + _NO),
)
_NUMBER_SIGNS = r"|n\.?[º°]\.?|no\.|nr\."


@cache
def _label() -> re.Pattern[str]:
    """Every label, the schemes' first; the labels that name no scheme ("Tax ID", "Registro")
    are each language's words for them (`values.tax_id_labels`)."""
    words = sorted(
        {w.strip() for lang in LANGUAGES for w in texts(lang)("values.tax_id_labels").split("|")},
        key=len,
        reverse=True,
    )
    general = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    labels = (*_LABELS, (None, general + _NO + _NUMBER_SIGNS))
    pattern = "|".join(f"(?P<l{i}>{p})" for i, (_s, p) in enumerate(labels))
    return re.compile(pattern, re.IGNORECASE)


_AFTER_LABEL = re.compile(r"^[\s.:#-]*")
# Any other word before a number ("HRB 12345", "SIREN 552 100 554"): a label this module does not
# know. Letters run into the digits ("SC123456", "GB123456789") are part of the number.
_UNKNOWN_LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_./-]*(?:[ .][^\W\d_]+)*\.?):?\s+(?=\S*\d)")


@dataclass(frozen=True)
class TaxId:
    """A tax number as typed: the label typed before it, if any, and the number itself."""

    number: str
    label: str = ""
    labelled: Scheme | None = None
    """The scheme the typed label names (None: no label, or one that names no scheme)."""
    known_label: bool = True
    """False when the label is a word this module does not know: the number is printed as typed."""


def read_tax_id(text: str) -> TaxId:
    """Split a typed tax number into its label and its number: 'EIN 84-3920517'."""
    text = text.strip()
    match = _label().match(text)
    if match is not None:
        rest = _AFTER_LABEL.sub("", text[match.end() :])
        # "CNPJ" alone, or a label run into more letters ("Companyname"), is not a labelled number.
        if (
            rest
            and rest[0].isalnum()
            and (match.end() == len(text) or not text[match.end()].isalpha())
        ):
            index = int(next(name for name, value in match.groupdict().items() if value)[1:])
            scheme = _LABELS[index][0] if index < len(_LABELS) else None
            return TaxId(rest, match.group(0).strip(), scheme)
    unknown = _UNKNOWN_LABEL.match(text)
    if unknown is not None:
        return TaxId(text[unknown.end() :], unknown.group("label"), None, known_label=False)
    return TaxId(text)


def scheme_of(country: str | None, tax_id: TaxId) -> Scheme | None:
    """The scheme a party's number belongs to: named by its label, else by the party's country,
    else by a form only Brazil uses; None when nothing says."""
    if tax_id.labelled is not None:
        return tax_id.labelled
    if not tax_id.known_label:
        return None
    brazilian = country == "BR" or (country is None and not tax_id.label)
    if brazilian and CPF_FORM.match(tax_id.number):
        return "cpf"
    if country is None:
        return "cnpj" if not tax_id.label and CNPJ_FORM.match(tax_id.number) else None
    return COUNTRY_SCHEMES.get(country)


_CNPJ_FIRST = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_SECOND = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _check_digit(values: list[int], weights: tuple[int, ...] | range) -> int:
    remainder = sum(v * w for v, w in zip(values, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def cnpj_valid(text: str) -> bool:
    """Whether `text` is a CNPJ written 00.000.000/0000-00 whose two check digits are right.

    Each character of an alphanumeric CNPJ counts as its ASCII code minus 48 (digits keep their
    value)."""
    if not CNPJ_FORM.match(text):
        return False
    characters = re.sub(r"[./-]", "", text)
    if len(set(characters)) == 1:
        return False  # 00.000.000/0000-00 and the like pass the arithmetic but are not issued
    base = [ord(c) - 48 for c in characters[:12]]
    first = _check_digit(base, _CNPJ_FIRST)
    second = _check_digit([*base, first], _CNPJ_SECOND)
    return characters[12:] == f"{first}{second}"


def cpf_valid(text: str) -> bool:
    """Whether `text` is a CPF written 000.000.000-00 whose two check digits are right."""
    if not CPF_FORM.match(text):
        return False
    digits = [int(c) for c in re.sub(r"\D", "", text)]
    if len(set(digits)) == 1:
        return False  # 111.111.111-11 and the like pass the arithmetic but are not issued
    first = _check_digit(digits[:9], range(10, 1, -1))
    second = _check_digit([*digits[:9], first], range(11, 1, -1))
    return digits[9:] == [first, second]
