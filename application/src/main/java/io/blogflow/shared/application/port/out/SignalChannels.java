package io.blogflow.shared.application.port.out;

import java.time.Duration;
import java.util.List;

/**
 * Signals on named channels, heard by every instance: a signal sent in a transaction reaches every subscriber of its
 * channel, on every instance, when that transaction commits (and never if it rolls back). One listener per instance
 * serves every channel, so a context that needs signals subscribes instead of holding a connection of its own.
 */
public interface SignalChannels {

    /**
     * Hands the channel's signals to {@code subscriber} until the subscription is cancelled. Channel names are lower
     * case letters, digits and underscores.
     *
     * @param idleTick how long the subscriber may go without a signal before it is told {@link Subscriber#idle()},
     *                 so that whatever a missed signal would have started is caught up; null for never
     */
    Subscription subscribe(String channel, Duration idleTick, Subscriber subscriber);

    /** What a subscriber does with its channel's signals. Called on the listener's own thread: return quickly. */
    interface Subscriber {

        /** Signals arrived, with their payloads in commit order. */
        void signalled(List<String> payloads);

        /** Signals may have been missed (listening just began, or the connection was lost): catch up. */
        void mayHaveMissedSignals();

        /**
         * Listening stopped (the connection was lost): signals are missed until it begins again, when
         * {@link #mayHaveMissedSignals()} follows. By default that catch-up happens now too.
         */
        default void stoppedListening() {
            mayHaveMissedSignals();
        }

        /** No signal for the subscription's idle tick. */
        default void idle() {
        }
    }

    /** Stops the signals to one subscriber. */
    interface Subscription {

        void cancel();
    }
}
