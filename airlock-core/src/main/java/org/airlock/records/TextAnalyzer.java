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
        int passageEnd = -1;
        for (Detection detection : detections) {
            if (!passage.isEmpty() && (detection.start() - passageEnd > GAP || startsNextRecord(passage, detection))) {
                close(location, visibility, passage);
                passage = new ArrayList<>();
            }
            passage.add(new Hit(detection, text, -1, visibility));
            passageEnd = Math.max(passageEnd, detection.end());
        }
        close(location, visibility, passage);
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

    private void close(Location location, Visibility visibility, List<Hit> passage) {
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
            persons.add(RecordRule.personKey(passage));
            tally.add(new Location(location.container(), location.part(), "", ""), visibility, categories);
        }
    }
}
