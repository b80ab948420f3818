package vn.dangnhap.credential;

import java.time.Instant;

/** A client address failed too many logins, across accounts, and must wait until {@code until}. */
public record ClientThrottled(String clientIp, int lockNumber, Instant until) {}
