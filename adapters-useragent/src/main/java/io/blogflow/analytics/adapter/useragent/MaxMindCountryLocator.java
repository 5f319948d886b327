package io.blogflow.analytics.adapter.useragent;

import com.maxmind.db.CHMCache;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import io.blogflow.analytics.application.port.out.CountryLocator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Countries from a MaxMind GeoLite2/GeoIP2 Country (or City) database file, read with MaxMind's own library
 * (memory-mapped, lookups cached). Only literal addresses are looked up: nothing is ever resolved by DNS.
 */
public final class MaxMindCountryLocator implements CountryLocator, Closeable {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final DatabaseReader reader;

    public MaxMindCountryLocator(Path database) {
        try {
            this.reader = new DatabaseReader.Builder(database.toFile()).withCache(new CHMCache()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the GeoIP database " + database, e);
        }
    }

    @Override
    public Optional<String> countryOf(String ip) {
        if (ip == null || !LITERAL.matcher(ip).matches()) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(ip);
            return reader.tryCountry(address).map(found -> found.getCountry().getIsoCode());
        } catch (IOException | GeoIp2Exception | RuntimeException e) {
            return Optional.empty(); // unknown, malformed, or an IPv6 address in an IPv4-only database
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
