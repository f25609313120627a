package org.airlock.server.monitor;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The monitor end to end on the embedded default database (H2). */
class H2MonitorEndToEndTest extends MonitorEndToEndTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties().forEach((k, v) -> registry.add(k, () -> v));
    }
}
