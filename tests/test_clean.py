"""Boilerplate spans and sentence segmentation keep offsets on the original text."""

from conflictlens import clean
from conflictlens.resources import seed_text


def texts(text, spans):
    return [text[s.start : s.end] for s in spans]


def test_seed_boilerplate_lines_are_marked():
    text = seed_text()
    found = clean.boilerplate(text, "id")
    labels = {text[s.start : s.end]: s.label for s in found}
    related = [t for t, lab in labels.items() if lab == "related"]
    assert len(related) == 3 and all(t.startswith("Baca Juga:") for t in related)
    assert labels["(L/R4/P1)"] == "editor"
    assert labels["Mi’raj News Agency (MINA)"] == "signature"
    # A dateline "(23/12)" is a date, not an editor code.
    assert "(23/12)" not in labels


def test_mask_keeps_length_and_offsets():
    text = "Satu.\nBaca Juga: Israel di Gaza\nDua (ant/hrd)"
    spans = clean.boilerplate(text, "id")
    masked = clean.mask(text, spans)
    assert len(masked) == len(text)
    assert "Israel" not in masked and "ant/hrd" not in masked
    assert masked.index("Dua") == text.index("Dua")


def test_english_related_lines_and_prefix_needs_a_separator():
    text = "Read also: Ten killed in Kabul\nRelated to this, the army withdrew.\nSee also - Gaza"
    assert texts(text, clean.boilerplate(text, "en")) == [
        "Read also: Ten killed in Kabul",
        "See also - Gaza",
    ]


def test_sentences_respect_abbreviations_decimals_and_lines():
    text = "Dr. Smith arrived at 3.5 p.m. in the U.S. capital. He left.\nNew line here"
    got = texts(text, clean.sentences(text, "en"))
    assert got == [
        "Dr. Smith arrived at 3.5 p.m. in the U.S. capital.",
        "He left.",
        "New line here",
    ]


def test_sentences_indonesian():
    text = 'Jl. Sudirman ditutup. Polisi berjaga (Jumat). "Aman," katanya.'
    got = texts(text, clean.sentences(text, "id"))
    assert got == ["Jl. Sudirman ditutup.", "Polisi berjaga (Jumat).", '"Aman," katanya.']


def test_sentence_scan_is_linear_on_pathological_input():
    text = ". " * 100_000 + "a" * 100_000
    spans = clean.sentences(text, "en")
    assert spans[-1].end == len(text)
