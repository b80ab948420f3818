package vn.dangnhap.citizen;

import java.util.UUID;

/**
 * A personal identification number was proven for the account; {@code method} says how
 * ({@code EID} or {@code REGISTRY}). Carries the masked number only.
 */
public record CitizenVerified(UUID accountId, String maskedPin, String method) {}
