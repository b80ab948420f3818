package vn.dangnhap.admin;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** The citizen clean-up on PostgreSQL: duplicate grouping (TRANSLATE, LOWER), the merge and its listeners for real. */
class CitizenCleanupOnPostgresTest extends CitizenCleanupTest {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
