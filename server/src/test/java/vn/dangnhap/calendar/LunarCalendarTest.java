package vn.dangnhap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.dangnhap.calendar.internal.NewMoons;

class LunarCalendarTest {

    /**
     * Tết (lunar 1/1) in Vietnam, 1990–2050. Equal to the Chinese New Year except where the new
     * moon falls between 23:00 and 24:00 UTC+7 (already the next day at UTC+8): 2007 (new moon
     * 16:26 UT on 17 Feb, China 18 Feb) and 2030 (new moon about 16:10 UT on 2 Feb, China 3 Feb).
     */
    private static final Map<Integer, String> TET = new TreeMap<>(Map.ofEntries(
            Map.entry(1990, "1990-01-27"), Map.entry(1991, "1991-02-15"), Map.entry(1992, "1992-02-04"),
            Map.entry(1993, "1993-01-23"), Map.entry(1994, "1994-02-10"), Map.entry(1995, "1995-01-31"),
            Map.entry(1996, "1996-02-19"), Map.entry(1997, "1997-02-07"), Map.entry(1998, "1998-01-28"),
            Map.entry(1999, "1999-02-16"), Map.entry(2000, "2000-02-05"), Map.entry(2001, "2001-01-24"),
            Map.entry(2002, "2002-02-12"), Map.entry(2003, "2003-02-01"), Map.entry(2004, "2004-01-22"),
            Map.entry(2005, "2005-02-09"), Map.entry(2006, "2006-01-29"), Map.entry(2007, "2007-02-17"),
            Map.entry(2008, "2008-02-07"), Map.entry(2009, "2009-01-26"), Map.entry(2010, "2010-02-14"),
            Map.entry(2011, "2011-02-03"), Map.entry(2012, "2012-01-23"), Map.entry(2013, "2013-02-10"),
            Map.entry(2014, "2014-01-31"), Map.entry(2015, "2015-02-19"), Map.entry(2016, "2016-02-08"),
            Map.entry(2017, "2017-01-28"), Map.entry(2018, "2018-02-16"), Map.entry(2019, "2019-02-05"),
            Map.entry(2020, "2020-01-25"), Map.entry(2021, "2021-02-12"), Map.entry(2022, "2022-02-01"),
            Map.entry(2023, "2023-01-22"), Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"),
            Map.entry(2026, "2026-02-17"), Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"),
            Map.entry(2029, "2029-02-13"), Map.entry(2030, "2030-02-02"), Map.entry(2031, "2031-01-23"),
            Map.entry(2032, "2032-02-11"), Map.entry(2033, "2033-01-31"), Map.entry(2034, "2034-02-19"),
            Map.entry(2035, "2035-02-08"), Map.entry(2036, "2036-01-28"), Map.entry(2037, "2037-02-15"),
            Map.entry(2038, "2038-02-04"), Map.entry(2039, "2039-01-24"), Map.entry(2040, "2040-02-12"),
            Map.entry(2041, "2041-02-01"), Map.entry(2042, "2042-01-22"), Map.entry(2043, "2043-02-10"),
            Map.entry(2044, "2044-01-30"), Map.entry(2045, "2045-02-17"), Map.entry(2046, "2046-02-06"),
            Map.entry(2047, "2047-01-26"), Map.entry(2048, "2048-02-14"), Map.entry(2049, "2049-02-02"),
            Map.entry(2050, "2050-01-23")));

    private final LunarCalendar calendar = new LunarCalendar();

    @Test
    void tetFallsOnTheKnownVietnameseDateEveryYearFrom1990To2050() {
        assertThat(TET).hasSize(61);
        TET.forEach((year, date) -> {
            assertThat(calendar.newYear(year)).as("Tết %d", year).isEqualTo(LocalDate.parse(date));
            assertThat(calendar.toLunar(LocalDate.parse(date))).isEqualTo(LunarDate.of(year, 1, 1));
        });
    }

    @Test
    void tetDiffersFromTheChineseNewYearWhereTheNewMoonFallsBetween23And24HoursVietnamTime() {
        assertThat(calendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21)); // China: 20 February
        assertThat(calendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17)); // China: 18 February
        assertThat(calendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));  // China: 3 February
        assertThat(calendar.toLunar(LocalDate.of(2007, 2, 16))).isEqualTo(LunarDate.of(2006, 12, 29));
    }

    @Test
    void newMoonMatchesMeeusWorkedExample49a() {
        // Meeus, Astronomical Algorithms, example 49.a: the new moon of February 1977, JDE 2443192.65118.
        assertThat(NewMoons.instant(-283)).isCloseTo(2443192.65118, org.assertj.core.data.Offset.offset(0.00001));
    }

    @Test
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(calendar.toSolar(LunarDate.of(2023, 3, 10))).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(calendar.toSolar(LunarDate.of(2024, 3, 10))).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(calendar.toSolar(LunarDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(calendar.toSolar(LunarDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void leapMonthIsTheFirstWithoutPrincipalTermAfterTheWinterSolsticeMonth() {
        assertThat(calendar.leapMonthOf(2020)).isEqualTo(4);
        assertThat(calendar.leapMonthOf(2023)).isEqualTo(2);
        assertThat(calendar.leapMonthOf(2024)).isZero();
        assertThat(calendar.leapMonthOf(2025)).isEqualTo(6);
        assertThat(calendar.leapMonthOf(2028)).isEqualTo(5);
        // Lunar 2025: leap month 6 began on 25 July 2025, after month 6 began on 25 June.
        assertThat(calendar.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(calendar.toSolar(LunarDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(calendar.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(2025, 6, 8, true));
    }

    @Test
    void monthsElevenAndTwelveBelongToTheLunarYearBeforeTet() {
        assertThat(calendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
        assertThat(calendar.toSolar(LunarDate.of(2025, 12, 29))).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(calendar.toLunar(LocalDate.of(2025, 12, 31))).isEqualTo(LunarDate.of(2025, 11, 12));
    }

    @Test
    void everyDayFrom1990To2050ConvertsToLunarAndBack() {
        LocalDate previous = null;
        LunarDate previousLunar = null;
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.getYear() <= 2050; day = day.plusDays(1)) {
            LunarDate lunar = calendar.toLunar(day);
            assertThat(calendar.toSolar(lunar)).as("%s → %s", day, lunar).isEqualTo(day);
            if (previousLunar != null && lunar.day() != 1) {
                assertThat(lunar.day()).as("day after %s", previous).isEqualTo(previousLunar.day() + 1);
            }
            previous = day;
            previousLunar = lunar;
        }
    }

    @Test
    void refusesLunarDatesThatDoNotExist() {
        assertThatThrownBy(() -> calendar.toSolar(new LunarDate(2024, 6, 1, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such month");
        // Lunar 12/2025 has 29 days: 30/12 does not exist, Tết 2026 follows 29/12.
        assertThatThrownBy(() -> calendar.toSolar(LunarDate.of(2025, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
    }
}
