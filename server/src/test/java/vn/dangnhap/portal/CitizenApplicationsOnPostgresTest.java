package vn.dangnhap.portal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** {@link CitizenApplicationsContract} on PostgreSQL: the audience migration and its queries for real. */
class CitizenApplicationsOnPostgresTest extends CitizenApplicationsContract {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
