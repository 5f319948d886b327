package io.blogflow.analytics.application.port.out;

import java.util.Optional;

/**
 * The country of a client address, looked up while the request is served (the address is never stored): a GeoIP
 * database when one is configured, else nothing.
 */
public interface CountryLocator {

    CountryLocator NONE = ip -> Optional.empty();

    /** @return the ISO 3166 two-letter code, if the address is known */
    Optional<String> countryOf(String ip);
}
