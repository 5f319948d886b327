package io.blogflow.blog.adapter.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the links and images of a post's rendered HTML absolute against its permalink, as a browser on the post's
 * page would read them: a feed reader resolves a relative {@code href="/other-post"} against wherever it fetched the
 * feed, and a search engine's copy of structured data has no page around it. Absolute URLs, fragments-only
 * ({@code #section}) made absolute too, and values that are no URI are left alone.
 */
final class AbsoluteLinks {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile(
            "(\\s(?:href|src|poster|cite)\\s*=\\s*)([\"'])(.*?)\\2", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SRCSET = Pattern.compile(
            "(\\ssrcset\\s*=\\s*)([\"'])(.*?)\\2", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private AbsoluteLinks() {
    }

    static String resolve(String html, URI base) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        String linked = replace(URL_ATTRIBUTE.matcher(html), value -> absolute(value, base));
        return replace(SRCSET.matcher(linked), value -> Arrays.stream(value.split(","))
                .map(String::strip)
                .map(candidate -> {
                    int space = candidate.indexOf(' ');
                    return space < 0 ? absolute(candidate, base)
                            : absolute(candidate.substring(0, space), base) + candidate.substring(space);
                })
                .collect(Collectors.joining(", ")));
    }

    /** A single URL, resolved against the base; what is not a URI stays as it is. */
    static String absolute(String value, URI base) {
        String url = value.strip();
        if (url.isEmpty()) {
            return value;
        }
        try {
            URI uri = new URI(url.replace("&amp;", "&"));
            return uri.isAbsolute() ? value : base.resolve(uri).toString().replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }

    private static String replace(Matcher matcher, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String rewritten = matcher.group(1) + matcher.group(2) + rewrite.apply(matcher.group(3)) + matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
