package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and memory of a server process from /proc (Linux): utime + stime of
 * {@code /proc/<pid>/stat} (all threads, in clock ticks of 1/100 s), VmHWM (peak resident set)
 * and VmRSS of {@code /proc/<pid>/status}.
 */
public final class ProcStats {

    /** USER_HZ on Linux is 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    public record Sample(boolean valid, double cpuSeconds, double peakRssMb, double rssMb) {
    }

    private ProcStats() {
    }

    public static Sample sample(long pid) {
        if (pid <= 0) {
            return new Sample(false, 0, 0, 0);
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may contain spaces: fields are counted after its ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(f[11]);
            long stime = Long.parseLong(f[12]);
            double hwm = 0;
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = kib(line) / 1024.0;
                } else if (line.startsWith("VmRSS:")) {
                    rss = kib(line) / 1024.0;
                }
            }
            return new Sample(true, (utime + stime) / TICKS_PER_SECOND, hwm, rss);
        } catch (Exception e) {
            return new Sample(false, 0, 0, 0);
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
