package org.airlock.assess;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.Limits;

/**
 * Reads a policy from YAML. Every key is optional and falls back to {@link Policy#defaults()};
 * unknown keys and bad values are refused with the key named, so a typo cannot weaken the gate.
 */
public final class PolicyLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PolicyLoader() {
    }

    /** Thrown for a policy file that cannot be used; the message names the file and the key. */
    public static final class PolicyException extends Exception {
        public PolicyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class Document {
        public String name;
        public Block block = new Block();
        public Review review = new Review();
        public LimitSettings limits = new LimitSettings();
        public List<CustomDetector> detectors;
        public Allow allow;
    }

    static final class CustomDetector {
        @JsonProperty("id") public String id;
        @JsonProperty("pattern") public String pattern;
        @JsonProperty("dictionary") public List<String> dictionary;
        @JsonProperty("validator") public String validator;
        @JsonProperty("context") public List<String> context;
        @JsonProperty("context-required") public Boolean contextRequired;
        @JsonProperty("reports-as") public String reportsAs;
        @JsonProperty("confidence") public String confidence;
    }

    static final class Allow {
        @JsonProperty("values") public List<String> values;
        @JsonProperty("patterns") public List<String> patterns;
    }

    static final class Block {
        @JsonProperty("persons-at-least") public Integer personsAtLeast;
        @JsonProperty("categories") public List<String> categories;
        @JsonProperty("hidden-records") public Boolean hiddenRecords;
    }

    static final class Review {
        @JsonProperty("persons-at-least") public Integer personsAtLeast;
        @JsonProperty("contact-only-persons-at-least") public Integer contactOnlyPersonsAtLeast;
        @JsonProperty("identifiers-at-least") public Integer identifiersAtLeast;
        @JsonProperty("hidden-names") public Boolean hiddenNames;
    }

    static final class LimitSettings {
        @JsonProperty("max-file-mb") public Long maxFileMb;
        @JsonProperty("max-expanded-mb") public Long maxExpandedMb;
        @JsonProperty("max-zip-entries") public Integer maxZipEntries;
        @JsonProperty("max-compression-ratio") public Double maxCompressionRatio;
        @JsonProperty("max-depth") public Integer maxDepth;
        @JsonProperty("timeout-seconds") public Long timeoutSeconds;
        @JsonProperty("max-pages") public Integer maxPages;
    }

    public static Policy load(Path file) throws PolicyException {
        Document doc;
        try {
            if (java.nio.file.Files.readString(file).isBlank()) {
                return Policy.defaults(); // an empty policy file asks for nothing but the defaults
            }
            doc = YAML.readValue(file.toFile(), Document.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("(top)");
            throw new PolicyException("policy " + file + ": key '" + path + "': " + e.getOriginalMessage().split("\n")[0], e);
        } catch (IOException e) {
            throw new PolicyException("policy " + file + ": cannot be read: " + e.getMessage(), e);
        }
        if (doc == null) {
            return Policy.defaults();
        }
        Policy d = Policy.defaults();
        Limits l = d.limits();
        Block block = doc.block == null ? new Block() : doc.block;
        Review review = doc.review == null ? new Review() : doc.review;
        LimitSettings limits = doc.limits == null ? new LimitSettings() : doc.limits;
        try {
            Set<Category> categories = d.blockCategories();
            if (block.categories != null) {
                categories = EnumSet.noneOf(Category.class);
                for (String c : block.categories) {
                    try {
                        categories.add(Category.valueOf(c.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("block.categories: '" + c + "' is not a category (one of "
                                + List.of(Category.values()) + ")");
                    }
                }
            }
            Limits newLimits = new Limits(
                    limits.maxFileMb == null ? l.maxFileBytes() : limits.maxFileMb << 20,
                    limits.maxExpandedMb == null ? l.maxExpandedBytes() : limits.maxExpandedMb << 20,
                    limits.maxZipEntries == null ? l.maxEntries() : limits.maxZipEntries,
                    limits.maxCompressionRatio == null ? l.maxCompressionRatio() : limits.maxCompressionRatio,
                    limits.maxDepth == null ? l.maxDepth() : limits.maxDepth,
                    limits.timeoutSeconds == null ? l.timeout() : Duration.ofSeconds(limits.timeoutSeconds),
                    limits.maxPages == null ? l.maxPages() : limits.maxPages);
            return new Policy(doc.name == null ? file.getFileName().toString() : doc.name,
                    block.personsAtLeast == null ? d.blockPersons() : block.personsAtLeast,
                    categories,
                    block.hiddenRecords == null ? d.blockHiddenRecords() : block.hiddenRecords,
                    review.personsAtLeast == null ? d.reviewPersons() : review.personsAtLeast,
                    review.contactOnlyPersonsAtLeast == null ? d.reviewContactOnlyPersons() : review.contactOnlyPersonsAtLeast,
                    review.identifiersAtLeast == null ? d.reviewIdentifiers() : review.identifiersAtLeast,
                    review.hiddenNames == null ? d.reviewHiddenNames() : review.hiddenNames,
                    newLimits, CustomDetectors.settings(doc.detectors, doc.allow));
        } catch (IllegalArgumentException e) {
            throw new PolicyException("policy " + file + ": " + e.getMessage(), e);
        }
    }
}
