package vn.dangnhap.calendar.internal;

import java.time.LocalDate;

/**
 * One month of the Vietnamese lunar calendar.
 *
 * @param lunarYear the lunar year it belongs to (the solar year in which that year's Tết falls)
 * @param number    1..12
 * @param leap      whether it is the leap (nhuận) month repeating {@code number}
 * @param firstDay  the civil day holding the new moon (UTC+7)
 * @param length    29 or 30 days
 */
public record LunarMonth(int lunarYear, int number, boolean leap, LocalDate firstDay, int length) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && day.isBefore(firstDay.plusDays(length));
    }
}
