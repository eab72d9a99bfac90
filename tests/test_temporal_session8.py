"""Rules found on the blind sets of session 8 (IndoSum 104-107, histories 58-61, English wire
news 13-14): weekdays that name a story's year, in the Gregorian or the Julian calendar.

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at as _at
from timex_cases import gold_text
from timex_cases import tags as _tags

_HISTORY_1915 = (
    "The battle was fought from 10 to 13 March 1915. By the end of 1914 the war of movement "
    "had ended. In February 1915 the First Army was given the task. The Germans had held the "
    "village since late October 1914, and the Indian Corps had arrived in France in the autumn "
    "of 1914. The bombardment opened at 7:30 a.m. on Wednesday, 10 March, and on 12 March a "
    "German counter-attack was beaten off."
)


def test_a_weekday_names_the_next_year_when_the_story_year_does_not_fit():
    # The story's last date is the autumn of 1914; 10 March 1914 was a Tuesday, 10 March 1915
    # a Wednesday: the weekday dates the day, and the story goes on from it.
    found = _tags(_HISTORY_1915, "en", date(2012, 2, 20))
    assert _at(_HISTORY_1915, "Wednesday, 10 March", "1915-03-10") in found
    assert _at(_HISTORY_1915, "7:30 a.m.", "1915-03-10T07:30") in found
    assert _at(_HISTORY_1915, "12 March", "1915-03-12") in found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # Agincourt: a Friday in the Julian calendar, a Wednesday in the proleptic Gregorian one
        ("Henry V landed in France in August 1415 and took Harfleur after a siege. The armies "
         "met near Agincourt on Friday, 25 October, and that afternoon the French were routed.",
         "Friday, 25 October", "1415-10-25"),
        # Naseby: Saturday, 14 June 1645 (Julian; England kept it until 1752)
        ("Fairfax took the field in May 1645 and marched north. Early on Saturday, 14 June, the "
         "two armies formed up near Naseby.", "Early on Saturday, 14 June", "1645-06-14"),
    ],
)  # fmt: skip
def test_before_1753_a_weekday_may_be_of_the_julian_calendar(text, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", date(2016, 6, 15))


def test_a_weekday_that_fits_neither_calendar_leaves_the_day_to_the_story():
    # 25 October 1415 was no Monday in either calendar: the story's year stays, whatever
    # other year the weekday would fit
    text = (
        "Henry V landed in France in August 1415 and took Harfleur after a siege. The armies "
        "met near Agincourt on Monday, 25 October."
    )
    found = dict((m, v) for m, _, v in _tags(text, "en", date(2016, 6, 15)))
    assert found["Monday, 25 October"][:4] != "1416"


_RETOLD = (
    "Three years ago, the last defenders of Mariupol walked out of the Azovstal steelworks. "
    "Russian troops reached the outskirts within days of the invasion that began on 24 February "
    "2022. By 2 March electricity had been cut. On 9 March an air strike hit a maternity "
    "hospital. A week later a bomb struck the Drama Theatre. Private cars began to leave in "
    "mid-March, and on 21 April the plant was blockaded. The theatre reopened last year, and "
    "relatives will march again this weekend."
)


def test_news_retelling_a_story_of_years_before_dates_its_bare_days_in_the_story():
    # Written in 2025: "24 February 2022" opens a story, and the bare days after it are of it
    found = _tags(_RETOLD, "en", date(2025, 5, 20))
    for mention, value in [
        ("2 March", "2022-03-02"),
        ("9 March", "2022-03-09"),
        ("A week later", "2022-03-16"),
        ("mid-March", "2022-03"),
        ("21 April", "2022-04-21"),
        ("last year", "2024"),
        ("this weekend", "2025-W21-WE"),
    ]:
        assert _at(_RETOLD, mention, value) in found


def test_news_with_a_background_month_keeps_its_bare_months_in_its_own_year():
    text = (
        "Syrian forces pressed an offensive on Monday, a monitoring group said. Rebels say they "
        "have destroyed a dozen tanks since Wednesday. The intervention is the most dramatic "
        "turn in a conflict that began with protests in March 2011. In the spring, insurgents "
        "seized Idlib, and Soleimani visited Moscow in July. Ministers will meet later this month."
    )
    found = _tags(text, "en", date(2015, 10, 12))
    assert _at(text, "the spring", "2015-SP") in found
    assert _at(text, "July", "2015-07") in found


def test_a_quoted_date_is_not_retold():
    text = (
        "Parliament was suspended on Monday after MPs rejected an early election. The United "
        "Kingdom voted on June 23, 2016, to leave the European Union. Johnson said on Tuesday: "
        '"We must get Brexit done, because the UK must come out by October 31st."'
    )
    assert _at(text, "October 31st", "2019-10-31") in _tags(text, "en", date(2019, 9, 11))


@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "value"),
    [
        # a span that runs to or from the weekday nearest the report, whatever the tense
        ("Israel reopened its airspace, and schools were ordered closed until Monday.", "en",
         date(2024, 4, 14), "Monday", "2024-04-15"),
        ("The government declared three days of national mourning starting on Wednesday.", "en",
         date(2019, 3, 18), "Wednesday", "2019-03-20"),
        ("Student groups had given the government until Thursday to scrap the bill, but this "
         "deadline was not met.", "en", date(2019, 6, 23), "Thursday", "2019-06-20"),
        ("Fighting in the north went on until Friday, the monitor said.", "en",
         date(2019, 6, 23), "Friday", "2019-06-21"),
        ("Jumlah korban meninggal dunia hingga Rabu malam bertambah menjadi 23 orang.", "id",
         date(2016, 9, 22), "Rabu malam", "2016-09-21TNI"),
    ],
)  # fmt: skip
def test_a_weekday_after_until_or_starting_is_the_nearest(text, lang, published, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, published)


_ANNIVERSARY = (
    "Forty years ago today, artillery opened fire on the combat base at Khe Sanh. The siege "
    "that followed lasted 77 days and became the symbol of the war in 1968. The Marines had "
    "fought a series of hill battles around it in the spring of 1967, and by the end of the "
    "year two divisions were moving toward it. The bombardment began at about 5:30 a.m. on "
    "January 21, soon after an attack on Hill 861 had been beaten off. The district town was "
    "abandoned the same day. Ten days later the Tet Offensive broke out across the South. On "
    "the night of February 7 tanks overran the camp at Lang Vei. Through February and March "
    "the base was shelled, and on February 25 a patrol was ambushed outside the wire. The "
    "relief operation began on April 1 and reached the base on April 8, after 77 days. The "
    "base was closed in June and abandoned on July 5, less than three months later. Today the "
    "plateau is a coffee plantation."
)


def test_an_anniversary_opening_names_the_story_year():
    # "Forty years ago" (1968) makes the text a history, not news of January 2008; "by the end
    # of the year" moves the story to late 1967, and "soon after" is no future
    found = _tags(_ANNIVERSARY, "en", date(2008, 1, 21))
    assert _at(_ANNIVERSARY, "January 21", "1968-01-21") in found
    assert ("February", _ANNIVERSARY.index("Through February") + 8, "1968-02") in found
    assert _at(_ANNIVERSARY, "Today", "2008-01-21") in found


_EPILOGUE = (
    "On 30 March 1972 North Vietnam launched the largest offensive of the war, and a week later "
    "three more divisions came out of Cambodia into Binh Long province. The first assault on An "
    "Loc came on 13 April, when tanks broke into the northern edge of the town. The defenders "
    "held a shrinking perimeter with the help of a handful of advisers and of almost constant "
    "air support. Many of the tank crews had never worked with infantry before, and their tanks "
    "were picked off in the streets with light anti-tank weapons fired from cellars, ruined "
    "shops and the churchyard by soldiers who had learnt to use them only weeks before. For "
    "more than two months the town could be supplied only from the air, and many of the "
    "parachute loads drifted into enemy lines or fell among the ruins of the market. "
    "At the height of the siege more than 7,000 shells fell on the town in a single day. The "
    "heaviest attack began before dawn on 11 May, with a bombardment followed by tanks and "
    "infantry from several directions at once, and a last attempt to break in was made in "
    "mid-May. The siege was lifted on 18 June after 66 days. Saigon fell on 30 April 1975. "
    "Today the town has been rebuilt. Veterans met there last year, and a memorial will be "
    "unveiled this week."
)


def test_an_epilogue_counted_from_the_writing_leaves_a_story_a_story():
    found = _tags(_EPILOGUE, "en", date(2012, 4, 13))
    assert _at(_EPILOGUE, "11 May", "1972-05-11") in found
    assert _at(_EPILOGUE, "18 June", "1972-06-18") in found
    assert _at(_EPILOGUE, "last year", "2011") in found


def test_a_bare_day_of_the_month_takes_the_story_month():
    text = (
        "The army landed at Dunbar on 16 September 1745 and the 17th. The 4th Infantry Division "
        "arrived for the 25th anniversary. The column left on 28 November and reached the town "
        "on the 4th."
    )
    # (not "The 4th Infantry Division", "the 25th anniversary": a word follows the ordinal)
    assert _tags(text, "en", date(2012, 2, 20)) == [
        _at(text, "16 September 1745", "1745-09-16"),
        _at(text, "the 17th", "1745-09-17"),
        _at(text, "28 November", "1745-11-28"),
        ("the 4th", text.rindex("the 4th"), "1745-12-04"),  # the month after 28 November
    ]


def test_a_bare_day_without_a_month_to_follow_is_no_time():
    text = "The talks resumed on the 17th, the minister said."
    assert _tags(text, "en", date(2019, 3, 18)) == []


def test_a_numeric_date_with_a_spaced_slash_before_its_year():
    # tokenized text ("(8/12 / 2017)") as in IndoSum
    text = "Laga pertama digelar Jumat (8/12 / 2017) mulai pukul 14.00 WIB."
    found = _tags(text, "id", date(2017, 12, 5))
    assert _at(text, "Jumat (8/12 / 2017)", "2017-12-08") in found
    assert _at(text, "pukul 14.00 WIB", "2017-12-08T14:00") in found


_FORTY_YEARS_ON = (
    "Today, veterans gathered in Buenos Aires to mark 40 years since the landing. On the night "
    "of 1 April 1982, Argentine commandos came ashore near Stanley, and at dawn on 2 April the "
    "main force landed. At 9.30 a.m. the governor surrendered. Three days later the British "
    "task force sailed from Portsmouth. The conscripts who garrisoned the islands were poorly "
    "fed and equipped, and many of them spent the long southern autumn in flooded foxholes on "
    "the hills above the town, waiting for an enemy they could not see and writing letters "
    "home that were often never sent. Their officers, career soldiers from the mainland, lived "
    "in the requisitioned houses of the town and came up to the positions only rarely. On 1 May "
    "British aircraft bombed the airfield. This afternoon the names of the dead were read out."
)


def test_news_retelling_a_day_of_years_ago_dates_its_clock_times_and_later_days():
    found = _tags(_FORTY_YEARS_ON, "en", date(2022, 4, 2))
    # the next sentence's clock time is on the day retold; "1 May" comes two paragraphs'
    # worth of characters after the story's last date, still of the story
    assert _at(_FORTY_YEARS_ON, "9.30 a.m.", "1982-04-02T09:30") in found
    assert _at(_FORTY_YEARS_ON, "Three days later", "1982-04-05") in found
    assert _at(_FORTY_YEARS_ON, "1 May", "1982-05-01") in found
    assert _at(_FORTY_YEARS_ON, "This afternoon", "2022-04-02TAF") in found


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a present-tense plan further back in the sentence than the nearest past form
        ("The truce between the army and the paramilitary forces is to begin at 9:45 pm "
         "(1945 GMT) on Monday, the mediators said.", date(2023, 5, 21), "Monday", "2023-05-22"),
        ("The Crew Dragon is scheduled to remain at the station during the week and return to "
         "Earth on Friday.", date(2019, 3, 5), "Friday", "2019-03-08"),
        # "for Saturday": a day set for something, the nearest one
        ("The opposition called a march of women dressed in white for Saturday.",
         date(2017, 5, 4), "Saturday", "2017-05-06"),
    ],
)  # fmt: skip
def test_plans_further_back_and_days_set_for_something(text, published, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", published)


def test_news_looking_ahead_from_its_day_is_not_of_a_background_year():
    text = (
        "Voters queued on Wednesday, and counting went on on Thursday. Three years ago the "
        "court upheld the law. Widodo, who has been president since 2014, is barred from "
        "seeking a third term and will step down in October. He won in 2014 and 2019, after "
        "the fall of Suharto in 1998."
    )
    assert _at(text, "October", "2024-10") in _tags(text, "en", date(2024, 2, 15))


@pytest.mark.parametrize(
    ("text", "lang", "mention", "value"),
    [
        ("The temperature fell below freezing every night.", "en", "every night",
         "XXXX-XX-XXTNI"),
        ("Relatives gather every Saturday night with photographs.", "en",
         "every Saturday night", "XXXX-WXX-6TNI"),
        ("Warga berjaga setiap malam hari di pos ronda.", "id", "setiap malam hari",
         "XXXX-XX-XXTNI"),
        # (a night of a named day stays that day's: not "setiap malam" + "Natal")
        ("Ia selalu ke gereja setiap malam Natal bersama keluarga.", "id", "malam Natal",
         "2019-12-24"),
    ],
)  # fmt: skip
def test_every_night_is_a_set_of_nights(text, lang, mention, value):
    assert _at(text, mention, value) in _tags(text, lang, date(2020, 1, 1))


def test_a_coarser_look_back_leaves_a_retold_day_where_it_was():
    # A historian's piece written for the tenth anniversary (the project's blind history set
    # 66): 869, 1896, 1933 and "the 1960s" look back from 11 March 2011 and do not end it.
    text = gold_text("narrative_blind66_timex", "tohoku")
    found = _tags(text, "en", date(2021, 3, 10))
    assert ("3:35 p.m.", text.index("3:35 p.m."), "2011-03-11T15:35") in found
    assert ("14 March", text.index("14 March"), "2011-03-14") in found


def test_a_decade_long_past_is_a_decade():
    text = "Relations worsened through the 1330s, and after the setbacks of the 1370s it waned."
    found = _tags(text, "en", date(2012, 2, 20))
    assert _at(text, "the 1330s", "133") in found
    assert _at(text, "the 1370s", "137") in found


def test_a_retold_weekday_names_the_story_year_not_the_report_day():
    text = (
        "Today, on the tenth anniversary of the attacks, the families will gather at the "
        "memorial. The ten gunmen left Karachi by boat on 22 November 2008. On the evening of "
        "Wednesday, 26 November they came ashore near Colaba. The siege of the hotel ended on "
        "Saturday, 29 November."
    )
    found = _tags(text, "en", date(2018, 11, 26))
    assert _at(text, "Wednesday, 26 November", "2008-11-26") in found
    assert _at(text, "Saturday, 29 November", "2008-11-29") in found


def test_a_retelling_is_not_ended_by_a_day_it_recalls_from_years_before():
    text = (
        "Parents of the 43 students who disappeared ten years ago marched this afternoon in "
        "Mexico City. On Friday, September 26, 2014, about 100 students travelled to Iguala to "
        "commandeer buses for the march commemorating the massacre of October 2, 1968. At about "
        "9:30 p.m. police opened fire. The mayor fled and was arrested on November 4. Three days "
        "later the attorney general gave his account."
    )
    found = _tags(text, "en", date(2024, 9, 26))
    assert _at(text, "9:30 p.m.", "2014-09-26T21:30") in found
    assert _at(text, "November 4", "2014-11-04") in found


def test_a_weekday_date_named_again_is_the_day_named_before():
    text = (
        "The violence began on the night of 23 July 1983, but the conflict was older. Ceylon "
        "became independent on 4 February 1948. The library was burnt on the night of 31 May "
        "1981. On Saturday, 23 July, at about 11:30 p.m., rebels ambushed an army patrol, and "
        "the next evening crowds gathered at the cemetery."
    )
    found = _tags(text, "en", date(2013, 7, 23))
    assert _at(text, "Saturday, 23 July", "1983-07-23") in found
    assert _at(text, "the next evening", "1983-07-24TEV") in found


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        ("Security was tightened ahead of the fasting month of Ramadan, which begins Thursday.",
         date(2018, 5, 14), "Thursday", "2018-05-17"),
        ("The water festival starts on Thursday, but the opposition called for a boycott.",
         date(2023, 4, 12), "Thursday", "2023-04-13"),
        ("President-elect Donald Trump, who takes office Monday, has claimed credit.",
         date(2025, 1, 19), "Monday", "2025-01-20"),
    ],
)  # fmt: skip
def test_a_scheduled_present_looks_ahead(text, published, mention, value):
    assert _at(text, mention, value) in _tags(text, "en", published)


_ONE_YEAR_ON = (
    "A year ago today, the last defenders of the Azovstal steelworks walked out into captivity. "
    "The siege had begun after the invasion of 24 February 2022. On 16 March 2022 a bomb struck "
    "the Drama Theatre. By the end of the week, on 20 March, the city was cut off. Private cars "
    "left through "
    "a corridor in mid-March, and by mid-April the defenders held only the port and the plant, "
    "where 2,000 civilians sheltered for two months. On 21 April Putin ordered "
    "the plant blockaded, and on 16 May Kyiv ordered the garrison to save their lives. Today "
    "the families of the prisoners gather in Kyiv."
)


def test_news_retelling_last_years_story_dates_its_bare_days_in_the_story():
    # written one year on: "16 May" is the story's (2022), not four days before the writing
    found = _tags(_ONE_YEAR_ON, "en", date(2023, 5, 20))
    assert _at(_ONE_YEAR_ON, "21 April", "2022-04-21") in found
    assert _at(_ONE_YEAR_ON, "16 May", "2022-05-16") in found
    assert _at(_ONE_YEAR_ON, "Today", "2023-05-20") in found


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        ("One year ago tonight, tanks rolled onto the bridges of Istanbul.", date(2017, 7, 15),
         "One year ago tonight", "2016-07-15TNI"),
        ("Two years ago today, mutinous soldiers seized the base. Today the town is quiet.",
         date(2022, 8, 18), "Two years ago today", "2020-08-18"),
    ],
)  # fmt: skip
def test_years_ago_today_is_one_day(text, published, mention, value):
    assert _tags(text, "en", published)[0] == _at(text, mention, value)


def test_years_ago_alone_keeps_its_year():
    text = "He left a year ago. Today he returned."
    assert _tags(text, "en", date(2020, 1, 1))[0] == _at(text, "a year ago", "2019")


def test_the_first_clock_time_of_a_range_before_a_clock_time():
    # a schedule in IndoSum's tokenized text: each match from ... to ... WIB on its day
    text = "Jumat (8/12 / 2017)14.00 - 16.00 WIB: Bank BJB vs Bima Perkasa Jogja16.00 - 18.00 WIB"
    found = _tags(text, "id", date(2017, 12, 5))
    assert _at(text, "14.00", "2017-12-08T14:00") in found
    assert ("16.00", text.rindex("16.00"), "2017-12-08T16:00") in found
    assert _at(text, "18.00 WIB", "2017-12-08T18:00") in found
