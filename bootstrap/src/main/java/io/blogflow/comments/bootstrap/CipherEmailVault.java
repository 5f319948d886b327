package io.blogflow.comments.bootstrap;

import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.EmailFingerprint;
import io.blogflow.comments.domain.SealedEmail;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.SealedSecret;
import java.nio.charset.StandardCharsets;

/**
 * Commenters' emails sealed with the application's secret cipher (AES-256-GCM), bound to their comment's id, and
 * fingerprinted with HMAC-SHA256 under a key of the comments context.
 */
final class CipherEmailVault implements EmailVault {

    private final SecretCipher cipher;
    private final byte[] fingerprintKey;

    CipherEmailVault(SecretCipher cipher, byte[] fingerprintKey) {
        this.cipher = cipher;
        this.fingerprintKey = fingerprintKey.clone();
    }

    @Override
    public SealedEmail seal(AuthorEmail email, CommentId owner) {
        return new SealedEmail(cipher.seal(email.value(), associated(owner)).bytes());
    }

    @Override
    public AuthorEmail open(SealedEmail sealed, CommentId owner) {
        return new AuthorEmail(cipher.open(new SealedSecret(sealed.bytes()), associated(owner)));
    }

    @Override
    public EmailFingerprint fingerprint(AuthorEmail email) {
        return new EmailFingerprint(CommentKeys.hex(CommentKeys.hmac(fingerprintKey, email.value())));
    }

    private static byte[] associated(CommentId owner) {
        return ("comment:" + owner.value()).getBytes(StandardCharsets.UTF_8);
    }
}
