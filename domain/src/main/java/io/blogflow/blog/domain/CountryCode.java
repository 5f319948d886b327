package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case: the country a post is targeted at. */
public record CountryCode(String code) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code)) {
            throw new InvalidValueException("geo-target-country.invalid",
                    "geoTargetCountry must be an ISO 3166-1 alpha-2 country code such as GB or DE.");
        }
    }

    /** {@code null} for an absent or blank value. */
    public static CountryCode optional(String code) {
        return code == null || code.isBlank() ? null : new CountryCode(code);
    }
}
