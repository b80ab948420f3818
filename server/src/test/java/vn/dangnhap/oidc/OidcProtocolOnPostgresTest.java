package vn.dangnhap.oidc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** The OIDC protocol contract on PostgreSQL: the grant store's SQL and JSON column for real. */
class OidcProtocolOnPostgresTest extends OidcProtocolContract {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
