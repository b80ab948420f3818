package vn.dangnhap.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dangnhap.shared.InvalidInputException;

/**
 * A CSV file an administrator uploads to the console or the admin API (officials, account links):
 * UTF-8 (a byte-order mark is allowed), RFC 4180, a fixed header, at most {@link #MAX_ROWS} rows and
 * {@link #MAX_BYTES}. Every way it can be wrong is an {@link InvalidInputException} on {@code file}.
 */
public final class AdminCsvUpload {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    /**
     * @param validRowsOnly import the valid rows even if others are invalid (else all or nothing)
     * @param dryRun        check and report, store nothing
     */
    public record Options(boolean validRowsOnly, boolean dryRun) {}

    private AdminCsvUpload() {}

    /** The file as text: UTF-8 only, without a byte-order mark. */
    public static String decode(byte[] file) {
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

    /** The data records of a CSV file whose header must be {@code expected}; at most {@link #MAX_ROWS}. */
    public static List<CSVRecord> records(String text, List<String> expected) {
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

    /** A text area's lines, trimmed, blank ones dropped (e.g. redirect URIs, one per line). */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
