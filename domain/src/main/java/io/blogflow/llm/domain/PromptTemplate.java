package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt's text with {@code {{placeholder}}} slots (inner spaces allowed: {@code {{ name }}}). A placeholder name
 * is a letter followed by letters and digits; a {@code {{} without its closing {@code }}} or with anything else
 * inside is refused ({@code template.invalid-placeholder}). Rendering puts values in verbatim: a prompt is not markup,
 * so nothing is escaped.
 */
public record PromptTemplate(String text) {

    public static final int MAX_LENGTH = 50_000;
    private static final Pattern SLOT = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*");

    public PromptTemplate {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("template.required", "template must not be blank.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("template.too-long",
                    "template must be at most " + MAX_LENGTH + " characters.");
        }
        scan(text, name -> name);
    }

    /** The placeholder names, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        scan(text, name -> {
            names.add(name);
            return "";
        });
        return Collections.unmodifiableSet(names);
    }

    /** The text with every placeholder replaced by its value ({@code null} renders as nothing). */
    public String render(Function<String, String> values) {
        return scan(text, name -> {
            String value = values.apply(name);
            return value == null ? "" : value;
        });
    }

    private static String scan(String text, Function<String, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher slot = SLOT.matcher(text);
        int from = 0;
        while (slot.find()) {
            requireNoOpening(text, from, slot.start());
            Matcher name = NAME.matcher(slot.group(1));
            if (!name.matches()) {
                throw invalid("'{{" + slot.group(1) + "}}' is not a placeholder: names are a letter followed by "
                        + "letters and digits.");
            }
            out.append(text, from, slot.start()).append(replacement.apply(name.group(1)));
            from = slot.end();
        }
        requireNoOpening(text, from, text.length());
        return out.append(text, from, text.length()).toString();
    }

    private static void requireNoOpening(String text, int from, int to) {
        if (text.substring(from, to).contains("{{")) {
            throw invalid("A '{{' has no closing '}}'.");
        }
    }

    private static InvalidValueException invalid(String message) {
        return new InvalidValueException("template.invalid-placeholder", message);
    }
}
