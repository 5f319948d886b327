package io.blogflow.identity.bootstrap;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords the application makes up itself (the first admin's, a reset one): 144 random bits, URL-safe text. */
final class GeneratedPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
