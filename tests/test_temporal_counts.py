"""Amounts of time counted back ("more than 20 years ago", "a century ago", "2.5 years ago"),
stale day-and-month datelines, event names with a weekday, and histories that look back in
the past perfect (session 6 rules, found on blind IndoSum and history sets).

Each case checks offsets into the text and the TIMEX3 value.
"""

from __future__ import annotations

from datetime import date

import pytest
from timex_cases import at, tags


def _tags(text: str, lang: str, published: date | None) -> list[tuple]:
    return tags(text, lang, published, mod=True)


def _at(text: str, mention: str, value: str, mod: str | None = None) -> tuple:
    return at(text, mention, value, mod)


# -- a qualified amount counted back is a date before (or after) that point ----------------------
@pytest.mark.parametrize(
    ("text", "lang", "mention", "value", "mod"),
    [
        ("Restoran ini berdiri lebih dari 20 tahun lalu.", "id", "lebih dari 20 tahun lalu",
         "1986", "BEFORE"),
        ("The party was formed less than 4 years ago.", "en", "less than 4 years ago", "2002",
         "AFTER"),
        ("The mill closed at least 20 years ago.", "en", "at least 20 years ago", "1986",
         "ON_OR_BEFORE"),
        # a century counted back is a century, as "this century" is ("19" = the 1900s)
        ("Kapal itu tenggelam lebih dari satu abad lalu.", "id", "lebih dari satu abad lalu",
         "19", "BEFORE"),
        ("The town was founded two centuries ago.", "en", "two centuries ago", "18", None),
        # a fraction of a year counts months
        ("Ia pindah satu setengah tahun lalu.", "id", "satu setengah tahun lalu", "2005-02",
         None),
        ("It sank three and a half years ago.", "en", "three and a half years ago", "2003-02",
         None),
        ("The plant opened 2.5 years ago.", "en", "2.5 years ago", "2004-02", None),
        # vague amounts of years ago are some time ago
        ("Danau itu terbentuk jutaan tahun lalu.", "id", "jutaan tahun lalu", "PAST_REF", None),
    ],
)  # fmt: skip
def test_a_qualified_amount_counted_back(text, lang, mention, value, mod):
    found = _tags(text, lang, date(2006, 8, 25))
    assert found == [_at(text, mention, value, mod)]


def test_a_qualified_amount_without_ago_stays_a_duration():
    text = "The talks lasted more than two years."
    assert _tags(text, "en", date(2006, 8, 25)) == [
        _at(text, "more than two years", "P2Y", "MORE_THAN")
    ]


def test_large_amounts_of_hours_are_no_years():
    text = "Ia memiliki pengalaman lebih dari 5200 jam penerbangan."
    assert _tags(text, "id", date(2017, 4, 4)) == [
        _at(text, "lebih dari 5200 jam", "PT5200H", "MORE_THAN")
    ]
    # a four-digit number up to 2400 is still a year (or a military clock time), no amount
    assert _tags("Pada 1998 jam malam diberlakukan.", "id", date(2017, 4, 4))[0][2] == "1998"


# -- a day and month its weekday belies, far from the report: the report's own week --------------
@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # 27 August 2017 was a Sunday, and 27 March 2017 (the report's day) a Monday
        ("Jakarta, Senin (27/8) - Polisi menangkap pelaku.", date(2017, 3, 27), "Senin (27/8)",
         "2017-03-27"),
        # day and month swapped: 1 June 2017 was a Thursday; 6 January 2018 a Saturday
        ("Ia tiba Sabtu (1/6) lalu.", date(2018, 1, 7), "Sabtu (1/6) lalu", "2018-01-06"),
        # within four weeks of the report a wrong weekday keeps its written date
        ("Ia datang Rabu (2/6).", date(2017, 6, 20), "Rabu (2/6)", "2017-06-02"),
        # a weekday that agrees keeps its date however far back
        ("Ia ditangkap Selasa (17/10).", date(2018, 1, 20), "Selasa (17/10)", "2017-10-17"),
    ],
)  # fmt: skip
def test_a_stale_day_and_month_takes_the_weekday_of_the_report(text, published, mention, value):
    assert _at(text, mention, value)[:3] in [f[:3] for f in _tags(text, "id", published)]


def test_a_stale_day_and_month_is_kept_without_a_publication_date():
    # no report day to take the weekday from: the written day and month stay
    text = "Jakarta, Senin (27/8) - Polisi menangkap pelaku."
    values = [f[2] for f in _tags(text, "id", None)]
    assert values and values[0].endswith("-08-27")


def test_the_friday_prayer_is_no_date():
    text = "Massa akan salat Jumat di Masjid Istiqlal, lalu berjalan ke Monas pada Jumat (2/12)."
    found = _tags(text, "id", date(2016, 12, 1))
    assert found == [_at(text, "Jumat (2/12)", "2016-12-02")]


# -- histories: a look back in the past perfect does not move the story ----------------------------
def test_a_season_in_the_past_perfect_leaves_the_story_where_it_was():
    text = (
        "Port Arthur surrendered on January 2, 1905. The decisive battle was fought around "
        "Mukden from February 20 to March 10. The squadron, which had left the Baltic in the "
        "fall of 1904, reached the strait in May. The fleet was sunk on May 27."
    )
    found = _tags(text, "en", date(2016, 3, 1))
    assert _at(text, "the fall of 1904", "1904-FA") in found
    assert _at(text, "May", "1905-05") in found
    assert _at(text, "May 27", "1905-05-27") in found


def test_a_dense_history_of_recent_years_with_bare_days_follows_its_years():
    text = (
        "The war followed the protests of the winter of 2013–14 and the flight of the president "
        "on 22 February 2014. The government launched its operation on 15 April. Sloviansk was "
        "retaken on 5 July. An attack on the town, on 10 August, was repelled. The battalions "
        "tried again on 18 August. On 24 August, regular units crossed the border. The troops "
        "withdrew on 29 August. A ceasefire was signed in February 2015."
    )
    found = _tags(text, "en", date(2016, 3, 1))
    assert _at(text, "15 April", "2014-04-15") in found
    assert _at(text, "29 August", "2014-08-29") in found


# -- lap times, clock arithmetic, names that look like times -------------------------------------
def test_a_lap_time_with_decimal_seconds_is_one_duration():
    text = "Vettel mencatatkan waktu putaran 1 menit 31,261 detik."
    assert _tags(text, "id", date(2017, 9, 29)) == [
        _at(text, "1 menit 31,261 detik", "PT1M31.261S")
    ]
    text = "His time was 1 hour 59 minutes 40.2 seconds."
    assert _tags(text, "en", date(2019, 10, 13)) == [
        _at(text, "1 hour 59 minutes 40.2 seconds", "PT1H59M40.2S")
    ]
    text = "Bola masuk semenit sebelum turun minum."
    assert _tags(text, "id", date(2017, 12, 3)) == [_at(text, "semenit", "PT1M")]


def test_minutes_later_after_a_clock_time_is_a_clock_time():
    text = (
        "On Sunday, October 3, 1993, at 4:20 p.m. a grenade brought down a helicopter. "
        "A second one was shot down twenty minutes later."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "twenty minutes later", "1993-10-03T16:40") in found
    # without a clock time before it, it stays the day
    text = "The convoy arrived on 3 October 1993. Twenty minutes later it left."
    assert _at(text, "Twenty minutes later", "1993-10-03") in _tags(text, "en", date(2009, 12, 19))


def test_a_bare_q2_is_a_qualifying_session_and_q3_2020_a_quarter():
    text = "Marquez lolos ke Q2 dan mencatat waktu terbaik."
    assert _tags(text, "id", date(2017, 11, 11)) == []
    text = "Profits rose in Q3 2020."
    assert _tags(text, "en", date(2020, 12, 1)) == [_at(text, "Q3 2020", "2020-Q3")]


def test_a_capitalized_part_of_day_after_a_lower_case_word_is_a_name():
    text = "His radio show Imus in the Morning aired until 2018."
    assert [f[0] for f in _tags(text, "en", date(2019, 12, 27))] == ["2018"]
    text = "He left in the morning."
    assert _tags(text, "en", date(2019, 12, 27)) == [_at(text, "the morning", "2019-12-27TMO")]


def test_this_weekday_in_the_past_tense_is_the_one_just_past():
    text = "This Sunday, he was sworn in as president."
    assert _tags(text, "en", date(2019, 3, 5)) == [_at(text, "This Sunday", "2019-03-03")]
    text = "This Sunday, he will be sworn in."
    assert _tags(text, "en", date(2019, 3, 5)) == [_at(text, "This Sunday", "2019-03-10")]


def test_the_day_of_a_saying_leaves_the_event_day_to_later_clock_times():
    text = (
        "Kebakaran terjadi di Tembilahan, Minggu (11/9). Tiga rumah terbakar, ujar Dolifar "
        "saat dikonfirmasi merdeka.com, Senin (12/9). Saksi melihat api sekitar pukul 21.00 WIB."
    )
    found = _tags(text, "id", date(2016, 9, 12))
    assert _at(text, "sekitar pukul 21.00 WIB", "2016-09-11T21:00", "APPROX") in found


def test_news_with_background_years_keeps_its_bare_days_near_the_writing():
    text = (
        "Over the weekend, tributes were paid to the actor, including Sunday's airing of his "
        "film. He died on Friday. He rose to fame in the 2018 film Black Panther, after roles in "
        "2016 and 2000. He died at home on August 28, his family said on Sunday evening."
    )
    found = _tags(text, "en", date(2020, 9, 2))
    assert _at(text, "August 28", "2020-08-28") in found


def test_a_deadline_moved_in_a_history_lies_ahead_of_the_story():
    text = (
        "On 27 June 1976 an airliner was hijacked to Entebbe. On June 30 and July 1 the "
        "hijackers freed most passengers. The deadline was extended to July 4."
    )
    found = _tags(text, "en", date(2009, 12, 19))
    assert _at(text, "July 4", "1976-07-04") in found


def test_race_times_are_elapsed_durations_not_clock_times():
    text = "Kosgei won in 2:14:04, and Cherono posted a time of 2:05:45."
    assert _tags(text, "en", date(2019, 10, 14)) == [
        _at(text, "2:14:04", "PT2H14M4S"),
        _at(text, "2:05:45", "PT2H5M45S"),
    ]
    text = "1. ANDREA DOVIZIOSO 1:47.394"
    assert _tags(text, "id", date(2017, 6, 2)) == [_at(text, "1:47.394", "PT1M47.394S")]
    # after "at" the same digits are a clock time; a clock between the words of a name is none
    text = "The blast happened at 10:15:30 local time."
    assert _tags(text, "en", date(2019, 10, 13))[0][2] == "2019-10-13T10:15"
    assert _tags("Called the Ineos 1:59 Challenge, it had pacers.", "en", date(2019, 10, 13)) == []


def test_a_capitalized_reference_word_in_a_title_is_no_time():
    text = "Fans dressed as Marty McFly from Back to the Future."
    assert _tags(text, "en", date(2019, 3, 29)) == []


def test_a_bare_quarter_with_a_year_close_after_it_is_a_quarter():
    text = "It will be near the end of Q1 or beginning of Q2 2021."
    assert _tags(text, "en", date(2020, 12, 18)) == [
        _at(text, "the end of Q1", "2021-Q1", "END"),
        _at(text, "Q2 2021", "2021-Q2"),
    ]


def test_a_list_of_days_before_a_month_is_one_date_each():
    text = "Pemerintah menetapkan cuti bersama pada tanggal 23, 27, 28, 29 dan 30 Juni 2017."
    found = _tags(text, "id", date(2017, 6, 15))
    assert [(f[0], f[2]) for f in found] == [
        ("tanggal 23", "2017-06-23"),
        ("27", "2017-06-27"),
        ("28", "2017-06-28"),
        ("29", "2017-06-29"),
        ("30 Juni 2017", "2017-06-30"),
    ]
    text = "The talks were held on 3, 4 and 5 June 2019."
    assert [f[2] for f in _tags(text, "en", date(2019, 6, 10))] == [
        "2019-06-03",
        "2019-06-04",
        "2019-06-05",
    ]


def test_the_same_day_after_a_day_ahead_is_that_day_in_a_plan():
    text = (
        "Film itu akan tayang hari Minggu (8/10) pukul 07.00 WIB. Film itu akan ditayangkan "
        "ulang di hari yang sama pukul 21.00 WIB."
    )
    found = _tags(text, "id", date(2017, 10, 2))
    assert _at(text, "hari yang sama", "2017-10-08") in found
    assert _at(text, "pukul 21.00 WIB", "2017-10-08T21:00") in found
    # told in the past, "the same day" is the event's, not the plan's day ahead
    text = (
        "On Friday, the department announced new restrictions. The new policy, which is to "
        "take effect on December 10, prohibits all flights. The new rules were released later "
        "the same day."
    )
    found = _tags(text, "en", date(2019, 10, 27))
    assert _at(text, "later the same day", "2019-10-25", "END") in found


def test_a_four_digit_clock_with_its_zone_is_a_time_but_not_a_conversion_in_brackets():
    text = "It docked today at 1429 UTC."
    assert _at(text, "1429 UTC", "2020-05-31T14:29") in _tags(text, "en", date(2020, 5, 31))
    text = "The quake struck at 7:37 p.m. local time (1137 UTC)."
    assert [f[0] for f in _tags(text, "en", date(2019, 10, 16))] == ["7:37 p.m."]


def test_a_retrospective_with_last_year_and_this_spring_still_follows_its_story():
    text = (
        "Chernihiv lies north of Kyiv. In the autumn of 2021 Russian troops massed nearby. "
        "Russian forces crossed the border on 24 February 2022 "
        "and reached the city within days. On 3 March an air strike hit a residential street. "
        "Shelling went on through March, and on 31 March the Russians withdrew; the last "
        "units left on 9 April 2022. The city was "
        "rebuilt over the summer of 2022, and in March this year a memorial was unveiled. "
        "Today the ruins of the cinema are being cleared."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "3 March", "2022-03-03") in found
    assert _at(text, "31 March", "2022-03-31") in found
    assert _at(text, "March this year", "2023-03") in found


def test_the_following_weeks_are_some_weeks():
    text = "Over the following weeks the city was shelled."
    assert _tags(text, "en", date(2022, 5, 1)) == [_at(text, "the following weeks", "PXW")]
    text = "The following day he left."
    assert _tags(text, "en", date(2022, 5, 1)) == [_at(text, "The following day", "2022-05-02")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Korea Utara ikut dalam Olimpiade Musim Dingin di Pyeongchang.", "id"),
        ("Jemaat beribadat di GBKP Pasar Minggu. Ia beralasan gereja itu sah.", "id"),
        ("The party held the second half of its convention online.", "en"),
    ],
)
def test_names_and_halves_of_things_are_no_times(text, lang):
    assert _tags(text, lang, date(2018, 1, 9)) == []


def test_the_fourth_of_july_is_a_holiday_and_a_stale_date_its_right_day():
    text = "Fireworks lit up the sky on the Fourth of July."
    assert _tags(text, "en", date(2020, 8, 31)) == [_at(text, "Fourth of July", "2020-07-04")]
    # 9 November 2017 was a Thursday; in a report of 24 December, Saturday 9 December is meant
    text = "Sebelumnya, pada Sabtu (9/11), keduanya menonton konser."
    assert _tags(text, "id", date(2017, 12, 24)) == [_at(text, "Sabtu (9/11)", "2017-12-09")]
    # a weekday date months back that is right stays ("Jumat (13/1)" in October 2017)
    text = "Hal itu dikatakan dalam debat di Jakarta, Jumat (13/1)."
    assert _tags(text, "id", date(2017, 10, 21)) == [_at(text, "Jumat (13/1)", "2017-01-13")]


def test_a_year_offset_in_the_sentence_of_a_look_back_counts_from_the_look_back():
    text = (
        "On 1 February 2021 the army seized power. Protests spread within days. The military "
        "had ruled Burma from 1962 to 2011. A nationwide uprising in 1988 was crushed, and the "
        "opposition's election victory two years later was never honoured. On 4 April the "
        "town of Mindat rose."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "two years later", "1990") in found
    assert _at(text, "4 April", "2021-04-04") in found  # the story stays in 2021


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vaksin itu diuji pada pasien berusia 9-15 tahun.", "id"),
        ("The camp takes youths aged 16 to 18 years.", "en"),
        ("Tim itu tidak menurunkan tempo pada paruh kedua.", "id"),
        ("Indonesia unggul 38-29 pada akhir paruh pertama.", "id"),
        ("He spoke to a soon-to-be released 60 Minutes interview.", "en"),
        ("The debate was moderated by USA Today Washington Bureau Chief Susan Page.", "en"),
    ],
)
def test_age_ranges_match_halves_and_show_names_are_no_times(text, lang):
    assert _tags(text, lang, date(2020, 11, 2)) == []


def test_a_holiday_with_a_relative_year_is_one_date():
    text = "Arus mudik Lebaran tahun ini akan lancar."
    assert _tags(text, "id", date(2017, 5, 9)) == [_at(text, "Lebaran tahun ini", "2017-06-25")]
    text = "The market was busy at Christmas last year."
    assert _tags(text, "en", date(2017, 5, 9)) == [_at(text, "Christmas last year", "2016-12-25")]
    # a half-year with its year, and a company's semester, stay dates
    text = "Laba naik pada paruh pertama 2017 dan semester II."
    assert [f[2] for f in _tags(text, "id", date(2017, 8, 9))] == ["2017-H1", "2017-H2"]


def test_a_month_ahead_of_the_writing_is_no_point_of_a_history():
    text = (
        "Burkina Faso has fought a jihadist insurgency since 2015. In 2019 a million people had "
        "fled their homes, and on 14 November 2021 jihadists killed 53 gendarmes at Inata. "
        "On Sunday, January 23, 2022, soldiers mutinied in Ouagadougou, and the next afternoon "
        "an officer announced that the army had taken power. The leader was sworn in on "
        "February 16. The junta agreed on a transition of 24 months, to end in July 2024. "
        "Gunmen killed 86 civilians in Seytenga on June 11, and on September 26 a convoy was "
        "ambushed. Four days later the leader was himself deposed. Today the war goes on."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "July 2024", "2024-07") in found
    assert _at(text, "June 11", "2022-06-11") in found
    assert _at(text, "September 26", "2022-09-26") in found


def test_this_past_may_is_the_last_may_and_may_alone_a_modal():
    text = "At the convention this past May, he won the nomination."
    assert _tags(text, "en", date(2020, 10, 19)) == [_at(text, "this past May", "2020-05")]
    assert _tags("May God protect them.", "en", date(2020, 10, 19)) == []


def test_a_clock_time_that_is_a_whole_quote_is_a_title():
    text = "Tiket konser ‘ 4:44’ Jay Z disebut murah."
    assert _tags(text, "id", date(2017, 11, 8)) == []


def test_the_fall_of_the_town_is_a_collapse_and_the_fall_of_the_year_autumn():
    text = "It lasted from the first crossings to the fall of the town."
    assert _tags(text, "en", date(2022, 12, 1)) == []
    text = "They left in the fall of the same year."
    assert _tags(text, "en", date(2022, 12, 1)) == [
        _at(text, "the fall of the same year", "2022-FA")
    ]


def test_a_clock_time_after_a_day_ahead_in_its_sentence_is_on_that_day():
    text = "Final digelar Sabtu (9/12/2017) mulai pukul 14.00 WIB di Tangerang."
    found = _tags(text, "id", date(2017, 12, 5))
    assert _at(text, "pukul 14.00 WIB", "2017-12-09T14:00") in found


def test_a_weekday_with_a_written_month_takes_the_year_its_weekday_fits():
    # 26 February 2022 was a Saturday; written in mid-2023 (489 days later), no slip is meant
    text = "On Saturday, February 26, Russian armour reached the city."
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "Saturday, February 26", "2022-02-26") in found


def test_a_weekday_with_a_written_month_may_date_a_history_two_years_back():
    # 26 August 2021 was a Thursday; 26 August 2022 a Friday; written in mid-2023
    text = "The blast at the airport gate on Thursday, August 26, killed 170 people."
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "Thursday, August 26", "2021-08-26") in found


def test_a_closing_now_and_today_do_not_make_a_dense_history_news():
    text = (
        "Vuhledar lies south-west of Donetsk. The mining town was founded in 1964 and grew "
        "after 1991. Fighting reached it in 2014, and on 24 February 2022 Russian forces "
        "advanced from the east. In early March the town was shelled, and on 11 March a "
        "first assault failed. In late July a second attack was repulsed, and on 2 November "
        "2022 marines attacked again. On 24 January 2023 a larger assault began, and on 6 "
        "February a column was destroyed. The assaults of that winter are now studied by "
        "both armies. Today the town is in ruins."
    )
    found = _tags(text, "en", date(2023, 6, 30))
    assert _at(text, "11 March", "2022-03-11") in found
    assert _at(text, "early March", "2022-03", "START") in found
