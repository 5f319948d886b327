package io.blogflow.llm.adapter.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Carries a streamed answer from the thread parsing the response to the caller's thread: the pieces, in order, are
 * handed to the caller's consumer on the caller's own thread (its context, and a slow or failing consumer never stalls
 * the parser), and the caller waits no longer than the call's timeout. Notes when the first piece arrived.
 */
final class StreamedAnswer implements StreamingChatResponseHandler {

    private static final Object BODY_ENDED = new Object();

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final long startedNanos;
    private volatile long firstPieceNanos;

    StreamedAnswer(long startedNanos) {
        this.startedNanos = startedNanos;
    }

    @Override
    public void onPartialResponse(String piece) {
        if (firstPieceNanos == 0) {
            firstPieceNanos = System.nanoTime();
        }
        events.add(piece);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        events.add(response);
    }

    @Override
    public void onError(Throwable error) {
        events.add(new Failed(error));
    }

    /** The body was read to its end; if no complete answer came before this, none will. */
    void bodyEnded() {
        events.add(BODY_ENDED);
    }

    /**
     * @throws TimeoutException when the timeout passes first
     * @throws ConsumerFailed   wrapping what the caller's consumer threw, so it is not mistaken for a provider failure
     */
    ChatResponse await(Duration timeout, Consumer<String> tokens) throws TimeoutException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new TimeoutException("no complete answer within " + timeout);
            } else if (event instanceof String piece) {
                try {
                    tokens.accept(piece);
                } catch (RuntimeException e) {
                    throw new ConsumerFailed(e);
                }
            } else if (event instanceof ChatResponse response) {
                return response;
            } else if (event instanceof Failed failed) {
                throw new CompletionException(failed.error());
            } else {
                throw new IllegalStateException("the stream ended before the answer was complete");
            }
        }
    }

    /** From request start to the first piece of text; {@code null} when none came. */
    Duration timeToFirstToken() {
        long first = firstPieceNanos;
        return first == 0 ? null : Duration.ofNanos(first - startedNanos);
    }

    private record Failed(Throwable error) {
    }

    static final class ConsumerFailed extends RuntimeException {
        ConsumerFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
