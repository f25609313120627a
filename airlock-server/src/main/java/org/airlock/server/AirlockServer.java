package org.airlock.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        // Given as arguments, so they outrank application.properties and the data directory's file.
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--airlock.data-dir=" + dataDir.toAbsolutePath().normalize(),
                "--airlock.demo=" + demo));
        args.addAll(List.of(extraArgs));
        return new SpringApplication(AirlockServerApplication.class).run(args.toArray(String[]::new));
    }
}
