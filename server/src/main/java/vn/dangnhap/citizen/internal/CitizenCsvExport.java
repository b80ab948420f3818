package vn.dangnhap.citizen.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenCleanup;
import vn.dangnhap.citizen.CleanupActor;
import vn.dangnhap.citizen.CleanupCategory;
import vn.dangnhap.citizen.DuplicateGroup;
import vn.dangnhap.shared.BusinessTime;

/**
 * Writes a clean-up list as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as Windows-1252), headers in the console's language, identity numbers masked, and
 * cells that a spreadsheet would run as a formula defused with a leading apostrophe. Each export is
 * audited (who, which list, how many rows).
 */
@Component
class CitizenCsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    private static final String[] COLUMNS = {"id", "username", "full-name", "birth-date", "verified-pin", "claimed-pin",
            "cmnd", "source", "status", "created", "verified", "last-login"};
    private static final int GROUP_PAGE = CitizenCleanup.MAX_PAGE;

    private final CitizenCleanup cleanup;
    private final MessageSource messages;

    CitizenCsvExport(CitizenCleanup cleanup, MessageSource messages) {
        this.cleanup = cleanup;
        this.messages = messages;
    }

    /** {@code cong-dan-chua-xac-thuc-2026-11-22.csv}-like: the list and today's date in Vietnam. */
    static String fileName(CleanupCategory category, java.time.Clock clock) {
        return "cong-dan-" + category.name().toLowerCase(Locale.ROOT) + "-" + clock.instant().atZone(BusinessTime.ZONE).toLocalDate()
                + ".csv";
    }

    /** Writes the whole list and records the export; returns the number of account rows. */
    int write(CleanupCategory category, int dormantMonths, Locale locale, OutputStream out, CleanupActor actor) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            List<String> header = new ArrayList<>();
            if (category == CleanupCategory.DUPLICATE) {
                header.add(messages.getMessage("admin.citizens.csv.group", null, locale));
                header.add(messages.getMessage("admin.citizens.csv.group-kind", null, locale));
            }
            for (String column : COLUMNS) {
                header.add(messages.getMessage("admin.citizens.csv." + column, null, locale));
            }
            csv.printRecord(header);
            int rows = category == CleanupCategory.DUPLICATE ? writeGroups(csv, locale)
                    : writeList(csv, category, dormantMonths);
            csv.flush();
            cleanup.exported(category, dormantMonths, rows, actor);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int writeList(CSVPrinter csv, CleanupCategory category, int dormantMonths) {
        int[] rows = {0};
        cleanup.each(category, dormantMonths, account -> {
            print(csv, List.of(), account);
            rows[0]++;
        });
        return rows[0];
    }

    private int writeGroups(CSVPrinter csv, Locale locale) {
        int rows = 0;
        int group = 0;
        for (int offset = 0; ; offset += GROUP_PAGE) {
            List<DuplicateGroup> groups = cleanup.duplicateGroups(GROUP_PAGE, offset);
            for (DuplicateGroup g : groups) {
                group++;
                String kind = messages.getMessage("admin.citizens.group." + g.kind(), null, locale);
                for (CitizenAccount account : g.accounts()) {
                    print(csv, List.of(String.valueOf(group), kind), account);
                    rows++;
                }
            }
            if (groups.size() < GROUP_PAGE) {
                return rows;
            }
        }
    }

    private static void print(CSVPrinter csv, List<String> prefix, CitizenAccount account) {
        CitizenRow r = CitizenRow.of(account);
        List<String> cells = new ArrayList<>(prefix);
        cells.add(r.id().toString());
        cells.add(safe(r.username()));
        cells.add(safe(r.fullName()));
        cells.add(r.birthDate() == null ? "" : r.birthDate().toString());
        cells.add(nullToEmpty(r.verifiedPin()));
        cells.add(nullToEmpty(r.claimedPin()));
        cells.add(nullToEmpty(r.cmnd()));
        cells.add(r.source().name());
        cells.add(r.status().name());
        cells.add(time(r.createdAt()));
        cells.add(time(r.verifiedAt()));
        cells.add(time(r.lastLoginAt()));
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ (or a tab/CR) would be a formula in Excel: prefix it. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
