package io.blogflow.analytics.adapter.useragent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaxMindCountryLocatorTest {

    @TempDir
    Path dir;

    @Test
    void addressesInTheDatabaseHaveTheirCountryAndOthersNone() throws Exception {
        Path database = dir.resolve("GeoLite2-Country-Test.mmdb");
        Files.write(database, new MmdbWriter().add("81.2.69.0/24", "GB").add("89.160.20.112/28", "SE")
                .add("2.125.160.0/19", "DE").write());

        try (MaxMindCountryLocator locator = new MaxMindCountryLocator(database)) {
            assertThat(locator.countryOf("81.2.69.142")).contains("GB");
            assertThat(locator.countryOf("89.160.20.120")).contains("SE");
            assertThat(locator.countryOf("2.125.170.1")).contains("DE");
            assertThat(locator.countryOf("89.160.20.200")).isEmpty();
            assertThat(locator.countryOf("10.0.0.1")).isEmpty();
            assertThat(locator.countryOf("not-an-address.example")).isEmpty();
            assertThat(locator.countryOf(null)).isEmpty();
        }
    }
}
