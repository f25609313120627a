package org.airlock.server.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one form submission, each tied to the id of the field it is about: the page shows
 * them in the error summary (linking to the field) and beside the field itself.
 */
public final class FormErrors {

    /** One error: the field's element id and the message. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds an error; the message is shown as a sentence (services word theirs in lower case). */
    public FormErrors add(String field, String message) {
        String sentence = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        errors.add(new FieldError(field, sentence));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(errors);
    }

    /** The message for a field, or null: templates use it for the inline error. */
    public String of(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public boolean has(String field) {
        return of(field) != null;
    }
}
