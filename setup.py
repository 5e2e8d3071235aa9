"""Packaging glue that pyproject.toml alone cannot say: resources/ and templates/ sit at the top
of the repository and are installed inside the package as sla_designer.resources and
sla_designer.templates, so an installed wheel finds them with importlib.resources."""

from pathlib import Path

from setuptools import find_packages, setup

DATA = {"sla_designer.resources": "resources", "sla_designer.templates": "templates"}


def data_packages() -> list[str]:
    """The two data folders and every folder below them (word/, clauses/, i18n/ ...)."""
    found = []
    for package, folder in DATA.items():
        found.append(package)
        for sub in sorted(Path(folder).rglob("*")):
            if sub.is_dir() and sub.name != "__pycache__":
                found.append(".".join([package, *sub.relative_to(folder).parts]))
    return found


setup(
    packages=[*find_packages(include=["sla_designer", "sla_designer.*"]), *data_packages()],
    package_dir=DATA,
    package_data={package: ["*"] for package in data_packages()},
)
