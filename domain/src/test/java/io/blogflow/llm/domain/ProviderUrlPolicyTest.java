package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProviderUrlPolicyTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, List<String>> dns = Map.of(
            "api.openai.com", List.of("104.18.6.192"),
            "llm.example.com", List.of("93.184.215.14", "10.0.0.7"),
            "ollama.example.com", List.of("192.168.1.20"),
            "v6.example.com", List.of("fd00::5"),
            "meta.example.com", List.of("169.254.169.254"));
    private final Function<String, List<InetAddress>> resolver = host -> {
        lookedUp.add(host);
        List<String> literal = host.matches("[0-9.]+|.*:.*") ? List.of(host) : List.of(); // literals resolve to themselves
        return dns.getOrDefault(host, literal).stream().map(ProviderUrlPolicyTest::address).toList();
    };
    private final AllowedHosts allowed = AllowedHosts.parse("api.openai.com,*.example.com,127.0.0.1,::1");

    @Test
    void aPublicAllowedHostPasses() {
        var policy = new ProviderUrlPolicy(allowed, false, resolver);

        assertThat(policy.check(new ProviderUrl("https://api.openai.com/v1")).value())
                .isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void aHostOffTheAllowListIsRefusedWithoutBeingLookedUp() {
        var policy = new ProviderUrlPolicy(allowed, true, resolver);

        assertThatThrownBy(() -> policy.check(new ProviderUrl("https://evil.test/v1")))
                .isInstanceOf(InvalidValueException.class).extracting("code").isEqualTo("base-url.host-not-allowed");
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void withoutTheSwitchAnyPrivateResolvedAddressIsRefused() {
        var policy = new ProviderUrlPolicy(allowed, false, resolver);

        for (String url : List.of("http://llm.example.com", "http://ollama.example.com:11434", "http://v6.example.com",
                "http://meta.example.com/latest", "http://127.0.0.1:11434", "http://[::1]:11434")) {
            assertThatThrownBy(() -> policy.check(new ProviderUrl(url))).as(url)
                    .isInstanceOf(InvalidValueException.class).extracting("code")
                    .isEqualTo("base-url.private-address");
        }
    }

    @Test
    void theSwitchLetsPrivateAddressesThroughButNotHostsOffTheList() {
        var policy = new ProviderUrlPolicy(allowed, true, resolver);

        assertThat(policy.check(new ProviderUrl("http://ollama.example.com:11434")).host())
                .isEqualTo("ollama.example.com");
        assertThat(policy.check(new ProviderUrl("http://[::1]:11434")).host()).isEqualTo("::1");
        assertThatThrownBy(() -> policy.check(new ProviderUrl("http://10.0.0.1")))
                .extracting("code").isEqualTo("base-url.host-not-allowed");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        var policy = new ProviderUrlPolicy(allowed, false, resolver);

        assertThatThrownBy(() -> policy.check(new ProviderUrl("https://nowhere.example.com")))
                .extracting("code").isEqualTo("base-url.unresolvable");
    }

    @Test
    void onlyHttpUrlsWithoutCredentialsAreProviderUrls() {
        for (String url : List.of("ftp://api.openai.com", "file:///etc/passwd", "api.openai.com/v1",
                "https://user:pw@api.openai.com", "https://api.openai.com/v1?key=x", "gopher://127.0.0.1")) {
            assertThatThrownBy(() -> new ProviderUrl(url)).as(url).isInstanceOf(InvalidValueException.class)
                    .extracting("code").isEqualTo("base-url.invalid");
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void refusalsNameTheEnvironmentVariableThatLiftsThem() {
        var strict = new ProviderUrlPolicy(allowed, false, resolver);

        assertThatThrownBy(() -> strict.check(new ProviderUrl("https://evil.test/v1")))
                .hasMessageContaining("BLOGFLOW_LLM_ALLOWED_HOSTS");
        assertThatThrownBy(() -> strict.check(new ProviderUrl("http://127.0.0.1:11434")))
                .hasMessageContaining("BLOGFLOW_LLM_ALLOW_PRIVATE_NETWORKS=true");
    }
}
