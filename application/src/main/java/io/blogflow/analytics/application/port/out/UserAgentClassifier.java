package io.blogflow.analytics.application.port.out;

import io.blogflow.analytics.domain.ClientClass;

/** Turns a User-Agent header into coarse classes (browser, OS, device) and recognises robots and headless browsers. */
public interface UserAgentClassifier {

    ClientClass classify(String userAgent);

    /** Whether {@link #classify} answers without waiting (for rules to load; by default: not known to). */
    default boolean ready() {
        return false;
    }
}
