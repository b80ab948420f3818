package vn.dangnhap.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of the nodes, configured as docs/cluster.md shows: round robin, no sticky
 * sessions, a node that fails a connection taken out for a few seconds, idempotent requests retried
 * on the next node. Each answer names the node that served it in {@code X-Upstream} (tests only).
 */
final class LoadBalancer implements AutoCloseable {

    private static final Path NGINX = Path.of(System.getenv().getOrDefault("NGINX_PATH", "/usr/sbin/nginx"));

    private final Path dir;
    private final int port;
    private Process nginx;

    LoadBalancer(Path dir, int port) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    LoadBalancer start(List<NodeProcess> nodes) throws Exception {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("No nginx at " + NGINX + ": install Debian's nginx package or set NGINX_PATH");
        }
        Files.createDirectories(dir);
        String servers = nodes.stream().map(n -> "        server 127.0.0.1:" + n.port() + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream dangnhap {
                %2$s
                        keepalive 16;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://dangnhap;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_connect_timeout 2s;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_next_upstream_tries 2;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, servers, port));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return this;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }
}
