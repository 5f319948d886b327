package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * PostgreSQL cannot store the NUL character in text or JSON, so a {@code \u0000} anywhere in a JSON body is refused
 * while it is decoded, as a field error, instead of failing at the database with a 500. Every request DTO, merge
 * patch and free-form JSON tree goes through these two deserializers.
 */
@Singleton
public class NulFreeJson implements ObjectMapperCustomizer {

    static final String NUL = "\u0000";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-json")
                .addDeserializer(String.class, new NulFreeString())
                .addDeserializer(JsonNode.class, new NulFreeTree()));
    }

    static boolean hasNul(String text) {
        return text != null && text.contains(NUL);
    }

    private static NulCharacterException refused(JsonParser parser, String value) {
        return new NulCharacterException(parser, value);
    }

    /** A text value holding U+0000: answered as the field error {@code invalid-character}. */
    static final class NulCharacterException extends InvalidFormatException {

        NulCharacterException(JsonParser parser, String value) {
            super(parser, "The NUL character (U+0000) is not accepted in text.", value, String.class);
        }
    }

    private static final class NulFreeString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (hasNul(value)) {
                throw refused(parser, value);
            }
            return value;
        }
    }

    private static final class NulFreeTree extends JsonDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            if (containsNul(tree)) {
                throw refused(parser, "");
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return JsonNodeDeserializer.getDeserializer(JsonNode.class).getNullValue(context);
        }

        private static boolean containsNul(JsonNode node) {
            if (node.isTextual()) {
                return hasNul(node.textValue());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (hasNul(field.getKey()) || containsNul(field.getValue())) {
                    return true;
                }
            }
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (containsNul(element)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
