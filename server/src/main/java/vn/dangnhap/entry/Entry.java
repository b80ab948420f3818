package vn.dangnhap.entry;

import vn.dangnhap.directory.Application;
import java.util.Optional;

/** The answer to "may this account enter this application now, and what is it told?" ({@link ApplicationEntry}). */
public sealed interface Entry {

    /** The account may enter; the application is told {@code identity}. */
    record Admitted(Application application, ReleasedIdentity identity) implements Entry {}

    /**
     * The account may not enter.
     *
     * @param applicationCode the application asked for, if known
     * @param applicationName its name, for the refusal page, if known
     * @param reference       the code on the refusal page and in the audit line, or null when nothing was recorded
     *                        (a portal tile that is simply not shown)
     */
    record Refused(String applicationCode, String applicationName, RefusalReason reason, String reference) implements Entry {

        public Optional<String> referenceCode() {
            return Optional.ofNullable(reference);
        }
    }
}
