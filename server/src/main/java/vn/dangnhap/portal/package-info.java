/**
 * The portal ("cổng đăng nhập tập trung"): the catalogue of connected applications and the
 * launcher page that shows an official or a citizen the tiles of the applications the directory
 * lets them open (for citizens: applications whose audience includes citizens), the citizen's own
 * account page {@code /account/citizen}, and a clear page instead of an error when a citizen opens
 * a page written for officials only. A tile click goes through {@code /launch/{code}}, which checks access again, records the
 * hand-over and redirects to the application's login-initiation URL.
 *
 * <p>Public API: {@link vn.dangnhap.portal.ApplicationCatalogue}, {@link vn.dangnhap.portal.Application},
 * {@link vn.dangnhap.portal.ApplicationInput}; event {@link vn.dangnhap.portal.ApplicationLaunched}.
 * Table: {@code portal_application}.
 */
package vn.dangnhap.portal;
