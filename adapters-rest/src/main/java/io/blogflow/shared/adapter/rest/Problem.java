package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blogflow.shared.domain.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, extended with a machine {@code code}, the request id and field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "Stable URI identifying the problem type.",
                examples = "https://blogflow.io/problems/validation-failed") String type,
        @Schema(description = "Short, human-readable summary of the problem type.") String title,
        @Schema(description = "HTTP status code.") int status,
        @Schema(description = "Explanation specific to this occurrence.") String detail,
        @Schema(description = "The request path this problem occurred on.") String instance,
        @Schema(description = "Machine-readable code, stable across releases.", examples = "validation-failed")
        String code,
        @Schema(description = "Id of the request (also in the X-Request-Id header and the logs).") String requestId,
        @Schema(description = "Field errors, for validation problems.") List<FieldError> errors,
        @Schema(description = "Current version of the resource, for stale-version problems.") Long currentVersion,
        @Schema(description = "For quota-exceeded: the metric whose limit is used up.", examples = "ai_runs")
        String metric,
        @Schema(description = "For quota-exceeded: the plan's limit for the metric.", examples = "50") Long limit,
        @Schema(description = "For quota-exceeded: what is used (and reserved by calls in flight).", examples = "50")
        Long used,
        @Schema(description = "For quota-exceeded: when the usage starts over (absent for storage and seats).")
        java.time.Instant resetsAt,
        @Schema(description = "For quota-exceeded: where to upgrade.", examples = "/api/v1/billing/plans")
        String upgradeUrl) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://blogflow.io/problems/";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, null, code, null, null, null, null, null, null,
                null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, requestId, fieldErrors, currentVersion, metric,
                limit, used, resetsAt, upgradeUrl);
    }

    public Problem withCurrentVersion(Long version) {
        return new Problem(type, title, status, detail, instance, code, requestId, errors, version, metric, limit,
                used, resetsAt, upgradeUrl);
    }

    public Problem at(String path, String id) {
        return new Problem(type, title, status, detail, path, code, id, errors, currentVersion, metric, limit, used,
                resetsAt, upgradeUrl);
    }

    /** The quota an account ran out of, as extension members. */
    public Problem withQuota(String quotaMetric, long quotaLimit, long quotaUsed, java.time.Instant quotaResetsAt,
                             String quotaUpgradeUrl) {
        return new Problem(type, title, status, detail, instance, code, requestId, errors, currentVersion, quotaMetric,
                quotaLimit, quotaUsed, quotaResetsAt, quotaUpgradeUrl);
    }
}
