package io.blogflow.shared.bootstrap;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that keeps a stub's answer back until the test lets it go, so "while the provider is still
 * answering" is a state the test controls rather than a fixed delay it races. A stub opts in with
 * {@code .withTransformers(HeldResponses.NAME)}; the test {@link #hold()}s, waits until {@link #arrived()}, acts,
 * then {@link #release()}s. Register it with {@code options().extensions(held)}.
 */
public final class HeldResponses implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "held-responses";
    /** A safety net: a test that never releases fails its call instead of hanging the build. */
    private static final long LONGEST_HOLD_SECONDS = 120;

    private final AtomicInteger arrived = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** From now on, answers of opted-in stubs wait for {@link #release()}. */
    public void hold() {
        arrived.set(0);
        gate = new CountDownLatch(1);
    }

    /** Lets every held answer (and later ones) go. */
    public void release() {
        gate.countDown();
    }

    /** How many requests reached an opted-in stub since {@link #hold()}. */
    public int arrived() {
        return arrived.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        arrived.incrementAndGet();
        try {
            if (!gate.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held response");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the response", e);
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
