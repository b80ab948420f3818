package vn.dangnhap.linking;

import java.util.UUID;

/**
 * A sign-in to an application that requires a link was stopped: the official has no active link.
 *
 * @param reference the code shown to the official, to quote to the helpdesk
 */
public record LinkMissing(UUID accountId, String accountEmail, String applicationCode, String reference, String ip,
                          String userAgent) {}
