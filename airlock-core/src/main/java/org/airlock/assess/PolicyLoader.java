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
        public Labels labels;
        public People people;
        @JsonProperty("small-cells") public SmallCells smallCells;
    }

    static final class Labels {
        @JsonProperty("scheme") public String scheme;
        @JsonProperty("review-from") public String reviewFrom;
        @JsonProperty("block-from") public String blockFrom;
        @JsonProperty("ids") public java.util.Map<String, KnownLabel> ids;
    }

    static final class KnownLabel {
        @JsonProperty("name") public String name;
        @JsonProperty("level") public String level;
    }

    static final class People {
        @JsonProperty("publishable") public List<Person> publishable;
    }

    static final class Person {
        @JsonProperty("name") public String name;
        @JsonProperty("role") public String role;
    }

    static final class SmallCells {
        @JsonProperty("below") public Integer below;
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

    /** The {@code labels:}, {@code people:} and {@code small-cells:} sections, checked key by key. */
    private static DisclosureRules disclosure(Document doc) {
        DisclosureRules d = DisclosureRules.DEFAULTS;
        LabelScheme scheme = d.scheme();
        Sensitivity reviewFrom = d.labelReviewFrom();
        Sensitivity blockFrom = d.labelBlockFrom();
        java.util.Map<String, DisclosureRules.KnownLabel> ids = new java.util.LinkedHashMap<>();
        if (doc.labels != null) {
            if (doc.labels.scheme != null) {
                scheme = LabelScheme.byId(doc.labels.scheme, "labels.scheme");
            }
            if (doc.labels.reviewFrom != null) {
                reviewFrom = Sensitivity.parse(doc.labels.reviewFrom, "labels.review-from");
            }
            if (doc.labels.blockFrom != null) {
                blockFrom = Sensitivity.parse(doc.labels.blockFrom, "labels.block-from");
            }
            if (doc.labels.ids != null) {
                for (var entry : doc.labels.ids.entrySet()) {
                    String key = "labels.ids." + entry.getKey();
                    String id = entry.getKey().strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
                    if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                        throw new IllegalArgumentException(key + ": a label id is a GUID like 3f2a6a2e-0c4e-4b0e-9d6b-2b1f1e0a9c11");
                    }
                    KnownLabel known = entry.getValue();
                    if (known == null || known.level == null) {
                        throw new IllegalArgumentException(key + ".level: needed (PUBLIC, INTERNAL, CONFIDENTIAL or RESTRICTED)");
                    }
                    ids.put(id, new DisclosureRules.KnownLabel(known.name == null ? "" : known.name.strip(),
                            Sensitivity.parse(known.level, key + ".level")));
                }
            }
        }
        org.airlock.records.PublishablePeople publishable = d.publishable();
        if (doc.people != null && doc.people.publishable != null) {
            List<org.airlock.records.PublishablePeople.Entry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < doc.people.publishable.size(); i++) {
                Person p = doc.people.publishable.get(i);
                if (p == null || p.name == null || p.name.isBlank() || !p.name.chars().anyMatch(Character::isLetter)) {
                    throw new IllegalArgumentException("people.publishable[" + i + "].name: needed");
                }
                entries.add(new org.airlock.records.PublishablePeople.Entry(p.name.strip(), p.role == null ? "" : p.role.strip()));
            }
            publishable = new org.airlock.records.PublishablePeople(entries);
        }
        int below = d.smallCellsBelow();
        if (doc.smallCells != null && doc.smallCells.below != null) {
            below = doc.smallCells.below;
        }
        return new DisclosureRules(scheme, reviewFrom, blockFrom, ids, publishable, below);
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
                    newLimits, CustomDetectors.settings(doc.detectors, doc.allow), disclosure(doc));
        } catch (IllegalArgumentException e) {
            throw new PolicyException("policy " + file + ": " + e.getMessage(), e);
        }
    }
}
