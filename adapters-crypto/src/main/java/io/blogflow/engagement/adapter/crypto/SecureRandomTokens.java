package io.blogflow.engagement.adapter.crypto;

import io.blogflow.engagement.application.port.out.TokenSource;
import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits from the platform's strong generator, base64url without padding (43 characters). */
public final class SecureRandomTokens implements TokenSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
