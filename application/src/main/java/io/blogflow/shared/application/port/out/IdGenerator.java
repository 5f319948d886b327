package io.blogflow.shared.application.port.out;

import java.util.UUID;

/** New identities: time-ordered (UUIDv7) in production so primary-key indexes stay compact. */
public interface IdGenerator {

    UUID newId();
}
