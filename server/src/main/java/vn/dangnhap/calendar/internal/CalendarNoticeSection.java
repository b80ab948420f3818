package vn.dangnhap.calendar.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.calendar.YearNotice;
import vn.dangnhap.calendar.YearNotices;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;

/**
 * {@code calendarNotices}: the government's yearly notices of days off (Tết, National Day, make-up
 * Saturdays), keyed by year; saved in the database like the console does. Prune deletes the saved
 * notices of years the file does not list. The export lists every notice in force, including
 * those given by the {@code dangnhap.calendar.notices} property.
 */
@Component
class CalendarNoticeSection implements ConfigSection {

    private final CalendarNoticeForm form = new CalendarNoticeForm();
    private final YearNotices notices;

    CalendarNoticeSection(YearNotices notices) {
        this.notices = notices;
    }

    @Override
    public CalendarNoticeForm form() {
        return form;
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (YearNotice notice : notices.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("year", notice.year());
            item.put("reference", notice.reference());
            item.put("daysOff", notice.daysOff().stream().map(Object::toString).toList());
            item.put("workingSaturdays", notice.workingSaturdays().stream().map(Object::toString).toList());
            items.add(item);
        }
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<Integer> listed = new HashSet<>();
        for (ConfigForm.Item<YearNotice> item : form.readAll(section)) {
            listed.add(item.value().year());
            item.node().attempt(() -> notices.save(item.value()));
        }
        if (prune && section.problems().isEmpty()) {
            notices.all().stream().map(YearNotice::year).filter(year -> !listed.contains(year)).toList()
                    .forEach(notices::remove);
        }
    }
}
