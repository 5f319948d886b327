package io.blogflow.engagement.application.port.out;

import io.blogflow.engagement.application.port.in.SharePostUseCase.SharePost;

/**
 * Where a counted share is also told as an analytics event ({@code share}, with the network), when an analytics
 * context exists. Told after the share is committed; a failure here never takes the share back.
 */
public interface ShareEvents {

    /** The share as the reader sent it: post, network, and their address, User-Agent and country for analytics. */
    void shared(SharePost share);

    ShareEvents NONE = share -> {
    };
}
