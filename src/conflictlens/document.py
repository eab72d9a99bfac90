"""Document: the text and what is known about it before extraction.

Examples
--------
>>> doc = make_document("Perang pecah di Gaza, kata dia.", published="2023-10-07")
>>> doc.lang, doc.published.date().isoformat(), doc.published_source
('id', '2023-10-07', 'given')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

import pandas as pd

from . import clean
from . import lang as _lang
from .spans import Span

PUBLISHED_SOURCES = ("given", "dateline", "content", "unknown")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class Document:
    """A document ready for extraction. ``masked`` has boilerplate blanked, same offsets."""

    text: str
    doc_id: str
    lang: str | None
    lang_source: str
    published: pd.Timestamp | None
    published_source: str
    boilerplate: list[Span] = field(default_factory=list)
    masked: str = ""
    sentences: list[Span] = field(default_factory=list)


def _has_surrogate(text: str) -> bool:
    """Tell whether ``text`` holds a lone surrogate (the same answer as ``_SURROGATE.search``).

    Strict UTF-8 encoding fails on exactly the code points U+D800–U+DFFF, and does so several
    times faster than the regex scans the text; an ASCII text (a flag of the str, read at once)
    has none.
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def derive_doc_id(text: str) -> str:
    """Return a stable id for a text: ``doc-`` and 16 hex digits of its SHA-1."""
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_published(published: object) -> pd.Timestamp | None:
    """Validate and normalize a publication date to a naive, second-resolution Timestamp.

    Raises
    ------
    ValueError
        If ``published`` is a string that is not an ISO date/datetime.
    TypeError
        If ``published`` has an unsupported type.
    """
    if published is None:
        return None
    if isinstance(published, float) and published != published:  # NaN from a frame
        return None
    if published is pd.NaT:
        return None
    if isinstance(published, pd.Timestamp | dt.datetime | dt.date):
        ts = pd.Timestamp(published)
    elif isinstance(published, str):
        if not published.strip():
            return None
        try:
            ts = pd.Timestamp(published.strip())
        except (ValueError, OverflowError) as exc:
            raise ValueError(
                f"published={published!r} is not an ISO 8601 date or datetime"
            ) from exc
        if ts is pd.NaT:
            return None
    else:
        raise TypeError(
            "published must be a str (ISO date), datetime.date, datetime.datetime, "
            f"pandas.Timestamp or None, not {type(published).__name__}"
        )
    if ts.tzinfo is not None:
        ts = ts.tz_convert(None)
    return ts.as_unit("s")


def parse_lang(lang: object) -> str | None:
    """Validate an ISO 639-1 language code (two lowercase letters) or None."""
    if lang is None:
        return None
    if isinstance(lang, float) and lang != lang:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str (ISO 639-1 code) or None, not {type(lang).__name__}")
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise ValueError(f"lang={lang!r} is not an ISO 639-1 code such as 'id' or 'en'")
    return code


def make_document(
    text: object,
    lang: object = None,
    published: object = None,
    doc_id: object = None,
) -> Document:
    """Validate the inputs and prepare a :class:`Document` (boilerplate, sentences)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if _has_surrogate(text):
        # Lone surrogates cannot be stored in pandas/Arrow strings; one U+FFFD per code unit keeps
        # every offset unchanged.
        text = _SURROGATE.sub("\ufffd", text)
    code = parse_lang(lang)
    ts = parse_published(published)
    if doc_id is None or (isinstance(doc_id, float) and doc_id != doc_id):
        doc_id = derive_doc_id(text)
    elif not isinstance(doc_id, str | int):
        raise TypeError(f"doc_id must be a str or int, not {type(doc_id).__name__}")
    lang_source = "given"
    if code is None:
        code = _lang.detect(text)
        lang_source = "detected" if code else "unknown"
    spans = clean.boilerplate(text, code)
    return Document(
        text=text,
        doc_id=str(doc_id),
        lang=code,
        lang_source=lang_source,
        published=ts,
        published_source="given" if ts is not None else "unknown",
        boilerplate=spans,
        masked=clean.mask(text, spans),
        sentences=clean.sentences(text, code),
    )
