package vn.dangnhap.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.credential.internal.PasswordStore;
import vn.dangnhap.shared.InvalidInputException;

/** Sets and checks account passwords. Never logs or returns a password or a hash. */
@Service
public class PasswordCredentials {

    /** Longer input is refused unhashed: Argon2 over megabytes of input is a denial-of-service lever. */
    public static final int MAX_PASSWORD_LENGTH = 256;

    /** Default passwords are read off a screen and typed: no 0/O, 1/l/I look-alikes. */
    private static final String LETTERS_AND_DIGITS = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=?";
    static final int DEFAULT_PASSWORD_LENGTH = 12;

    private final PasswordStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    /**
     * A hash of a random password with today's parameters, for {@link #burnTime()}. Computed off the
     * start-up path: an Argon2 hash in a cold JVM costs about a second of start time.
     */
    private final java.util.concurrent.CompletableFuture<String> timingDummyHash;

    public PasswordCredentials(PasswordStore store, PasswordEncoder encoder, Clock clock, PasswordPolicy policy,
                               ApplicationEventPublisher events) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
        this.timingDummyHash = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> encoder.encode("timing-equaliser-" + UUID.randomUUID()), Thread.ofVirtual()::start);
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
     * Sets a default password chosen by someone else (an administrator): the owner must change it
     * at the next login. The policy does not apply: the owner replaces it at once.
     */
    @Transactional
    public void setDefaultPassword(UUID accountId, String rawPassword) {
        checkLength(rawPassword);
        store.save(accountId, encoder.encode(rawPassword), clock.instant(), true);
        events.publishEvent(new DefaultPasswordIssued(accountId, rawPassword));
    }

    /**
     * Generates, stores and returns a default password (new or reset account). It is returned
     * this once and never again; the owner must change it at the next login.
     */
    @Transactional
    public String issueDefaultPassword(UUID accountId) {
        String password = generateDefaultPassword();
        setDefaultPassword(accountId, password);
        return password;
    }

    /** {@value #DEFAULT_PASSWORD_LENGTH} characters: letters and digits, at least one digit and one symbol. */
    String generateDefaultPassword() {
        char[] chars = new char[DEFAULT_PASSWORD_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LETTERS_AND_DIGITS.charAt(random.nextInt(LETTERS_AND_DIGITS.length()));
        }
        int digitAt = random.nextInt(chars.length);
        int symbolAt = (digitAt + 1 + random.nextInt(chars.length - 1)) % chars.length;
        chars[digitAt] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        chars[symbolAt] = SYMBOLS.charAt(random.nextInt(SYMBOLS.length()));
        return new String(chars);
    }

    /**
     * The owner replaces the password. Checks the current password (when given), the policy and
     * the history (the last {@code dangnhap.password.policy.history} passwords, each hash matched
     * with the encoder), then stores it as a normal password (no longer "must change") and
     * publishes {@link PasswordChanged}.
     *
     * @param currentOrNull the current password as typed, or null when the caller already proved
     *                      who the owner is
     * @throws PasswordRejected listing every rule broken; nothing is stored
     */
    @Transactional
    public void changePassword(UUID accountId, String currentOrNull, String newPassword, PasswordOwner owner) {
        List<PasswordRuleBroken> broken = new ArrayList<>();
        boolean currentProven = currentOrNull == null || verify(accountId, currentOrNull);
        if (!currentProven) {
            broken.add(PasswordRuleBroken.of("password.current.wrong"));
        }
        broken.addAll(policy.check(newPassword, owner));
        boolean tooLong = newPassword != null && newPassword.length() > MAX_PASSWORD_LENGTH;
        // The history is told only to someone who knows the current password.
        if (currentProven && !tooLong && newPassword != null && !newPassword.isEmpty() && reused(accountId, newPassword)) {
            broken.add(PasswordRuleBroken.of("password.policy.reused", policy.settings().history()));
        }
        if (!broken.isEmpty()) {
            throw new PasswordRejected(broken);
        }
        store.save(accountId, encoder.encode(newPassword), clock.instant(), false);
        events.publishEvent(new PasswordChanged(accountId));
    }

    private boolean reused(UUID accountId, String newPassword) {
        int history = policy.settings().history();
        if (history == 0) {
            return false;
        }
        return store.recentHashes(accountId, history).stream().anyMatch(hash -> encoder.matches(newPassword, hash));
    }

    /**
     * Removes the account's password: nobody can sign in to the account with a password any more
     * (e.g. a citizen account merged into another). The history stays for the reuse rule.
     */
    public void removePassword(UUID accountId) {
        store.delete(accountId);
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
        return check(accountId, rawPassword) == PasswordCheck.MATCH;
    }

    /**
     * Like {@link #verify} but tells a missing password apart, in one read of the hash (the login
     * hot path). Every outcome costs one Argon2 verification.
     */
    public PasswordCheck check(UUID accountId, String rawPassword) {
        Optional<String> hash = store.hashOf(accountId);
        if (hash.isEmpty()) {
            burnTime();
            return PasswordCheck.NO_PASSWORD;
        }
        if (rawPassword == null || rawPassword.length() > MAX_PASSWORD_LENGTH) {
            burnTime();
            return PasswordCheck.MISMATCH;
        }
        if (!encoder.matches(rawPassword, hash.get())) {
            return PasswordCheck.MISMATCH;
        }
        if (encoder.upgradeEncoding(hash.get())) {
            store.replaceHash(accountId, encoder.encode(rawPassword));
        }
        return PasswordCheck.MATCH;
    }

    /**
     * Spends the time of one hash verification. Called when there is no account to check, so
     * that "no such user" and "wrong password" cannot be told apart by response time.
     */
    public void burnTime() {
        encoder.matches("not-the-password", timingDummyHash.join());
    }
}
