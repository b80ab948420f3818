package vn.dangnhap.persistence;

import org.springframework.test.context.TestPropertySource;

/** The persistence contract on H2 in PostgreSQL mode, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url="
        + "jdbc:h2:mem:persistence-contract;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class H2PersistenceTest extends PersistenceContract {}
