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
 * {@link vn.dangnhap.session.SessionLifetime} ("Ghi nhớ đăng nhập").
 * Event: {@link vn.dangnhap.session.SsoSessionEnded}. Also Spring Security's {@code SessionRegistry}
 * bean, which the OIDC provider reads.
 *
 * <p>Sessions live in Spring Session, shared by every node of a cluster and kept across restarts
 * (docs/cluster.md): in the database by default (tables {@code session_store},
 * {@code session_store_attributes}; expired ones ended once per cluster every minute), in Redis
 * when {@code dangnhap.cluster.redis-url} is set. An account's open sessions are found through the
 * store's index by account id, wherever they were opened. Table also: {@code session_logout_delivery}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory", "citizen", "web"})
package vn.dangnhap.session;
