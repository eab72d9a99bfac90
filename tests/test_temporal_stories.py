"""Which day, month or year a bare expression belongs to: ranges closed by a relative year,
clock times of the day a news lead names, sentences framed by a date, and histories of the
recent past (written months after their story, not years)."""

from __future__ import annotations

from datetime import date

from conflictlens.extract.temporal import tag


def _tags(text: str, lang: str, published: date) -> list[tuple[str, str, int, int]]:
    out = [(m.text, m.value, m.start, m.end) for m in tag(text, lang, published)]
    for t, _, s, e in out:
        assert text[s:e] == t
    return out


def test_a_range_of_months_closed_by_a_relative_year_is_of_that_year():
    text = "Inflasi Januari - September   tahun ini, menurut Juda, telah mencapai 7,18 persen."
    got = _tags(text, "id", date(2016, 10, 1))
    assert got[0] == ("Januari", "2016-01", 8, 15)
    assert got[1][1] == "2016-09"
    got = _tags("Exports from January to March last year fell.", "en", date(2016, 10, 1))
    assert got[0] == ("January", "2015-01", 13, 20)
    assert got[1][:2] == ("March last year", "2015-03")


def test_a_clock_time_is_on_the_day_the_lead_names_with_yesterday():
    text = (
        "Monday, February 18, 2019\n\n"
        "A fire yesterday morning destroyed at least 200 homes in a slum in Chittagong, a port "
        "city in Bangladesh. Officials said it killed nine people.\n\n"
        "The fire broke out at around 3:30am, the fire service said."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "en", date(2019, 2, 18))}
    assert got["3:30am"] == ("2019-02-17T03:30", text.index("3:30am"))


def test_a_yesterday_after_the_lead_does_not_move_the_clock_times():
    text = (
        "Wednesday, October 9, 2019\n\n"
        "At midnight local time, the utility began turning off electricity for customers in "
        "the San Francisco area of California because of high winds.\n\n"
        "The utility announced the schedule late yesterday.\n\n"
        "It announced around 11:30 am that phase one had been completed."
    )
    got = {t: v for t, v, _, _ in _tags(text, "en", date(2019, 10, 9))}
    assert got["late yesterday"] == "2019-10-08"
    assert got["11:30 am"] == "2019-10-09T11:30"


def test_a_date_that_opens_a_sentence_frames_its_bare_months():
    text = (
        "Sanders ended his bid last week. In the 2016 United States presidential election, "
        "Sanders stayed in the race against Hillary Clinton for two more months, until June, "
        "and did not endorse her until July."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "en", date(2020, 4, 15))}
    assert got["June"] == ("2016-06", text.index("June"))
    assert got["July"] == ("2016-07", text.index("July"))
    # a bare month in the next sentence is not framed by it
    later = text + " Biden won the primary in March."
    assert {t: v for t, v, _, _ in _tags(later, "en", date(2020, 4, 15))}["March"] == "2020-03"


def test_an_indonesian_sentence_framed_by_its_month_and_year():
    text = "Ia sudah lima kali ke Papua. Desember 2014, Jokowi merayakan natal di Jayapura."
    got = {t: (v, s) for t, v, s, _ in _tags(text, "id", date(2016, 10, 20))}
    assert got["natal"] == ("2014-12-25", text.index("natal"))


UKRAINE = (
    "The invasion began on 24 February 2022, after Russia had massed troops since the spring "
    "of 2021. On 21 February 2022 Putin recognised the two republics. Three days later the "
    "attack began at dawn. Kherson fell on 2 March. On 29 March Russia said it would reduce its "
    "activity near Kyiv, and by early April its troops had left the north. On 14 April the "
    "cruiser Moskva sank. Mariupol fell on 20 May. Severodonetsk fell on 25 June, and in late "
    "August a counter-offensive began. Kherson was retaken on 11 November 2022. Today the war "
    "goes on."
)


def test_a_history_of_last_years_war_follows_its_own_dates():
    got = {t: (v, s) for t, v, s, _ in _tags(UKRAINE, "en", date(2023, 6, 30))}
    assert got["2 March"] == ("2022-03-02", UKRAINE.index("2 March"))
    assert got["14 April"][0] == "2022-04-14"
    assert got["25 June"][0] == "2022-06-25"
    assert got["early April"][0] == "2022-04"
    assert got["Today"][0] == "2023-06-30"


def test_news_with_a_background_paragraph_keeps_its_bare_months_near_the_writing():
    # Not a chronicle: a few dates in a long text (a history is dense with them)
    text = (
        "Collins currently leads the party. In November 2018 the party nominated Bayes, who "
        "withdrew in March 2019; Gammon withdrew around August 2019 and Collins took over, "
        "with Parker as his running mate.\n\n"
        "Parker spoke to reporters back in July. Collins won the California primary in March "
        "and lost the Reform Party nomination in June. The party is on the ballot in several "
        "states, and the campaign is counting on its volunteers in the last weeks before the "
        "vote. Its website lists meetings, donations and interviews with its candidates.\n\n"
        "Collins said the party stands for the prohibition of alcoholic beverages, for a "
        "balanced budget and for term limits for members of Congress. He said that voters who "
        "are tired of the two large parties should look at the smaller ones, and that the "
        "party's candidates would keep campaigning in the states where they are on the ballot "
        "as well as in those where they can be written in. The party has held a national "
        "convention every four years since it was founded, and it counts members in most "
        "states of the union, though fewer than it once did.\n\n"
        "Asked about the economy, Collins said that small businesses had been hit hard and "
        "that the government should cut spending rather than raise taxes. On foreign policy he "
        "said the country should bring its troops home and trade with every nation that wants "
        "to trade with it. He said he was proud of the volunteers who gathered the signatures "
        "the party needed, and that he hoped more young people would join it."
    )
    got = {t: v for t, v, _, _ in _tags(text, "en", date(2020, 10, 22))}
    assert got["July"] == "2020-07"
    assert got["March"] == "2020-03"


def test_a_weekday_date_of_the_story_is_in_the_story_year_near_the_writing_too():
    # 9 July is a Sunday in 2017 and in 2023: the story (down to its days) decides
    text = (
        "The offensive to retake Mosul began on 17 October 2016. The battle for the Old City "
        "began on 18 June 2017. Iraqi forces reached the river on "
        "29 June 2017, and on Sunday, July 9 the prime minister arrived in the city."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "en", date(2023, 6, 30))}
    assert got["Sunday, July 9"] == ("2017-07-09", text.index("Sunday, July 9"))


def test_the_first_date_of_a_range_takes_the_year_that_closes_it():
    text = "The battle was fought from 13 March to 7 May 1954 in the valley."
    got = _tags(text, "en", date(2009, 12, 19))
    assert got[0] == ("13 March", "1954-03-13", 27, 35)
    got = _tags("Mereka berjaga dari 20 Desember hingga 5 Januari 1950.", "id", date(2009, 12, 19))
    assert got[0][:2] == ("20 Desember", "1949-12-20")
    # a date that is not a range's start keeps its own year
    got = _tags("He arrived on March 3, and in May 1954 he left.", "en", date(2009, 12, 19))
    assert got[0][:2] == ("March 3", "2009-03-03")


def test_the_following_week_is_a_week_and_a_week_later_a_day():
    text = (
        "On Sunday, 28 October 1962, Khrushchev agreed. The following week the ships turned "
        "back. On 2 December 1962 the crisis ended. A week later the blockade was lifted."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "en", date(2016, 3, 1))}
    assert got["The following week"] == ("1962-W44", text.index("The following week"))
    assert got["A week later"][0] == "1962-12-09"


def test_a_part_of_the_year_is_of_the_year_the_text_is_in():
    text = "In 1948 the rebels rallied during the first half of the year, and then fled."
    got = _tags(text, "en", date(2023, 6, 30))
    assert got[1] == ("the first half of the year", "1948-H1", 34, 60)
    got = _tags("In the third quarter of the year, sales rose.", "en", date(2023, 6, 30))
    assert got == [("the third quarter of the year", "2023-Q3", 3, 32)]


def test_the_same_day_after_a_year_is_the_last_day_the_news_named():
    text = (
        "Harga minyak, Rabu (10/12/2014), turun 4 persen. OPEC memperkirakan permintaan akan "
        "turun pada 2015, lebih rendah dibandingkan permintaan pada 2014. Target produksi pada "
        "2015 adalah 30 juta barrel. Pada hari yang sama, Kementerian Energi melaporkan stok naik."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "id", date(2014, 12, 11))}
    assert got["hari yang sama"] == ("2014-12-10", text.index("hari yang sama"))


def test_the_next_day_after_a_date_is_no_plan_ahead():
    # "the next day" follows the date; its "next" does not make the sentence look ahead
    text = (
        "The assault began on 1 August 2022. That autumn the attacks went on. The president "
        "visited the town on 20 December and the next day spoke to Congress. In January 2023 "
        "the enemy took Soledar, and by late February 2023 the town was almost surrounded. "
        "Today the ruins are quiet."
    )
    got = {t: (v, s) for t, v, s, _ in _tags(text, "en", date(2023, 6, 30))}
    assert got["20 December"] == ("2022-12-20", text.index("20 December"))
    assert got["the next day"][0] == "2022-12-21"
