"""Language detection: function words first, distinctive frequent words on a tie."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictlens.document import make_document
from conflictlens.lang import detect

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Perang berlangsung selama 44 hari dan ribuan orang mengungsi.", "id"),
        ("The war lasted 44 days and thousands of people fled.", "en"),
        # one function word each ("The", "yang"): the other words decide
        ('Drama serial " The Slingshot " yang dibintangi Park Yong Ha ditayangkan KBS2.', "id"),
        ("The seminar di Jakarta berlangsung meriah, kata panitia.", "id"),
        ("Banjir in Jakarta: the river flooded several villages overnight.", "en"),
    ],
)
def test_detect(text, lang):
    assert detect(text) == lang


def test_no_evidence_gives_the_default_and_the_document_says_so():
    assert detect("Manek , SVD .") is None
    assert detect("12 345", default="id") == "id"
    doc = make_document("Sutiyoso .")
    assert (doc.lang, doc.lang_source) == (None, "unknown")


def test_the_word_lists_tell_the_languages_apart():
    data = json.loads((ROOT / "src/conflictlens/lang/detect_words.json").read_text())
    en, id_ = set(data["en"]), set(data["id"])
    assert not en & id_
    assert {"river", "war", "people"} <= en
    assert {"desa", "banjir", "perang"} <= id_


def test_the_word_lists_are_what_the_script_builds():
    pytest.importorskip("wordfreq")
    code = (
        "import json, sys; sys.path.insert(0, 'scripts'); import build_detect; "
        "print(json.dumps(build_detect.build()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    built = json.loads(out.stdout)
    shipped = json.loads((ROOT / "src/conflictlens/lang/detect_words.json").read_text())
    shipped.pop("_comment")
    assert built == shipped
