"""Text that our loader would read as another type is quoted when written, and plain text is
read back as the same text: the writer's one-pattern check and the reader's shortcut for text
agree with the loader's own resolvers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sla_designer.io.yaml_syntax import _Loader, _reads_as_non_text, emit_yaml, parse_yaml

LOOKS_TYPED = ["", "~", "null", "NULL", "true", "False", "12", "-3", "+0", "1_000", "1e3", "1E+3"]
LOOKS_TYPED += [".5", "-.5", "1.5e-3", "2027-03-01", "2027-3-1 10:00:00", "2027-03-01T10:00:00Z"]
PLAIN = ["NO", "yes", "on", "12:30", "0x1F", "01", "1.", "abc", "1e", ".", "2027-03", "1 000"]


def _by_first_character(value: str) -> bool:
    """PyYAML's own test: the resolvers listed under the text's first character."""
    resolvers = _Loader.yaml_implicit_resolvers.get(value[:1], [])
    return any(tag != "tag:yaml.org,2002:str" and rx.match(value) for tag, rx in resolvers)


@pytest.mark.parametrize("value", LOOKS_TYPED)
def test_text_that_looks_typed_is_quoted_and_read_back_as_text(value: str) -> None:
    assert _reads_as_non_text(value) and _by_first_character(value)
    assert parse_yaml(emit_yaml({"note": value}))[0] == {"note": value}


@pytest.mark.parametrize("value", PLAIN)
def test_plain_text_stays_plain(value: str) -> None:
    assert not _reads_as_non_text(value) and not _by_first_character(value)
    assert parse_yaml(emit_yaml({"note": value}))[0] == {"note": value}


@given(st.text(alphabet="0123456789.-+eE_:~ nNulLtTrRfFaAsSxZ", max_size=12))
def test_the_one_pattern_check_is_the_loaders_test(value: str) -> None:
    assert _reads_as_non_text(value) == _by_first_character(value)
    assert parse_yaml(emit_yaml({"note": value}))[0] == {"note": value}
