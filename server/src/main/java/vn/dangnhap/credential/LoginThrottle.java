package vn.dangnhap.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.credential.internal.FailureCounter;
import vn.dangnhap.credential.internal.KnownDeviceStore;
import vn.dangnhap.credential.internal.LoginThrottleProperties;
import vn.dangnhap.credential.internal.ThrottleStore;

/**
 * Brute-force protection without lockout-DoS, after OWASP's device-cookie scheme
 * ("Slow Down Online Guessing Attacks with Device Cookies").
 *
 * <p>Three kinds of counter: one per <em>login name</em> (the e-mail typed, counted even when no
 * account has it, so a lock looks the same for every name and reveals nothing); one per
 * <em>known device</em> of an account (a browser that logged in to it before, recognised by its
 * device cookie); one per <em>client address</em> across all names. A known device is judged by
 * its own counter only: failures from elsewhere, however many, never keep the owner out. Every
 * lock and every unlock is published as an event (audited).
 *
 * <p>Checked before the password is hashed, so a refused attempt costs no hash.
 */
@Service
public class LoginThrottle {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ThrottleStore counters;
    private final KnownDeviceStore devices;
    private final LoginThrottleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LoginThrottle(ThrottleStore counters, KnownDeviceStore devices, LoginThrottleProperties properties,
                         ApplicationEventPublisher events, Clock clock) {
        this.counters = counters;
        this.devices = devices;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this attempt may go on to the password check. */
    @Transactional(readOnly = true)
    public ThrottleVerdict check(LoginAttempt attempt) {
        Instant now = clock.instant();
        Optional<FailureCounter> device = knownDevice(attempt, now);
        if (device.isPresent()) {
            return verdict(device.get(), now, ThrottleVerdict.Refusal.ACCOUNT_TEMPORARILY_LOCKED);
        }
        ThrottleVerdict byName = counters.find(ThrottleStore.nameSubject(attempt.loginName()))
                .map(c -> verdict(c, now, ThrottleVerdict.Refusal.ACCOUNT_TEMPORARILY_LOCKED))
                .orElse(ThrottleVerdict.ALLOWED);
        if (!byName.allowed() || attempt.clientIp() == null) {
            return byName;
        }
        return counters.find(ThrottleStore.clientSubject(attempt.clientIp()))
                .map(c -> verdict(c, now, ThrottleVerdict.Refusal.CLIENT_THROTTLED))
                .orElse(ThrottleVerdict.ALLOWED);
    }

    /** Counts a wrong password (or a name without an account): against the known device, or the name; and the client. */
    @Transactional
    public void recordFailure(LoginAttempt attempt) {
        Instant now = clock.instant();
        Optional<FailureCounter> device = knownDevice(attempt, now);
        if (device.isPresent()) {
            FailureCounter after = device.get().afterFailure(now, properties.accountRule());
            devices.saveCounter(attempt.accountId(), hash(attempt.deviceToken()), after);
            if (device.get().lockStartedBy(after)) {
                events.publishEvent(new AccountTemporarilyLocked(attempt.accountId(), attempt.loginName(), true,
                        after.locks(), after.lockedUntil(), attempt.clientIp()));
            }
        } else {
            FailureCounter before = count(ThrottleStore.nameSubject(attempt.loginName()), attempt.accountId(), now,
                    properties.accountRule());
            FailureCounter after = counters.find(ThrottleStore.nameSubject(attempt.loginName())).orElseThrow();
            if (before.lockStartedBy(after)) {
                events.publishEvent(new AccountTemporarilyLocked(attempt.accountId(), attempt.loginName(), false,
                        after.locks(), after.lockedUntil(), attempt.clientIp()));
            }
        }
        if (attempt.clientIp() != null) {
            String subject = ThrottleStore.clientSubject(attempt.clientIp());
            FailureCounter before = count(subject, null, now, properties.clientRule());
            FailureCounter after = counters.find(subject).orElseThrow();
            if (before.lockStartedBy(after)) {
                events.publishEvent(new ClientThrottled(attempt.clientIp(), after.locks(), after.lockedUntil()));
            }
        }
    }

    /** Adds one failure to a counter row; returns the counter as it was before. */
    private FailureCounter count(String subject, UUID accountId, Instant now, FailureCounter.Rule rule) {
        Optional<FailureCounter> existing = counters.findForUpdate(subject);
        FailureCounter before = existing.orElse(FailureCounter.none(now));
        try {
            counters.save(subject, accountId, before.afterFailure(now, rule), existing.isPresent());
        } catch (DuplicateKeyException raced) {
            // Another node inserted the first failure at the same moment: count on top of it.
            FailureCounter theirs = counters.findForUpdate(subject).orElseThrow();
            counters.save(subject, accountId, theirs.afterFailure(now, rule), true);
            return theirs;
        }
        return before;
    }

    /**
     * A successful login of {@code attempt.accountId()}: the known device's counter, or (from any
     * other device) the login name's counter, starts again from zero.
     */
    @Transactional
    public void recordSuccess(LoginAttempt attempt) {
        Instant now = clock.instant();
        Optional<FailureCounter> device = knownDevice(attempt, now);
        if (device.isPresent()) {
            // The name's counter stays: it may be an attacker's, and this login does not end that attack.
            devices.seen(attempt.accountId(), hash(attempt.deviceToken()), now, properties.maxDevices());
            if (device.get().everLocked()) {
                events.publishEvent(new AccountUnlocked(attempt.accountId(), attempt.loginName(), "LOGIN"));
            }
        } else {
            counters.delete(ThrottleStore.nameSubject(attempt.loginName()))
                    .filter(FailureCounter::everLocked)
                    .ifPresent(c -> events.publishEvent(new AccountUnlocked(attempt.accountId(), attempt.loginName(), "LOGIN")));
        }
    }

    /**
     * After a successful login in a browser: the browser becomes (or stays) a known device of the account.
     *
     * @return the device token to set in the browser's cookie (the same one when it was already known)
     */
    @Transactional
    public String rememberDevice(LoginAttempt attempt) {
        Instant now = clock.instant();
        String token = knownDevice(attempt, now).isPresent()
                ? attempt.deviceToken()
                : reusableToken(attempt.deviceToken()).orElseGet(this::newToken);
        devices.seen(attempt.accountId(), hash(token), now, properties.maxDevices());
        return token;
    }

    /** An administrator's unlock: every temporary lock and failure count of the account is cleared. */
    @Transactional
    public void release(UUID accountId) {
        List<FailureCounter> names = counters.deleteForAccount(accountId);
        int lockedDevices = devices.resetCounters(accountId);
        if (lockedDevices > 0 || names.stream().anyMatch(FailureCounter::everLocked)) {
            events.publishEvent(new AccountUnlocked(accountId, null, "ADMIN"));
        }
    }

    /** When the account's temporary lock (for everything but its known devices) ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> temporarilyLockedUntil(UUID accountId) {
        return counters.lockedUntil(accountId, clock.instant());
    }

    /** How long a device cookie lives. */
    public Duration deviceLifetime() {
        return properties.deviceLifetime();
    }

    private Optional<FailureCounter> knownDevice(LoginAttempt attempt, Instant now) {
        if (attempt.accountId() == null || !wellFormed(attempt.deviceToken())) {
            return Optional.empty();
        }
        return devices.find(attempt.accountId(), hash(attempt.deviceToken()), now.minus(properties.deviceLifetime()));
    }

    /**
     * A browser shared by several officials keeps one cookie: a token this platform issued is
     * registered for the next account too. A made-up value is never adopted.
     */
    private Optional<String> reusableToken(String presented) {
        return wellFormed(presented) && devices.issued(hash(presented)) ? Optional.of(presented) : Optional.empty();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    private static ThrottleVerdict verdict(FailureCounter counter, Instant now, ThrottleVerdict.Refusal refusal) {
        return counter.lockedAt(now)
                ? new ThrottleVerdict(refusal, Duration.between(now, counter.lockedUntil()))
                : ThrottleVerdict.ALLOWED;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
