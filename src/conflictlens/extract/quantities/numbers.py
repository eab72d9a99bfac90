"""Tokens and numbers: a linear tokenizer, digit strings and number words to values.

Examples
--------
>>> from conflictlens.extract.quantities.lexicon import lexicon
>>> parse_digits("1.500", lexicon("id")), parse_digits("1,5", lexicon("id"))
(1500.0, 1.5)
>>> parse_digits("1,500", lexicon("en")), parse_digits("1.5", lexicon("en"))
(1500.0, 1.5)
>>> toks = tokenize("dua ratus lima puluh ribu orang")
>>> parse_words(toks, 0, lexicon("id"))[:2]
(250000.0, 5)
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from .lexicon import MAX_PHRASE, Lexicon, lexicon

# One token: a word (hyphen/apostrophe joined: "luka-luka", "twenty-three"), a digit string with
# inner separators ("1.500", "1,5"), or one other visible character. Every alternative consumes
# at least one character and separators are mandatory between repetitions: the scan is linear.
# The first character decides the alternative (words, the commonest, are tried first), and the
# possessive quantifiers match what greedy ones would, without keeping backtracking points.
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_]++(?:[-'’][^\W\d_]++)*+)|(?P<num>\d++(?:[.,]\d++)*+)|(?P<sym>\S)"
)
# The same tokens for ASCII text, with ranges of characters (a bit table) where ``_TOKEN`` asks
# the Unicode database: ASCII letters, digits, and all but the ASCII spaces of ``str.isspace``
# (tab to carriage return, the separators 0x1C-0x1F, space). A third faster.
_TOKEN_ASCII = re.compile(
    r"(?P<word>[A-Za-z]++(?:[-'][A-Za-z]++)*+)|(?P<num>[0-9]++(?:[.,][0-9]++)*+)"
    r"|(?P<sym>[^\t-\r\x1c- ])"
)


class Token(NamedTuple):
    """One token of the masked text, with its offsets."""

    kind: str  # num / word / sym
    start: int
    end: int
    text: str
    low: str
    newline: bool = False  # a line break between this token and the previous one


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into :class:`Token` records (offsets into ``text``).

    Examples
    --------
    >>> [t.text for t in tokenize("Rp1.500, luka-luka.")]
    ['Rp', '1.500', ',', 'luka-luka', '.']
    """
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    if end is None:
        end = len(text)
    line = text[start:end]
    token = _TOKEN_ASCII if line.isascii() else _TOKEN
    if "\n" not in line:
        # One line (how the scanner tokenizes): only the first token follows a line break.
        return _line(line, start, token, _NO_STARTS)[0]
    last = start
    find = text.find
    for m in token.finditer(text, start, end):
        a, b = m.span()
        word = m.group()
        # ``find`` rather than slicing: no substring is built per token.
        newline = not out or find("\n", last, a) >= 0
        append(new(Token, (m.lastgroup, a, b, word, word.lower(), newline)))
        last = b
    return out


def _mark(c: str) -> bool:
    # A character that is a token alone (``sym``): no space, letter or digit (``\w`` is the
    # characters of ``isalnum`` and "_", a mark; ``\s`` those of ``isspace``).
    return not c.isalnum() and not c.isspace()


class _Marks(dict):
    """Character -> ``_mark(c)``, remembered as characters are met (a look-up in C)."""

    def __missing__(self, c: str) -> bool:
        mark = _mark(c)
        if len(self) < _MAX_TEXTS:
            self[c] = mark
        return mark


_MARKS = _Marks()


def line_tokens(text: str, start: int, end: int, code: str) -> tuple[list[Token], list[int]]:
    """:func:`tokenize` of the line ``text[start:end]`` (no line break), and the indices of the
    tokens a quantity may start at in language ``code`` (those :func:`scan`'s filter keeps).

    Examples
    --------
    >>> tokens, starts = line_tokens("Sedikitnya 12 orang, dua-tiga desa", 0, 34, "id")
    >>> [tokens[i].text for i in starts]
    ['12', 'dua-tiga']
    """
    line = text[start:end]
    return _line(line, start, _TOKEN_ASCII if line.isascii() else _TOKEN, _may_start(code))


def _line(
    line: str, start: int, pattern: re.Pattern, table: _Starts
) -> tuple[list[Token], list[int]]:
    r""":func:`tokenize` of one ``line`` (no line break) starting at ``start`` in its text, and
    the indices of its tokens that ``table`` (:func:`_may_start`) keeps.

    The line is cut at spaces in C: most pieces are one word ("killed"), one number ("12"), a
    word and a mark ("killed,"), a mark and a word ("“Dua"), a mark ("-") or a number and a mark
    ("2017."), made into tokens without the regular expression; other pieces (other spaces,
    inner marks and digits) go through ``pattern`` (``_TOKEN``, or ``_TOKEN_ASCII`` for ASCII).
    The same tokens as the pattern over the line: a token never holds a space; a piece of
    letters (``isalpha``) is one word and one of digits (``isdecimal``, as ``\d``) one number; a
    mark after letters is no joiner, which must have letters after it, nor after digits, which
    it joins only before more digits.

    The tokens the scanner may start at are found on the way, by what ``table`` would answer for
    their texts (see :class:`_Starts`) where the kind is known without it: a number always, a
    mark if a minus sign, a word of letters (no hyphen) if its lower case is a starter or it is
    one numeric character. Tokens of the pattern ask ``table``. Most tokens are letters: one
    look-up in a small set, and no pass over the tokens afterwards.
    """
    out: list[Token] = []
    starts: list[int] = []
    append = out.append
    found = starts.append
    heads = table.starters
    new = tuple.__new__  # skips the Python-level __new__ of a NamedTuple (half the cost)
    mark_ = _MARKS.__getitem__
    pos = start
    for piece in line.split(" "):
        size = len(piece)
        if piece.isalpha():
            low = piece.lower()
            if low in heads or (size == 1 and piece.isnumeric()):
                found(len(out))
            append(new(Token, ("word", pos, pos + size, piece, low, not out)))
        elif piece.isdecimal():
            found(len(out))
            append(new(Token, ("num", pos, pos + size, piece, piece.lower(), not out)))
        elif size > 1 and mark_(piece[-1]) and piece[:-1].isalpha():
            word, mark, b = piece[:-1], piece[-1], pos + size - 1
            low = word.lower()
            if low in heads or (size == 2 and word.isnumeric()):
                found(len(out))
            append(new(Token, ("word", pos, b, word, low, not out)))
            if mark in _MINUS:
                found(len(out))
            append(new(Token, ("sym", b, b + 1, mark, mark.lower(), False)))
        elif size > 1 and mark_(piece[0]) and piece[1:].isalpha():
            mark, word = piece[0], piece[1:]
            if mark in _MINUS:
                found(len(out))
            append(new(Token, ("sym", pos, pos + 1, mark, mark.lower(), not out)))
            low = word.lower()
            if low in heads or (size == 2 and word.isnumeric()):
                found(len(out))
            append(new(Token, ("word", pos + 1, pos + size, word, low, False)))
        elif size == 1 and mark_(piece):
            if piece in _MINUS:
                found(len(out))
            append(new(Token, ("sym", pos, pos + 1, piece, piece.lower(), not out)))
        elif size > 1 and mark_(piece[-1]) and piece[:-1].isdecimal():
            # "2017.", "12,": a mark after digits joins them only before more digits.
            num, mark, b = piece[:-1], piece[-1], pos + size - 1
            found(len(out))
            append(new(Token, ("num", pos, b, num, num.lower(), not out)))
            if mark in _MINUS:
                found(len(out))
            append(new(Token, ("sym", b, b + 1, mark, mark.lower(), False)))
        elif piece:
            for m in pattern.finditer(piece):
                a, b = m.span()
                word = m.group()
                if table[word]:
                    found(len(out))
                append(new(Token, (m.lastgroup, pos + a, pos + b, word, word.lower(), not out)))
        pos += size + 1
    return out, starts


@cache
def _starters(code: str) -> frozenset[str]:
    # Words that may begin a quantity, in one set: most words are rejected by one look-up.
    lex = lexicon(code)
    return frozenset(
        lex.vague.keys()
        | lex.atoms.keys()
        | lex.expansions.keys()
        | lex.event_articles.keys()
        | lex.fraction_heads
    )


_TEXT = itemgetter(3)  # of a Token: its text
# Texts remembered per language; others are tested again each time (a bounded table).
_MAX_TEXTS = 1 << 16


class _Starts(dict):
    """Token text -> whether a quantity may start at a token with that text (``scan``'s filter).

    A token's kind is that of its first character (see :func:`tokenize`), so its text alone
    decides: a number yes; a symbol only if a minus sign (then ``minus_sign`` decides); a word if
    a starter, a hyphenated number word ("twenty-three") or one numeric character ("½": a vulgar
    fraction is a word token; a lone letter of a script whose vowel signs split words, "क", is
    not a number). Filled as texts are met.
    """

    __slots__ = ("atoms", "starters")

    def __init__(self, code: str | None) -> None:
        super().__init__()
        # (no language: no word starts a quantity, as for :func:`tokenize`, which needs none)
        self.starters = _starters(code) if code else frozenset()
        self.atoms = lexicon(code).atoms if code else {}

    def __missing__(self, text: str) -> bool:
        # Letters alone are a word and decimal digits a number (the commonest texts) without the
        # pattern: ``isalpha`` characters are ``\w`` but not ``\d``, ``isdecimal`` ones ``\d``.
        if text.isalpha():
            kind = "word"
        elif text.isdecimal():
            kind = "num"
        else:
            kind = _TOKEN.match(text).lastgroup
        if kind == "num":
            start = True
        elif kind == "sym":
            start = text in "-−–"  # (``forms.MINUS``)
        else:
            low = text.lower()
            start = (
                low in self.starters
                or ("-" in low and low.split("-")[0] in self.atoms)
                or (len(text) == 1 and text.isnumeric())
            )
        if len(self) < _MAX_TEXTS:
            self[text] = start
        return start


@cache
def _may_start(code: str) -> _Starts:
    return _Starts(code)


_NO_STARTS = _Starts(None)
_MINUS = frozenset("-−–")  # the marks a quantity may start at (``forms.MINUS``)


# Per lookup table (the lexicon's tables, read-only and kept for the process): the proper
# prefixes and proper suffixes of its keys. A phrase being built that is neither can grow into
# no key, so the look-up stops there (most stop at their first token). Keyed by ``id`` with the
# table itself, so an id is never reused while its entry exists; a bounded number of tables.
_AFFIXES: dict[int, tuple] = {}
_MAX_TABLES = 256


def _affixes(table) -> tuple | None:
    entry = _AFFIXES.get(id(table))
    if entry is not None and entry[0] is table:
        return entry
    if len(_AFFIXES) >= _MAX_TABLES:
        return None  # other tables are read without the shortcut
    entry = _AFFIXES[id(table)] = (table, *_affix_sets(frozenset(table)))
    return entry


@cache
def _affix_sets(keys: frozenset[str]) -> tuple[frozenset[str], ...]:
    # Shared by tables with the same keys (the lexicons of languages that fall back to English).
    # Then the first tokens a phrase may start with (keys and prefixes) and the last tokens it
    # may end with (keys and suffixes): see :func:`phrase_heads`.
    prefixes = frozenset(k[:m] for k in keys for m in range(1, len(k)))
    suffixes = frozenset(k[m:] for k in keys for m in range(1, len(k)))
    return prefixes, suffixes, keys | prefixes, keys | suffixes


def phrase_heads(table) -> frozenset[str]:
    """The token keys at which :func:`phrase_at` may find a phrase of ``table``.

    ``phrase_at(tokens, i, table)`` is None unless ``tokens[i].low`` is a key or a proper prefix
    of one (it stops there otherwise): a loop tests its tokens against this set in C and calls
    ``phrase_at`` only on a hit.

    Examples
    --------
    >>> sorted(phrase_heads({"lebih dari": 1, "dari": 2}))[:3]
    ['d', 'da', 'dar']
    """
    entry = _affixes(table)
    return _edges(table)[0] if entry is None else entry[3]


def phrase_tails(table) -> frozenset[str]:
    """The token keys before which :func:`phrase_before` may find a phrase of ``table``.

    ``phrase_before(tokens, i, table)`` is None unless ``tokens[i - 1].low`` is a key or a proper
    suffix of one (see :func:`phrase_heads`).
    """
    entry = _affixes(table)
    return _edges(table)[1] if entry is None else entry[4]


def _edges(table) -> tuple[frozenset[str], frozenset[str]]:
    # ``phrase_heads`` and ``phrase_tails`` of a table past the bound (built each time).
    keys = frozenset(table)
    prefixes = frozenset(k[:m] for k in keys for m in range(1, len(k)))
    suffixes = frozenset(k[m:] for k in keys for m in range(1, len(k)))
    return keys | prefixes, keys | suffixes


def phrase_at(tokens: list[Token], i: int, table, maxlen: int = MAX_PHRASE):
    """Return ``(key, j)`` of the longest phrase of ``table`` starting at token ``i`` (j exclusive).

    Tokens written without a space between them join without one ("US$", "-an", "s/d").
    """
    entry = _AFFIXES.get(id(table))  # (an entry keeps its table alive: the id is its own)
    if entry is None:
        entry = _affixes(table)
        if entry is None:
            return _phrase_at(tokens, i, table, maxlen)
    n = len(tokens)
    if i >= n or maxlen < 1:
        return None
    key = tokens[i].low
    best = (key, i + 1) if key in table else None
    prefixes = entry[1]
    if key not in prefixes:
        return best  # most look-ups end here, at their first token
    for j in range(i + 1, min(n, i + maxlen)):
        tok = tokens[j]
        gap = tok.start - tokens[j - 1].end
        if gap > 1 or tok.newline:
            break
        key += " " + tok.low if gap else tok.low
        if key in table:
            best = (key, j + 1)
        if key not in prefixes:
            break
    return best


def _phrase_at(tokens: list[Token], i: int, table, maxlen: int) -> tuple[str, int] | None:
    # :func:`phrase_at` without the prefix shortcut.
    best = None
    key = ""
    n = len(tokens)
    for j in range(i, min(n, i + maxlen)):
        tok = tokens[j]
        if j > i:
            gap = tok.start - tokens[j - 1].end
            if gap > 1 or tok.newline:
                break
            key += " " if gap else ""
        key += tok.low
        if key in table:
            best = (key, j + 1)
    return best


def phrase_before(tokens: list[Token], i: int, table, maxlen: int = MAX_PHRASE):
    """Return ``(key, start)`` of the longest phrase of ``table`` ending just before token ``i``."""
    entry = _AFFIXES.get(id(table))
    if entry is None:
        entry = _affixes(table)
        if entry is None:
            return _phrase_before(tokens, i, table, maxlen)
    if i < 1 or maxlen < 1:
        return None
    key = tokens[i - 1].low
    best = (key, i - 1) if key in table else None
    suffixes = entry[2]
    if key not in suffixes:
        return best
    for j in range(i - 2, max(-1, i - 1 - maxlen), -1):
        tok = tokens[j]
        gap = tokens[j + 1].start - tok.end
        if gap > 1:
            break
        key = tok.low + " " + key if gap else tok.low + key
        if key in table:
            best = (key, j)
        if key not in suffixes:
            break
    return best


def _phrase_before(tokens: list[Token], i: int, table, maxlen: int) -> tuple[str, int] | None:
    # :func:`phrase_before` without the suffix shortcut.
    best = None
    key = ""
    for j in range(i - 1, max(-1, i - 1 - maxlen), -1):
        tok = tokens[j]
        if j < i - 1:
            gap = tokens[j + 1].start - tok.end
            if gap > 1:
                break
            key = (" " if gap else "") + key
        key = tok.low + key
        if key in table:
            best = (key, j)
    return best


def parse_digits(text: str, lex: Lexicon) -> float | None:
    """Read a digit string with the separators of the language of ``lex``.

    A separator followed by groups of exactly three digits is a thousands separator; otherwise the
    language's decimal mark is decimal, and a foreign mark before one or two digits is read as
    decimal too ("2.5" in Indonesian text). Returns None for malformed groupings ("1.23.4").
    """
    if "." not in text and "," not in text:
        return float(text)  # (no separator: the commonest, found in C)
    seps = [c for c in text if c in ".,"]
    kinds = set(seps)
    if len(kinds) == 2:
        dec = seps[-1]
        grp = "," if dec == "." else "."
        if seps.count(dec) > 1:
            return None
        whole, frac = text.split(dec)
        groups = whole.split(grp)
        if any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac)
    sep = seps[0]
    groups = text.split(sep)
    if len(groups) > 2:
        if any(len(g) != 3 for g in groups[1:]) or len(groups[0]) > 3:
            return None
        return float("".join(groups))
    head, tail = groups
    if sep == lex.decimal:
        return float(head + "." + tail)
    if len(tail) == 3 and len(head) <= 3 and head.strip("0"):  # (not "0.144")
        return float(head + tail)
    return float(head + "." + tail)


@cache
def _number_words(code: str) -> frozenset[str]:
    # Digit words, multipliers and teens of a language, in one set built once.
    lex = lexicon(code)
    return frozenset(lex.atoms.keys() | lex.multipliers.keys() | lex.teen.keys())


def _parts(tok: Token, lex: Lexicon) -> list[str] | None:
    if tok.kind != "word":
        return None
    low = tok.low
    if low in lex.expansions:
        return lex.expansions[low]
    known = _number_words(lex.code)
    if "-" not in low:
        return [low] if low in known else None
    pieces = low.split("-")
    if all(p in known for p in pieces):
        return pieces
    return None


def parse_words(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, int, int] | None:
    """Read number words starting at token ``i``: ``(value, j, n_words)`` or None.

    Multipliers below a thousand multiply the last digit word unless the running value is smaller
    ("dua ratus lima puluh" = 250, "twenty five hundred" = 2500); a thousand and up close a group.
    """
    total = current = 0.0
    last: float | None = None  # the last digit word, still open for "puluh"/"belas"
    group: float | None = None  # the last multiplier of a thousand or more: they must decrease
    j = i
    words = 0
    seen_digit = False
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        if j > i and tok.start - tokens[j - 1].end > 1:
            break
        parts = _parts(tok, lex)
        if parts is None:
            # "one hundred and twenty": a joiner between a multiplier and a digit word.
            if (
                tok.low in lex.word_joiners
                and last is None
                and current
                and j + 1 < n
                and (nxt := _parts(tokens[j + 1], lex))
                and nxt[0] in lex.atoms
            ):
                j += 1
                continue
            break
        ok = True
        for p in parts:
            if p in lex.atoms:
                v = lex.atoms[p]
                # "a hundred", "a dozen": an article is a number only right before a multiplier.
                if p in lex.article_atoms and (
                    words
                    or j + 1 >= n
                    or (_parts(tokens[j + 1], lex) or [""])[0] not in lex.multipliers
                ):
                    ok = False
                    break
                if last is not None and not (
                    v == 0.5 or (20 <= last < 100 and last % 10 == 0 and 0 < v < 10)
                ):
                    ok = False
                    break
                current += v
                last = v
                seen_digit = True
            elif p in lex.multipliers:
                m = lex.multipliers[p]
                if not seen_digit:
                    ok = False
                    break
                if m >= 1000:
                    if group is not None and m >= group:
                        ok = False  # "ribu juta", "thousand million": a new number begins
                        break
                    group = m
                    total += (current or 1.0) * m
                    current = 0.0
                elif current < m:
                    current = (current or 1.0) * m
                elif last is not None:
                    current = current - last + last * m
                else:
                    ok = False
                    break
                last = None
            else:  # teen ("belas")
                if last is None or last >= 10:
                    ok = False
                    break
                current += lex.teen[p]
                last = None
        if not ok:
            break
        words += 1
        j += 1
    if not seen_digit or words == 0:
        return None
    return total + current, j, words
