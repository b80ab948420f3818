package vn.dangnhap.citizen;

import java.time.LocalDate;

/** The bulk disable of unverified legacy accounts ran: {@code count} accounts were disabled (one event each before). */
public record CitizenBulkDisabled(int count, LocalDate cutoff, CleanupActor actor) {}
