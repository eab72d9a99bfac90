"""Histories anchor their bare dates to the story, news with a background paragraph to its date."""

from datetime import date

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


def _tags(text, published=None, from_content=False, lang="en"):
    """(text, value, start, end) of each temporal mention of ``text``."""
    return [(m.text, m.value, m.start, m.end) for m in tag(text, lang, published, from_content)]


WW1 = (
    "The First World War (1914–1918) began after the assassination in Sarajevo on 28 June "
    "1914. The German advance was halted on the Marne in September, and by the end of the "
    "year a line of trenches ran to Switzerland. On 1 July 1916 British troops attacked at "
    "7:30 a.m.; by that evening 20,000 were dead. The armistice was signed on 11 November 1918."
)


def test_a_chronicle_dated_from_its_own_content_follows_its_story():
    # Without a date of writing, the publication date is the text's latest date (1918-11-11);
    # in a chronicle of several years it ends the story and does not anchor "September".
    got = {t: v for t, v, _, _ in _tags(WW1, date(1918, 11, 11), from_content=True)}
    assert got["September"] == "1914-09"
    assert got["the end of the year"] == "1914"
    # given (not inferred) as a date of writing close to the story, the text is still a story
    # told by its own dates (dense with dates, all months before the writing): they lead
    given = {t: v for t, v, _, _ in _tags(WW1, date(1918, 11, 11))}
    assert given["September"] == "1914-09"
    # news that names its day keeps counting from the writing
    news = (
        "On Friday the army said the advance was halted on 28 June 1918. In September it resumed."
    )
    got = {t: v for t, v, _, _ in _tags(news, date(1918, 11, 11))}
    assert got["September"] == "1918-09"


def test_clock_times_do_not_make_a_history_read_as_news():
    # "7:30 a.m." is on the day its sentence tells of, not a word counting from the writing
    got = {t: v for t, v, _, _ in _tags(WW1, date(2009, 12, 19))}
    assert got["September"] == "1914-09"
    assert got["7:30 a.m."] == "1916-07-01T07:30"
    assert got["that evening"] == "1916-07-01TEV"


def test_dates_and_seasons_before_the_common_era():
    text = (
        "Hannibal crossed the Alps in 218 BC. The following spring he advanced into Etruria, "
        "and in June he won at Lake Trasimene. On 2 August 216 BC he won at Cannae. In the "
        "spring of 146 BC Rome stormed Carthage; that winter its land was annexed, and by the "
        "end of the year nothing was left. That year Corinth fell too."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got == [
        ("218 BC", "BC0218", 29, 35),
        ("The following spring", "BC0217-SP", 37, 57),
        ("June", "BC0217-06", 91, 95),  # the story moved on to 217 BC
        ("2 August 216 BC", "BC0216-08-02", 125, 140),
        ("the spring of 146 BC", "BC0146-SP", 162, 182),
        ("that winter", "BC0146-WI", 206, 217),
        ("the end of the year", "BC0146", 247, 266),
        ("That year", "BC0146", 285, 294),
    ]


def test_centuries_before_and_years_of_the_common_era():
    text = (
        "Carthage fell in the 2nd century BC. Augustus died in AD 14, and in 9 AD three "
        "legions were lost. Rome was sacked in 410 CE. He saw an ad in 1990."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got == [
        ("the 2nd century BC", "BC01", 17, 35),  # 200-101 BC
        ("AD 14", "0014", 54, 59),
        ("9 AD", "0009", 68, 72),
        ("410 CE", "0410", 117, 123),
        ("1990", "1990", 141, 145),  # "an ad" is no era
    ]


def test_named_wars_are_not_periods():
    text = (
        "Britain fought the Seven Years' War. In the Six-Day War of 1967 Israel won. Lee won "
        "the Seven Days Battles. The Winter War began in 1939. Three Years Later, he left. "
        "The war lasted seven years."
    )
    got = [(t, v) for t, v, _, _ in _tags(text, date(2009, 12, 19))]
    assert got == [
        ("1967", "1967"),
        ("1939", "1939"),
        ("Three Years Later", "1942"),  # a capitalized word of time follows: still a time
        ("seven years", "P7Y"),
    ]


def test_a_month_joined_to_a_month_is_a_month():
    text = "Port Arthur fell on 2 January 1905. In February and March the armies fought at Mukden."
    got = _tags(text)
    assert got[1:] == [("February", "1905-02", 39, 47), ("March", "1905-03", 52, 57)]
    # "march" as a verb stays out
    assert [t for t, *_ in _tags("In June the troops march north.", date(2009, 12, 19))] == ["June"]


def test_seasons_in_a_chronicle():
    text = (
        "An armistice was signed on 19 September 1944. In the spring the army was demobilized. "
        "In the winter of 1941–42 the front froze. In the spring and summer of 1942 the "
        "Germans advanced, and 22,000 men fell in a single day."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got == [
        ("19 September 1944", "1944-09-19", 27, 44),
        ("the spring", "1945-SP", 49, 59),  # the next spring: the story moves forward
        ("the winter of 1941–42", "1941-WI", 89, 110),  # one winter across two years
        ("the spring", "1942-SP", 131, 141),  # the year closing the pair is both seasons'
        ("summer of 1942", "1942-SU", 146, 160),
        ("a single day", "P1D", 206, 218),
    ]


def test_a_history_with_an_epilogue_near_the_time_of_writing_follows_its_story():
    # One year of eight lies near the date of writing (the troops left in 2010, written in
    # 2011): still a history, and "December" is the story's, not last year's.
    text = (
        "On 20 March 2003, American and British forces invaded Iraq. Baghdad fell on 9 April, "
        "and on 1 May the president declared an end to major combat. Saddam Hussein was "
        "captured in December. Fighting broke out in Fallujah in April 2004, and a second "
        "assault began on 7 November 2004. Elections were held in January 2005. In February "
        "2006 a bombing destroyed a shrine in Samarra. In early 2007 more troops were sent. "
        "The last combat brigade left in August 2010."
    )
    got = _tags(text, date(2011, 6, 30))
    assert ("December", "2003-12", 176, 184) in got


def test_a_season_or_month_of_a_relative_year():
    text = (
        "Paris fell on 14 June 1940. In the autumn of that year the bombing began. In the "
        "summer of the following year Germany attacked, and in June of that year it invaded."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got[1:] == [
        ("the autumn of that year", "1940-FA", 31, 54),
        ("the summer of the following year", "1941-SU", 77, 109),
        ("June of that year", "1941-06", 135, 152),
    ]


def test_the_first_century():
    # the 1st century (AD 1-99) has no year 0 in the calendar the bounds use
    text = "In the 1st century AD the Romans conquered Britain; the 4th century CE saw Rome split."
    got = [(m.text, m.value, m.start, m.end, m.earliest.year) for m in tag(text, "en", None)]
    assert got == [
        ("the 1st century AD", "00", 3, 21, 1),
        ("the 4th century CE", "03", 52, 70, 300),
    ]


def test_a_clock_time_in_a_history_is_on_the_storys_day():
    text = (
        "World War II began in 1939. In 1940 France fell. In 1941 Germany invaded the Soviet "
        "Union. On 6 June 1944, Allied troops landed in Normandy. At 06:30 the first wave hit "
        "the beach. By midnight 156,000 men were ashore. The next morning the Germans "
        "counterattacked."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got[3:] == [
        ("6 June 1944", "1944-06-06", 94, 105),
        ("06:30", "1944-06-06T06:30", 144, 149),
        ("midnight", "1944-06-06T24:00", 183, 191),
        ("The next morning", "1944-06-07TMO", 217, 233),
    ]


def test_the_spring_and_summer_of_a_year_before_the_common_era():
    got = _tags("In the spring and summer of 99 BC the legions marched.", date(2009, 12, 19))
    assert got == [("the spring", "BC0099-SP", 3, 13), ("summer of 99 BC", "BC0099-SU", 18, 33)]


def test_anaphoric_months_and_offsets_in_a_history():
    text = (
        "In 1915 Italy joined the war. In 1916 the great battles were fought. The previous "
        "December had been quiet. Troops arrived on 3 March 1917. That same month mutinies "
        "broke out. The following December, the line held. A year and a half later, peace came."
    )
    got = _tags(text, date(2009, 12, 19))
    assert got[2:] == [
        ("The previous December", "1915-12", 69, 90),  # before the story's 1916
        ("3 March 1917", "1917-03-03", 125, 137),
        ("That same month", "1917-03", 139, 154),
        ("The following December", "1917-12", 175, 197),
        ("A year and a half later", "1919-06", 214, 237),  # eighteen months on
    ]
    assert _tags("The ceasefire broke down last December.", date(2009, 12, 19)) == [
        ("last December", "2008-12", 25, 38)  # from the time of writing
    ]


def test_the_same_day_in_a_story_told_by_its_years_before_the_common_era():
    text = "In 479 BC the Greeks won at Plataea, and on the same day their fleet won at Mycale."
    assert _tags(text, date(2009, 12, 19)) == [
        ("479 BC", "BC0479", 3, 9),
        ("the same day", "BC0479-XX-XX", 44, 56),  # a day of that year, not of the writing
    ]


def _tagged(text, published=date(2009, 12, 19)):
    out = []
    for m in tag(text, "en", published):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.value))
    return out


def test_a_story_dated_by_one_year_long_past_follows_it():
    # One explicit year opens the story; its bare and weekday dates are the story's, and
    # "two days later" counts from "Sunday, 2 May" (a Sunday in 1982).
    text = (
        "The Falklands War was fought in 1982. On 2 April, Argentine forces landed near Stanley. "
        "On Sunday, 2 May, a submarine sank the cruiser, and two days later a missile struck "
        "the destroyer. The British landed on 21 May."
    )
    assert _tagged(text) == [
        ("1982", "1982"),
        ("2 April", "1982-04-02"),
        ("Sunday, 2 May", "1982-05-02"),
        ("two days later", "1982-05-04"),
        ("21 May", "1982-05-21"),
    ]


def test_news_that_opens_with_its_own_day_keeps_its_date():
    # XIE19990227: "WARSAW, February 26" before "July 1997": news, not a story of 1997
    text = (
        "WARSAW, February 26 (Xinhua) -- The presidents signed the papers. The countries, "
        "invited in July 1997, will join on March 12."
    )
    got = dict(_tagged(text, date(1999, 2, 27)))
    assert got["February 26"] == "1999-02-26" and got["March 12"] == "1999-03-12"


def test_a_look_back_does_not_move_the_story():
    # "the previous day" and a bare month wholly before the story's day are flashbacks
    text = (
        "On 26 November 1939, Soviet artillery shelled Mainila. Four days later the Red Army "
        "crossed the border; Moscow had broken off relations the previous day. Bombers struck "
        "Helsinki that afternoon. The Peace of Westphalia was signed on 24 October 1648. The "
        "Swedes, who had besieged Prague since July, left when the news reached them nine days "
        "later."
    )
    got = dict(_tagged(text))
    assert got["Four days later"] == "1939-11-30"
    assert got["the previous day"] == "1939-11-29"
    assert got["that afternoon"] == "1939-11-30TAF"
    assert got["nine days later"] == "1648-11-02"


def test_a_clock_time_after_the_next_day_and_late_in_the_year():
    text = (
        "The Second Boer War began in 1899. Roberts entered Pretoria in June 1900. Late in the "
        "year he handed over command. The treaty was signed on 12 March 1940, and the guns fell "
        "silent the next day at 11 a.m. local time. Fifteen months later, Finland joined the "
        "attack. It lasted less than half an hour."
    )
    got = dict(_tagged(text))
    assert got["Late in the year"] == "1900"
    assert got["11 a.m."] == "1940-03-13T11:00"
    assert got["Fifteen months later"] == "1941-06"
    assert got["less than half an hour"] == "PT30M"


def test_an_aside_about_an_earlier_year_does_not_move_the_story():
    text = (
        "The war was fought from 6 to 25 October 1973. By 10 October Israeli forces had pushed "
        "the Syrians back. On October 14 the largest tank battle since Kursk in 1943 was fought, "
        "and on the same day an airlift began. Three days later the oil producers cut output."
    )
    got = dict(_tagged(text))
    assert got["1943"] == "1943"
    assert got["the same day"] == "1973-10-14"
    assert got["Three days later"] == "1973-10-17"


def test_parts_of_day_on_the_storys_day():
    text = (
        "On 1 September 1870 the battle began at 4 a.m., and by the afternoon the army was "
        "surrounded. On 22 January 1879 Chelmsford left the camp at dawn. The morning newspaper "
        "said so."
    )
    got = _tagged(text)
    assert ("the afternoon", "1870-09-01TAF") in got
    assert ("dawn", "1879-01-22TMO") in got
    assert all(t != "The morning" for t, _ in got)  # no preposition: not a time
