package io.blogflow.blog.application.service;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which link destinations point into the site, and where. Internal are site-relative paths ({@code /x},
 * {@code /x/}, {@code /x#f}, {@code /x?q}) and absolute http(s) URLs on the site's host and port (either scheme, so
 * links written before a move to https count). Page-relative destinations ({@code other-post}, {@code ../x}) are
 * not: what they mean depends on the page showing them.
 */
final class InternalLinks {

    private final Site site;

    InternalLinks(Site site) {
        this.site = site;
    }

    /** The site path {@code destination} leads to, without query or fragment, when it is internal. */
    Optional<SitePath> targetOf(String destination) {
        int pathStart = pathStart(destination);
        if (pathStart < 0) {
            return Optional.empty();
        }
        String path = destination.substring(pathStart, pathEnd(destination, pathStart));
        try {
            return Optional.of(new SitePath(path.isEmpty() ? "/" : path));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** An absolute URL without query or fragment that names a page of this site, as that page's path. */
    Optional<SitePath> exactSitePath(String url) {
        return url.indexOf('?') < 0 && url.indexOf('#') < 0 && !url.startsWith("/") ? targetOf(url) : Optional.empty();
    }

    /**
     * {@code destination} with its path {@code from} replaced by {@code to}, in the same form: relative stays
     * relative, absolute stays absolute, a trailing slash, query and fragment are kept.
     */
    Optional<String> retargeted(String destination, SitePath from, SitePath to) {
        if (!targetOf(destination).filter(from::equals).isPresent()) {
            return Optional.empty();
        }
        int start = pathStart(destination);
        int end = pathEnd(destination, start);
        String trailingSlash = destination.substring(start, end).endsWith("/") ? "/" : "";
        return Optional.of(destination.substring(0, start) + to.value() + trailingSlash + destination.substring(end));
    }

    /** Where the path of an internal destination begins, or -1 for an external or page-relative one. */
    private int pathStart(String destination) {
        if (destination.startsWith("/") && !destination.startsWith("//")) {
            return 0;
        }
        try {
            URI uri = new URI(destination);
            if (!isOnSite(uri)) {
                return -1;
            }
            int authority = destination.indexOf("//") + 2;
            return firstOf(destination, authority, "/?#");
        } catch (URISyntaxException e) {
            return -1;
        }
    }

    private boolean isOnSite(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        URI home = site.url();
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(home.getHost())
                && (uri.getPort() == home.getPort() || port(uri) == port(home));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static int pathEnd(String destination, int pathStart) {
        return firstOf(destination, pathStart, "?#");
    }

    private static int firstOf(String text, int from, String characters) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
