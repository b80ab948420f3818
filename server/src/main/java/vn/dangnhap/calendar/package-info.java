/**
 * Calendar: Vietnamese working days for public bodies — weekends, the solar and lunar public
 * holidays of the Labour Code 2019 (art. 111–112) with their compensatory days, Vietnamese
 * Culture Day from 2026-07-01, and the yearly official notices that set Tết and National Day
 * and swap working Saturdays. Owns the Vietnamese lunar calendar, computed from the astronomy
 * (new moons and principal solar terms, UTC+7).
 *
 * <p>Owns its console page and admin API (yearly notices) and its configuration section
 * ({@code calendarNotices}).
 *
 * <p>Public API: {@link vn.dangnhap.calendar.WorkingDayCalendar} (is a day a working day, add
 * or count working days, a year's holidays), {@link vn.dangnhap.calendar.LunarCalendar} and
 * {@link vn.dangnhap.calendar.LunarDate}, {@link vn.dangnhap.calendar.YearNotices} and
 * {@link vn.dangnhap.calendar.YearNotice}, {@link vn.dangnhap.calendar.Holiday}. Event
 * {@link vn.dangnhap.calendar.YearNoticeSaved}. Configuration {@code dangnhap.calendar.notices}.
 * Tables: {@code calendar_year_notice}, {@code calendar_year_notice_day}.
 */
package vn.dangnhap.calendar;
