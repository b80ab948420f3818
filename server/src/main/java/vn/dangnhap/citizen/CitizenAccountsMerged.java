package vn.dangnhap.citizen;

import java.util.UUID;

/**
 * {@code mergedId} was merged into {@code survivorId}. Published inside the merging transaction:
 * listeners in other modules move what they keep per account (links, consents) to the survivor,
 * and a listener failure undoes the whole merge. {@code actor} is an admin's e-mail or
 * {@code self} when the citizen proved both accounts.
 */
public record CitizenAccountsMerged(UUID survivorId, UUID mergedId, String actor) {}
