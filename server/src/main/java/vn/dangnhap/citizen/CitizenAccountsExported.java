package vn.dangnhap.citizen;

/** A clean-up list was exported as CSV ({@code rows} accounts, numbers masked); {@code filter} e.g. {@code months=12}. */
public record CitizenAccountsExported(CleanupCategory category, String filter, int rows, CleanupActor actor) {}
