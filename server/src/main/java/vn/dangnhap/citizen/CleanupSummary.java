package vn.dangnhap.citizen;

/**
 * The counts on top of the clean-up console (merged accounts excluded).
 *
 * @param duplicates      accounts in at least one duplicate group
 * @param duplicateGroups groups (by number, by name + birth date)
 * @param dormantMonths   the N the dormant count was made with
 */
public record CleanupSummary(long verified, long unverified, long duplicates, long duplicateGroups, long dormant,
                             int dormantMonths) {}
