package vn.dangnhap.config;

/**
 * One thing wrong with a configuration file, where it is: {@code dangnhap.yaml:42:
 * applications[3].launchUrl: The address must be a full http:// or https:// URL.}
 *
 * @param file    the file name as given (or {@code request} for an API body)
 * @param line    1-based line, 0 when the problem is not at a line (e.g. an unreadable file)
 * @param field   the path of the field at fault, e.g. {@code applications[3].launchUrl}; empty for the whole file
 * @param message plain English
 */
public record ConfigProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
