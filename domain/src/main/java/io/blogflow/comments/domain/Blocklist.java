package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an admin refuses in comments: words (whole words, case-insensitive, in the body, name or website), domains
 * (of links in the body, of the website, of the email; subdomains included) and addresses (email addresses or IP
 * addresses of the sender). Entries are normalised to lower case.
 */
public record Blocklist(Set<String> words, Set<String> domains, Set<String> addresses) {

    public static final int MAX_ENTRIES = 5000;
    public static final int MAX_ENTRY_LENGTH = 254;
    public static final Blocklist EMPTY = new Blocklist(Set.of(), Set.of(), Set.of());

    public Blocklist {
        words = normalise("words", words);
        domains = normalise("domains", domains);
        addresses = normalise("addresses", addresses);
    }

    private static Set<String> normalise(String field, Set<String> entries) {
        Set<String> normalised = new TreeSet<>();
        for (String entry : entries == null ? Set.<String>of() : entries) {
            String value = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.length() > MAX_ENTRY_LENGTH || value.chars().anyMatch(Character::isWhitespace)
                    && !field.equals("words")) {
                throw new InvalidValueException(field + ".invalid",
                        field + " entries are non-blank, at most " + MAX_ENTRY_LENGTH + " characters"
                                + (field.equals("words") ? "." : ", without spaces."));
            }
            normalised.add(value);
        }
        if (normalised.size() > MAX_ENTRIES) {
            throw new InvalidValueException(field + ".too-many", field + " has at most " + MAX_ENTRIES + " entries.");
        }
        return Set.copyOf(normalised);
    }

    /** The reasons this submission is blocked (e.g. {@code blocklist-word}), empty when nothing matches. */
    public List<String> matches(String text, List<String> hosts, Optional<String> email, Optional<String> ip) {
        List<String> reasons = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)
                + "(?![\\p{L}\\p{N}])").matcher(lower).find())) {
            reasons.add("blocklist-word");
        }
        List<String> allHosts = new ArrayList<>(hosts);
        email.map(address -> address.substring(address.indexOf('@') + 1)).ifPresent(allHosts::add);
        if (allHosts.stream().anyMatch(this::blockedHost)) {
            reasons.add("blocklist-domain");
        }
        if (email.filter(addresses::contains).isPresent() || ip.filter(addresses::contains).isPresent()) {
            reasons.add("blocklist-address");
        }
        return reasons;
    }

    private boolean blockedHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
    }
}
