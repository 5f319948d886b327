package io.blogflow.workflow.domain.progress;

import io.blogflow.shared.domain.InvalidValueException;

/**
 * What an editor may attach to a sub-stage when moving it: notes (at most 4000 characters) and the selected input
 * and output fields. A null part leaves what is stored as it is.
 */
public record ProgressDetails(String notes, FieldKeys inputFields, FieldKeys outputFields) {

    public static final int MAX_NOTES = 4000;
    public static final ProgressDetails NONE = new ProgressDetails(null, null, null);

    public ProgressDetails {
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidValueException("notes.too-long", "notes must be at most " + MAX_NOTES + " characters.");
        }
    }
}
