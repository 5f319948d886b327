package io.blogflow.engagement.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.ShareNetwork;

/**
 * Where a counted share is also told as an analytics event ({@code share}, with the network), when an analytics
 * context exists. Told after the share is committed; a failure here never takes the share back.
 */
public interface ShareEvents {

    /**
     * @param client    the reader's address, used by analytics only to derive an anonymous visitor id
     * @param userAgent the reader's User-Agent (robots are not counted by analytics), may be null
     */
    void shared(PostId post, ShareNetwork network, String client, String userAgent);

    ShareEvents NONE = (post, network, client, userAgent) -> {
    };
}
