package vn.dangnhap.citizen;

import java.util.UUID;

/** The administrator behind a clean-up action and where the request came from, for the audit trail. */
public record CleanupActor(UUID accountId, String email, String ip, String userAgent) {}
