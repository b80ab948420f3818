package vn.dangnhap.credential;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.dangnhap.credential.internal.PasswordStore;
import vn.dangnhap.shared.InvalidInputException;

/** Sets and checks account passwords. Never logs or returns a password or a hash. */
@Service
public class PasswordCredentials {

    /** Longer input is refused unhashed: Argon2 over megabytes of input is a denial-of-service lever. */
    public static final int MAX_PASSWORD_LENGTH = 256;

    private final PasswordStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String timingDummyHash;

    /** Without events: for tools and tests that only hash and check. */
    public PasswordCredentials(PasswordStore store, PasswordEncoder encoder, Clock clock) {
        this(store, encoder, clock, event -> {});
    }

    @Autowired
    public PasswordCredentials(PasswordStore store, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.timingDummyHash = encoder.encode("timing-equaliser-" + UUID.randomUUID());
    }

    public void setPassword(UUID accountId, String rawPassword) {
        checkLength(rawPassword);
        store.save(accountId, encoder.encode(rawPassword), clock.instant());
    }

    private static void checkLength(String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            throw new InvalidInputException("password", "password.required");
        }
        if (rawPassword.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "password.too-long", MAX_PASSWORD_LENGTH);
        }
    }

    /**
     * Stores an already computed hash (demo data, imports from other systems). The hash must be
     * one this platform can verify.
     */
    public void setPasswordHash(UUID accountId, String hash) {
        store.save(accountId, hash, clock.instant());
    }

    /** Hashes a password once, e.g. to give many demo accounts one known password cheaply. */
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    /**
     * Sets a default password: the owner must change it at the next login, and within the
     * configured working days ({@link PasswordLifecycleSettings}). Publishes
     * {@link DefaultPasswordIssued} (the e-mail notice).
     */
    public void setDefaultPassword(UUID accountId, String rawPassword) {
        checkLength(rawPassword);
        store.save(accountId, encoder.encode(rawPassword), clock.instant(), true);
        events.publishEvent(new DefaultPasswordIssued(accountId, rawPassword));
    }

    public Optional<PasswordStatus> status(UUID accountId) {
        return store.status(accountId);
    }

    public boolean hasPassword(UUID accountId) {
        return store.hashOf(accountId).isPresent();
    }

    /**
     * True when the password matches. When the stored hash used weaker parameters than today's
     * settings, it is replaced by a fresh hash while the plain password is at hand.
     */
    public boolean verify(UUID accountId, String rawPassword) {
        Optional<String> hash = store.hashOf(accountId);
        if (rawPassword == null || rawPassword.length() > MAX_PASSWORD_LENGTH) {
            burnTime();
            return false;
        }
        if (hash.isEmpty()) {
            burnTime();
            return false;
        }
        if (!encoder.matches(rawPassword, hash.get())) {
            return false;
        }
        if (encoder.upgradeEncoding(hash.get())) {
            store.replaceHash(accountId, encoder.encode(rawPassword));
        }
        return true;
    }

    /**
     * Spends the time of one hash verification. Called when there is no account to check, so
     * that "no such user" and "wrong password" cannot be told apart by response time.
     */
    public void burnTime() {
        encoder.matches("not-the-password", timingDummyHash);
    }
}
