package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Where a manual redirect leads: a path on this site, or an absolute http(s) URL elsewhere. */
public record RedirectTarget(String value) {

    public RedirectTarget {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("to.required", "to is required: a site path or an absolute http(s) URL.");
        }
        if (value.startsWith("/")) {
            value = new SitePath(value).value();
        } else {
            requireAbsoluteHttpUrl(value);
        }
    }

    public static RedirectTarget of(SitePath path) {
        return new RedirectTarget(path.value());
    }

    /** The site path, when the target is on this site. */
    public Optional<SitePath> sitePath() {
        return value.startsWith("/") ? Optional.of(new SitePath(value)) : Optional.empty();
    }

    private static void requireAbsoluteHttpUrl(String raw) {
        if (raw.length() > SitePath.MAX_LENGTH) {
            throw new InvalidValueException("to.too-long", "to has at most " + SitePath.MAX_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as any other unusable target
        }
        throw new InvalidValueException("to.invalid",
                "to is a site path ('/new-page') or an absolute http(s) URL ('https://example.com/page').");
    }

    @Override
    public String toString() {
        return value;
    }
}
