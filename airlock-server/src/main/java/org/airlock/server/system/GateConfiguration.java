package org.airlock.server.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.airlock.assess.Policy;
import org.airlock.assess.PolicyLoader;
import org.airlock.scan.Inspector;
import org.airlock.server.publish.LocalDirectoryConnector;
import org.airlock.server.publish.PublishingConnector;
import org.airlock.server.review.ReleaseComparison;
import org.airlock.server.submission.EncryptedFileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gate's building blocks from the core and the data directory. */
@Configuration
public class GateConfiguration {

    @Bean
    Policy policy(AirlockProperties properties) throws PolicyLoader.PolicyException {
        return properties.policyFile() == null ? Policy.defaults() : PolicyLoader.load(properties.policyFile());
    }

    /** One inspector for all workers (it is thread-safe); dates of birth are judged against today. */
    @Bean
    Inspector inspector(Policy policy) {
        return new Inspector(policy, LocalDate.now());
    }

    @Bean
    EncryptedFileStore encryptedFileStore(AirlockProperties properties) throws IOException {
        Path data = properties.dataDir();
        return new EncryptedFileStore(data.resolve("uploads"),
                EncryptedFileStore.loadKey(properties.storageKey(), data.resolve("keys").resolve("storage.key")));
    }

    @Bean
    PublishingConnector publishingConnector(AirlockProperties properties) throws IOException {
        return new LocalDirectoryConnector(properties.effectiveWebRoot());
    }

    @Bean
    ReleaseComparison releaseComparison(AirlockProperties properties) {
        return new ReleaseComparison(properties.compare());
    }
}
