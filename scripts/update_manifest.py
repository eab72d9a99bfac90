"""Record the SHA-256 of every package data file in ``_data/MANIFEST.json``.

Generated data in ``_data/`` and the curated language data in ``lang/*.json`` are covered.

Run after any builder script writes into ``src/conflictlens/_data/``::

    python scripts/update_manifest.py

``conflictlens.resources.read_bytes`` verifies these checksums at load time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "conflictlens" / "_data"
# Curated language data ships in the package too; its keys are relative to _data ("../lang/x.json").
LANG = DATA.parent / "lang"


def main() -> None:
    manifest = {
        p.relative_to(DATA).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(DATA.rglob("*"))
        if p.is_file() and p.name != "MANIFEST.json" and "__pycache__" not in p.parts
    }
    for p in sorted(LANG.glob("*.json")):
        manifest[f"../lang/{p.name}"] = hashlib.sha256(p.read_bytes()).hexdigest()
    (DATA / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{len(manifest)} files in {DATA / 'MANIFEST.json'}")


if __name__ == "__main__":
    main()
