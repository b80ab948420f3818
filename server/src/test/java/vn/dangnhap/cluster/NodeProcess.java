package vn.dangnhap.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Dangnhap node: the packaged {@code target/dangnhap.jar} run as an operator runs it, in a
 * process of its own, stopped with SIGTERM ({@code systemctl stop}) or killed with SIGKILL (a
 * machine lost).
 */
final class NodeProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "dangnhap.jar");

    private final String name;
    private final int port;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    NodeProcess(String name, int port, List<String> arguments, Map<String, String> environment, Path dir) {
        this.name = name;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.log = dir.resolve(name + ".log");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** Starts the node and waits until it answers its health check. */
    NodeProcess start() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR.toAbsolutePath() + ": the cluster tests run after package (./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(n -> n.startsWith("DANGNHAP_") || n.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitHealthy(Duration.ofMinutes(3));
        return this;
    }

    private void awaitHealthy(Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not healthy within " + limit + "; log: " + log.toAbsolutePath());
    }

    /** SIGTERM, as {@code systemctl stop}: Spring Boot shuts down gracefully. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** SIGKILL: the machine is gone, nothing is cleaned up. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
