package vn.dangnhap.calendar.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.calendar.YearNotice;
import vn.dangnhap.calendar.YearNotices;

/** The yearly official notices of days off, as entered by an administrator; each change is audited. */
@Service
class CalendarAdministration {

    private final YearNotices notices;
    private final AdminChanges changes;

    CalendarAdministration(YearNotices notices, AdminChanges changes) {
        this.notices = notices;
        this.changes = changes;
    }

    @Transactional
    void save(ActingAdmin actor, YearNotice notice) {
        notices.save(notice);
        changes.record(actor, "CALENDAR_NOTICE_SAVED", null, notice.year() + " " + notice.reference()
                + " days off " + notice.daysOff() + " working " + notice.workingSaturdays());
    }

    @Transactional
    void remove(ActingAdmin actor, int year) {
        notices.remove(year);
        changes.record(actor, "CALENDAR_NOTICE_DELETED", null, String.valueOf(year));
    }
}
