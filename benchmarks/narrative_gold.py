"""Build the narrative temporal test set from its marked-up source.

    python benchmarks/narrative_gold.py      # data/narrative_timex.txt → data/narrative_timex.jsonl
    python benchmarks/narrative_gold.py benchmarks/data/kompas_gold_id.txt  # any .txt → .jsonl

The source holds history-style documents (war narratives, English and Indonesian) written for
this project, with ``[[text|TYPE|value]]`` or ``[[text|TYPE|value|MOD]]`` around each temporal
expression. The output has the format of the TempEval-3 dev file (``timex_run.py`` reads both):
``{"doc_id", "lang", "dct", "text", "timexes": [{"start", "end", "text", "type", "value", ...}]}``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data"
_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def parse(source: str) -> list[dict]:
    """Return the documents of a marked-up ``source`` with plain text and character offsets."""
    docs: list[dict] = []
    body: list[str] = []
    head: list[str] | None = None

    def flush() -> None:
        if head is None:
            return
        marked = "\n".join(body).strip()
        text, timexes, pos = [], [], 0
        length = 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            length += m.start() - pos
            span, kind, value, mod = m.groups()
            tx = {"start": length, "end": length + len(span), "text": span, "type": kind}
            tx["value"] = value
            if mod:
                tx["mod"] = mod
            timexes.append(tx)
            text.append(span)
            length += len(span)
            pos = m.end()
        text.append(marked[pos:])
        plain = "".join(text)
        if "[[" in plain or "]]" in plain:
            raise ValueError(f"{head[0]}: unparsed markup left")
        assert all(plain[t["start"] : t["end"]] == t["text"] for t in timexes)
        doc_id, lang, dct = head
        docs.append(
            {
                "doc_id": doc_id,
                "lang": lang,
                "dct": None if dct == "none" else dct,
                "text": plain,
                "timexes": timexes,
            }
        )

    for line in source.splitlines():
        if line.startswith("## "):
            flush()
            head = [p.strip() for p in line[3:].split("|")]
            body = []
        elif not (line == "#" or line.startswith("# ")):
            body.append(line)  # (a "# " line is a comment; "#MeToo ..." is article text)
    flush()
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    src = Path(args[0]) if args else HERE / "narrative_timex.txt"
    docs = parse(src.read_text(encoding="utf-8"))
    out = src.with_suffix(".jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["timexes"]) for d in docs)
    print(f"{out}: {len(docs)} documents, {n} timexes")


if __name__ == "__main__":
    main()
