package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The record of a subscriber's consent (GDPR Art. 7(1): the controller must be able to show it): when, on which
 * form, and which version of the consent text they agreed to.
 */
public record Consent(Instant at, String source, String textVersion) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");

    public Consent {
        Objects.requireNonNull(at, "at");
        if (source == null || !TOKEN.matcher(source).matches()) {
            throw new InvalidValueException("consent.source-invalid",
                    "The source form is 1 to 100 of letters, digits and . _ : / - (e.g. footer-form).");
        }
        if (textVersion == null || textVersion.length() > 50 || !TOKEN.matcher(textVersion).matches()) {
            throw new InvalidValueException("consent.text-version-invalid",
                    "The consent text version is 1 to 50 of letters, digits and . _ : / - (e.g. 2026-01).");
        }
    }
}
