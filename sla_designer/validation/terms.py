"""Defined terms: a definition of the agreement the document never uses, and a term the free text
uses capitalised, like a defined term, that nothing defines.

Both are read from the text the model holds and from the terms the generator defines: the
contract is written once as plain text without generated definitions (export/defined_terms.py),
never as a Word file.

A capitalised term is looked for conservatively, so that names are not taken for terms: a run of
two or more capitalised words inside a sentence (in Portuguese joined by "de", "da", "do"...),
not at the start of a sentence, not part of a longer name (next to another capitalised word, a
number or an acronym), not inside a name the agreement holds (a party, a service, a metric, a
calendar, a role...), and made only of words the document also uses in lower case or the clause
wording uses ("Customer Data" is a term; "Microsoft Dynamics" and "United Kingdom" are names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from sla_designer.model import Agreement, Definition
from sla_designer.model.free_text import free_text_fields
from sla_designer.text import Texts
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding

NAME_FIELDS = frozenset({"name", "title", "function", "master_agreement", "term", "unit"})
"""Free-text fields that hold a name (of a service, a metric, a calendar, a role...), not prose."""

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|\S")
SENTENCE_END = frozenset(".;:!?•–—(")


def defined_terms(ctx: Context) -> Iterator[Finding]:
    """Warn of a definition the document never uses, and of a capitalised term used but not
    defined. Nothing is said of an agreement whose contract cannot be written yet. The contract
    is read only when there is something to look for: a definition, or a capitalised term."""
    from sla_designer.export.builder import ExportError
    from sla_designer.export.defined_terms import CALENDAR_TERMS, forms, scan
    from sla_designer.export.wording import load_wording

    agreement = ctx.agreement
    language = agreement.language
    fields = list(free_text_fields(agreement))
    prose = [
        (path, text)
        for path, text, cls, field in fields
        if field not in NAME_FIELDS and not (cls is Definition and field == "term")
    ]
    vocabulary = _wording_words(language) | {w for _, text in prose for w in lower_words(text)}
    names = _names(agreement, [text for _, text, _, field in fields if field in NAME_FIELDS])
    candidates = [
        (path, phrase)
        for path, text in prose
        for phrase in capitalised_terms(text, language, vocabulary)
        if not any(phrase.casefold() in name for name in names)
    ]
    if not candidates and not any(d.term.strip() for d in agreement.definitions):
        return
    try:
        scanned = scan(agreement)
    except ExportError:
        return
    t = load_wording(language)
    replaced = {f.casefold() for k in CALENDAR_TERMS if k in scanned.generated for f in forms(t, k)}
    for index, item in enumerate(agreement.definitions):
        term = item.term.strip()
        if not term or term.casefold() in replaced:
            continue
        spellings = spellings_of(term, language)
        own = uses(item.term, spellings) + uses(item.meaning, spellings)
        if uses(scanned.text, spellings) <= own:
            yield make("definition-unused", ("definitions", index, "term"), term=term)
    defined = {s.casefold() for d in agreement.definitions for s in spellings_of(d.term, language)}
    defined |= {f.casefold() for key in scanned.generated for f in forms(t, key)}
    said: set[str] = set()
    for path, phrase in candidates:
        folded = phrase.casefold()
        if folded not in defined and folded not in said:
            said.add(folded)
            yield make("term-not-defined", path, term=phrase)


def uses(text: str, spellings: Iterable[str]) -> int:
    """How many times `text` uses one of `spellings`, as whole words and in the same case."""
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return len(re.findall(rf"(?<!\w)(?:{alternatives})(?!\w)", text)) if alternatives else 0


@cache
def connectors(language: str) -> frozenset[str]:
    """Small words that may join the capitalised words of one term ("Statement of Work")."""
    from sla_designer.text import texts

    return frozenset(texts(language).raw("recognize.terms.connectors"))


class _Plural(NamedTuple):
    """How a language makes a term plural (resources/text/<language>/recognize.yaml)."""

    every_word: bool
    acronyms: bool
    endings: tuple[tuple[str, str | None], ...]


@cache
def _plural_rule(language: str) -> _Plural:
    from sla_designer.text import texts

    rule = texts(language).section("recognize.terms.plural")
    endings = tuple(
        (str(end), None if new is None else str(new)) for end, new in rule.raw("endings")
    )
    return _Plural(rule.raw("words") == "all", bool(rule.raw("acronyms")), endings)


def spellings_of(term: str, language: str) -> list[str]:
    """A term and its plural ('Work Order', 'Work Orders'; 'Chamada Oferecida', 'Chamadas
    Oferecidas'; 'Statement of Work', 'Statements of Work'), in the case it is defined in: the
    words before a joining "of" or "de" take the plural, the last one or each as the language
    says."""
    words = term.split()
    if not words:
        return []
    joining = connectors(language)
    head = next((i for i, w in enumerate(words) if w in joining), len(words))
    rule = _plural_rule(language)
    first = 0 if rule.every_word else max(head - 1, 0)
    words[first:head] = [_plural(w, rule) for w in words[first:head]]
    return list(dict.fromkeys([" ".join(term.split()), " ".join(words)]))


def _plural(word: str, rule: _Plural) -> str:
    """The plural of one word by the language's endings (enough to find a use)."""
    if not word[-1].isalpha() or (word.isupper() and not rule.acronyms):
        return word
    lower = word.casefold()
    for ending, plural in rule.endings:
        if lower.endswith(ending):
            return word if plural is None else word[: len(word) - len(ending)] + plural
    return word


@lru_cache(maxsize=4096)
def lower_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case (kept per text, as `_capitalised_runs`)."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", text) if w.islower())


def _wording(language: str) -> Texts:
    from sla_designer.text import texts

    return texts(language).section("clauses")


@cache
def _wording_words(language: str) -> frozenset[str]:
    """Every word of the clause wording, in lower case: the language's common words."""
    from sla_designer.text import texts

    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(texts(language).raw("clauses"))
    return frozenset(words)


def _names(agreement: Agreement, found: list[str]) -> list[str]:
    """The names the agreement holds, folded: those of its free-text name fields (`found`),
    parties, witnesses, the signing place and the kinds of document."""
    for party in agreement.parties:
        found += [party.legal_name, party.short_name]
    found += [w.name for w in agreement.signing.witnesses]
    found.append(agreement.signing.place)
    # What the document is: 'Service Level Agreement', 'Acordo de Nível de Serviço'.
    found += [str(kind) for kind in _wording(agreement.language).raw("kinds").values()]
    return [name.casefold() for name in found if name.strip()]


def _titled(token: str) -> bool:
    """A capitalised word: a capital followed by lower-case letters ('Data', not 'API')."""
    return len(token) > 1 and token[0].isupper() and token[1:].replace("’", "'").islower()


def capitalised_terms(text: str, language: str, vocabulary: set[str] | frozenset[str]) -> list[str]:
    """The runs of capitalised common words in `text` that read like a defined term."""
    return [
        phrase
        for phrase, titled in _capitalised_runs(text, language)
        if all(w.casefold().split("'")[0].split("’")[0] in vocabulary for w in titled)
    ]


@lru_cache(maxsize=4096)
def _capitalised_runs(text: str, language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each run of two or more capitalised words in `text` that is no sentence start and no part
    of a longer name, with its capitalised words; kept per text, since a keystroke changes one
    field and the rule reads them all."""
    joining = connectors(language)
    tokens: list[str] = WORD.findall(text)
    found: list[tuple[str, tuple[str, ...]]] = []
    index = 0
    while index < len(tokens):
        if not _titled(tokens[index]):
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            word = tokens[end]
            if _titled(word):
                end += 1
            elif word in joining and end + 1 < len(tokens) and _titled(tokens[end + 1]):
                end += 2
            else:
                break
        run = tokens[index:end]
        before = tokens[index - 1] if index else "."
        after = tokens[end] if end < len(tokens) else "."
        if before in SENTENCE_END or before in ("“", '"', "‘"):
            run = run[1:]  # the first word is capitalised as the sentence's
            while run and run[0] in joining:
                run = run[1:]
        index = end
        titled = tuple(w for w in run if w not in joining)
        if len(titled) < 2 or _joined_to_a_name(before, after):
            continue
        found.append((" ".join(run), titled))
    return tuple(found)


def _joined_to_a_name(before: str, after: str) -> bool:
    """Whether the run is part of a longer name: next to a number, an acronym or a capital."""
    return any(
        word[:1].isdigit() or (word[:1].isupper() and len(word) > 1) for word in (before, after)
    )


RULES = (defined_terms,)
