package vn.dangnhap.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.dangnhap.calendar.internal.CalendarYear;
import vn.dangnhap.calendar.internal.HolidayRules;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.shared.cache.CachedLookup;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * Vietnamese working days for public bodies: Monday to Friday, less the public holidays and
 * their compensatory days ({@link HolidayRules}), plus the make-up Saturdays of the year's
 * official notice ({@link YearNotices}).
 *
 * <p>Each year is computed once and kept in memory ({@link ClusterCaches}); saving a notice drops
 * the years on every node.
 */
@Service
public class WorkingDayCalendar {

    /** Dropped on every node when a year's notice is saved ({@link YearNotices}). */
    public static final String CACHE = "calendar.years";

    private final Clock clock;
    private final HolidayRules rules;
    private final YearNotices notices;
    private final ClusterCaches caches;
    private final CachedLookup<Integer, CalendarYear> years;

    public WorkingDayCalendar(Clock clock, LunarCalendar lunar, YearNotices notices, ClusterCaches caches) {
        this.clock = clock;
        this.rules = new HolidayRules(lunar);
        this.notices = notices;
        this.caches = caches;
        this.years = caches.lookup(CACHE, 50, year -> rules.yearOf(year, notices.forYear(year)));
    }

    /** Today in Asia/Ho_Chi_Minh, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    public boolean isWorkingDay(LocalDate day) {
        return yearOf(day.getYear()).isWorkingDay(day);
    }

    /**
     * The working day {@code n} working days after {@code day}, not counting {@code day} itself:
     * 3 working days after Friday 24 January 2025 is Wednesday 5 February 2025 with Tết off.
     * For {@code n = 0}: {@code day} itself if it is a working day, otherwise the next working
     * day. A negative {@code n} counts backwards the same way.
     */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n == 0) {
            return isWorkingDay(day) ? day : addWorkingDays(day, 1);
        }
        int step = n > 0 ? 1 : -1;
        LocalDate current = day;
        for (int left = Math.abs(n); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /**
     * The number of working days in {@code (from, to]}: after {@code from}, up to and including
     * {@code to}, so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for n ≥ 1.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The year's days off in date order: holidays (also those on weekends) and compensatory days. */
    public List<Holiday> holidaysOf(int year) {
        return yearOf(year).holidays();
    }

    /** The weekend days the year's notice makes working days. */
    public List<LocalDate> workingWeekendDaysOf(int year) {
        return yearOf(year).workingWeekendDays().stream().sorted().toList();
    }

    /** In the saving transaction: the other nodes hear of it only if it commits. */
    @EventListener
    void forget(YearNoticeSaved saved) {
        caches.changed(CACHE);
    }

    private CalendarYear yearOf(int year) {
        return years.get(year);
    }
}
