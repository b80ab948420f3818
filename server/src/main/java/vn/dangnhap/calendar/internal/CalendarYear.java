package vn.dangnhap.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangnhap.calendar.Holiday;

/**
 * One solar year's days off and make-up working days, computed once and kept.
 *
 * @param holidays           every day off, in date order (weekend holidays included)
 * @param daysOff            the dates of {@code holidays}
 * @param workingWeekendDays weekend days a notice made working days
 */
public record CalendarYear(int year, List<Holiday> holidays, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {

    public CalendarYear {
        holidays = List.copyOf(holidays);
        daysOff = Set.copyOf(daysOff);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    static CalendarYear of(int year, List<Holiday> holidays, List<LocalDate> workingWeekendDays) {
        return new CalendarYear(year, holidays, holidays.stream().map(Holiday::date).collect(Collectors.toSet()),
                Set.copyOf(workingWeekendDays));
    }

    /** Monday to Friday and not a day off, or a make-up working weekend day. */
    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        return !HolidayRules.isRestDay(day) && !daysOff.contains(day);
    }
}
