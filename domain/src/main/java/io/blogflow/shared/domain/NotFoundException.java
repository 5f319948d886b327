package io.blogflow.shared.domain;

/**
 * No such thing (also for a malformed id, which names nothing): 404 with the code {@code <kind>-not-found}, e.g.
 * {@code llm-provider-not-found}, {@code image-style-not-found}, {@code action-not-found}, {@code category-not-found}.
 * Contexts whose not-found needs more than a kind and an id keep their own type ({@code PostNotFoundException}).
 */
public final class NotFoundException extends DomainException {

    /** @param kindOfThing the kind as codes name it, lower case with hyphens ({@code llm-model}) */
    public NotFoundException(String kindOfThing, String id) {
        super(Kind.NOT_FOUND, kindOfThing + "-not-found", "No " + kindOfThing.replace('-', ' ') + " '" + id + "'.");
    }
}
