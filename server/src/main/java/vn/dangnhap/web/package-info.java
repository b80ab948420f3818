/**
 * Web concerns, in one place: the security filter chains of the pages and the admin API (who may
 * reach which path, headers such as CSP and frame denial, CSRF, stateless API), the mapping of domain
 * exceptions to error pages and to RFC 9457 problems for the API, the branding every page shows, and
 * the page language (Vietnamese first, {@code ?lang=en}).
 *
 * <p>Public API: {@link vn.dangnhap.web.PageSecurity} and {@link vn.dangnhap.web.ApiSecurity} (a module's
 * part of a chain, e.g. the login module's form login), {@link vn.dangnhap.web.ApiProblems}.
 * Configuration {@code dangnhap.branding.*}. Depends on nobody but the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.dangnhap.web;
