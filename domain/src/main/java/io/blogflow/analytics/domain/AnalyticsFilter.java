package io.blogflow.analytics.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a dashboard read is narrowed to: posts (one post, a tag's, a category's, an author's) and visit properties
 * (the visit's source, the visitor's country and device class). Empty means the whole site.
 *
 * @param tag      a tag's slug
 * @param category a category's slug
 * @param source   a normalised source as breakdowns show it ("Google", "newsletter"); a visit matches by the
 *                 source it came from
 */
public record AnalyticsFilter(Optional<UUID> post, Optional<String> tag, Optional<String> category,
                              Optional<UUID> author, Optional<String> source, Optional<String> country,
                              Optional<String> device) {

    public static final AnalyticsFilter NONE = new AnalyticsFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> DEVICES = Set.of("desktop", "mobile", "tablet", "other");

    public AnalyticsFilter {
        tag.ifPresent(value -> check(SLUG.matcher(value).matches() && value.length() <= 60, "tag",
                "tag is a tag's slug."));
        category.ifPresent(value -> check(SLUG.matcher(value).matches() && value.length() <= 120, "category",
                "category is a category's slug."));
        source.ifPresent(value -> check(!value.isBlank() && value.length() <= 100, "source",
                "source is a source's name, at most 100 characters."));
        country.ifPresent(value -> check(COUNTRY.matcher(value).matches(), "country",
                "country is a two-letter ISO code in capitals."));
        device.ifPresent(value -> check(DEVICES.contains(value), "device",
                "device is one of desktop, mobile, tablet, other."));
    }

    public static AnalyticsFilter ofPost(UUID post) {
        return NONE.withPost(post);
    }

    public AnalyticsFilter withPost(UUID id) {
        return new AnalyticsFilter(Optional.of(id), tag, category, author, source, country, device);
    }

    /** Whether posts are selected by tag, category or author. */
    public boolean selectsPosts() {
        return tag.isPresent() || category.isPresent() || author.isPresent();
    }

    /** Whether visits are filtered by a property only the raw events have. */
    public boolean filtersVisits() {
        return source.isPresent() || country.isPresent() || device.isPresent();
    }

    private static void check(boolean valid, String field, String message) {
        if (!valid) {
            throw new InvalidValueException("analytics." + field + "-invalid", message);
        }
    }
}
