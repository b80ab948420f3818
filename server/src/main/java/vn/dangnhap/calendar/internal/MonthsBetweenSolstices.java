package vn.dangnhap.calendar.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The lunar months from the month holding one winter solstice up to, not including, the month
 * holding the next: the span in which the lunisolar calendar decides its leap month.
 *
 * <p>The rules, as the Vietnamese (and Chinese) calendar define them, all reckoned in UTC+7:
 * <ol>
 *   <li>A month begins on the civil day holding the new moon.</li>
 *   <li>The month holding the winter solstice (Sun at 270°) is month 11.</li>
 *   <li>If 13 new moons begin months between one month 11 and the next, one of them is a leap
 *       month: the first after month 11 that holds no principal term (the Sun does not reach a
 *       multiple of 30° from its first day to the first day of the next month). It repeats the
 *       number of the month before it.</li>
 * </ol>
 */
public final class MonthsBetweenSolstices {

    private static final double WINTER_SOLSTICE = 270;

    private MonthsBetweenSolstices() {}

    /**
     * The 12 or 13 months from month 11 of lunar year {@code solarYear − 1} (holding the solstice
     * of December {@code solarYear − 1}) to the month before the one holding the December
     * {@code solarYear} solstice. Months 11 and 12 belong to lunar year {@code solarYear − 1},
     * the rest to lunar year {@code solarYear}.
     */
    public static List<LunarMonth> ending(int solarYear) {
        long first = monthHoldingWinterSolstice(solarYear - 1);
        long last = monthHoldingWinterSolstice(solarYear);
        int count = (int) (last - first);
        int leapIndex = count == 13 ? firstMonthWithoutPrincipalTerm(first, last) : -1;

        List<LunarMonth> months = new ArrayList<>(count);
        int number = 11;
        int year = solarYear - 1;
        for (int i = 0; i < count; i++) {
            boolean leap = i == leapIndex;
            if (i > 0 && !leap) {
                number = number % 12 + 1;
                if (number == 1) {
                    year = solarYear;
                }
            }
            LocalDate firstDay = firstDayOf(first + i);
            int length = (int) (firstDayOf(first + i + 1).toEpochDay() - firstDay.toEpochDay());
            months.add(new LunarMonth(year, number, leap, firstDay, length));
        }
        return months;
    }

    /** Lunation number of the month in which the Sun reaches 270° in December of the year. */
    static long monthHoldingWinterSolstice(int year) {
        long k = NewMoons.lunationNear(CalendarTime.julianDayOf(LocalDate.of(year, Month.DECEMBER, 21)));
        // Around December the Sun's longitude runs from about 240° to 300°: no wrap past 360°.
        while (sunAtStartOf(k) >= WINTER_SOLSTICE) {
            k--;
        }
        while (sunAtStartOf(k + 1) < WINTER_SOLSTICE) {
            k++;
        }
        return k;
    }

    private static int firstMonthWithoutPrincipalTerm(long first, long last) {
        for (int i = 1; i < last - first; i++) {
            if (!holdsPrincipalTerm(first + i)) {
                return i;
            }
        }
        throw new IllegalStateException("13 lunar months without a month lacking a principal term from k=" + first);
    }

    private static boolean holdsPrincipalTerm(long k) {
        return SunLongitude.principalSector(sunAtStartOf(k)) != SunLongitude.principalSector(sunAtStartOf(k + 1));
    }

    /** The Sun's longitude at 00:00 UTC+7 of the first day of month k. */
    private static double sunAtStartOf(long k) {
        return SunLongitude.apparentAt(CalendarTime.startOf(firstDayOf(k)));
    }

    private static LocalDate firstDayOf(long k) {
        return CalendarTime.localDayOf(NewMoons.instant(k));
    }
}
