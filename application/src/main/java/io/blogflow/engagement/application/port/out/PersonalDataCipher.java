package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.domain.SubscriberId;

/**
 * Seals a subscriber's personal data (address, name) at rest, bound to the subscriber: sealed bytes copied onto
 * another row do not open.
 */
public interface PersonalDataCipher {

    byte[] seal(String plaintext, SubscriberId owner);

    String open(byte[] sealed, SubscriberId owner);
}
