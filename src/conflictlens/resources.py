"""Lazy, cached loading of package data, verified against recorded checksums.

Package data is JSON (never pickle). Each generated file in ``_data/`` is listed with its SHA-256 in
``_data/MANIFEST.json``; a damaged file raises :class:`~conflictlens.errors.DataError`.

Examples
--------
>>> text = seed_text()
>>> text.startswith("Ankara, MINA")
True
"""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataError

_PKG = "conflictlens"
SEED_ID = "000_c7a1eaa441f16691"


def _seed_dir() -> Path:
    packaged = Path(str(resources.files(_PKG))) / "_seeds"
    if packaged.is_dir():
        return packaged
    # Editable / source checkout: the repository's seeds/ folder.
    repo = Path(__file__).resolve().parents[2] / "seeds"
    if repo.is_dir():
        return repo
    raise DataError("seeds", "the bundled seed article is missing; reinstall conflictlens")


def seed_path(seed_id: str = SEED_ID) -> Path:
    """Return the path of a bundled seed article."""
    path = _seed_dir() / f"{seed_id}.txt"
    if not path.is_file():
        raise DataError(f"seeds/{seed_id}.txt", "not found")
    return path


def seed_text(seed_id: str = SEED_ID) -> str:
    """Return the text of the bundled seed article (the demo's default input).

    Examples
    --------
    >>> "Nagorno-Karabakh" in seed_text()
    True
    """
    return seed_path(seed_id).read_text(encoding="utf-8")


def seed_metadata(seed_id: str = SEED_ID) -> dict[str, Any]:
    """Return the metadata of a bundled seed article (language, source agency)."""
    return json.loads((_seed_dir() / f"{seed_id}.json").read_text(encoding="utf-8"))


def data_path(name: str) -> Path:
    """Return the path of a generated package data file in ``_data/``."""
    return Path(str(resources.files(_PKG))) / "_data" / name


@cache
def _manifest() -> dict[str, str]:
    path = data_path("MANIFEST.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def read_bytes(name: str) -> bytes:
    """Read a package data file and verify its checksum against ``_data/MANIFEST.json``."""
    path = data_path(name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(
            name, f"cannot be read ({exc.__class__.__name__}); reinstall conflictlens"
        ) from exc
    expected = _manifest().get(name)
    if expected is not None and sha256(raw) != expected:
        raise DataError(name, "checksum mismatch: the file is damaged; reinstall conflictlens")
    return raw


def load_lang_json(name: str) -> Any:
    """Load (once) a curated language data file of ``conflictlens/lang/``, checksum verified.

    Examples
    --------
    >>> sorted(load_lang_json("core.json"))[:2]
    ['_comment', 'en']
    """
    return load_json(f"../lang/{name}")


@cache
def load_json(name: str) -> Any:
    """Load (once) a JSON package data file, gzip-compressed when its name ends in ``.gz``."""
    return read_json(name)


def read_json(name: str) -> Any:
    """Read a JSON package data file, not cached: for data its user converts and keeps."""
    raw = read_bytes(name)
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise DataError(name, f"is not valid JSON ({exc})") from exc
