"""conflictlens: when, where and how many, from conflict news text, as tidy pandas tables.

Examples
--------
>>> import conflictlens as cl
>>> a = cl.analyze("Perang berlangsung selama 44 hari pada September 2020.", published="2022-12-23")
>>> a.lang
'id'
"""

from __future__ import annotations

from . import accessor as _accessor  # noqa: F401  (registers DataFrame.lens)
from . import datasets
from ._version import __version__
from .analysis import Analysis, analyze
from .corpus import Corpus, analyze_many
from .io import read_csv, read_jsonl, read_parquet, read_texts
from .resources import seed_text

__all__ = [
    "Analysis",
    "Corpus",
    "__version__",
    "analyze",
    "analyze_many",
    "datasets",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "seed_text",
]

# Views and integrations load on first use, so `import conflictlens` stays light (no matplotlib).
_LAZY = ("plot", "tables", "display", "export", "dask", "testing")


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
