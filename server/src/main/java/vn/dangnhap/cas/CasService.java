package vn.dangnhap.cas;

import java.util.regex.Pattern;

/**
 * An application that signs in through the CAS protocol.
 *
 * @param code           the portal application's code: its tile, access rules and release rule
 * @param servicePattern the service URL, matched exactly, or an anchored regular expression
 *                       ({@code ^…$}) matched against the whole service URL
 * @param sloEnabled     the application is sent a SAML {@code LogoutRequest} when the SSO session ends
 */
public record CasService(String code, String name, String servicePattern, boolean enabled, boolean sloEnabled) {

    public boolean isPattern() {
        return servicePattern.startsWith("^");
    }

    public boolean matches(String service) {
        if (service == null) {
            return false;
        }
        return isPattern() ? Pattern.compile(servicePattern).matcher(service).matches() : servicePattern.equals(service);
    }
}
