package vn.dangnhap.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangnhap.admin.AdminHttp.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.testsupport.DemoPortalTest;

/** The yearly holiday notices over the admin API, and the working days they make; every change audited. */
@DemoPortalTest
class CalendarAdminApiTest {

    @LocalServerPort int port;
    AdminHttp admin;

    @BeforeEach
    void connect() {
        admin = AdminHttp.api(port, AdminHttp.ADMIN);
    }

    @Test
    void savesReadsAppliesAndDeletesAYearNotice() {
        assertThat(admin.get("/api/admin/calendar/notices/2031").statusCode()).isEqualTo(404);

        // Tết Tân Hợi is 23 January 2031; this notice adds Wednesday 29, made up on Saturday 8 February.
        HttpResponse<String> saved = admin.putJson("/api/admin/calendar/notices/2031", """
                {"daysOff":["2031-01-22","2031-01-23","2031-01-24","2031-01-27","2031-01-28","2031-01-29"],
                 "workingSaturdays":["2031-02-08"],"reference":"Thông báo thử nghiệm 2031"}""");
        assertThat(saved.statusCode()).isEqualTo(200);

        HttpResponse<String> read = admin.get("/api/admin/calendar/notices/2031");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("reference").asString()).isEqualTo("Thông báo thử nghiệm 2031");
        assertThat(json(read).get("daysOff").size()).isEqualTo(6);
        assertThat(admin.get("/api/admin/calendar/notices").body()).contains("\"year\":2031");

        String holidays = admin.get("/api/admin/calendar/2031/holidays").body();
        assertThat(holidays).contains("{\"date\":\"2031-01-29\",\"kind\":\"BY_NOTICE\"}", "\"workingWeekendDays\":[\"2031-02-08\"]");

        assertThat(admin.get("/api/admin/audit?type=ADMIN_CHANGE").body()).contains("CALENDAR_NOTICE_SAVED");

        assertThat(admin.delete("/api/admin/calendar/notices/2031").statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/admin/calendar/notices/2031").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/admin/calendar/2031/holidays").body())
                .doesNotContain("\"2031-01-29\"").contains("\"workingWeekendDays\":[]");
    }

    @Test
    void refusesAMakeUpDayThatIsNotAWeekendDay() {
        HttpResponse<String> refused = admin.putJson("/api/admin/calendar/notices/2032", """
                {"daysOff":[],"workingSaturdays":["2032-02-09"],"reference":"Sai"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asString()).isEqualTo("workingSaturdays");
        assertThat(admin.get("/api/admin/calendar/notices/2032").statusCode()).isEqualTo(404);
    }

    @Test
    void consolePageListsTheYearsHolidays() {
        AdminHttp browser = AdminHttp.browser(port, AdminHttp.ADMIN);
        HttpResponse<String> page = browser.get("/admin/calendar?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Các ngày nghỉ năm 2026", "2026-02-17", "Tết Nguyên đán", "id=\"notice-form\"");
    }
}
