package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Imports officials from a CSV file ({@code email,full_name,phone,unit_code,roles}, roles
 * separated by {@code ;}, UTF-8 with or without BOM). Every row is checked with the directory's
 * own rules first, and e-mails repeated inside the file are caught; then, in one transaction,
 * either every row is stored, or — when any row is bad — nothing, unless the administrator asked
 * for the valid rows only. A dry run only checks. Imported officials get no password.
 *
 * <p>Row numbers are the CSV record numbers: the header is row 1, the first official row 2.
 */
@Service
class OfficialCsvImport {

    static final List<String> HEADER = List.of("email", "full_name", "phone", "unit_code", "roles");

    private final Directory directory;
    private final AdminChanges changes;
    private final MessageSource messages;

    OfficialCsvImport(Directory directory, AdminChanges changes, MessageSource messages) {
        this.directory = directory;
        this.changes = changes;
        this.messages = messages;
    }

    /** How to import: all-or-nothing by default; {@code validRowsOnly} skips bad rows; {@code dryRun} stores nothing. */

    /** One data row of the file: its number, the e-mail as typed, and what is wrong with it (empty when valid). */
    record RowReport(long row, String email, boolean valid, List<String> messages) {}

    /**
     * The outcome. {@code imported} is how many officials were stored; {@code rejected} is true when
     * the file had bad rows and therefore nothing was (or, in a dry run, would be) stored.
     */
    record Report(boolean dryRun, boolean validRowsOnly, int totalRows, int validRows, int invalidRows, int imported,
                  boolean rejected, List<RowReport> rows) {

        public List<RowReport> invalid() {
            return rows.stream().filter(r -> !r.valid()).toList();
        }
    }

    /**
     * Checks and (unless a dry run) imports the file. A file that cannot be read as a whole (too
     * large, too many rows, not UTF-8, wrong header, broken quoting) throws
     * {@link InvalidInputException} for field {@code file}; row problems go into the report.
     */
    @Transactional
    Report run(byte[] file, AdminCsvUpload.Options options, ActingAdmin actor, Locale locale) {
        List<CSVRecord> records = AdminCsvUpload.records(AdminCsvUpload.decode(file), HEADER);
        List<RowReport> rows = new ArrayList<>();
        List<OfficialInput> valid = new ArrayList<>();
        Map<String, Long> firstRowOfEmail = new HashMap<>();
        for (CSVRecord record : records) {
            List<String> problems = new ArrayList<>();
            String email = record.size() > 0 ? record.get(0).strip() : "";
            if (record.size() != HEADER.size()) {
                problems.add(message("admin.import.row.columns", locale, record.size(), HEADER.size()));
            } else {
                OfficialInput input = new OfficialInput(email, record.get(1), record.get(2), record.get(3),
                        Arrays.asList(record.get(4).split(";")));
                try {
                    directory.validateNew(input);
                    valid.add(input);
                } catch (DomainException e) {
                    problems.add(message(e.messageKey(), locale, e.arguments()));
                }
            }
            String key = email.toLowerCase(Locale.ROOT);
            Long first = key.isEmpty() ? null : firstRowOfEmail.putIfAbsent(key, record.getRecordNumber());
            if (first != null) {
                problems.add(message("admin.import.email.duplicate", locale, shorten(email), first));
                if (problems.size() == 1) {
                    valid.removeLast();
                }
            }
            rows.add(new RowReport(record.getRecordNumber(), shorten(email), problems.isEmpty(), List.copyOf(problems)));
        }
        int invalid = (int) rows.stream().filter(r -> !r.valid()).count();
        boolean rejected = invalid > 0 && !options.validRowsOnly();
        int imported = 0;
        if (!options.dryRun() && !rejected) {
            for (OfficialInput input : valid) {
                var official = directory.createOfficial(input);
                changes.record(actor, "OFFICIAL_IMPORTED", null, official.email().value() + " unit " + official.unitCode());
                imported++;
            }
            changes.record(actor, "OFFICIALS_IMPORTED", null,
                    imported + " of " + rows.size() + " rows imported" + (invalid > 0 ? ", " + invalid + " invalid rows skipped" : ""));
        }
        return new Report(options.dryRun(), options.validRowsOnly(), rows.size(), valid.size(), invalid, imported,
                rejected, List.copyOf(rows));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
