package vn.dangnhap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about the machine a report was measured on. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("CPU", read("/proc/cpuinfo", "model name"));
        f.put("cores (online)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        String mem = read("/proc/meminfo", "MemTotal");
        f.put("RAM", mem.isEmpty() ? "?" : String.format("%.1f GiB", Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0));
        f.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        f.put("kernel", readAll("/proc/sys/kernel/osrelease"));
        f.put("load average at start", readAll("/proc/loadavg"));
        return f;
    }

    private static String read(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (Exception e) {
            return "?";
        }
    }

    private static String readAll(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
