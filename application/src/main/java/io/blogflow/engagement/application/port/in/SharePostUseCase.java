package io.blogflow.engagement.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.domain.ShareNetwork;

/** A reader shared a published post on a network: counted (not deduplicated: every share is one). */
public interface SharePostUseCase {

    /** @return the post's share count after this one */
    long share(SharePost command);

    /**
     * @param client    the reader's address (rate limit; analytics derives an anonymous visitor id and, without a
     *                  country, the country from it; never stored)
     * @param userAgent their User-Agent, may be null
     * @param country   the ISO country code a trusted proxy gave, may be null
     */
    record SharePost(PostId post, ShareNetwork network, String client, String userAgent, String country) {

        public SharePost(PostId post, ShareNetwork network, String client) {
            this(post, network, client, null, null);
        }
    }
}
