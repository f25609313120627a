package org.airlock.server;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gate's HTTP flow on the embedded default: an H2 file database under the data directory. */
class H2GateFlowTest extends GateFlowTestBase {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        commonProperties().forEach((k, v) -> registry.add(k, () -> v));
    }
}
