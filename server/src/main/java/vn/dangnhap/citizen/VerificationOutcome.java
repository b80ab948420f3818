package vn.dangnhap.citizen;

/** What became of a verification request, for the page the citizen sees next. */
public sealed interface VerificationOutcome {

    /** The registry matched: the number is stored as verified, with the registry's name and birth date. */
    record Verified(CitizenAccount account) implements VerificationOutcome {}

    /** The registry found no person with these data; {@code attemptsLeft} today. */
    record NoMatch(int attemptsLeft) implements VerificationOutcome {}

    /** The registry matched, but another account already holds the number verified: no second account. */
    record PinTaken() implements VerificationOutcome {}

    /** The day's attempts are used up; nothing was sent. */
    record TooManyAttempts(int limit) implements VerificationOutcome {}

    /** The registry gave no answer or the circuit breaker is open: try again later; nothing stored. */
    record TryLater() implements VerificationOutcome {}

    /** The account was verified already (e.g. in another tab). */
    record AlreadyVerified(CitizenAccount account) implements VerificationOutcome {}
}
