package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.util.List;

/** The public face of an author (1:1 with the user). Every field is optional. */
public record AuthorProfile(String bio, String avatarUrl, String linkedinUrl, List<String> expertiseTopics) {

    public static final AuthorProfile EMPTY = new AuthorProfile(null, null, null, List.of());
    public static final int MAX_BIO = 2000;
    public static final int MAX_TOPICS = 20;
    public static final int MAX_TOPIC_LENGTH = 50;

    public AuthorProfile {
        if (bio != null && bio.length() > MAX_BIO) {
            throw new InvalidValueException("bio.too-long", "bio must be at most " + MAX_BIO + " characters.");
        }
        requireWebUrl("avatar-url", avatarUrl);
        requireWebUrl("linkedin-url", linkedinUrl);
        expertiseTopics = expertiseTopics == null ? List.of()
                : expertiseTopics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (expertiseTopics.size() > MAX_TOPICS
                || expertiseTopics.stream().anyMatch(t -> t.length() > MAX_TOPIC_LENGTH)) {
            throw new InvalidValueException("expertise-topics.too-many",
                    "at most " + MAX_TOPICS + " topics of at most " + MAX_TOPIC_LENGTH + " characters each.");
        }
    }

    /** Only absolute http(s) URLs: a {@code javascript:} or {@code data:} link must never reach a reader's page. */
    private static void requireWebUrl(String field, String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (url.length() <= 2048 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InvalidValueException(field + ".invalid", field + " must be an absolute http(s) URL.");
    }
}
