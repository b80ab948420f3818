package vn.dangnhap.oidc.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grant ({@code OAuth2Authorization}) as JSON, the form {@code oidc_authorization.grant_json}
 * holds. The document ({@link StoredGrant}) is ours: field names of ours, the person as an account
 * kind and id rather than a Java class, claims as JSON values. So a renamed class of ours or an
 * upgrade of Spring's does not make stored refresh tokens unreadable, as Java serialization did.
 *
 * <p>Reading builds only the types the document describes: no type information is read from the
 * data (Jackson's default typing stays off), so a tampered row cannot make the server instantiate
 * a class of its choosing. A document that is not a grant of {@link #FORMAT} is refused with
 * {@link UnreadableGrant}; the store then treats the grant as absent.
 *
 * <p>Public only for the Flyway migration that converted the Java-serialized rows
 * ({@code db.migration.V17_3__oidc_grants_as_json}); nothing else outside this package uses it.
 */
public final class GrantJson {

    /** The document format written; a row of any other is unreadable. */
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(1_000_000)
                            .maxNestingDepth(32)
                            .build())
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a later format may add fields
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private GrantJson() {}

    /**
     * @throws IllegalArgumentException the grant holds something a stored grant cannot keep (a
     *         principal that is not a signed-in person, a value that is not plain JSON): refused
     *         rather than stored incompletely
     */
    public static String write(OAuth2Authorization authorization) {
        return JSON.writeValueAsString(StoredGrant.of(authorization));
    }

    /** @throws UnreadableGrant the text is not a grant document this version reads */
    public static OAuth2Authorization read(String json) throws UnreadableGrant {
        if (json == null || json.isBlank()) {
            throw new UnreadableGrant("empty");
        }
        try {
            return JSON.readValue(json, StoredGrant.class).toAuthorization();
        } catch (JacksonException e) {
            // where, not what: Jackson's message may quote the document, which holds tokens
            throw new UnreadableGrant("not a grant document (JSON error" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ")");
        } catch (RuntimeException e) {
            // our own refusals and Spring's assertions name a field, never a value; others may quote one
            throw new UnreadableGrant(e.getClass() == IllegalArgumentException.class ? e.getMessage()
                    : "not a grant document (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A stored grant that cannot be read; its message says why without quoting the document. */
    public static final class UnreadableGrant extends Exception {
        UnreadableGrant(String reason) {
            super(reason, null, false, false);
        }
    }
}
