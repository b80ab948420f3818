package vn.dangnhap.calendar.internal;

import static vn.dangnhap.calendar.Holiday.Kind.COMPENSATORY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dangnhap.calendar.Holiday;
import vn.dangnhap.calendar.Holiday.Kind;
import vn.dangnhap.calendar.LunarCalendar;
import vn.dangnhap.calendar.LunarDate;
import vn.dangnhap.calendar.YearNotice;

/**
 * The days off of one year under the Labour Code 45/2019/QH14:
 * <ul>
 *   <li>art. 112(1): 1 January; Tết (5 days); Hùng Kings, lunar 10/3; 30 April; 1 May;
 *       2 September and one day next to it; and, from 2026-07-01, 24 November
 *       (Resolution 28/2026/QH16).</li>
 *   <li>Tết and the day next to 2 September are set yearly. Without a notice for the year:
 *       Tết is the last day of the lunar year (29 or 30 of month 12) and lunar 1–4 of month 1;
 *       the day next to 2 September is 1 September. A {@link YearNotice} replaces both.</li>
 *   <li>art. 111(3): a holiday falling on a weekly rest day (Saturday, Sunday) is taken on the
 *       next working day. 24 November is not moved. Several weekend holidays take successive
 *       working days that are not themselves holidays, in date order. Days off set by a notice
 *       are taken as given and not moved.</li>
 * </ul>
 */
public final class HolidayRules {

    /** Resolution 28/2026/QH16: Vietnamese Culture Day is a day off from this date. */
    static final LocalDate CULTURE_DAY_FROM = LocalDate.of(2026, 7, 1);

    private final LunarCalendar lunar;

    public HolidayRules(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    public CalendarYear yearOf(int year, Optional<YearNotice> notice) {
        Map<LocalDate, Kind> daysOff = new TreeMap<>();
        List<LocalDate> moveIfOnRestDay = new ArrayList<>();
        boolean noticeGiven = notice.isPresent();
        statutory(year, noticeGiven).forEach((date, kind) -> {
            daysOff.put(date, kind);
            // A notice sets National Day's days off itself, weekend included.
            boolean settledByNotice = noticeGiven && kind == Kind.NATIONAL_DAY;
            if (kind != Kind.CULTURE_DAY && !settledByNotice) {
                moveIfOnRestDay.add(date);
            }
        });
        notice.ifPresent(n -> n.daysOff().forEach(day -> daysOff.putIfAbsent(day, Kind.BY_NOTICE)));

        compensate(moveIfOnRestDay, daysOff);

        List<Holiday> holidays = daysOff.entrySet().stream()
                .map(entry -> new Holiday(entry.getKey(), entry.getValue()))
                .toList();
        return CalendarYear.of(year, holidays, notice.map(YearNotice::workingSaturdays).orElse(List.of()));
    }

    /** The art. 112 days, with Tết and the day next to 2 September only when no notice sets them. */
    private Map<LocalDate, Kind> statutory(int year, boolean noticeSetsTetAndNationalDay) {
        Map<LocalDate, Kind> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), Kind.NEW_YEAR);
        if (!noticeSetsTetAndNationalDay) {
            LocalDate tet = lunar.newYear(year);
            for (LocalDate day = tet.minusDays(1); !day.isAfter(tet.plusDays(3)); day = day.plusDays(1)) {
                days.put(day, Kind.TET);
            }
        }
        // Hùng Kings' day can fall on 30 April or 1 May: then it is one day off, not two.
        days.putIfAbsent(lunar.toSolar(LunarDate.of(year, 3, 10)), Kind.HUNG_KINGS);
        days.putIfAbsent(LocalDate.of(year, Month.APRIL, 30), Kind.REUNIFICATION_DAY);
        days.putIfAbsent(LocalDate.of(year, Month.MAY, 1), Kind.LABOUR_DAY);
        if (!noticeSetsTetAndNationalDay) {
            days.put(LocalDate.of(year, Month.SEPTEMBER, 1), Kind.NATIONAL_DAY_ADJACENT);
        }
        days.put(LocalDate.of(year, Month.SEPTEMBER, 2), Kind.NATIONAL_DAY);
        LocalDate cultureDay = LocalDate.of(year, Month.NOVEMBER, 24);
        if (!cultureDay.isBefore(CULTURE_DAY_FROM)) {
            days.put(cultureDay, Kind.CULTURE_DAY);
        }
        return days;
    }

    /** Art. 111(3): each holiday on a rest day moves to the next weekday that is not already off. */
    private static void compensate(List<LocalDate> holidays, Map<LocalDate, Kind> daysOff) {
        List<LocalDate> onRestDays = holidays.stream().filter(HolidayRules::isRestDay).toList();
        for (LocalDate holiday : onRestDays) {
            LocalDate day = holiday.plusDays(1);
            while (isRestDay(day) || daysOff.containsKey(day)) {
                day = day.plusDays(1);
            }
            daysOff.put(day, COMPENSATORY);
        }
    }

    /** Art. 111: the weekly rest days of public bodies are Saturday and Sunday. */
    public static boolean isRestDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
