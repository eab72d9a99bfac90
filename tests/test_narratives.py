"""Histories anchor their bare dates to the story, news with a background paragraph to its date."""

import pytest

import conflictlens as cl
from conflictlens.errors import EmptyDataWarning
from conflictlens.extract.temporal import tag

WW2 = (
    "World War II began on 1 September 1939, when Germany invaded Poland. Two days later, "
    "Britain and France declared war on Germany. On 17 September, the Soviet Union invaded "
    "Poland from the east, and by the end of the month Warsaw had surrendered.\n"
    "In the spring of 1940, Germany attacked Denmark and Norway. On 10 May, German forces "
    "invaded France and the Low Countries. Paris fell on 14 June, and France signed an "
    "armistice eight days later. That summer, the Luftwaffe began a bombing campaign against "
    "Britain that lasted until October. In June 1941, Germany invaded the Soviet Union."
)


def _values(text, published, lang="en"):
    m = cl.analyze(text, lang=lang, published=published).mentions
    m = m[m["kind"].isin(["date", "time", "duration", "set"])]
    return {
        t: (v, s, e) for t, v, s, e in zip(m["text"], m["value"], m["start"], m["end"], strict=True)
    }


def test_a_history_read_years_later_follows_its_story():
    got = _values(WW2, "2009-12-19")
    assert got["14 June"][0] == "1940-06-14"
    # "14 June" moves the story on: eight days after it, not after "the spring of 1940".
    assert got["eight days later"][0] == "1940-06-22"
    assert got["the end of the month"][0] == "1939-09"
    assert got["October"][0] == "1940-10"
    s, e = got["14 June"][1:]
    assert WW2[s:e] == "14 June"


def test_without_a_date_of_writing_a_history_follows_its_story():
    got = {m.text: m.value for m in tag(WW2, "en", None)}
    assert (got["14 June"], got["eight days later"], got["October"]) == (
        "1940-06-14",
        "1940-06-22",
        "1940-10",
    )


def test_a_history_dated_from_its_own_content_follows_its_story():
    text = WW2 + " The war in Europe ended on 8 May 1945."
    a = cl.analyze(text, lang="en")
    assert (str(a.published.date()), a.published_source) == ("1945-05-08", "content")
    got = _values(text, None)
    assert (got["14 June"][0], got["eight days later"][0], got["October"][0]) == (
        "1940-06-14",
        "1940-06-22",
        "1940-10",
    )


def test_the_end_of_the_month_in_a_history_is_the_storys_month():
    m = cl.analyze(WW2, lang="en", published="2009-12-19").mentions
    row = m[m["text"] == "the end of the month"].iloc[0]
    assert (row["value"], row["mod"], row["anchor"]) == ("1939-09", "END", "narrative")


def test_news_with_a_background_paragraph_keeps_its_publication_date():
    text = (
        "The sultan died on Friday at the age of 79. He came to power in 1970 and ruled for "
        "almost fifty years. In 2015 he spent eight months in Germany for treatment, and he "
        "was recently ill again. He travelled to Belgium in the middle of December and "
        "returned home a week later."
    )
    got = _values(text, "2020-01-11")
    assert got["Friday"][0] == "2020-01-10"
    assert got["the middle of December"][0] == "2019-12"


def test_a_sentence_that_looks_ahead_from_the_time_of_writing_uses_it():
    # Far from the story's last date, a sentence about the future speaks from its writing.
    text = (
        "The alliance was founded in 1949. Greece and Turkey joined in 1952, West Germany in "
        "1955 and Spain in 1982. Just what the alliance will do with the eager applicants "
        "from the east is not clear, and its members disagree about the cost of taking them "
        "in. The issue is expected to dominate a summit set for Washington in April."
    )
    assert _values(text, "1999-03-12")["April"][0] == "1999-04"


def test_an_indonesian_history_follows_its_story():
    text = (
        "Proklamasi kemerdekaan dibacakan pada 17 Agustus 1945. Sehari kemudian, PPKI "
        "mengesahkan Undang-Undang Dasar. Pada akhir September, pasukan Sekutu mendarat di "
        "Jakarta. Pertempuran besar pecah di Surabaya pada 10 November dan berlangsung selama "
        "tiga minggu. Pada Januari 1946, ibu kota dipindahkan ke Yogyakarta. Belanda mengakui "
        "kedaulatan Indonesia pada 27 Desember 1949."
    )
    got = _values(text, "2015-08-17", lang="id")
    assert got["Sehari kemudian"][0] == "1945-08-18"
    assert got["10 November"][0] == "1945-11-10"
    assert got["tiga minggu"][0] == "P3W"


def test_a_chronicle_moves_forward_into_the_next_year():
    text = (
        "In late 1944, the offensive resumed. On the night of 13 February, bombers struck "
        "Dresden. In the winter of 1941, the German advance stalled near Moscow. In March, the "
        "front was quiet. On 14 June 1942 the city fell; the government had left on 10 June."
    )
    got = {m.text: m.value for m in tag(text, "en", None)}
    assert got["13 February"] == "1945-02-13"  # after "late 1944": the next February
    assert got["March"] == "1942-03"  # after "the winter of 1941"
    assert got["10 June"] == "1942-06-10"  # four days back, not a year ahead


def test_years_before_the_common_era():
    text = (
        "The Persian invasion came in 490 BC, and ten years later Xerxes led a larger army "
        "into Greece. In September, the fleets met at Salamis. The First Punic War lasted "
        "from 264 to 241 BC."
    )
    a = cl.analyze(text, lang="en", published="2009-12-19")
    m = a.mentions[a.mentions["kind"] == "date"]
    got = list(zip(m["text"], m["value"], m["edtf"], strict=True))
    assert got == [
        ("490 BC", "BC0490", "-0489"),
        ("ten years later", "BC0480", "-0479"),
        ("September", "BC0480-09", "-0479-09"),
        ("264", "BC0264", "-0263"),  # a range whose end carries the era
        ("241 BC", "BC0241", "-0240"),
    ]
    assert m["earliest"].isna().all()  # bounds hold dates of the common era only
    assert all(text[s:e] == t for s, e, t in zip(m["start"], m["end"], m["text"], strict=True))
    with pytest.warns(EmptyDataWarning):  # nothing on the time axis, and no error either
        a.plot_timeline()
    id_ = cl.analyze("Kartago dihancurkan pada 146 SM.", lang="id", published="2015-01-01")
    assert list(id_.mentions["value"]) == ["BC0146"]
