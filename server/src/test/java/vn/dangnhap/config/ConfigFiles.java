package vn.dangnhap.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dangnhap.DangnhapApplication;

/** The test files, and the command line run in this JVM against an H2 file database. */
final class ConfigFiles {

    /** What the rich file's secret reference resolves to in the tests (a property stands in for the variable). */
    static final String MAIL_SECRET = "mail-secret-for-tests-0123456789abcdefghij";
    static final String VNEID_SECRET = "vneid-secret-for-tests-0123456789";
    static final String OLD_PORTAL_SECRET = "old-portal-secret-for-tests-0123456789";
    static final String REGISTRY_PASSWORD = "registry-password-for-tests";

    private ConfigFiles() {}

    static String rich() {
        return resource("/config/rich.yaml");
    }

    static String resource(String name) {
        try (InputStream in = ConfigFiles.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An H2 file database in {@code dir}, as the server's defaults configure it. */
    static String h2File(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("dangnhap").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    record Run(int exitCode, String out, String err) {}

    /** {@code java -jar dangnhap.jar config <args>} in this JVM. */
    static Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of("config"));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ConfigCommandLine.run(DangnhapApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
