package org.airlock.assess;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.airlock.detect.Category;
import org.airlock.detect.Confidence;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Visibility;
import org.airlock.records.Finding;
import org.airlock.records.PersonRecords;

/**
 * Applies a {@link Policy} to what was found in a file and explains the result. Fail closed: a
 * file with any part not inspected is at least REVIEW, whatever else was or was not found.
 */
public final class Assessor {

    private final Policy policy;

    public Assessor(Policy policy) {
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    public Assessment assess(long persons, Collection<PersonRecords> records, Collection<Finding> findings,
                             Collection<HiddenPlace> hiddenPlaces, Collection<InspectionFailure> failures) {
        return assess(persons, records, findings, hiddenPlaces, failures, FileEvidence.NONE);
    }

    /** Shown small cells in a reason; the report lists more (docs/risk.md). */
    static final int SMALL_CELLS_IN_REASON = 10;

    public Assessment assess(long persons, Collection<PersonRecords> records, Collection<Finding> findings,
                             Collection<HiddenPlace> hiddenPlaces, Collection<InspectionFailure> failures,
                             FileEvidence evidence) {
        RiskModel model = new RiskModel(policy);
        List<FoundLabel> found = model.read(evidence.labels());
        Verdict verdict = Verdict.PASS;
        List<String> block = new ArrayList<>();
        List<String> review = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        Set<Category> categories = EnumSet.noneOf(Category.class);
        Set<Category> recordCategories = EnumSet.noneOf(Category.class);
        for (PersonRecords group : records) {
            recordCategories.addAll(group.categories());
        }
        categories.addAll(recordCategories);
        for (Finding finding : findings) {
            categories.add(finding.category());
        }
        boolean contactOnly = Policy.CONTACT_ONLY.containsAll(recordCategories);

        for (InspectionFailure failure : failures) {
            review.add("Not fully inspected: " + failure.describe() + ".");
        }

        if (!records.isEmpty()) {
            for (PersonRecords group : records) {
                String where = group.location().describe()
                        + (group.visibility() == Visibility.VISIBLE ? "" : ", " + group.visibility().description());
                String line = count(group.records()) + (group.records() == 1 ? " person record in " : " person records in ")
                        + where + ": " + plain(group.categories()) + ".";
                if (policy.blockHiddenRecords() && group.visibility().hidden()) {
                    block.add(line + " The data is hidden from the reader, so the publisher is unlikely to know it is there.");
                } else {
                    notes.add(line);
                }
            }
            notes.add(howPersonsWereCounted(records, persons));
            Set<Category> sensitive = EnumSet.noneOf(Category.class);
            for (Category category : recordCategories) {
                if (policy.blockCategories().contains(category)) {
                    sensitive.add(category);
                }
            }
            if (!sensitive.isEmpty()) {
                block.add("The records hold " + plain(sensitive) + ", which policy '" + policy.name()
                        + "' treats as sensitive: one record is enough to block.");
                block.addAll(LegalBasis.reasons(sensitive));
            }
            if (contactOnly) {
                if (persons >= policy.reviewContactOnlyPersons()) {
                    review.add(count(persons) + " people's names with contact details: a list this long needs sign-off"
                            + " (policy threshold " + policy.reviewContactOnlyPersons() + ").");
                } else {
                    notes.add(count(persons) + (persons == 1 ? " person's" : " people's")
                            + " names with contact details only, below the sign-off threshold of " + policy.reviewContactOnlyPersons() + ".");
                }
            } else if (persons >= policy.blockPersons()) {
                block.add(count(persons) + " distinct people are exposed, at or above policy '" + policy.name()
                        + "' threshold of " + policy.blockPersons() + ".");
            } else if (persons >= policy.reviewPersons() && block.isEmpty()) {
                // Under a block, "sign-off is needed" would read as if a sign-off could release the file.
                review.add(count(persons) + (persons == 1 ? " person is" : " distinct people are")
                        + " exposed: sign-off is needed to publish personal data.");
            }
        }

        // LOW findings are published sample values and numbers after words such as "invoice": listed, not acted on.
        long identifiers = findings.stream().filter(f -> f.type().standaloneIdentifier() && f.confidence() != Confidence.LOW)
                .mapToLong(Finding::count).sum();
        if (records.isEmpty() && identifiers >= policy.reviewIdentifiers()) {
            review.add(count(identifiers) + " national, immigration or passport identifier"
                    + (identifiers == 1 ? "" : "s") + " found outside any person record.");
        }
        if (policy.reviewHiddenNames()) {
            long hiddenNames = findings.stream()
                    .filter(f -> f.visibility().hidden() && f.category() == Category.NAME && f.visibility() != Visibility.METADATA)
                    .mapToLong(Finding::count).sum();
            if (hiddenNames > 0 && records.stream().noneMatch(r -> r.visibility().hidden())) {
                review.add(count(hiddenNames) + " person name" + (hiddenNames == 1 ? "" : "s") + " in hidden places ("
                        + findings.stream().filter(f -> f.visibility().hidden() && f.category() == Category.NAME)
                                .map(f -> f.visibility().description()).distinct().collect(Collectors.joining("; ")) + ").");
            }
        }

        DisclosureRules rules = policy.disclosure();
        for (FoundLabel label : found) {
            if (!label.label().enabled()) {
                notes.add("The file carries " + label.describe() + ", switched off or removed.");
            } else if (label.level() == null) {
                review.add("The file carries " + label.describe() + ", which policy '" + policy.name()
                        + "' does not know: map its id under labels.ids to say what it means.");
            } else if (label.level().compareTo(rules.labelBlockFrom()) >= 0) {
                block.add("The file carries the sensitivity label " + label.describe() + ", level " + label.level()
                        + ": policy '" + policy.name() + "' blocks files labelled " + rules.labelBlockFrom()
                        + " or above, whatever their content.");
            } else if (label.level().compareTo(rules.labelReviewFrom()) >= 0) {
                review.add("The file carries the sensitivity label " + label.describe() + ", level " + label.level()
                        + ": labelled " + rules.labelReviewFrom() + " or above, so publishing it needs sign-off.");
            } else {
                notes.add("The file carries the sensitivity label " + label.describe() + ", level " + label.level() + ".");
            }
        }
        if (evidence.smallCellCount() > 0) {
            review.add(count(evidence.smallCellCount()) + " count cell" + (evidence.smallCellCount() == 1 ? "" : "s")
                    + " below " + rules.smallCellsBelow() + " in a breakdown may single people out (statistical disclosure"
                    + " control): " + evidence.smallCells().stream().limit(SMALL_CELLS_IN_REASON)
                            .map(c -> c.reference() + " = " + c.count()).collect(Collectors.joining(", "))
                    + (evidence.smallCellCount() > SMALL_CELLS_IN_REASON ? " and " + count(evidence.smallCellCount()
                            - Math.min(SMALL_CELLS_IN_REASON, evidence.smallCells().size())) + " more" : "") + ".");
        }
        if (evidence.publishablePeople() > 0) {
            notes.add(count(evidence.publishablePeople()) + " mention" + (evidence.publishablePeople() == 1 ? "" : "s")
                    + " of people the policy lists as publishable (people.publishable), with nothing but name and"
                    + " contact details: not counted.");
        }
        Risk risk = model.risk(persons, records, records.isEmpty() ? identifiers : 0, found, evidence);

        if (!block.isEmpty()) {
            verdict = Verdict.BLOCK;
        } else if (!review.isEmpty()) {
            verdict = Verdict.REVIEW;
        }
        List<String> reasons = new ArrayList<>();
        reasons.addAll(block);
        reasons.addAll(review);
        reasons.addAll(notes);
        reasons.add("Label " + risk.label() + " (" + risk.scheme().id() + " scheme, level " + risk.level() + ").");
        if (verdict == Verdict.PASS && records.isEmpty()) {
            reasons.add(findings.isEmpty() ? "No personal data found." : "No person records found; "
                    + findings.stream().mapToLong(Finding::count).sum() + " isolated value(s) listed below need no sign-off.");
        }
        // Every Office file has properties and every archive members; the reasons line lists the places a publisher may not know of.
        List<HiddenPlace> notable = hiddenPlaces.stream()
                .filter(h -> h.kind() != HiddenPlaceKind.DOCUMENT_PROPERTIES && h.kind() != HiddenPlaceKind.THUMBNAIL
                        && h.kind() != HiddenPlaceKind.ARCHIVE_MEMBERS).toList();
        if (!notable.isEmpty()) {
            reasons.add("Hidden content inventory: " + notable.stream()
                    .map(h -> h.kind().description() + " (" + h.location().describe() + ")")
                    .distinct().limit(12).collect(Collectors.joining("; ")) + (notable.size() > 12 ? "; ..." : "") + ".");
        }
        return new Assessment(verdict, persons, categories, reasons, risk);
    }

    /**
     * The person count's method in one line, so a reader can check it: records found, distinct
     * people after merging, and the key that merged them (see {@link org.airlock.records.RecordRule#personKey}).
     */
    static String howPersonsWereCounted(Collection<PersonRecords> records, long persons) {
        long total = records.stream().mapToLong(PersonRecords::records).sum();
        String merged;
        if (total > persons) {
            merged = count(total - persons) + (total - persons == 1 ? " was a repeat" : " were repeats") + " of a person already counted";
        } else if (total == persons) {
            merged = "none repeated another";
        } else {
            merged = "fewer than the registry records matched by fingerprint, whose count is used";
        }
        return "How persons were counted: " + count(total) + (total == 1 ? " person record" : " person records")
                + " (table rows, text passages), " + merged + "; records with the same name (case, accents and"
                + " punctuation aside) and the same date of birth or none are one person, and so are records without a"
                + " name that share an identifier: " + count(persons) + (persons == 1 ? " person." : " distinct people.");
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static String plain(Set<Category> categories) {
        return categories.stream().sorted().map(Category::plainName).collect(Collectors.joining(", "));
    }
}
