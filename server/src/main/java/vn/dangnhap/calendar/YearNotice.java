package vn.dangnhap.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangnhap.calendar.internal.HolidayRules;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The government's official notice of days off for one year (Tết and National Day are set
 * yearly, and days are sometimes swapped with a make-up working Saturday). When a year has one,
 * it replaces the computed Tết days and the day next to 2 September, with their compensatory
 * days: list every day off the notice gives (weekend days in a block may be listed or not;
 * they are rest days either way). Days listed here are taken as given and never moved; other
 * statutory holidays keep their computed compensatory days.
 *
 * @param year             the solar year; every listed day lies in it
 * @param daysOff          the days off the notice gives
 * @param workingSaturdays the weekend days the notice makes working days (make-up days)
 * @param reference        the notice's number or title, e.g. "Thông báo 6150/TB-BLĐTBXH"
 */
public record YearNotice(int year, List<LocalDate> daysOff, List<LocalDate> workingSaturdays, String reference) {

    public YearNotice {
        if (year < 1900 || year > 2199) {
            throw new InvalidInputException("year", "calendar.notice.year-range");
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException("reference", "calendar.notice.reference-required");
        }
        reference = reference.strip();
        daysOff = sortedDistinct(daysOff, year, "daysOff");
        workingSaturdays = sortedDistinct(workingSaturdays, year, "workingSaturdays");
        for (LocalDate day : workingSaturdays) {
            if (!HolidayRules.isRestDay(day)) {
                throw new InvalidInputException("workingSaturdays", "calendar.notice.not-weekend", day);
            }
        }
        Set<LocalDate> overlap = new HashSet<>(daysOff);
        overlap.retainAll(workingSaturdays);
        if (!overlap.isEmpty()) {
            throw new InvalidInputException("workingSaturdays", "calendar.notice.both", overlap.iterator().next());
        }
    }

    private static List<LocalDate> sortedDistinct(List<LocalDate> days, int year, String field) {
        if (days == null) {
            return List.of();
        }
        for (LocalDate day : days) {
            if (day == null || day.getYear() != year) {
                throw new InvalidInputException(field, "calendar.notice.other-year", year);
            }
        }
        return days.stream().distinct().sorted().toList();
    }
}
