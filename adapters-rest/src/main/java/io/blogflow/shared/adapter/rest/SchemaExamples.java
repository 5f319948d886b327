package io.blogflow.shared.adapter.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A plausible example value built from a schema: declared examples, defaults and enumerations first, then a value
 * of the type and format that keeps to the schema's pattern, length and range. Named schemas are followed through
 * {@code $ref} (objects and arrays not deeper than {@link #MAX_DEPTH}, so recursive schemas end); an object is
 * complete with its required properties or left out.
 */
final class SchemaExamples {

    private static final int MAX_DEPTH = 5;
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Components components;

    SchemaExamples(Components components) {
        this.components = components;
    }

    Object of(Schema schema) {
        return of(schema, "value", 0);
    }

    private Object of(Schema schema, String name, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            Schema target = named(schema.getRef());
            // a named scalar (UUID, Instant) ends the walk itself: only objects and arrays count towards the depth
            boolean scalar = target != null && target.getProperties() == null && target.getItems() == null;
            return of(target, name, scalar ? depth : depth + 1);
        }
        Object declared = declared(schema);
        if (declared != null) {
            return declared;
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(),
                schema.getAnyOf())) {
            if (composed != null && !composed.isEmpty()) {
                return of(composed.get(0), name, depth + 1);
            }
        }
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (schema.getProperties() != null || types.contains(SchemaType.OBJECT)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, value) -> {
                    Object example = of(value, property, depth + 1);
                    if (example != null) {
                        object.put(property, example);
                    }
                });
            }
            // an object without one of its required properties would be an invalid example: better none (an array
            // of them is then empty)
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            return object.keySet().containsAll(required) ? object : null;
        }
        if (types.contains(SchemaType.ARRAY)) {
            Object item = of(schema.getItems(), name, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(SchemaType.INTEGER)) {
            return within(schema, 1).intValue();
        }
        if (types.contains(SchemaType.NUMBER)) {
            return within(schema, 1.5).doubleValue();
        }
        if (types.contains(SchemaType.BOOLEAN)) {
            return true;
        }
        return types.contains(SchemaType.STRING) ? text(schema, name) : null;
    }

    /** The wanted number, moved into the schema's minimum and maximum. */
    private static BigDecimal within(Schema schema, double wanted) {
        BigDecimal value = BigDecimal.valueOf(wanted);
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    /**
     * A string of the format that fits the schema's pattern and length: the plain example first, then a slug-like
     * and a code-like one, then the pattern's first alternative; none (the member is left out) when nothing fits.
     */
    private static String text(Schema schema, String name) {
        String plain = text(schema.getFormat(), name);
        if (plain == null || schema.getPattern() == null && schema.getMaxLength() == null
                && schema.getMinLength() == null) {
            return plain;
        }
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>(List.of(plain, "example-" + kebab, kebab, "EUR",
                schema.getPattern() == null ? "" : schema.getPattern().split("\\|")[0].replaceAll("[\\^$()]", "")));
        return candidates.stream().filter(candidate -> fits(schema, candidate)).findFirst().orElse(null);
    }

    private static boolean fits(Schema schema, String candidate) {
        return (schema.getPattern() == null || Pattern.compile(schema.getPattern()).matcher(candidate).find())
                && (schema.getMaxLength() == null || candidate.length() <= schema.getMaxLength())
                && (schema.getMinLength() == null || candidate.length() >= schema.getMinLength());
    }

    private static Object declared(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        return schema.getEnumeration() == null || schema.getEnumeration().isEmpty() ? null
                : schema.getEnumeration().get(0);
    }

    private Schema named(String ref) {
        if (components == null || components.getSchemas() == null || !ref.startsWith(REF_PREFIX)) {
            return null;
        }
        return components.getSchemas().get(ref.substring(REF_PREFIX.length()));
    }

    private static String text(String format, String name) {
        if (format == null) {
            return name.toLowerCase(Locale.ROOT).contains("email") ? "ada@example.com" : "example " + name;
        }
        return switch (format) {
            case "uuid" -> "3f1c2a9e-5b7d-4c1e-9a2f-6d8e0b4c7a11";
            case "date-time" -> "2026-01-05T10:00:00Z";
            case "date" -> "2026-01-05";
            case "local-time", "time" -> "09:30:00";
            case "duration" -> "PT10M";
            case "uri", "url" -> "https://blog.example.com/posts/hello";
            case "email" -> "ada@example.com";
            case "binary", "byte" -> null;
            default -> "example " + name;
        };
    }
}
