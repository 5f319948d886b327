package io.blogflow.shared.adapter.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Payloads as JSON (readable in the jobs table and the admin API); unknown fields are ignored for older jobs. */
final class JobPayloads {

    private final ObjectMapper json;

    JobPayloads(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    }

    String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A job payload must serialise to JSON: " + e.getOriginalMessage(), e);
        }
    }

    <P> P read(String payload, Class<P> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + type.getSimpleName() + " payload: " + e.getOriginalMessage(),
                    e);
        }
    }
}
