package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header of writes that cost money (LLM runs, image generations). */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;
    public static final String DOC = "Optional, 1 to 200 printable ASCII characters. A repeated request with the same "
            + "key on this post returns the first result (header Idempotent-Replayed: true) instead of generating "
            + "and paying again; 409 while that one is still generating.";

    /** Printable ASCII without spaces, as Stripe's and the IETF draft's keys are (a UUID will do). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeys() {
    }

    /** The key, or null without the header. */
    public static String parse(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw new InvalidValueException("idempotency-key.invalid", "Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters without spaces (a UUID will do).");
        }
        return header;
    }
}
