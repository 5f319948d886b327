package io.blogflow.blog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.domain.SitePath;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InternalLinksTest {

    private final InternalLinks links = new InternalLinks(new Site(URI.create("https://blog.example/"), "t", "d"));
    private final SitePath old = new SitePath("/old");
    private final SitePath now = new SitePath("/new");

    @ParameterizedTest
    @CsvSource({
        "/old, /new", "/old/, /new/", "/old#part, /new#part", "/old?q=1#x, /new?q=1#x",
        "https://blog.example/old, https://blog.example/new", "http://BLOG.example/old/?a, http://BLOG.example/new/?a",
        "https://blog.example:443/old#f, https://blog.example:443/new#f"})
    void linksToTheOldPermalinkKeepTheirForm(String destination, String healed) {
        assertThat(links.retargeted(destination, old, now)).contains(healed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/old-2", "/older", "/old/child", "old", "../old", "//blog.example/x",
        "https://other.example/old", "https://blog.example:8443/old", "mailto:old@blog.example", "#old"})
    void otherDestinationsAreLeftAlone(String destination) {
        assertThat(links.retargeted(destination, old, now)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/guides/java/?x, /guides/java", "https://blog.example, /", "https://blog.example/a#b, /a"})
    void internalDestinationsLeadToASitePath(String destination, String path) {
        assertThat(links.targetOf(destination)).contains(new SitePath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://other.example/a", "relative/page", "ftp://blog.example/a", "/a//b"})
    void externalOrPageRelativeDestinationsAreNotInternal(String destination) {
        assertThat(links.targetOf(destination)).isEmpty();
    }
}
