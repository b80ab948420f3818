package vn.dangnhap.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangnhap.calendar.internal.LunarMonth;
import vn.dangnhap.calendar.internal.MonthsBetweenSolstices;

/**
 * Conversion between the solar (Gregorian) and the Vietnamese lunar calendar, computed from the
 * astronomy (new moons and the Sun's principal terms in UTC+7); see {@link MonthsBetweenSolstices}
 * for the rules. Stateless: each call computes the dozen new moons it needs (microseconds).
 *
 * <p>Valid for 1900–2199; before 1968 North Vietnam reckoned the calendar in UTC+8, so dates of
 * that period may differ from calendars printed then by a day.
 */
@Component
public class LunarCalendar {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    public LunarDate toLunar(LocalDate date) {
        checkRange(date.getYear());
        List<LunarMonth> months = MonthsBetweenSolstices.ending(date.getYear() + 1);
        if (date.isBefore(months.getFirst().firstDay())) {
            months = MonthsBetweenSolstices.ending(date.getYear());
        }
        for (LunarMonth month : months) {
            if (month.contains(date)) {
                int day = (int) (date.toEpochDay() - month.firstDay().toEpochDay()) + 1;
                return new LunarDate(month.lunarYear(), month.number(), day, month.leap());
            }
        }
        throw new IllegalStateException("No lunar month holds " + date);
    }

    /**
     * @throws IllegalArgumentException if the date does not exist: a leap month the year does not
     *                                  have, or day 30 of a 29-day month
     */
    public LocalDate toSolar(LunarDate date) {
        checkRange(date.year());
        // Months 11 and 12 of a lunar year lie in the span ending with the next solar year.
        int spanEnd = date.month() >= 11 ? date.year() + 1 : date.year();
        for (LunarMonth month : MonthsBetweenSolstices.ending(spanEnd)) {
            if (month.lunarYear() == date.year() && month.number() == date.month() && month.leap() == date.leap()) {
                if (date.day() > month.length()) {
                    throw new IllegalArgumentException(date + " does not exist: the month has " + month.length() + " days");
                }
                return month.firstDay().plusDays(date.day() - 1L);
            }
        }
        throw new IllegalArgumentException(date + " does not exist: lunar year " + date.year() + " has no such month");
    }

    /** Tết Nguyên Đán: the first day of the lunar year named by {@code year}. */
    public LocalDate newYear(int year) {
        return toSolar(LunarDate.of(year, 1, 1));
    }

    /** The leap month number of the lunar year, or 0 if the year has none. */
    public int leapMonthOf(int year) {
        checkRange(year);
        for (int spanEnd : new int[] {year, year + 1}) {
            for (LunarMonth month : MonthsBetweenSolstices.ending(spanEnd)) {
                if (month.leap() && month.lunarYear() == year) {
                    return month.number();
                }
            }
        }
        return 0;
    }

    private static void checkRange(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The lunar calendar is computed for " + FIRST_YEAR + "–" + LAST_YEAR
                    + " only: " + year);
        }
    }
}
