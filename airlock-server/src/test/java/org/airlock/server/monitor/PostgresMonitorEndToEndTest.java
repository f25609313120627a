package org.airlock.server.monitor;

import java.io.IOException;
import org.airlock.server.system.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The monitor end to end on PostgreSQL (127.0.0.1:5432, a fresh schema); skipped with the reason when unreachable. */
class PostgresMonitorEndToEndTest extends MonitorEndToEndTestBase {

    private static TestPostgres.Schema schema;

    @BeforeAll
    static void database() {
        schema = TestPostgres.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        TestPostgres.drop(schema);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.datasource.url", () -> schema.url());
        registry.add("spring.datasource.username", () -> schema.user());
        registry.add("spring.datasource.password", () -> "");
    }
}
