"""Optional dependencies, imported only by the functions that need them.

Examples
--------
>>> mod = import_optional("json")
>>> mod.__name__
'json'
"""

from __future__ import annotations

import importlib
from types import ModuleType

_EXTRA = {
    "dask": "dask",
    "distributed": "dask",
    "IPython": "notebook",
    "tqdm": "core",
    "pyarrow": "core",
}


def import_optional(name: str) -> ModuleType:
    """Import ``name`` or raise an ImportError that says how to install it."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        top = name.split(".")[0]
        extra = _EXTRA.get(top)
        hint = (
            f'pip install "conflictlens[{extra}]"'
            if extra and extra != "core"
            else f"pip install {top}"
        )
        raise ImportError(f"{name!r} is needed for this feature; install it with: {hint}") from exc
