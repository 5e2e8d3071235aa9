"""Packaging glue that pyproject.toml alone cannot say: resources/ and templates/ sit at the top
of the repository and are installed inside the package as sla_designer.resources and
sla_designer.templates, so an installed wheel finds them with importlib.resources."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["sla_designer", "sla_designer.*"]),
        "sla_designer.resources",
        "sla_designer.templates",
    ],
    package_dir={
        "sla_designer.resources": "resources",
        "sla_designer.templates": "templates",
    },
)
