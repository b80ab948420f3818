/**
 * Profile: the official's own page {@code /account/profile} — full name, unit and official e-mail
 * (changed only by admins), and the phone number, which the official changes by typing the
 * one-time code sent to the new number through {@link vn.dangnhap.notice.SmsGateway}. Only then is
 * the number stored, verified, in the directory, and OpenID Connect tells applications
 * {@code phone_number_verified: true}. Owns table {@code profile_phone_code}.
 *
 * <p>Publishes {@link vn.dangnhap.profile.PhoneCodeSent}, {@link vn.dangnhap.profile.PhoneVerified}
 * and {@link vn.dangnhap.profile.PhoneCodeFailed} (audited).
 */
package vn.dangnhap.profile;
