package vn.dangnhap.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The master key (AES-256-GCM) that encrypts secrets at rest: the token-signing keys (oidc) and
 * upstream identity providers' client secrets (broker), each with its own associated data so a
 * value cannot be moved from one place to another. Production: 32 random bytes,
 * base64, in {@code DANGNHAP_MASTER_KEY} (property {@code dangnhap.master-key}); the server does
 * not start without it ({@link MasterKeyFailureAnalyzer} says why in one line). Demo profile only:
 * generated into {@code ./data/master.key} with a warning.
 */
@Component
public class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public MasterKey(Environment env) {
        String configured = env.getProperty("dangnhap.master-key");
        byte[] bytes;
        if (configured != null && !configured.isBlank()) {
            bytes = decode(configured.strip());
        } else if (env.acceptsProfiles(Profiles.of("demo"))) {
            bytes = demoKey(Path.of(env.getProperty("dangnhap.demo.master-key-file", "data/master.key")));
        } else {
            throw new MasterKeyException("No master key: set DANGNHAP_MASTER_KEY to 32 random bytes in base64 "
                    + "(e.g. `openssl rand -base64 32`). It encrypts the token-signing keys; keep it out of the database backup.");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MasterKeyException("DANGNHAP_MASTER_KEY is not valid base64");
        }
        if (bytes.length != 32) {
            throw new MasterKeyException("DANGNHAP_MASTER_KEY must decode to exactly 32 bytes, got " + bytes.length);
        }
        return bytes;
    }

    private byte[] demoKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Demo profile: generated a master key in {}. In production set DANGNHAP_MASTER_KEY instead.", file.toAbsolutePath());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the demo master key " + file, e);
        }
    }

    /** Base64 of IV and ciphertext; {@code associatedData} must be given again to decrypt. */
    public String encrypt(String plain, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String sealedBase64, String associatedData) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedBase64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("A stored secret (" + associatedData + ") cannot be decrypted: is DANGNHAP_MASTER_KEY the key it was stored with?", e);
        }
    }
}
