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
