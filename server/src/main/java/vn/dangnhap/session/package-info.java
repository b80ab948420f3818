/**
 * SSO session fan-out: the one durable queue that tells applications a session ended, whatever
 * protocol they speak. A protocol module contributes a {@link vn.dangnhap.session.LogoutMessage}
 * (how its notice is written and what event an attempt publishes) and queues notices through
 * {@link vn.dangnhap.session.LogoutQueue}; the queue claims, sends, retries with growing delays
 * and cleans up. Tables: {@code session_*}.
 */
package vn.dangnhap.session;
