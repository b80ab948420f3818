/**
 * Directory: organisation units (province → department/district → office/commune), official
 * accounts, their roles, the configured login domains, the catalogue of connected applications
 * ({@link vn.dangnhap.directory.ApplicationCatalogue}: every OpenID Connect client and CAS service
 * belongs to one, by code), and per application the rules saying which unit or role may open it and
 * for whom it is ({@link vn.dangnhap.directory.AccessRules}, {@link vn.dangnhap.directory.AppAudience}) —
 * the settings module {@code entry} decides from.
 *
 * <p>Owns its console pages and admin API (units, applications with rules and audience, the officials'
 * CSV import) and its configuration sections ({@code units}, {@code applications}).
 *
 * <p>Public API: {@link vn.dangnhap.directory.Directory}, {@link vn.dangnhap.directory.LoginNames},
 * {@link vn.dangnhap.directory.ApplicationCatalogue}, {@link vn.dangnhap.directory.AccessRules} and the value
 * types beside them. A locked account carries its {@link vn.dangnhap.directory.LockReason} and lock time
 * ({@code Directory.lock/unlock/lockOf}). An official's phone is {@code phoneVerified} only once set through
 * {@code Directory.setVerifiedPhone}; an admin's change of the number clears it.
 * Event: {@link vn.dangnhap.directory.OfficialStatusChanged}. Tables: {@code directory_*}.
 */
package vn.dangnhap.directory;
