package vn.dangnhap.calendar.internal;

import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.calendar.WorkingDayCalendar;
import vn.dangnhap.calendar.YearNotice;
import vn.dangnhap.calendar.YearNotices;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/** Console page for the working-day calendar: the yearly notices, a year's holidays, the notice form. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

    private static final Set<String> FIELDS = Set.of("year", "reference", "daysOff", "workingSaturdays");

    private final YearNotices notices;
    private final WorkingDayCalendar calendar;
    private final CalendarAdministration administration;
    private final AdminForms errors;

    CalendarPages(YearNotices notices, WorkingDayCalendar calendar, CalendarAdministration administration, AdminForms errors) {
        this.notices = notices;
        this.calendar = calendar;
        this.administration = administration;
        this.errors = errors;
    }

    /** The notice form as typed: days as ISO dates, one per line or separated by commas. */
    record NoticeForm(String year, String reference, String daysOff, String workingSaturdays) {

        static NoticeForm of(int year, Optional<YearNotice> notice) {
            return notice.map(n -> new NoticeForm(String.valueOf(year), n.reference(), lines(n.daysOff()), lines(n.workingSaturdays())))
                    .orElse(new NoticeForm(String.valueOf(year), "", "", ""));
        }

        YearNotice notice() {
            int parsedYear;
            try {
                parsedYear = Integer.parseInt(year == null ? "" : year.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("year", "calendar.notice.year-range");
            }
            return new YearNotice(parsedYear, days("daysOff", daysOff), days("workingSaturdays", workingSaturdays), reference);
        }

        private static List<LocalDate> days(String field, String text) {
            List<LocalDate> days = new ArrayList<>();
            if (text == null) {
                return days;
            }
            for (String part : text.split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    days.add(LocalDate.parse(part));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(field, "admin.calendar.date.invalid", part.length() > 20 ? part.substring(0, 20) : part);
                }
            }
            return days;
        }

        private static String lines(List<LocalDate> days) {
            return days.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 1900 || year > 2199 ? calendar.today().getYear() : year;
        return page(model, shown, NoticeForm.of(shown, notices.forYear(shown)), Map.of());
    }

    @PostMapping("/notices")
    String save(@ModelAttribute NoticeForm form, ActingAdmin admin,
                HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            YearNotice notice = form.notice();
            administration.save(admin, notice);
            return done(redirect, "admin.calendar.saved", notice.year());
        } catch (DomainException e) {
            response.setStatus(400);
            int shown = parseYearOr(form.year(), calendar.today().getYear());
            return page(model, shown, form, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/notices/{year}/delete")
    String delete(@PathVariable int year, ActingAdmin admin,
                  RedirectAttributes redirect) {
        administration.remove(admin, year);
        return done(redirect, "admin.calendar.deleted", year);
    }

    private String page(Model model, int year, NoticeForm form, Map<String, String> fieldErrors) {
        model.addAttribute("year", year);
        model.addAttribute("notices", notices.all());
        model.addAttribute("holidays", calendar.holidaysOf(year));
        model.addAttribute("workingWeekendDays", calendar.workingWeekendDaysOf(year));
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/calendar";
    }

    private static int parseYearOr(String year, int fallback) {
        try {
            int parsed = Integer.parseInt(year == null ? "" : year.strip());
            return parsed < 1900 || parsed > 2199 ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String done(RedirectAttributes redirect, String notice, int year) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", String.valueOf(year));
        return "redirect:/admin/calendar?year=" + year;
    }
}
