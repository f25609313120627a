package org.airlock.server.ui;

import java.util.Map;
import org.airlock.server.submission.SubmissionState;
import org.springframework.stereotype.Component;

/**
 * Words and GOV.UK tag colours for states and verdicts, used by the templates as {@code @tags}.
 * Colour only repeats what the words say, so nothing depends on seeing it (WCAG 1.4.1).
 */
@Component("tags")
public class StatusTags {

    private static final Map<SubmissionState, String> STATE_COLOURS = Map.of(
            SubmissionState.RECEIVED, "govuk-tag--grey",
            SubmissionState.INSPECTING, "govuk-tag--light-blue",
            SubmissionState.INSPECTED, "govuk-tag--light-blue",
            SubmissionState.PASSED, "govuk-tag--green",
            SubmissionState.AWAITING_SIGNOFF, "govuk-tag--yellow",
            SubmissionState.BLOCKED, "govuk-tag--red",
            SubmissionState.APPROVED, "govuk-tag--turquoise",
            SubmissionState.REJECTED, "govuk-tag--orange",
            SubmissionState.PUBLISHED, "govuk-tag--blue",
            SubmissionState.WITHDRAWN, "govuk-tag--grey");

    public String stateLabel(SubmissionState state) {
        return switch (state) {
            case AWAITING_SIGNOFF -> "Awaiting sign-off";
            default -> state.name().charAt(0) + state.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    public String stateClass(SubmissionState state) {
        return "govuk-tag " + STATE_COLOURS.get(state);
    }

    /** PASS, REVIEW or BLOCK; none before inspection. */
    public String verdictLabel(String verdict) {
        if (verdict == null) {
            return "Not yet inspected";
        }
        return switch (verdict) {
            case "PASS" -> "Pass";
            case "REVIEW" -> "Review";
            case "BLOCK" -> "Block";
            default -> verdict;
        };
    }

    public String verdictClass(String verdict) {
        if (verdict == null) {
            return "govuk-tag govuk-tag--grey";
        }
        return "govuk-tag " + switch (verdict) {
            case "PASS" -> "govuk-tag--green";
            case "REVIEW" -> "govuk-tag--yellow";
            case "BLOCK" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }
}
