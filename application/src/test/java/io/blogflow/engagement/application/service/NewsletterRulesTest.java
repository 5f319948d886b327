package io.blogflow.engagement.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.engagement.domain.SubscriberId;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewsletterRulesTest {

    private final UnsubscribeLinks links = new UnsubscribeLinks(new ReactionsServiceTest.HashingFingerprints(),
            URI.create("https://blog.example/api/v1/public/newsletter/unsubscribe"));

    @Test
    void anUnsubscribeTokenNamesItsSubscriberAndCannotBeForged() {
        SubscriberId id = new SubscriberId(UUID.randomUUID());
        String token = links.token(id);
        assertThat(links.verify(token)).contains(id);
        assertThat(links.url(id)).startsWith("https://blog.example/api/v1/public/newsletter/unsubscribe?token=" + id);
        SubscriberId other = new SubscriberId(UUID.randomUUID());
        assertThat(links.verify(other + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(links.verify(id + ".0000")).isEmpty();
        assertThat(links.verify("nonsense")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedWhereNeededAndFormulasAreDefused() {
        assertThat(SubscriberCsv.line(List.of("a", "b,c", "say \"hi\"", "=HYPERLINK(1)")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"'=HYPERLINK(1)\"\r\n");
    }

    @Test
    void csvParsesQuotesCommasLineBreaksAndBlankLines() {
        var records = SubscriberCsv.parse("email,name\r\n\"a@x.org\",\"Doe, \"\"Jo\"\"\"\n\nb@x.org,\"two\nlines\"");
        assertThat(records).containsExactly(List.of("email", "name"), List.of("a@x.org", "Doe, \"Jo\""),
                List.of("b@x.org", "two\nlines"));
        assertThatThrownBy(() -> SubscriberCsv.parse("a,\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
