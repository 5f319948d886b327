package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Function;

/**
 * The SSRF guard on provider URLs, applied when a provider is saved: the host must be on the allow-list, and unless
 * private networks are allowed (a local Ollama, tests) none of the addresses it resolves to may be non-public.
 * The allow-list is checked first, so a refused host is never even looked up. Applied again by the gateways right
 * before each call (DNS rebinding). Name resolution is the application's {@code HostResolver} port, handed in as a
 * function (host → every address it resolves to; empty when it does not resolve).
 */
public final class ProviderUrlPolicy {

    private final AllowedHosts allowedHosts;
    private final boolean allowPrivateNetworks;
    private final Function<String, List<InetAddress>> resolver;

    public ProviderUrlPolicy(AllowedHosts allowedHosts, boolean allowPrivateNetworks,
                             Function<String, List<InetAddress>> resolver) {
        this.allowedHosts = allowedHosts;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /** @throws InvalidValueException with code base-url.host-not-allowed, base-url.unresolvable or base-url.private-address */
    public ProviderUrl check(ProviderUrl url) {
        String host = url.host();
        if (!allowedHosts.allows(host)) {
            throw new InvalidValueException("base-url.host-not-allowed", "The host '" + host
                    + "' is not on the allow-list of provider hosts: add it to BLOGFLOW_LLM_ALLOWED_HOSTS "
                    + "(blogflow.llm.allowed-hosts).");
        }
        if (allowPrivateNetworks) {
            return url;
        }
        List<InetAddress> addresses = resolver.apply(host);
        if (addresses.isEmpty()) {
            throw new InvalidValueException("base-url.unresolvable", "The host '" + host + "' does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (NetworkAddresses.isNonPublic(address)) {
                throw new InvalidValueException("base-url.private-address", "The host '" + host
                        + "' resolves to a private, loopback or link-local address (" + address.getHostAddress()
                        + "); such providers need BLOGFLOW_LLM_ALLOW_PRIVATE_NETWORKS=true "
                        + "(blogflow.llm.allow-private-networks).");
            }
        }
        return url;
    }
}
