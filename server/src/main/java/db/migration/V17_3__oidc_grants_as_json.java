package db.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import vn.dangnhap.oidc.internal.GrantJson;

/**
 * Module oidc: converts each stored grant ({@code oidc_authorization.data}, Java serialization of
 * Spring's {@code OAuth2Authorization}, as written up to V17) to the JSON of {@link GrantJson} in
 * {@code grant_json} (added by V17_2; V17_4 drops {@code data}). Outstanding codes and tokens keep
 * working across the upgrade.
 *
 * <p>The old form is read through an allow-list of exactly the classes a grant was made of, so a
 * tampered row cannot make the migration build anything else. A row that cannot be read — a class
 * outside the list, a class changed since, not a grant at all — is removed with its retired refresh
 * tokens: its tokens stop working (the applications sign the person in again). Only the counts are
 * logged, never a row's content, which holds tokens.
 *
 * <p>Rows are read a page at a time in id order, so the conversion needs little memory whatever the
 * number of grants. Works on H2 and PostgreSQL alike (plain JDBC, no dialect).
 */
public class V17_3__oidc_grants_as_json extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V17_3__oidc_grants_as_json.class);

    private static final int PAGE = 200;

    /** The classes of a grant as Spring Authorization Server and Dangnhap's login wrote it; nothing else. */
    private static final ObjectInputFilter OLD_GRANT_CLASSES = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=20", "maxrefs=5000", "maxbytes=1000000", "maxarray=10000",
            "org.springframework.security.oauth2.server.authorization.OAuth2Authorization",
            "org.springframework.security.oauth2.server.authorization.OAuth2Authorization$Token",
            "org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode",
            "org.springframework.security.oauth2.core.AbstractOAuth2Token",
            "org.springframework.security.oauth2.core.AuthorizationGrantType",
            "org.springframework.security.oauth2.core.OAuth2AccessToken",
            "org.springframework.security.oauth2.core.OAuth2AccessToken$TokenType",
            "org.springframework.security.oauth2.core.OAuth2RefreshToken",
            "org.springframework.security.oauth2.core.oidc.OidcIdToken",
            "org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest",
            "org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponseType",
            "org.springframework.security.authentication.AbstractAuthenticationToken",
            "org.springframework.security.authentication.UsernamePasswordAuthenticationToken",
            "org.springframework.security.core.authority.SimpleGrantedAuthority",
            "org.springframework.security.core.authority.FactorGrantedAuthority",
            "org.springframework.security.web.authentication.WebAuthenticationDetails",
            "vn.dangnhap.login.SignedInOfficial",
            "vn.dangnhap.login.SignedInCitizen",
            // claim values; a URL is the issuer (its hashCode may resolve the host: a DNS query at worst)
            "java.lang.String", "java.lang.Boolean", "java.lang.Number", "java.lang.Long", "java.lang.Integer",
            "java.lang.Double", "java.net.URL", "java.time.Ser", "java.time.Instant", "java.util.Date", "java.util.UUID",
            // the collections holding the above: maps, sets, lists, their unmodifiable and immutable forms
            "java.lang.Object", "java.util.Map$Entry", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.ArrayList", "java.util.CollSer",
            "java.util.Collections$*", "java.util.ImmutableCollections$*",
            "!*"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int converted = 0;
        List<String> unreadable = new ArrayList<>();
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, data FROM oidc_authorization WHERE id > ? ORDER BY id LIMIT " + PAGE);
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE oidc_authorization SET grant_json = ? WHERE id = ?")) {
                select.setString(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        ids.add(id);
                        Optional<String> json = toJson(rows.getBytes(2));
                        if (json.isPresent()) {
                            update.setString(1, json.get());
                            update.setString(2, id);
                            update.addBatch();
                            converted++;
                        } else {
                            unreadable.add(id);
                        }
                    }
                }
                update.executeBatch();
            }
            if (ids.size() < PAGE) {
                break;
            }
            after = ids.getLast();
        }
        remove(connection, unreadable);
        log.info("Stored grants converted to JSON: {}; unreadable and removed: {}", converted, unreadable.size());
    }

    /**
     * One stored grant's Java serialization as the JSON that replaces it, or empty when it cannot be
     * read or holds what the JSON form does not keep.
     */
    public static Optional<String> toJson(byte[] serialized) {
        if (serialized == null) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            in.setObjectInputFilter(OLD_GRANT_CLASSES);
            return in.readObject() instanceof OAuth2Authorization grant ? Optional.of(GrantJson.write(grant)) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void remove(Connection connection, List<String> ids) throws SQLException {
        try (PreparedStatement retired = connection.prepareStatement(
                "DELETE FROM oidc_retired_refresh_token WHERE authorization_id = ?");
             PreparedStatement grant = connection.prepareStatement("DELETE FROM oidc_authorization WHERE id = ?")) {
            for (String id : ids) {
                retired.setString(1, id);
                retired.addBatch();
                grant.setString(1, id);
                grant.addBatch();
            }
            retired.executeBatch();
            grant.executeBatch();
        }
    }
}
