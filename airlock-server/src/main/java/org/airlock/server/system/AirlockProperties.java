package org.airlock.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gate's settings ({@code airlock.*}), documented in docs/server.md.
 *
 * @param dataDir one directory for the embedded database, the encrypted uploads and the web root
 * @param webRoot where the local-directory connector publishes; defaults to {@code dataDir/webroot}
 * @param storageKey base64 of a 256-bit AES key for uploads at rest; when empty a key file is
 *     created once under {@code dataDir/keys}
 * @param policyFile a policy YAML file; the default policy when empty
 * @param demo seed one user per role with the password {@code demo}
 * @param inspection the background inspection pool
 * @param compare when a change against the published release needs review
 * @param retention how long stored uploads of finished submissions are kept
 */
@ConfigurationProperties("airlock")
public record AirlockProperties(
        @DefaultValue("airlock-data") Path dataDir,
        Path webRoot,
        String storageKey,
        Path policyFile,
        @DefaultValue("false") boolean demo,
        @DefaultValue Inspection inspection,
        @DefaultValue Compare compare,
        @DefaultValue Retention retention) {

    /** The web root actually used. */
    public Path effectiveWebRoot() {
        return webRoot != null ? webRoot : dataDir.resolve("webroot");
    }

    /**
     * @param workers threads inspecting in the background
     * @param queueCapacity submissions waiting for a worker; beyond it they wait in the database
     *     and the sweeper picks them up
     */
    public record Inspection(@DefaultValue("2") int workers, @DefaultValue("500") int queueCapacity) {
    }

    /**
     * @param days the encrypted uploads of REJECTED and WITHDRAWN submissions are deleted this many
     *     days after the submission's last change (0 keeps them for ever); results and the audit
     *     log are kept
     */
    public record Retention(@DefaultValue("90") int days) {
    }

    /**
     * @param sizeFactor a file this many times larger than the published release needs review
     * @param rowFactor a table with this many times the rows of the published one needs review
     * @param minRowIncrease and at least this many more rows (small tables grow in steps)
     */
    public record Compare(@DefaultValue("3.0") double sizeFactor, @DefaultValue("2.0") double rowFactor,
                          @DefaultValue("20") int minRowIncrease) {
    }
}
