/**
 * SSO sessions: their lifecycle from any protocol's point of view, and the one logout fan-out.
 *
 * <p>A session ends however it ends — logout, RP-initiated or CAS logout, idle timeout
 * ({@code server.servlet.session.timeout}; a longer one after "Ghi nhớ đăng nhập", set by the login
 * module from {@code dangnhap.login.remember-me-idle}), or its account locked, disabled or merged
 * away (the directory's and the citizen module's events: the account's open sessions are ended at
 * once) — and then {@link vn.dangnhap.session.SsoSessionEnded} is published, and in one
 * transaction every {@link vn.dangnhap.session.SessionParticipant} (a protocol module: OpenID
 * Connect, CAS) ends its part of the session and names the applications to tell. Their
 * {@link vn.dangnhap.session.LogoutNotice}s go to one durable queue that, after the commit, sends
 * them through each protocol's {@link vn.dangnhap.session.LogoutMessage}, retries with growing
 * delays and cleans up. A protocol takes part with a participant and a message bean; nothing here changes.
 *
 * <p>Public API: {@link vn.dangnhap.session.SessionParticipant}, {@link vn.dangnhap.session.LogoutMessage},
 * {@link vn.dangnhap.session.LogoutNotice}, {@link vn.dangnhap.session.SessionSid} (a session's {@code sid}).
 * Event: {@link vn.dangnhap.session.SsoSessionEnded}. Also Spring Security's {@code SessionRegistry}
 * bean, which the OIDC provider reads. Open sessions are known per node until sessions move to
 * Spring Session with the cluster work. Table: {@code session_logout_delivery}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory", "citizen"})
package vn.dangnhap.session;
