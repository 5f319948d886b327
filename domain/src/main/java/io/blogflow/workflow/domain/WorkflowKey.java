package io.blogflow.workflow.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stable machine name of a workflow item ({@code final-check}): lower-case ASCII words joined by single hyphens,
 * unique among its siblings (retired ones included, so a key never comes to mean another item). It never changes
 * after creation, so renaming an item does not break whatever refers to it by key.
 */
public record WorkflowKey(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final String FALLBACK = "item";

    public WorkflowKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("key.required", "key must not be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("key.too-long", "key must be at most " + MAX_LENGTH + " characters.");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("key.pattern",
                    "key may contain only a-z, 0-9 and single hyphens between words, e.g. 'final-check'.");
        }
    }

    /** {@code "UK English & style"} becomes {@code uk-english-and-style}; a name without Latin letters gives {@code item}. */
    public static WorkflowKey fromName(String name) {
        String text = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("ß", "ss");
        text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = NON_ALPHANUMERIC.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new WorkflowKey(text.isEmpty() ? FALLBACK : text);
    }

    /** This key if free, else {@code key-2}, {@code key-3}, … whichever is free first. */
    public WorkflowKey firstFree(Set<String> taken) {
        WorkflowKey candidate = this;
        for (int n = 2; taken.contains(candidate.value()); n++) {
            String suffix = "-" + n;
            String base = value.length() + suffix.length() <= MAX_LENGTH ? value
                    : value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
            candidate = new WorkflowKey(base + suffix);
        }
        return candidate;
    }

    @Override
    public String toString() {
        return value;
    }
}
