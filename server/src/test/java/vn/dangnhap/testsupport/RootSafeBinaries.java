package vn.dangnhap.testsupport;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), and build containers
 * often run as root. When they do, the embedded binaries are repacked so that {@code initdb},
 * {@code pg_ctl} and {@code postgres} are small scripts that drop to user {@code nobody} (with
 * util-linux {@code setpriv}) before running the real program, and the data directory is given
 * to {@code nobody}. As any other user nothing changes.
 */
final class RootSafeBinaries {

    private static final Set<String> SERVER_PROGRAMS = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
    private static final String UNPRIVILEGED = "nobody";

    private RootSafeBinaries() {}

    static void applyTo(EmbeddedPostgres.Builder builder) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        Path dataDirectory = Files.createTempDirectory("dangnhap-test-pg");
        UserPrincipal nobody = dataDirectory.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(UNPRIVILEGED);
        Files.setOwner(dataDirectory, nobody);
        builder.setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setPgBinaryResolver((system, hardware) ->
                        repack(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware)));
    }

    private static InputStream repack(InputStream original) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
        try (var in = new TarArchiveInputStream(new XZCompressorInputStream(original));
             var out = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes, 0))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (SERVER_PROGRAMS.contains(entry.getName())) {
                    String program = entry.getName().substring("bin/".length());
                    copy(in, out, entry, entry.getName() + ".real");
                    byte[] script = wrapper(program).getBytes(StandardCharsets.US_ASCII);
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry, entry.getName());
                }
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry, String name)
            throws IOException {
        TarArchiveEntry copy = entry.isSymbolicLink()
                ? new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK)
                : new TarArchiveEntry(name);
        copy.setMode(entry.getMode());
        copy.setModTime(entry.getModTime());
        if (entry.isSymbolicLink()) {
            copy.setLinkName(entry.getLinkName());
        } else if (!entry.isDirectory()) {
            copy.setSize(entry.getSize());
        }
        out.putArchiveEntry(copy);
        if (!entry.isDirectory() && !entry.isSymbolicLink()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static String wrapper(String program) {
        return """
                #!/bin/sh
                here=$(dirname "$0")
                if [ "$(id -u)" = 0 ]; then
                  exec setpriv --reuid=%1$s --regid=%2$s --clear-groups "$here/%3$s.real" "$@"
                fi
                exec "$here/%3$s.real" "$@"
                """.formatted(65534, 65534, program);
    }
}
