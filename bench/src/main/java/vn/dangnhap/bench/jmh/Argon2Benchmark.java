package vn.dangnhap.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id verifications per second on one thread (= one core), with Dangnhap's parameters
 * (credential/internal/Argon2Settings: m = 19456 KiB, t = 2, p = 1) and the server's own encoder:
 * Spring Security's Argon2PasswordEncoder over BouncyCastle. A login verifies one hash, so this
 * is the ceiling of password logins per CPU-second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Argon2Benchmark {

    @Param("19456")
    public int memoryKib;

    @Param("2")
    public int iterations;

    @Param("1")
    public int parallelism;

    private Argon2PasswordEncoder encoder;
    private String stored;

    @Setup
    public void setUp() {
        encoder = new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations);
        stored = encoder.encode("Bench@2026-mat-khau");
    }

    @Benchmark
    public boolean verify() {
        return encoder.matches("Bench@2026-mat-khau", stored);
    }
}
