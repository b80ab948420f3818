/**
 * Entry: the one decision, for every protocol and the portal, of whether an account may enter an
 * application now and what the application is told ({@link vn.dangnhap.entry.ApplicationEntry}), decided
 * from the directory's catalogue, access rules and audiences, the account's state and the application's
 * release rule and links (module linking); and the one refusal page ({@link vn.dangnhap.entry.EntryRefusalPage}).
 * OIDC, CAS and the portal format its answer — {@link vn.dangnhap.entry.Entry.Admitted} with the
 * {@link vn.dangnhap.entry.ReleasedIdentity}, or {@link vn.dangnhap.entry.Entry.Refused} with a
 * {@link vn.dangnhap.entry.RefusalReason} — and consult no access rule, audience or link requirement
 * themselves.
 *
 * <p>Public API: the types above and {@link vn.dangnhap.entry.EntryProtocol}. Event:
 * {@link vn.dangnhap.entry.EntryRefused} (every refusal a person or client was told of, with its
 * reference code; audit line {@code ENTRY_REFUSED}). No tables.
 */
package vn.dangnhap.entry;
