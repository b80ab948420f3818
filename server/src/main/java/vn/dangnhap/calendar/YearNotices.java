package vn.dangnhap.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.calendar.internal.CalendarProperties;
import vn.dangnhap.calendar.internal.YearNoticeStore;

/**
 * The yearly official notices of days off: those saved in the database (by the admin console)
 * and those given in configuration ({@code dangnhap.calendar.notices}). For the same year the
 * database wins. Saving or removing one publishes {@link YearNoticeSaved}.
 */
@Service
public class YearNotices {

    private final YearNoticeStore store;
    private final CalendarProperties properties;
    private final ApplicationEventPublisher events;

    public YearNotices(YearNoticeStore store, CalendarProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.events = events;
    }

    /** The notice in force for the year, if any. */
    public Optional<YearNotice> forYear(int year) {
        return store.byYear(year).or(() -> properties.notices().stream().filter(n -> n.year() == year).findFirst());
    }

    /** Every notice in force, one per year, in year order. */
    public List<YearNotice> all() {
        Map<Integer, YearNotice> byYear = new TreeMap<>();
        properties.notices().forEach(notice -> byYear.putIfAbsent(notice.year(), notice));
        store.all().forEach(notice -> byYear.put(notice.year(), notice));
        return List.copyOf(byYear.values());
    }

    /** Saves the year's notice in the database, replacing any saved before for that year. */
    @Transactional
    public void save(YearNotice notice) {
        store.replace(notice);
        events.publishEvent(new YearNoticeSaved(notice.year()));
    }

    /** Removes the year's notice from the database; one from configuration, if any, applies again. */
    @Transactional
    public void remove(int year) {
        if (store.delete(year)) {
            events.publishEvent(new YearNoticeSaved(year));
        }
    }
}
