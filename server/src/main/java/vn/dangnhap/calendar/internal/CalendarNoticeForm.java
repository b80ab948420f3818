package vn.dangnhap.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.dangnhap.calendar.YearNotice;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;

/**
 * An item of {@code calendarNotices}: {@code year}, {@code reference}, {@code daysOff},
 * {@code workingSaturdays} — a {@link YearNotice}, which checks itself.
 */
class CalendarNoticeForm implements ConfigForm<YearNotice> {

    @Override
    public String name() {
        return "calendarNotices";
    }

    @Override
    public String itemLabel() {
        return "calendarNotice";
    }

    @Override
    public String keyField() {
        return "year";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public YearNotice read(ConfigNode item) {
        item.allowOnly("year", "reference", "daysOff", "workingSaturdays");
        Integer year = item.integer("year");
        if (year == null) {
            if (!item.has("year")) {
                item.problem("year", "a notice needs its year");
            }
            return null;
        }
        String reference = item.text("reference");
        List<LocalDate> daysOff = item.dates("daysOff");
        List<LocalDate> workingSaturdays = item.dates("workingSaturdays");
        AtomicReference<YearNotice> notice = new AtomicReference<>();
        item.attempt(() -> notice.set(new YearNotice(year, daysOff, workingSaturdays, reference)));
        return notice.get();
    }
}
