package vn.dangnhap.citizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dangnhap.citizen.CitizenVerificationAttempted.Outcome;
import vn.dangnhap.citizen.internal.CircuitBreaker;
import vn.dangnhap.citizen.internal.CitizenProperties;
import vn.dangnhap.citizen.internal.CitizenConsentStore;
import vn.dangnhap.citizen.internal.VerificationAttemptStore;
import vn.dangnhap.shared.ConflictException;

/**
 * Verification of a legacy citizen account against the National Population Database (directive
 * 356's attached procedure): the citizen's consent is recorded (Law 91/2025/QH15) when the data
 * leave for the registry; a match stores the number as verified with the registry's name and
 * birth date; no match counts against the daily limit. The registry is called through a circuit
 * breaker so that an outage costs the login path no waiting: after repeated failures it answers
 * "try again later" at once. No HTTP call runs inside a database transaction.
 */
@Service
public class CitizenVerification {

    /** The consent text shown on the form (messages {@code citizen.verify.consent}); bump when the wording changes. */
    public static final String CONSENT_TEXT_VERSION = "2026-01";
    public static final String CONSENT_PURPOSE = "REGISTRY_VERIFICATION";

    private final CitizenAccounts accounts;
    private final PopulationRegistry registry;
    private final CitizenConsentStore consents;
    private final VerificationAttemptStore attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final int attemptsPerDay;

    public CitizenVerification(CitizenAccounts accounts, PopulationRegistry registry, CitizenConsentStore consents,
                               VerificationAttemptStore attempts, CitizenProperties properties,
                               ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.consents = consents;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
        this.breaker = new CircuitBreaker(properties.registry().failureThreshold(), properties.registry().openFor(), clock);
        this.attemptsPerDay = properties.verification().attemptsPerDay();
    }

    public VerificationOutcome verify(UUID accountId, VerificationRequest request, String clientIp) {
        CitizenAccount account = accounts.account(accountId);
        if (account.verified()) {
            return new VerificationOutcome.AlreadyVerified(account);
        }
        String masked = request.cccd().masked();
        int used = attempts.countSince(accountId, clock.instant().minus(Duration.ofDays(1)));
        if (used >= attemptsPerDay) {
            publish(account, masked, Outcome.TOO_MANY_ATTEMPTS, "limit " + attemptsPerDay + " per 24 hours", clientIp);
            return new VerificationOutcome.TooManyAttempts(attemptsPerDay);
        }
        PopulationRegistry.Answer answer;
        try {
            answer = breaker.call(() -> {
                recordConsent(account, request, clientIp);
                return registry.verify(request.cccd(), request.cmnd(), request.fullName());
            }, PopulationRegistry.RegistryUnavailable.class);
        } catch (CircuitBreaker.Open open) {
            publish(account, masked, Outcome.CIRCUIT_OPEN, "circuit breaker open", clientIp);
            return new VerificationOutcome.TryLater();
        } catch (PopulationRegistry.RegistryUnavailable e) {
            publish(account, masked, Outcome.REGISTRY_UNAVAILABLE, e.getMessage(), clientIp);
            return new VerificationOutcome.TryLater();
        }
        attempts.record(accountId, answer.match() ? Outcome.MATCH.name() : Outcome.NO_MATCH.name(), clock.instant());
        if (!answer.match()) {
            publish(account, masked, Outcome.NO_MATCH, null, clientIp);
            return new VerificationOutcome.NoMatch(Math.max(0, attemptsPerDay - used - 1));
        }
        try {
            String name = answer.fullName() == null || answer.fullName().isBlank() ? request.fullName() : answer.fullName();
            CitizenAccount verified = accounts.markVerified(accountId, request.cccd(), request.cmnd(), name,
                    answer.birthDate(), "REGISTRY");
            publish(account, masked, Outcome.MATCH, null, clientIp);
            return new VerificationOutcome.Verified(verified);
        } catch (ConflictException taken) {
            publish(account, masked, Outcome.PIN_TAKEN, "verified on another account", clientIp);
            return new VerificationOutcome.PinTaken();
        }
    }

    /** The breaker's state, for the operators' view and tests. */
    public String registryCircuitState() {
        return breaker.state().name();
    }

    private void recordConsent(CitizenAccount account, VerificationRequest request, String clientIp) {
        List<String> items = new ArrayList<>(List.of("CCCD"));
        if (request.cmnd() != null) {
            items.add("CMND");
        }
        items.add("HO_TEN");
        String dataItems = String.join(",", items);
        Instant now = clock.instant();
        consents.insert(new CitizenConsentStore.Consent(UUID.randomUUID(), account.id(), CONSENT_PURPOSE, CONSENT_TEXT_VERSION,
                dataItems, now, clientIp));
        events.publishEvent(new CitizenConsentGiven(account.id(), account.displayLogin(), CONSENT_PURPOSE,
                CONSENT_TEXT_VERSION, dataItems, clientIp));
    }

    private void publish(CitizenAccount account, String maskedPin, Outcome outcome, String detail, String clientIp) {
        events.publishEvent(new CitizenVerificationAttempted(account.id(), account.displayLogin(), maskedPin, outcome,
                detail, clientIp));
    }
}
