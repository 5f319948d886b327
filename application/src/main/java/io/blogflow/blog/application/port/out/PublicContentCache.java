package io.blogflow.blog.application.port.out;

/**
 * Whatever keeps rendered public answers (posts, lists) in memory. Any committed change to published content, on
 * any instance, must reach {@link #invalidateAll} so readers never get an answer older than the change signal.
 */
public interface PublicContentCache {

    void invalidateAll();
}
