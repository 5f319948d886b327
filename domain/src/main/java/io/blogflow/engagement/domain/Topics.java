package io.blogflow.engagement.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a subscriber wants to hear about: tag and category slugs. None means every post. A post reaches a subscriber
 * whose topics share at least one slug with the post's tags and category.
 */
public record Topics(Set<String> slugs) {

    public static final int MAX = 20;
    public static final Topics ALL = new Topics(Set.of());
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Topics {
        if (slugs == null) {
            slugs = Set.of();
        }
        if (slugs.size() > MAX) {
            throw new InvalidValueException("topics.too-many", "At most " + MAX + " topics.");
        }
        for (String slug : slugs) {
            if (slug == null || slug.length() > 100 || !SLUG.matcher(slug).matches()) {
                throw new InvalidValueException("topics.invalid", "A topic is a tag or category slug "
                        + "(lower-case words joined by '-').");
            }
        }
        slugs = Set.copyOf(new TreeSet<>(slugs));
    }

    public static Topics of(Collection<String> slugs) {
        return new Topics(slugs == null ? Set.of() : new TreeSet<>(slugs));
    }

    /** Whether a post with these tag and category slugs is for this subscriber. */
    public boolean matches(Set<String> postTopics) {
        return slugs.isEmpty() || postTopics.stream().anyMatch(slugs::contains);
    }
}
