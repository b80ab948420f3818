package vn.dangnhap.admin.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
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
    record Options(boolean validRowsOnly, boolean dryRun) {}

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
    Report run(byte[] file, Options options, AdminActor actor, Locale locale) {
        List<CSVRecord> records = records(decode(file));
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

    static String decode(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", "admin.import.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("file", "admin.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "admin.import.not-utf8");
        }
    }

    /** The data records, after checking the header; at most {@link #MAX_ROWS}. */
    private static List<CSVRecord> records(String text) {
        return records(text, HEADER);
    }

    /** The data records of a CSV file whose header must be {@code expected}; at most {@link #MAX_ROWS}. */
    static List<CSVRecord> records(String text, List<String> expected) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new InvalidInputException("file", "admin.import.empty");
            }
            List<String> header = iterator.next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(expected)) {
                throw new InvalidInputException("file", "admin.import.header.invalid", String.join(",", expected));
            }
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                if (records.size() == MAX_ROWS) {
                    throw new InvalidInputException("file", "admin.import.too-many-rows", MAX_ROWS);
                }
                records.add(record);
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // Commons CSV reports broken quoting (an unclosed quote, text after a closing quote) this way.
            throw new InvalidInputException("file", "admin.import.malformed");
        }
        if (records.isEmpty()) {
            throw new InvalidInputException("file", "admin.import.no-rows");
        }
        return records;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
