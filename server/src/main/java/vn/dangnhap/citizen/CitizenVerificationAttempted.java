package vn.dangnhap.citizen;

import java.util.UUID;

/**
 * A verification of a legacy account against the National Population Database was tried.
 * {@code maskedPin} only; {@code detail} says why the registry gave no answer, for operators.
 */
public record CitizenVerificationAttempted(UUID accountId, String loginName, String maskedPin, Outcome outcome,
                                           String detail, String clientIp) {

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
