package vn.dangnhap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import vn.dangnhap.testsupport.DemoPortalTest;
import vn.dangnhap.testsupport.FormClient;

/**
 * Dangnhap behind a real nginx (Debian's {@code nginx} package) terminating TLS on loopback with a
 * self-signed certificate for {@code localhost}, configured as docs/install.md shows. The public
 * {@code https://} URL must appear in the issuer, redirects and cookies; forwarded headers from an
 * address that is not a configured proxy must be ignored.
 */
@DemoPortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsProxyTest {

    private static final Path NGINX = Path.of(System.getenv().getOrDefault("NGINX_PATH", "/usr/sbin/nginx"));
    private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int appPort;

    private Path dir;
    private Process nginx;
    private int proxyPort;
    private SSLContext trustingProxy;

    @BeforeAll
    void startNginx() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("No nginx at " + NGINX + ". The TLS proxy test needs a real nginx: "
                    + "install Debian's nginx package (apt-get install nginx) or set NGINX_PATH.");
        }
        dir = Files.createTempDirectory("dangnhap-nginx");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString()));
        proxyPort = freePort();
        Files.writeString(dir.resolve("nginx.conf"), nginxConf());
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        waitForPort();
        trustingProxy = sslContextTrusting(dir.resolve("cert.pem"));
    }

    @AfterAll
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: nginx's fast shutdown, workers included
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void discoveryThroughTheProxyNamesTheHttpsIssuer() {
        FormClient client = new FormClient(publicBase(), trustingProxy);
        HttpResponse<String> discovery = client.get("/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(issuer(discovery.body())).isEqualTo(publicBase());
        assertThat(discovery.body()).contains("\"authorization_endpoint\":\"" + publicBase() + "/oauth2/authorize\"");
    }

    @Test
    void loginThroughTheProxyRedirectsToHttpsWithASecureSessionCookie() {
        FormClient client = new FormClient(publicBase(), trustingProxy);

        HttpResponse<String> page = client.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> login = client.logIn("nguyenvanan", DemoPortalTest.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        URI location = login.uri().resolve(login.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(publicBase() + "/");
        assertThat(login.headers().allValues("Location").getFirst()).doesNotStartWith("http:");
        assertThat(sessionCookie(login)).hasValueSatisfying(cookie -> assertThat(cookie).contains("; Secure"));

        HttpResponse<String> portal = client.follow(login);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.uri().getScheme()).isEqualTo("https");
    }

    @Test
    void forwardedHeadersFromLoopbackAreHonoured() {
        // The trusted proxy (loopback here) is believed; UntrustedForwardedHeadersTest shows the opposite.
        assertThat(issuerDirect("127.0.0.1")).isEqualTo("https://127.0.0.1");
    }

    /** Discovery straight from the app (no proxy) at that address, with a forged X-Forwarded-Proto. */
    private String issuerDirect(String host) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + appPort
                        + "/.well-known/openid-configuration"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.7").GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return issuer(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String publicBase() {
        return "https://localhost:" + proxyPort;
    }

    private static Optional<String> sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("DANGNHAP_SESSION=")).findFirst();
    }

    private static String issuer(String discovery) {
        Matcher m = ISSUER.matcher(discovery);
        assertThat(m.find()).as("issuer in %s", discovery).isTrue();
        return m.group(1);
    }

    private String nginxConf() {
        String d = dir.toString();
        boolean root = "root".equals(System.getProperty("user.name"));
        return """
                %s
                worker_processes 1;
                daemon off;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log %s/access.log;
                    client_body_temp_path %s/client_body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;

                    server {
                        listen 127.0.0.1:%d ssl;
                        server_name localhost;
                        ssl_certificate %s/cert.pem;
                        ssl_certificate_key %s/key.pem;
                        ssl_protocols TLSv1.2 TLSv1.3;
                        client_max_body_size 10m;

                        location / {
                            proxy_pass http://127.0.0.1:%d;
                            proxy_set_header Host $host:$server_port;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Port $server_port;
                        }
                    }
                }
                """.formatted(root ? "user root;" : "", d, d, d, d, d, d, d, d, proxyPort, d, d, appPort);
    }

    private void waitForPort() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out"))
                        + readIfExists(dir.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", proxyPort), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + proxyPort + ": " + readIfExists(dir.resolve("error.log")));
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.out").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed: " + readIfExists(dir.resolve("openssl.out")));
        }
    }

    private static SSLContext sslContextTrusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
