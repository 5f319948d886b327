package io.blogflow.comments.bootstrap;

import io.blogflow.blog.domain.PostId;
import io.blogflow.comments.application.port.out.FormTokens;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Stateless form tokens {@code <issued epoch second>.<HMAC-SHA256(post | second), base64url>}: nothing is stored,
 * a token only works for the post it was issued for and cannot be back-dated without the key.
 */
final class HmacFormTokens implements FormTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    HmacFormTokens(byte[] key) {
        this.key = key.clone();
    }

    @Override
    public String issue(PostId post, Instant at) {
        long second = at.getEpochSecond();
        return second + "." + ENCODER.encodeToString(signature(post, second));
    }

    @Override
    public Optional<Instant> issuedAt(PostId post, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            long second = Long.parseLong(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return CommentKeys.sameBytes(given, signature(post, second))
                    ? Optional.of(Instant.ofEpochSecond(second)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(PostId post, long second) {
        return CommentKeys.hmac(key, post.value() + "|" + second);
    }
}
