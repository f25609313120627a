package org.airlock.server.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the API shows of a submission: state, verdict, persons, reasons and, per file, the masked
 * findings, the hidden-content inventory, what could not be inspected and the changes from the
 * published release.
 *
 * @param reasons every file's reasons, each prefixed with its target path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(long id, String submitter, SubmissionState state, String verdict, Long persons,
                             List<String> reasons, OffsetDateTime createdAt, OffsetDateTime updatedAt, Decision decision,
                             List<FileView> files) {

    /** A sign-off or rejection. */
    public record Decision(String by, String decision, String justification, OffsetDateTime at) {
    }

    /** One file and, once inspected, its result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileView(String target, String name, long bytes, String sha256, String verdict, Long persons,
                           FileResult result) {
    }
}
