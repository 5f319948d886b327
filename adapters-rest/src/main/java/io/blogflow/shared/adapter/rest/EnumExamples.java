package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps the examples of the operations in step with an enumeration that a run-time filter sets (the registered
 * provider types, say): the build-time examples were made before it existed, so a member of that name whose value
 * is not one of the enumeration gets the first one. Only bodies whose schema uses the changed schema are touched.
 */
public final class EnumExamples {

    private static final String REF_PREFIX = "#/components/schemas/";

    private EnumExamples() {
    }

    public static void conform(OpenAPI openApi, String schemaName, String property) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema target = schemas.get(schemaName);
        Schema member = target == null || target.getProperties() == null ? null : target.getProperties().get(property);
        if (member == null || member.getEnumeration() == null || member.getEnumeration().isEmpty()
                || openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        List<Object> allowed = member.getEnumeration();
        Set<String> users = users(schemas, schemaName);
        openApi.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .flatMap(EnumExamples::mediaTypes)
                .filter(media -> media.getSchema() != null && users.contains(name(media.getSchema())))
                .forEach(media -> {
                    conform(media.getExample(), property, allowed);
                    if (media.getExamples() != null) {
                        media.getExamples().values().forEach(example -> conform(example.getValue(), property,
                                allowed));
                    }
                });
    }

    /** The named schema and every schema that refers to it, directly or through others. */
    private static Set<String> users(Map<String, Schema> schemas, String schemaName) {
        Set<String> users = new HashSet<>(Set.of(schemaName));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var entry : schemas.entrySet()) {
                if (!users.contains(entry.getKey()) && refs(entry.getValue(), 0).anyMatch(users::contains)) {
                    grew = users.add(entry.getKey());
                }
            }
        }
        return users;
    }

    private static Stream<String> refs(Schema schema, int depth) {
        if (schema == null || depth > 4) {
            return Stream.empty();
        }
        Stream<Schema> children = Stream.concat(Stream.ofNullable(schema.getItems()),
                schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream());
        return Stream.concat(Stream.ofNullable(name(schema)), children.flatMap(child -> refs(child, depth + 1)));
    }

    /** The component a schema names ({@code $ref}, or its array items' {@code $ref}). */
    private static String name(Schema schema) {
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            return schema.getRef().substring(REF_PREFIX.length());
        }
        return schema.getItems() == null || schema.getItems().getRef() == null ? null
                : name(schema.getItems());
    }

    private static Stream<MediaType> mediaTypes(Operation operation) {
        Stream<MediaType> request = operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null ? Stream.empty()
                : operation.getRequestBody().getContent().getMediaTypes().values().stream();
        Stream<MediaType> responses = operation.getResponses() == null
                || operation.getResponses().getAPIResponses() == null ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                .flatMap(response -> response.getContent().getMediaTypes().values().stream());
        return Stream.concat(request, responses).filter(Objects::nonNull);
    }

    @SuppressWarnings("unchecked")
    private static void conform(Object example, String property, List<Object> allowed) {
        if (example instanceof Map<?, ?> map) {
            Object value = map.get(property);
            if (value instanceof String && !allowed.contains(value)) {
                ((Map<String, Object>) map).put(property, allowed.get(0));
            }
            map.values().forEach(child -> conform(child, property, allowed));
        } else if (example instanceof List<?> list) {
            list.forEach(child -> conform(child, property, allowed));
        } else if (example instanceof ObjectNode node) {
            if (node.get(property) instanceof TextNode text && !allowed.contains(text.asText())) {
                node.put(property, String.valueOf(allowed.get(0)));
            }
            node.elements().forEachRemaining(child -> conform(child, property, allowed));
        } else if (example instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> conform(child, property, allowed));
        }
    }
}
