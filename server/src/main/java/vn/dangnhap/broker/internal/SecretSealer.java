package vn.dangnhap.broker.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts upstream client secrets at rest with the master key ({@code DANGNHAP_MASTER_KEY}, the
 * same AES-256 key that protects the token-signing keys; in the demo profile the generated
 * {@code data/master.key}). AES-GCM, the provider alias as associated data.
 */
@Component
class SecretSealer {

    private static final int IV_BYTES = 12;

    private final Environment env;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    SecretSealer(Environment env) {
        this.env = env;
    }

    String seal(String plain, String alias) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(("broker:" + alias).getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    String open(String sealedBase64, String alias) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedBase64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(("broker:" + alias).getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The client secret of provider " + alias
                    + " cannot be decrypted: is DANGNHAP_MASTER_KEY the key it was stored with?", e);
        }
    }

    /** Read when first needed: the OIDC module creates the demo key file at start-up. */
    private SecretKeySpec key() {
        if (key == null) {
            String configured = env.getProperty("dangnhap.master-key");
            String base64;
            if (configured != null && !configured.isBlank()) {
                base64 = configured.strip();
            } else if (env.acceptsProfiles(Profiles.of("demo"))) {
                Path file = Path.of(env.getProperty("dangnhap.demo.master-key-file", "data/master.key"));
                try {
                    base64 = Files.readString(file, StandardCharsets.US_ASCII).strip();
                } catch (IOException e) {
                    throw new UncheckedIOException("Demo master key " + file + " not readable", e);
                }
            } else {
                throw new IllegalStateException("No master key: set DANGNHAP_MASTER_KEY");
            }
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length != 32) {
                throw new IllegalStateException("DANGNHAP_MASTER_KEY must decode to exactly 32 bytes");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }
}
