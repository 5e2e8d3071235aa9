"""The guided editor (PySide6). The only package that imports Qt."""
