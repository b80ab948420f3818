package vn.dangnhap.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year  the lunar year, named by the solar year in which its first day (Tết) falls
 * @param month 1..12
 * @param day   1..30
 * @param leap  whether the month is the leap month (tháng nhuận) repeating {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30: " + day);
        }
    }

    /** A day of an ordinary (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
