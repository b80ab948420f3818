package vn.dangnhap.calendar.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangnhap.calendar.YearNotice;

/** Tables {@code calendar_year_notice} and {@code calendar_year_notice_day}. */
@Repository
public class YearNoticeStore {

    private static final String DAY_OFF = "DAY_OFF";
    private static final String WORKING_DAY = "WORKING_DAY";

    private record Header(UUID id, int year, String reference) {}

    private final JdbcClient jdbc;

    public YearNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<YearNotice> byYear(int year) {
        return jdbc.sql("SELECT id, notice_year, reference FROM calendar_year_notice WHERE notice_year = ?")
                .param(year)
                .query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getInt("notice_year"),
                        rs.getString("reference")))
                .optional()
                .map(this::withDays);
    }

    public List<YearNotice> all() {
        return jdbc.sql("SELECT id, notice_year, reference FROM calendar_year_notice ORDER BY notice_year")
                .query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getInt("notice_year"),
                        rs.getString("reference")))
                .list().stream()
                .map(this::withDays)
                .toList();
    }

    /** Replaces the year's notice, if any, with this one. Call inside a transaction. */
    public void replace(YearNotice notice) {
        delete(notice.year());
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO calendar_year_notice (id, notice_year, reference) VALUES (?, ?, ?)")
                .params(id, notice.year(), notice.reference())
                .update();
        insertDays(id, notice.daysOff(), DAY_OFF);
        insertDays(id, notice.workingSaturdays(), WORKING_DAY);
    }

    /** @return whether the year had a notice */
    public boolean delete(int year) {
        return jdbc.sql("DELETE FROM calendar_year_notice WHERE notice_year = ?").param(year).update() > 0;
    }

    private void insertDays(UUID noticeId, List<LocalDate> days, String kind) {
        for (LocalDate day : days) {
            jdbc.sql("INSERT INTO calendar_year_notice_day (notice_id, notice_date, kind) VALUES (?, ?, ?)")
                    .params(noticeId, Date.valueOf(day), kind)
                    .update();
        }
    }

    private YearNotice withDays(Header header) {
        List<LocalDate> daysOff = new ArrayList<>();
        List<LocalDate> workingDays = new ArrayList<>();
        jdbc.sql("SELECT notice_date, kind FROM calendar_year_notice_day WHERE notice_id = ? ORDER BY notice_date")
                .param(header.id())
                .query(rs -> {
                    LocalDate day = rs.getObject("notice_date", LocalDate.class);
                    (WORKING_DAY.equals(rs.getString("kind")) ? workingDays : daysOff).add(day);
                });
        return new YearNotice(header.year(), daysOff, workingDays, header.reference());
    }
}
