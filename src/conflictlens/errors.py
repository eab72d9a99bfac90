"""Exceptions and warnings of conflictlens. All of them survive pickling across processes.

Examples
--------
>>> err = DataError("gazetteer.json", "checksum mismatch")
>>> str(err)
"package data 'gazetteer.json': checksum mismatch"
"""

from __future__ import annotations


class ConflictlensError(Exception):
    """Base class of every error raised by conflictlens."""

    code = "error"


class DataError(ConflictlensError):
    """Package data is missing or damaged (reinstall the package)."""

    code = "data"

    def __init__(self, resource: str, message: str) -> None:
        super().__init__(resource, message)
        self.resource = resource
        self.message = message

    def __str__(self) -> str:
        return f"package data {self.resource!r}: {self.message}"


class ConflictlensWarning(UserWarning):
    """Base class of conflictlens warnings."""


class EmptyDataWarning(ConflictlensWarning):
    """A view was asked to draw an empty frame."""
