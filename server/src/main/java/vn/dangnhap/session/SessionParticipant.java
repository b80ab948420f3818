package vn.dangnhap.session;

import java.util.List;

/**
 * A protocol through which applications were signed in during SSO sessions — a "session
 * participant" in the words of SAML 2.0 single logout (Profiles §4.4). When a session ends, the
 * session module asks every participant, all in one transaction, to end what it holds for the
 * session (grants, tickets) and to name the applications to tell; it queues those notices and,
 * once the transaction has committed, sends them. A participant that fails rolls back the others'
 * work too: then nothing is ended and nobody is told.
 *
 * <p>A protocol module takes part with one bean implementing this, beside the {@link LogoutMessage}
 * that writes its notices.
 */
public interface SessionParticipant {

    /**
     * Ends this protocol's part of the session and returns the notices to send; runs inside the
     * fan-out's transaction, so do not start another one.
     *
     * @param sid the session's public identifier ({@link SessionSid})
     * @return one notice per application to tell, each naming this protocol's {@link LogoutMessage#protocol()}; may be empty
     */
    List<LogoutNotice> endSession(String sid);
}
