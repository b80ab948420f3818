package vn.dangnhap.linking;

import java.util.List;
import java.util.UUID;

/**
 * A citizen account was merged into another: its links {@code moved} to the survivor. Where the
 * survivor already had a link to the same application the survivor's link is kept and the merged
 * account's one is {@code leftBehind} on the merged account (which can no longer sign in).
 */
public record AccountLinksMoved(UUID fromAccountId, UUID toAccountId, List<AppLink> moved, List<AppLink> leftBehind,
                                String actor) {}
