package vn.dangnhap.session;

import java.util.UUID;

/**
 * An SSO session ended — logout, idle timeout, or the account locked, disabled or merged away.
 * Published once per session, whatever ended it; the applications signed in through it are then
 * told by every {@link SessionParticipant} (OpenID Connect back-channel logout, CAS single logout).
 *
 * @param sid       the session's public identifier ({@link SessionSid})
 * @param accountId whose session it was
 * @param loginName what the person signed in as: the official's e-mail, a citizen's user name or masked number
 */
public record SsoSessionEnded(String sid, UUID accountId, String loginName) {}
