package io.blogflow.analytics.adapter.useragent;

import io.blogflow.analytics.application.port.out.UserAgentClassifier;
import io.blogflow.analytics.domain.ClientClass;

/** A classifier whose parser rules take a while to build: they can be built ahead of the first classification. */
public interface PreloadedUserAgentClassifier extends UserAgentClassifier {

    /** A request without a user agent: no person's browser sends none. */
    ClientClass NO_USER_AGENT = new ClientClass("Unknown", "Unknown", "other", true);

    /** Starts building the rules on a thread of their own (once); classifications wait for them. */
    void loadInBackground();

    /** Once the rules are loaded; before, a classification waits for them (a second or more after start). */
    @Override
    boolean ready();
}
