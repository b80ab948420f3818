package vn.dangnhap.citizen;

import java.util.UUID;

/**
 * An administrator disabled ({@code disabled}) or enabled again a citizen account; {@code reason} is
 * {@code ADMIN} for one account or {@code BULK_UNVERIFIED_AFTER_CUTOFF} for the bulk action.
 */
public record CitizenAccountDisabled(UUID accountId, String displayLogin, boolean disabled, String reason,
                                     CleanupActor actor) {}
