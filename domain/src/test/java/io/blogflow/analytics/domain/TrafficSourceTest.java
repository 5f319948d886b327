package io.blogflow.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficSourceTest {

    private static final PageUrl PAGE = PageUrl.parse("https://www.blog.example/posts/tides");

    private static TrafficSource of(String url, String referrer) {
        return TrafficSource.of(PageUrl.parse(url), referrer);
    }

    @Test
    void utmSourceWinsOverRefAndTheReferer() {
        TrafficSource source = of("https://blog.example/p?utm_source=newsletter&ref=hn&utm_medium=email"
                + "&utm_campaign=spring", "https://www.google.com/");
        assertThat(source.source()).isEqualTo("newsletter");
        assertThat(source.referrerHost()).isEqualTo("google.com");
        assertThat(source.utmMedium()).isEqualTo("email");
        assertThat(source.utmCampaign()).isEqualTo("spring");
    }

    @Test
    void refWinsOverTheReferer() {
        assertThat(of("https://blog.example/p?ref=producthunt.com", "https://www.google.com/").source())
                .isEqualTo("producthunt.com");
    }

    @Test
    void theRefererIsNormalisedToAKnownName() {
        assertThat(TrafficSource.of(PAGE, "https://www.google.co.uk/search?q=x").source()).isEqualTo("Google");
        assertThat(TrafficSource.of(PAGE, "https://google.com/").source()).isEqualTo("Google");
        assertThat(TrafficSource.of(PAGE, "https://news.google.com/").source()).isEqualTo("Google News");
        assertThat(TrafficSource.of(PAGE, "https://t.co/abc").source()).isEqualTo("Twitter");
        assertThat(TrafficSource.of(PAGE, "https://l.facebook.com/l.php").source()).isEqualTo("Facebook");
        assertThat(TrafficSource.of(PAGE, "https://old.reddit.com/r/java").source()).isEqualTo("Reddit");
        assertThat(TrafficSource.of(PAGE, "https://news.ycombinator.com/item?id=1").source()).isEqualTo("Hacker News");
        assertThat(TrafficSource.of(PAGE, "https://www.someblog.example/x").source()).isEqualTo("someblog.example");
        assertThat(of("https://blog.example/p?utm_source=Twitter.com", null).source()).isEqualTo("Twitter");
    }

    @Test
    void aSelfReferralIsNoSource() {
        TrafficSource source = TrafficSource.of(PAGE, "https://blog.example/posts/other");
        assertThat(source.source()).isNull();
        assertThat(source.referrerHost()).isNull();
        assertThat(TrafficSource.of(PAGE, "https://www.blog.example/").source()).isNull();
        assertThat(TrafficSource.of(PAGE, "https://cdn.blog.example/").source()).isNull();
    }

    @Test
    void noRefererOrAnUnusableOneIsADirectVisit() {
        assertThat(TrafficSource.of(PAGE, null).source()).isNull();
        assertThat(TrafficSource.of(PAGE, "").source()).isNull();
        assertThat(TrafficSource.of(PAGE, "android-app://com.slack").source()).isNull();
        assertThat(TrafficSource.of(PAGE, "not a url").source()).isNull();
    }

    @Test
    void clickIdsAreKeptByName() {
        assertThat(of("https://blog.example/p?gclid=abc", null).clickId()).isEqualTo("gclid");
        assertThat(of("https://blog.example/p", null).clickId()).isNull();
    }
}
