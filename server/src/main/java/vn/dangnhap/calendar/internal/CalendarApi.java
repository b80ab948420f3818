package vn.dangnhap.calendar.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.calendar.Holiday;
import vn.dangnhap.calendar.WorkingDayCalendar;
import vn.dangnhap.calendar.YearNotice;
import vn.dangnhap.calendar.YearNotices;
import vn.dangnhap.shared.NotFoundException;

/** The working-day calendar over JSON: the yearly notices of days off, and a year's computed holidays. */
@RestController
@RequestMapping("/api/admin/calendar")
@Tag(name = "Calendar", description = "Yearly official notices of days off (Tết, National Day, make-up Saturdays) and the resulting holidays")
class CalendarApi {

    private final YearNotices notices;
    private final WorkingDayCalendar calendar;
    private final CalendarAdministration administration;

    CalendarApi(YearNotices notices, WorkingDayCalendar calendar, CalendarAdministration administration) {
        this.notices = notices;
        this.calendar = calendar;
        this.administration = administration;
    }

    /** A year's notice; days as ISO dates (2026-02-16). */
    record NoticeView(int year, List<LocalDate> daysOff, List<LocalDate> workingSaturdays, String reference) {
        static NoticeView of(YearNotice n) {
            return new NoticeView(n.year(), n.daysOff(), n.workingSaturdays(), n.reference());
        }
    }

    /** A year's notice as sent; the year is the one in the path. */
    record NoticeRequest(List<LocalDate> daysOff, List<LocalDate> workingSaturdays, String reference) {}

    /** A year's days off in date order, and the weekend days made working days. */
    record HolidaysView(int year, List<Holiday> holidays, List<LocalDate> workingWeekendDays) {}

    @GetMapping("/notices")
    @Operation(summary = "Every notice in force, one per year (from the database or the configuration)")
    List<NoticeView> all() {
        return notices.all().stream().map(NoticeView::of).toList();
    }

    @GetMapping("/notices/{year}")
    @Operation(summary = "The notice in force for the year; 404 when the computed defaults apply")
    NoticeView one(@PathVariable int year) {
        return notices.forYear(year).map(NoticeView::of)
                .orElseThrow(() -> new NotFoundException("calendar.notice.not-found", String.valueOf(year)));
    }

    @PutMapping("/notices/{year}")
    @Operation(summary = "Save the year's notice, replacing any saved before; 400 on days outside the year or a make-up day that is not a weekend")
    NoticeView save(@PathVariable int year, @RequestBody NoticeRequest body, ActingAdmin admin) {
        YearNotice notice = new YearNotice(year, body.daysOff(), body.workingSaturdays(), body.reference());
        administration.save(admin, notice);
        return NoticeView.of(notice);
    }

    @DeleteMapping("/notices/{year}")
    @Operation(summary = "Delete the year's saved notice (204); one from the configuration, if any, applies again")
    ResponseEntity<Void> delete(@PathVariable int year, ActingAdmin admin) {
        if (year < 1900 || year > 2199) {
            // No notice can exist there: nothing to delete, and nothing to audit.
            throw new NotFoundException("calendar.year.out-of-range", String.valueOf(year));
        }
        administration.remove(admin, year);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{year}/holidays")
    @Operation(summary = "The year's days off (holidays, compensatory days, days by notice) and make-up working days")
    HolidaysView holidays(@PathVariable int year) {
        if (year < 1900 || year > 2199) {
            throw new NotFoundException("calendar.year.out-of-range", String.valueOf(year));
        }
        return new HolidaysView(year, calendar.holidaysOf(year), calendar.workingWeekendDaysOf(year));
    }
}
