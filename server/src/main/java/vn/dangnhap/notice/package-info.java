/**
 * Notices: the e-mails officials receive about their account — locked (with the reason and the
 * helpdesk), password expiring, default password issued — sent through SMTP
 * ({@code spring.mail.*}, sender {@code dangnhap.notices.from}) or only logged when no mail host
 * is configured. Texts are in the message bundles, Vietnamese first, English below.
 *
 * <p>Also sends text messages: {@link vn.dangnhap.notice.SmsGateway} is the public plug-in point
 * (one-time codes of the profile module), with log, SMTP and HTTP senders chosen by
 * {@code dangnhap.sms.gateway}; see docs/sms.md.
 *
 * <p>Listens to {@link vn.dangnhap.directory.OfficialStatusChanged},
 * {@link vn.dangnhap.credential.PasswordExpiring} and {@link vn.dangnhap.credential.DefaultPasswordIssued}.
 * Configuration {@code dangnhap.notices.*} and {@code dangnhap.sms.*}; see docs/notices.md.
 */
package vn.dangnhap.notice;
