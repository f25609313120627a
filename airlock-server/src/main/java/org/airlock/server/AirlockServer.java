package org.airlock.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the gate on localhost. The CLI's {@code airlock serve} calls this, so the server module
 * needs no command-line library.
 */
public final class AirlockServer {

    private AirlockServer() {
    }

    /**
     * @param port the HTTP port on 127.0.0.1
     * @param dataDir where the database, the encrypted uploads and the web root live
     * @param demo seed one user per role with the password {@code demo}
     * @param extraArgs further Spring arguments ({@code --name=value}), e.g. a PostgreSQL URL
     */
    public static ConfigurableApplicationContext start(int port, Path dataDir, boolean demo, String... extraArgs) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.port", port);
        defaults.put("airlock.data-dir", dataDir.toAbsolutePath().normalize().toString());
        defaults.put("airlock.demo", demo);
        SpringApplication app = new SpringApplication(AirlockServerApplication.class);
        app.setDefaultProperties(defaults);
        return app.run(extraArgs);
    }
}
