package org.airlock.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring Boot application of the publishing gate; started by {@link AirlockServer}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AirlockServerApplication {
}
