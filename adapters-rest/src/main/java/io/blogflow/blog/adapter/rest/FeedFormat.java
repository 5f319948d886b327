package io.blogflow.blog.adapter.rest;

/** The syndication formats served, with their Rome feed type, media type and file name. */
enum FeedFormat {

    RSS("rss_2.0", "application/rss+xml; charset=UTF-8", "rss.xml"),
    ATOM("atom_1.0", "application/atom+xml; charset=UTF-8", "atom.xml");

    final String romeType;
    final String mediaType;
    final String fileName;

    FeedFormat(String romeType, String mediaType, String fileName) {
        this.romeType = romeType;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    /** The media type without parameters, as {@code type} attributes of links want it. */
    String bareMediaType() {
        return mediaType.substring(0, mediaType.indexOf(';'));
    }
}
