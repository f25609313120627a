package org.airlock.server.policy;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Policy changes on the embedded H2 database. */
class H2PolicyApiTest extends PolicyApiTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties(registry);
    }
}
