/**
 * Citizens ("công dân"): their accounts (legacy portal accounts with a user name and password, and
 * accounts made from a national e-ID login), the identity-number types {@link vn.dangnhap.citizen.Cccd}
 * and {@link vn.dangnhap.citizen.Cmnd}, verification against the National Population Database, the
 * cut-off date for citizen passwords, and the clean-up of duplicates (merge).
 *
 * <p>One person = one account: a personal identification number is stored as <em>verified</em> on at
 * most one account (unique column), and only after it was proven (e-ID login or a registry match).
 * A number a citizen merely typed is kept apart as <em>claimed</em> and never used to link accounts.
 *
 * <p>Owns its console pages and admin API (citizen accounts: clean-up, merge, export).
 *
 * <p>Public API: {@link vn.dangnhap.citizen.CitizenAccounts}, {@link vn.dangnhap.citizen.CitizenAccount},
 * {@link vn.dangnhap.citizen.Cccd}, {@link vn.dangnhap.citizen.Cmnd}; verification of legacy accounts
 * {@link vn.dangnhap.citizen.CitizenVerification} ({@link vn.dangnhap.citizen.VerificationRequest},
 * {@link vn.dangnhap.citizen.VerificationOutcome}) through the {@link vn.dangnhap.citizen.PopulationRegistry}
 * connector behind a circuit breaker (docs/citizens.md); {@link vn.dangnhap.citizen.PasswordCutoff}; the clean-up
 * reports and actions {@link vn.dangnhap.citizen.CitizenCleanup} (docs/citizen-cleanup.md),
 * {@link vn.dangnhap.citizen.CitizenSettings}.
 * Events: {@link vn.dangnhap.citizen.CitizenAccountCreated}, {@link vn.dangnhap.citizen.CitizenVerified},
 * {@link vn.dangnhap.citizen.CitizenAccountsMerged} (the merged account's password is removed on it),
 * {@link vn.dangnhap.citizen.CitizenAccountDisabled}, {@link vn.dangnhap.citizen.CitizenBulkDisabled},
 * {@link vn.dangnhap.citizen.CitizenAccountsExported}, {@link vn.dangnhap.citizen.CitizenVerificationAttempted},
 * {@link vn.dangnhap.citizen.CitizenConsentGiven}. Tables: {@code citizen_*} (consents in {@code citizen_consent},
 * registry attempts in {@code citizen_verification_attempt}).
 */
package vn.dangnhap.citizen;
