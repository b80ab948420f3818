/**
 * Directory: organisation units (province → department/district → office/commune), official
 * accounts, their roles, the configured login domains, and the rules saying which unit or role
 * may open which application — and for whom an application is ({@link vn.dangnhap.directory.AppAudience}:
 * officials, citizens or both; the portal, OIDC and CAS all ask {@code AccessRules}).
 *
 * <p>Public API: {@link vn.dangnhap.directory.Directory}, {@link vn.dangnhap.directory.LoginNames},
 * {@link vn.dangnhap.directory.AccessRules} and the value types beside them. A locked account
 * carries its {@link vn.dangnhap.directory.LockReason} and lock time ({@code Directory.lock/unlock/lockOf}).
 * An official's phone is {@code phoneVerified} only once set through {@code Directory.setVerifiedPhone}
 * (after the profile module's one-time code); an admin's change of the number clears it.
 * Event: {@link vn.dangnhap.directory.OfficialStatusChanged}. Tables: {@code directory_*} (the audience: {@code directory_app_audience}).
 */
package vn.dangnhap.directory;
