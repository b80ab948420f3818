package vn.dangnhap.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code redis-server} as a child process on a loopback port, without persistence: a
 * restart is a Redis that lost everything, the worst case the cluster must survive.
 */
final class RedisServer implements AutoCloseable {

    private static final Path REDIS = Path.of(System.getenv().getOrDefault("REDIS_SERVER_PATH", "/usr/bin/redis-server"));

    private final int port;
    private final Path dir;
    private Process process;

    RedisServer(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    RedisServer start() throws Exception {
        if (!Files.isExecutable(REDIS)) {
            throw new IllegalStateException("No redis-server at " + REDIS + ": install Debian's redis-server package");
        }
        Files.createDirectories(dir);
        process = new ProcessBuilder(REDIS.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                .start();
        for (int i = 0; i < 100; i++) {
            try {
                if (command("PING").contains("PONG")) {
                    return this;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("redis-server did not answer on " + port);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code CONFIG GET name}'s value. */
    String config(String name) throws IOException {
        String reply = command("CONFIG", "GET", name);
        String[] lines = reply.split("\r\n");
        return lines.length >= 5 ? lines[4] : "";
    }

    /** One command in RESP; the raw reply. */
    String command(String... parts) throws IOException {
        StringBuilder request = new StringBuilder("*" + parts.length + "\r\n");
        for (String part : parts) {
            request.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part).append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            return read <= 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
