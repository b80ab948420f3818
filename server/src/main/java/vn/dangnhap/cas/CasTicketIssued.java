package vn.dangnhap.cas;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * A ticket was issued: {@code ST} at {@code /cas/login}, {@code PGT} at validation with a
 * {@code pgtUrl}, {@code PT} at {@code /cas/proxy}. The ticket itself is never in the event.
 *
 * @param client where the browser was (null for PGT and PT, which a server asks for)
 */
public record CasTicketIssued(String kind, UUID accountId, String email, String serviceCode, String service,
                              ClientInfo client) {}
