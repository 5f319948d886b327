package io.blogflow.engagement.adapter.crypto;

import io.blogflow.engagement.application.port.out.PersonalDataCipher;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.shared.adapter.crypto.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Subscribers' addresses and names sealed with AES-256-GCM, bound to the subscriber by the associated data. */
public final class AesGcmPersonalDataCipher implements PersonalDataCipher {

    private final AesGcm aes;

    public AesGcmPersonalDataCipher(byte[] key) {
        this.aes = new AesGcm(key, new SecureRandom());
    }

    @Override
    public byte[] seal(String plaintext, SubscriberId owner) {
        return aes.seal(plaintext.getBytes(StandardCharsets.UTF_8), owner(owner));
    }

    @Override
    public String open(byte[] sealed, SubscriberId owner) {
        return new String(aes.open(sealed, owner(owner)), StandardCharsets.UTF_8);
    }

    private static byte[] owner(SubscriberId owner) {
        return ("newsletter-subscriber:" + owner.value()).getBytes(StandardCharsets.UTF_8);
    }
}
