/**
 * Account links ("tài khoản liên kết"): the name an official has in each connected application,
 * and per application the release rule that says whether the application is told the central
 * e-mail, the linked name or both, and whether a link is required to sign in. Links are made by
 * administrators (one by one or CSV), by the official (pending until confirmed) and by the
 * application itself through {@code /api/links}. Whether a missing link stops a sign-in is decided
 * by module {@code entry}, which reads the rule and the link from here.
 *
 * <p>Owns its console pages and admin API (links, approvals, CSV import, release rules; a panel on each
 * official's page) and its configuration section ({@code releaseRules}).
 *
 * <p>Public API: {@link vn.dangnhap.linking.AccountLinks}, {@link vn.dangnhap.linking.AppLink},
 * {@link vn.dangnhap.linking.ReleaseRule}. Events: {@link vn.dangnhap.linking.LinkCreated},
 * {@link vn.dangnhap.linking.LinkConfirmed}, {@link vn.dangnhap.linking.LinkRemoved},
 * {@link vn.dangnhap.linking.LinkClaimRefused},
 * {@link vn.dangnhap.linking.AccountLinksMoved} (a merged citizen account's links moved to the survivor).
 * Tables: {@code linking_*}.
 */
package vn.dangnhap.linking;
