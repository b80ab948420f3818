package vn.dangnhap.persistence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** The persistence contract on PostgreSQL, the production database. */
class PostgresPersistenceTest extends PersistenceContract {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
