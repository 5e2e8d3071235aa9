"""Reading and writing agreement files (YAML), their JSON Schema, and format migration."""

from sla_designer.io.atomic import (
    leftovers,
    remove_leftovers,
    write_bytes_atomically,
    write_text_atomically,
)
from sla_designer.io.errors import LoadError, SaveError
from sla_designer.io.files import (
    LoadedDocument,
    SourceMap,
    dumps_agreement,
    load_agreement,
    load_document,
    loads_agreement,
    loads_document,
    save_agreement,
)
from sla_designer.io.migrations import FORMAT_VERSION, SCHEMA_URL
from sla_designer.io.schema import json_schema, json_schema_text

__all__ = [
    "FORMAT_VERSION",
    "SCHEMA_URL",
    "LoadError",
    "LoadedDocument",
    "SaveError",
    "SourceMap",
    "dumps_agreement",
    "json_schema",
    "json_schema_text",
    "leftovers",
    "load_agreement",
    "load_document",
    "loads_agreement",
    "loads_document",
    "remove_leftovers",
    "save_agreement",
    "write_bytes_atomically",
    "write_text_atomically",
]
