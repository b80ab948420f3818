package vn.dangnhap.citizen;

import java.util.List;
import vn.dangnhap.audit.Audited;
import vn.dangnhap.audit.AuditEntry;
import java.util.UUID;

/**
 * A verification of a legacy account against the National Population Database was tried.
 * {@code maskedPin} only; {@code detail} says why the registry gave no answer, for operators.
 */
public record CitizenVerificationAttempted(UUID accountId, String loginName, String maskedPin, Outcome outcome,
                                           String detail, String clientIp) implements Audited {

    @Override
    public List<AuditEntry> auditEntries() {
        var line = outcome == Outcome.MATCH ? AuditEntry.success(CitizenAuditType.CITIZEN_VERIFY).reason(outcome.name())
                : AuditEntry.failure(CitizenAuditType.CITIZEN_VERIFY, outcome.name());
        return line.account(accountId, loginName).client(clientIp, null)
                .detail("CCCD " + maskedPin + (detail == null ? "" : "; " + detail)).asList();
    }


    public enum Outcome {
        MATCH,
        NO_MATCH,
        /** The registry matched, but the number is verified on another account already. */
        PIN_TAKEN,
        /** Refused before asking: the account used up its attempts for the day. */
        TOO_MANY_ATTEMPTS,
        /** No answer: down, slow, refused our credentials, not configured. */
        REGISTRY_UNAVAILABLE,
        /** Not asked: the circuit breaker is open after repeated failures. */
        CIRCUIT_OPEN
    }
}
