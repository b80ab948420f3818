package vn.dangnhap.cas;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** The CAS protocol contract on PostgreSQL: the migration, the ticket store and the logout queue for real. */
class CasProtocolOnPostgresTest extends CasProtocolContract {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
