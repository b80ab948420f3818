/**
 * The portal ("cổng đăng nhập tập trung"): the launcher page that shows an official or a citizen
 * the tiles the entry decision (module {@code entry}) gives them, the citizen's own account page
 * {@code /account/citizen}, {@code /account/links}, and a clear page instead of an error when a
 * citizen opens a page written for officials only. A tile click goes through {@code /launch/{code}},
 * which asks the entry decision again, records the hand-over and redirects to the application's
 * login-initiation URL — or shows the one refusal page.
 *
 * <p>Public API: event {@link vn.dangnhap.portal.ApplicationLaunched}. No tables.
 */
package vn.dangnhap.portal;
