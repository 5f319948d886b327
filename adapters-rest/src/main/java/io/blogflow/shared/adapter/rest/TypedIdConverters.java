package io.blogflow.shared.adapter.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed ids as path parameters: a resource method takes {@code @PathParam("id") ModelId id} instead of a string it
 * parses itself. A malformed id names nothing, so it is the same problem as an unknown one: the id type's own
 * not-found (404, e.g. {@code llm-model-not-found}), raised before the method runs. Each context registers its ids
 * in a {@code @Provider} subclass; the OpenAPI document shows them as {@code string}/{@code uuid}
 * ({@code mp.openapi.schema.*} in the application's configuration).
 */
public abstract class TypedIdConverters implements ParamConverterProvider {

    /** How one id type is made from its UUID and read back, and what a malformed one is. */
    public record TypedId<T>(Class<T> type, Function<UUID, T> wrap, Function<T, UUID> unwrap,
                             Function<String, ? extends RuntimeException> notFound) {
    }

    private final Map<Class<?>, TypedId<?>> ids;

    protected TypedIdConverters(TypedId<?>... ids) {
        this.ids = Arrays.stream(ids).collect(Collectors.toUnmodifiableMap(TypedId::type, Function.identity()));
    }

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        TypedId<T> id = idOf(rawType, annotations);
        return id == null ? null : new Converter<>(id);
    }

    /**
     * How a parameter of {@code type} is made, or null when it is not one of these ids. A context whose id type
     * names several kinds of thing chooses by the parameter's annotations (the workflow's items by their level).
     */
    @SuppressWarnings("unchecked")
    protected <T> TypedId<T> idOf(Class<T> type, Annotation[] annotations) {
        return (TypedId<T>) ids.get(type);
    }

    private record Converter<T>(TypedId<T> id) implements ParamConverter<T> {

        @Override
        public T fromString(String raw) {
            if (raw == null) {
                throw new IllegalArgumentException("no " + id.type().getSimpleName() + " given");
            }
            try {
                return id.wrap().apply(UUID.fromString(raw));
            } catch (IllegalArgumentException malformed) {
                throw id.notFound().apply(raw);
            }
        }

        @Override
        public String toString(T value) {
            return id.unwrap().apply(value).toString();
        }
    }
}
