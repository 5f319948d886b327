package io.blogflow.images.application.port.out;

import io.blogflow.shared.domain.UserId;

/** The media storage an account's plan allows: taken when an image is added, given back when it is deleted. */
public interface StorageQuota {

    /** Refuses early, before the bytes are stored, when they would not fit. */
    void requireRoom(UserId owner, long bytes);

    /**
     * Takes the bytes in the caller's transaction, under {@code key} (once).
     *
     * @throws io.blogflow.shared.domain.QuotaExceededException when they do not fit (the caller rolls back)
     */
    void take(UserId owner, long bytes, String key);

    /** Gives the bytes back in the caller's transaction. */
    void giveBack(UserId owner, long bytes, String key);
}
