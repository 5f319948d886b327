package io.blogflow.images.domain;

/** What the bytes of an image are, as read from the bytes themselves (never from a file name or a header). */
public record InspectedImage(MediaType type, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
