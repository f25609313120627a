package org.airlock.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.detect.Detection;
import org.airlock.detect.FindingType;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * Finds person records in free text: matches closer than {@value #GAP} characters to each other
 * form one passage, and a passage with an identifier and another category is one record, as a
 * row is in a table. A name, birth date or identifier repeated after a complete record starts the
 * next record, so a list of people in prose counts each person.
 *
 * <p>Distinct persons: each record is keyed by its name and birth date ({@link RecordRule#personKey}),
 * so the same person written twice counts once. Within one text, a later record that names a
 * person already met (the same name words in any order: "Maria LOPEZ" and "LOPEZ, Maria") and
 * gives no other birth date is that person again, not a new one.
 */
public final class TextAnalyzer {

    static final int GAP = 160;

    private final TextDetectors detectors;
    private final FindingCollector findings;
    private final RecordTally tally;
    private final PersonIndex persons;
    private final PublishablePeople publishable;

    public TextAnalyzer(TextDetectors detectors, FindingCollector findings, RecordTally tally, PersonIndex persons) {
        this(detectors, findings, tally, persons, PublishablePeople.NONE);
    }

    public TextAnalyzer(TextDetectors detectors, FindingCollector findings, RecordTally tally, PersonIndex persons,
                        PublishablePeople publishable) {
        this.detectors = detectors;
        this.findings = findings;
        this.tally = tally;
        this.persons = persons;
        this.publishable = publishable;
    }

    public void analyze(Location location, Visibility visibility, String text) {
        List<Detection> detections = new ArrayList<>(detectors.detect(text));
        if (detections.isEmpty()) {
            return;
        }
        detections.sort(Comparator.comparingInt(Detection::start));
        List<Hit> passage = new ArrayList<>();
        java.util.Map<String, Long> keysByName = new java.util.HashMap<>();
        int passageEnd = -1;
        for (Detection detection : detections) {
            if (!passage.isEmpty() && (detection.start() - passageEnd > GAP || startsNextRecord(passage, detection))) {
                close(location, visibility, passage, keysByName);
                passage = new ArrayList<>();
            }
            passage.add(new Hit(detection, text, -1, visibility));
            passageEnd = Math.max(passageEnd, detection.end());
        }
        close(location, visibility, passage, keysByName);
    }

    /**
     * Whether a match begins the next person's record rather than adding to this one: lines of case
     * notes ("Detainee A, DOB ..., A-number ...") sit closer than {@value #GAP} characters, and a
     * second name, birth date or identifier after a complete record is the next person.
     */
    private static boolean startsNextRecord(List<Hit> passage, Detection detection) {
        FindingType type = detection.type();
        if (type != FindingType.PERSON_NAME && type != FindingType.DATE_OF_BIRTH && !type.directIdentifier()) {
            return false;
        }
        boolean repeated = false;
        for (Hit hit : passage) {
            if (hit.detection().type() == type) {
                repeated = true;
                break;
            }
        }
        return repeated && RecordRule.isRecord(passage, RecordRule.categories(passage));
    }

    /**
     * The person key of a record, or the key of the earlier record of this text with the same name
     * words when this one gives no birth date or a matching one.
     */
    private static long sameTextKey(List<Hit> passage, java.util.Map<String, Long> keysByName) {
        long key = RecordRule.personKey(passage);
        java.util.List<String> words = new ArrayList<>();
        boolean birth = false;
        for (Hit hit : passage) {
            if (hit.detection().type() == FindingType.PERSON_NAME) {
                for (String word : org.airlock.detect.Folding.fold(hit.value()).split(" ")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            } else if (hit.detection().type() == FindingType.DATE_OF_BIRTH) {
                birth = true;
            }
        }
        if (words.isEmpty()) {
            return key;
        }
        java.util.Collections.sort(words);
        String name = String.join(" ", words);
        Long earlier = keysByName.get(name);
        if (earlier != null && !birth) {
            return earlier;
        }
        if (earlier == null) {
            keysByName.put(name, key);
        }
        return key;
    }

    private void close(Location location, Visibility visibility, List<Hit> passage, java.util.Map<String, Long> keysByName) {
        Set<Category> categories = RecordRule.categories(passage);
        boolean record = RecordRule.isRecord(passage, categories);
        if (record && publishable.excuses(passage, categories)) {
            tally.addPublishable();
            record = false;
        }
        for (Hit hit : passage) {
            if (RecordRule.reported(hit, record) && (record || !RecordRule.publishableName(hit, publishable))) {
                findings.text(location, hit.detection(), hit.source(), visibility);
            }
        }
        if (record) {
            persons.add(sameTextKey(passage, keysByName));
            tally.add(new Location(location.container(), location.part(), "", ""), visibility, categories);
        }
    }
}
