/**
 * Entry: the one decision, for every protocol and the portal, of whether an account may enter an
 * application now and what the application is told ({@link vn.dangnhap.entry.ApplicationEntry});
 * the catalogue of connected applications it decides about ({@link vn.dangnhap.entry.ApplicationCatalogue}:
 * every OpenID Connect client and CAS service belongs to one, by code); and the one refusal page
 * ({@link vn.dangnhap.entry.EntryRefusalPage}). OIDC, CAS and the portal format its answer —
 * {@link vn.dangnhap.entry.Entry.Admitted} with the {@link vn.dangnhap.entry.ReleasedIdentity}, or
 * {@link vn.dangnhap.entry.Entry.Refused} with a {@link vn.dangnhap.entry.RefusalReason} — and consult
 * no access rule, audience or link requirement themselves.
 *
 * <p>Public API: the types above, {@link vn.dangnhap.entry.Application},
 * {@link vn.dangnhap.entry.ApplicationInput}, {@link vn.dangnhap.entry.TileIcon},
 * {@link vn.dangnhap.entry.EntryProtocol}. Event: {@link vn.dangnhap.entry.EntryRefused} (every refusal
 * a person or client was told of, with its reference code). Table: {@code entry_application}.
 */
package vn.dangnhap.entry;
