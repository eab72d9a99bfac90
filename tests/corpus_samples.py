"""Inputs shared by the fast-path tests: documents of the benchmark corpora when they are there,
and random texts glued from pieces (a fast path must agree with its reference on both)."""

from __future__ import annotations

import glob
import gzip
import json
import random
from collections.abc import Sequence

CORPORA = "/work/shared/corpora/*.jsonl.gz"


def corpus_texts(limit: int) -> list[str]:
    """Up to ``limit`` documents of each benchmark corpus (none when the corpora are absent)."""
    out = []
    for path in sorted(glob.glob(CORPORA)):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= limit:
                    break
                out.append(json.loads(line)["text"])
    return out


def glued_texts(seed: int, n: int, pieces: Sequence[str], glue: Sequence[str]) -> list[str]:
    """``n`` texts of 1 to 18 random ``pieces``, each followed by a random ``glue``."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 18)):
            parts.append(rng.choice(pieces))
            parts.append(rng.choice(glue))
        out.append("".join(parts))
    return out
