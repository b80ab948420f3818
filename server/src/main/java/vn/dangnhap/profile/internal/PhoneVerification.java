package vn.dangnhap.profile.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.notice.SmsGateway;
import vn.dangnhap.profile.PhoneCodeFailed;
import vn.dangnhap.profile.PhoneCodeSent;
import vn.dangnhap.profile.PhoneVerified;
import vn.dangnhap.profile.internal.PhoneCodeStore.PendingCode;

/**
 * Proving a phone number by a one-time code: 6 digits, valid 5 minutes, at most 5 wrong tries,
 * kept only as a SHA-256 digest. A new request replaces the previous code; requests are limited
 * to one per minute and 5 per hour per account, so the page cannot be used to flood a number.
 */
@Service
class PhoneVerification {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WRONG_TRIES = 5;
    static final Duration RESEND_GAP = Duration.ofSeconds(60);
    static final Duration SEND_WINDOW = Duration.ofHours(1);
    static final int MAX_SENDS_PER_WINDOW = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a request for a code; {@code waitSeconds} is set when refused for now. */
    record CodeRequest(boolean sent, long waitSeconds) {}

    enum Check { VERIFIED, WRONG_CODE, EXPIRED, TOO_MANY_TRIES, NO_CODE }

    /** What became of a typed code; {@code triesLeft} after a wrong one. */
    record CodeCheck(Check outcome, int triesLeft) {}

    private final PhoneCodeStore codes;
    private final Directory directory;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhoneVerification(PhoneCodeStore codes, Directory directory, SmsGateway sms, MessageSource messages,
                      ApplicationEventPublisher events, Clock clock) {
        this.codes = codes;
        this.directory = directory;
        this.sms = sms;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a new code to {@code phone}, replacing any earlier one, unless the resend limits say
     * wait. Throws {@link vn.dangnhap.notice.SmsNotSent} (and stores nothing) when the gateway fails.
     */
    @Transactional
    public CodeRequest requestCode(SignedInOfficial official, PhoneNumber phone, ClientInfo client, Locale locale) {
        Instant now = clock.instant();
        Optional<PendingCode> earlier = codes.lock(official.accountId());
        Instant windowStart = now;
        int sends = 0;
        if (earlier.isPresent()) {
            PendingCode e = earlier.get();
            Instant nextAllowed = e.lastSentAt().plus(RESEND_GAP);
            if (now.isBefore(nextAllowed)) {
                return new CodeRequest(false, secondsUntil(now, nextAllowed));
            }
            if (now.isBefore(e.windowStart().plus(SEND_WINDOW))) {
                if (e.sendsInWindow() >= MAX_SENDS_PER_WINDOW) {
                    return new CodeRequest(false, secondsUntil(now, e.windowStart().plus(SEND_WINDOW)));
                }
                windowStart = e.windowStart();
                sends = e.sendsInWindow();
            }
        }
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        codes.save(new PendingCode(official.accountId(), phone.e164(), digest(official, phone.e164(), code),
                now.plus(CODE_LIFETIME), 0, now, windowStart, sends + 1), earlier.isPresent());
        sms.send(phone, messages.getMessage("profile.phone.sms",
                new Object[] {code, CODE_LIFETIME.toMinutes()}, locale));
        events.publishEvent(new PhoneCodeSent(official.accountId(), official.email(), phone.masked(), client));
        return new CodeRequest(true, 0);
    }

    /** Checks a typed code; the right one stores the number in the directory as verified. */
    @Transactional
    public CodeCheck checkCode(SignedInOfficial official, String typed, ClientInfo client) {
        Optional<PendingCode> pending = codes.lock(official.accountId()).filter(c -> !c.used());
        if (pending.isEmpty()) {
            return refused(official, Check.NO_CODE, 0, client);
        }
        PendingCode code = pending.get();
        if (code.wrongTries() >= MAX_WRONG_TRIES) {
            return refused(official, Check.TOO_MANY_TRIES, 0, client);
        }
        if (!clock.instant().isBefore(code.expiresAt())) {
            return refused(official, Check.EXPIRED, 0, client);
        }
        String cleaned = typed == null ? "" : typed.strip();
        boolean right = cleaned.matches("[0-9]{6}") && MessageDigest.isEqual(
                digest(official, code.phone(), cleaned).getBytes(StandardCharsets.US_ASCII),
                code.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            codes.countWrongTry(official.accountId());
            int left = MAX_WRONG_TRIES - code.wrongTries() - 1;
            return refused(official, left == 0 ? Check.TOO_MANY_TRIES : Check.WRONG_CODE, left, client);
        }
        codes.markUsed(official.accountId());
        PhoneNumber phone = new PhoneNumber(code.phone());
        directory.setVerifiedPhone(official.accountId(), phone);
        events.publishEvent(new PhoneVerified(official.accountId(), official.email(), phone.masked(), client));
        return new CodeCheck(Check.VERIFIED, 0);
    }

    /** The number waiting for its code, if a usable code is out. */
    @Transactional(readOnly = true)
    public Optional<PhoneNumber> pendingPhone(SignedInOfficial official) {
        Instant now = clock.instant();
        return codes.find(official.accountId())
                .filter(c -> !c.used() && c.wrongTries() < MAX_WRONG_TRIES && now.isBefore(c.expiresAt()))
                .map(c -> new PhoneNumber(c.phone()));
    }

    private CodeCheck refused(SignedInOfficial official, Check outcome, int triesLeft, ClientInfo client) {
        events.publishEvent(new PhoneCodeFailed(official.accountId(), official.email(), outcome.name(), client));
        return new CodeCheck(outcome, triesLeft);
    }

    private static long secondsUntil(Instant now, Instant then) {
        return Math.max(1, (Duration.between(now, then).toMillis() + 999) / 1000);
    }

    /** Bound to the account and the number, so a digest proves nothing for another pair. */
    private static String digest(SignedInOfficial official, String e164, String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((official.accountId() + ":" + e164 + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
