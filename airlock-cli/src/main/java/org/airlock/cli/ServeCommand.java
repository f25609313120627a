package org.airlock.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.airlock.server.AirlockServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code airlock serve}: the publishing gate on localhost (docs/server.md). Settings beyond the
 * options (a PostgreSQL URL, the storage key) come from {@code DATA/airlock.properties},
 * environment variables or {@code --name=value} arguments, as Spring Boot reads them.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the publishing gate on 127.0.0.1: submissions are inspected, held for sign-off",
            "when policy says so, published only when allowed, and every step is on a hash-chained",
            "audit log. Further settings as --name=value (see docs/server.md)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "airlock-data",
            description = "Data directory: database, encrypted uploads, web root (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--demo", description = "Seed one user per role (publisher, approver, privacy-officer, auditor, admin) "
            + "with the password 'demo'. Never for real data.")
    boolean demo;

    /** Spring Boot settings such as {@code --spring.datasource.url=...}, passed on as they are. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                throw new ExitCodes.UsageException("settings are given as --name=value, not '" + setting + "'");
            }
        }
        List<String> args = new ArrayList<>(settings);
        args.add("--spring.config.additional-location=optional:file:" + data.toAbsolutePath().normalize() + "/airlock.properties");
        ConfigurableApplicationContext context = AirlockServer.start(port, data, demo, args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        System.out.printf("Airlock gate listening on http://127.0.0.1:%d (data: %s). Ctrl+C stops it.%n",
                port, data.toAbsolutePath().normalize());
        closed.await();
        return ExitCodes.PASS;
    }
}
