package io.blogflow.analytics.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Which parts are kept and used again; the database's state comes from a fake connection. */
class KeptPartsTest {

    private final AtomicLong state = new AtomicLong(7);
    private final AtomicLong events = new AtomicLong(100);
    private final Connection connection = connection(state, events);
    private final KeptParts parts = new KeptParts(KeptParts.State::rollups);
    private final AtomicInteger reads = new AtomicInteger();

    private record Part(String name, int rows) implements KeptParts.Weighed {
    }

    private Part read(String name, int rows) throws Exception {
        return read(parts, name, rows);
    }

    private Part read(KeptParts kept, String name, int rows) throws Exception {
        return kept.get(connection, KeptParts.state(connection, "SET x = 0"), name, c -> {
            reads.incrementAndGet();
            return new Part(name + "@" + state.get(), rows);
        });
    }

    @Test
    void aPartIsReadOnceAndUsedAgainWhileTheStateStays() throws Exception {
        assertThat(read("summary", 0)).isEqualTo(new Part("summary@7", 0));
        assertThat(read("summary", 0)).isEqualTo(new Part("summary@7", 0));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aNewStateReadsAgainAndDropsTheOlderParts() throws Exception {
        read("summary", 0);
        read("series", 0);
        state.set(8);
        assertThat(read("summary", 0)).isEqualTo(new Part("summary@8", 0));
        assertThat(reads).hasValue(3);
        assertThat(parts.size()).isOne();
    }

    @Test
    void aPartReadWhileTheStateMovedIsNotKept() throws Exception {
        Part moved = parts.get(connection, new KeptParts.State(7, 100), "summary", c -> {
            state.set(8);
            return new Part("summary@8", 0);
        });
        assertThat(moved.name()).isEqualTo("summary@8");
        assertThat(parts.size()).isZero();
    }

    @Test
    void aReaderBehindTheKeptStateReadsForItselfAndKeepsNothing() throws Exception {
        state.set(9);
        read("summary", 0);
        Part behind = parts.get(connection, new KeptParts.State(8, 100), "summary", c -> new Part("summary@8", 0));
        assertThat(behind.name()).isEqualTo("summary@8");
        assertThat(read("summary", 0).name()).isEqualTo("summary@9");
        assertThat(reads).hasValue(1);
    }

    @Test
    void partsBeyondTheCapacityAreReadEachTime() throws Exception {
        read("large", (int) KeptParts.CAPACITY);
        read("large", (int) KeptParts.CAPACITY);
        read("small", 10);
        read("small", 10);
        assertThat(reads).hasValue(3);
        assertThat(parts.size()).isOne();
    }

    @Test
    void rolledPartsOutliveNewRawEventsAndWholeAnswersDoNot() throws Exception {
        KeptParts answers = new KeptParts(KeptParts.State::rollupsAndEvents);
        read("rolled", 0);
        read(answers, "answer", 0);
        events.incrementAndGet();
        read("rolled", 0);
        read(answers, "answer", 0);
        assertThat(reads).hasValue(3);
        state.incrementAndGet();
        read(answers, "answer", 0);
        assertThat(reads).hasValue(4);
    }

    /** A connection whose every query answers the state, one row: the rollups' count, then the raw events'. */
    private static Connection connection(AtomicLong state, AtomicLong events) {
        ResultSet result = proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> true;
            case "getLong" -> (Integer) args[0] == 1 ? state.get() : events.get();
            default -> null;
        });
        AtomicInteger results = new AtomicInteger();
        Statement statement = proxy(Statement.class, (method, args) -> switch (method) {
            case "execute" -> {
                results.set(0);
                yield false;
            }
            case "getMoreResults" -> results.incrementAndGet() == 1;
            case "getResultSet", "executeQuery" -> result;
            default -> null;
        });
        return proxy(Connection.class, (method, args) -> method.equals("createStatement") ? statement : null);
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(KeptPartsTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
