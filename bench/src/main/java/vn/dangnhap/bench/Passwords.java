package vn.dangnhap.bench;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id hash of the synthetic users' password, computed once and written for every user
 * in each system's own format: Dangnhap's PHC string (Spring Security's Argon2PasswordEncoder) and
 * Keycloak's argon2 credential (secretData / credentialData). Both verify it with BouncyCastle's
 * Argon2 at the same parameters, so a login costs the same hash on both.
 */
public record Passwords(String password, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    /** Dangnhap's defaults (credential/internal/Argon2Settings): m=19456 KiB, t=2, p=1, 16-byte salt, 32-byte hash. */
    public static Passwords dangnhapDefaults(String password) {
        return of(password, 19456, 2, 1);
    }

    public static Passwords of(String password, int memoryKib, int iterations, int parallelism) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return new Passwords(password, memoryKib, iterations, parallelism, salt, hash);
    }

    /** {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} as Spring Security writes and reads it. */
    public String phc() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Keycloak's {@code secretData} JSON for a password credential. */
    public String keycloakSecretData() {
        return "{\"value\":\"" + Base64.getEncoder().encodeToString(hash) + "\",\"salt\":\""
                + Base64.getEncoder().encodeToString(salt) + "\",\"additionalParameters\":{}}";
    }

    /** Keycloak's {@code credentialData} JSON (org.keycloak.crypto.hash.Argon2PasswordHashProvider). */
    public String keycloakCredentialData() {
        return "{\"hashIterations\":" + iterations + ",\"algorithm\":\"argon2\",\"additionalParameters\":{"
                + "\"hashLength\":[\"32\"],\"memory\":[\"" + memoryKib + "\"],\"type\":[\"id\"],\"version\":[\"1.3\"],"
                + "\"parallelism\":[\"" + parallelism + "\"]}}";
    }
}
