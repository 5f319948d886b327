package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.shared.domain.RateLimitedException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem response: no stack traces, no HTML, a stable type and code. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;

    private static final Map<DomainException.Kind, Integer> STATUS_BY_KIND = Map.ofEntries(
            Map.entry(DomainException.Kind.TOO_LARGE, 413),
            Map.entry(DomainException.Kind.UNSUPPORTED, 415),
            Map.entry(DomainException.Kind.INVALID, 400),
            Map.entry(DomainException.Kind.UNAUTHENTICATED, 401),
            Map.entry(DomainException.Kind.FORBIDDEN, 403),
            Map.entry(DomainException.Kind.NOT_FOUND, 404),
            Map.entry(DomainException.Kind.CONFLICT, 409),
            Map.entry(DomainException.Kind.STALE, 412),
            Map.entry(DomainException.Kind.RATE_LIMITED, 429),
            Map.entry(DomainException.Kind.PAYMENT_REQUIRED, 402),
            Map.entry(DomainException.Kind.UNAVAILABLE, 503));

    private static final Map<Integer, String> CODE_BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorized"), Map.entry(402, "payment-required"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "precondition-failed"), Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"), Map.entry(428, "precondition-required"),
            Map.entry(429, "too-many-requests"), Map.entry(503, "service-unavailable"));

    @ServerExceptionMapper
    public Response domain(DomainException e, ContainerRequestContext request) {
        Problem problem = problem(e);
        int status = problem.status();
        Response response = respond(problem, request);
        OptionalLong retryAfter = retryAfterSeconds(e);
        if (retryAfter.isPresent()) {
            return Response.fromResponse(response).header("Retry-After", retryAfter.getAsLong()).build();
        }
        return status == 401 ? challenge(response) : response;
    }

    /** When the client may try again (Retry-After): after a rate limit or while a dependency is full or away. */
    public static OptionalLong retryAfterSeconds(DomainException e) {
        if (e instanceof RateLimitedException limited) {
            return OptionalLong.of(limited.retryAfterSeconds());
        }
        if (e instanceof DependencyUnavailableException unavailable) {
            return OptionalLong.of(unavailable.retryAfterSeconds());
        }
        return OptionalLong.empty();
    }

    /** The problem a refusal of the domain is answered with (also where no response can carry it, e.g. in a stream). */
    public static Problem problem(DomainException e) {
        int status = STATUS_BY_KIND.get(e.kind());
        Problem problem = Problem.of(status, e.code(), reason(status), e.getMessage());
        if (e instanceof ValidationException invalid) {
            problem = problem.withErrors(invalid.errors());
        }
        if (e instanceof StaleVersionException stale && stale.currentVersion().isPresent()) {
            problem = problem.withCurrentVersion(stale.currentVersion().getAsLong());
        }
        if (e instanceof QuotaExceededException quota) {
            problem = problem.withQuota(quota.metric(), quota.limit(), quota.used(), quota.resetsAt(),
                    quota.upgradeUrl());
        }
        return problem;
    }

    /** No or an invalid/expired/revoked token on a protected endpoint. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        return challenge(respond(Problem.of(401, "unauthenticated", reason(401),
                "This endpoint needs a valid access token (Authorization: Bearer …) or API token."), request));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        String detail = e.getMessage() != null ? e.getMessage() : "Your role or token scopes do not allow this.";
        return respond(Problem.of(403, "forbidden", reason(403), detail), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        // The JSON body reader wraps syntax errors in a plain 400; answer them like unwrapped ones.
        if (e.getCause() instanceof MismatchedInputException shape) {
            return wrongShape(shape, request);
        }
        if (e.getCause() instanceof JsonProcessingException syntax) {
            return malformedJson(syntax, request);
        }
        // A typed path id that does not convert: the framework wraps the converter's refusal in a plain 404.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return domain(refusal, request);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Server error %d on %s %s", status, request.getMethod(), loggable(path(request)));
        }
        // The framework's own messages for these speak of annotations (@Consumes, @Produces): say it for clients.
        boolean frameworkWording = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                || status == 405 || status == 406 || status == 415;
        String detail = frameworkWording ? defaultDetail(status, request) : e.getMessage();
        Problem problem = Problem.of(status, CODE_BY_STATUS.getOrDefault(status, "http-" + status), reason(status),
                detail);
        Response.ResponseBuilder response = Response.fromResponse(respond(problem, request));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        if (status == 405) {
            allowedMethods.forPath(path(request)).ifPresent(allow -> response.header("Allow", allow));
        }
        return response.build();
    }

    /** Syntactically broken JSON. The parser's message is not echoed: it may quote the request body. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, ContainerRequestContext request) {
        return respond(Problem.of(400, "malformed-json", reason(400),
                "The request body is not well-formed JSON" + location(e) + "."), request);
    }

    /** Well-formed JSON of the wrong shape: an unknown field, or a value of the wrong type. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, ContainerRequestContext request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof NulFreeJson.NulCharacterException) {
            return respond(Problem.of(400, "validation-failed", reason(400), "The request has invalid fields.")
                    .withErrors(List.of(NulFreeText.error(field.isEmpty() ? "body" : field))), request);
        }
        if (field.isEmpty()) {
            return respond(Problem.of(400, "malformed-json", reason(400),
                    "The request body must be a JSON object" + location(e) + "."), request);
        }
        FieldError error = e instanceof UnrecognizedPropertyException
                ? new FieldError(field, "unknown-field", "This field is not accepted here.")
                : new FieldError(field, "invalid-type", "This field has a value of the wrong type.");
        return respond(Problem.of(400, "validation-failed", reason(400), "The request has invalid fields.")
                .withErrors(List.of(error)), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        var database = DatabaseTrouble.of(e);
        if (database.isPresent()) {
            return unavailable(database.get(), e, request);
        }
        if (malformedMultipart(e)) {
            return respond(Problem.of(400, "malformed-multipart", reason(400),
                    "The multipart/form-data body is truncated or its boundaries are wrong."), request);
        }
        if (clientWentAway(e)) {
            // Nobody is left to answer, and it is not our failure: no ERROR for a closed connection.
            LOG.debugf("Client closed the connection during %s %s", request.getMethod(), loggable(path(request)));
        } else {
            LOG.errorf(e, "Unexpected error on %s %s", request.getMethod(), loggable(path(request)));
        }
        return respond(internalError(), request);
    }

    /** Our own failure: nothing of it is told but the request id to quote. */
    public static Problem internalError() {
        return Problem.of(500, "internal-error", reason(500),
                "Something went wrong on our side. Quote the request id when reporting it.");
    }

    /** Overload or an outage of the database: the client may retry, the service is not broken (WARN, no trace). */
    private static Response unavailable(DatabaseTrouble trouble, Throwable e, ContainerRequestContext request) {
        LOG.warnf("%s on %s %s: %s", trouble.code(), request.getMethod(), path(request), e);
        return Response.fromResponse(respond(Problem.of(503, trouble.code(), reason(503), trouble.detail()), request))
                .header("Retry-After", trouble.retryAfterSeconds()).build();
    }

    /** The form parser reports a broken multipart body as a plain IOException of its own. */
    private static boolean malformedMultipart(Throwable e) {
        return e instanceof java.io.IOException && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().toLowerCase(java.util.Locale.ROOT).contains("multipart");
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Response challenge(Response response) {
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response respond(Problem problem, ContainerRequestContext request) {
        return ProblemResponses.of(problem, path(request), request.getHeaderString(RequestIds.HEADER));
    }

    /** A decoded path may hold NUL, CR or LF: escaped, so a client cannot forge or break log lines. */
    static String loggable(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    private static String path(ContainerRequestContext request) {
        return "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String location(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String defaultDetail(int status, ContainerRequestContext request) {
        return switch (status) {
            case 404 -> "No resource at " + path(request) + ".";
            case 405 -> request.getMethod() + " is not allowed on " + path(request) + ".";
            case 406 -> "This resource cannot produce any of the media types in the Accept header '"
                    + request.getHeaderString("Accept") + "'; JSON resources answer application/json, "
                    + "feeds and sitemaps XML, PDFs application/pdf, exports text/csv.";
            case 415 -> "Content-Type '" + request.getMediaType() + "' is not supported here; send application/json "
                    + "(application/merge-patch+json for PATCH, multipart/form-data for uploads).";
            default -> reason(status) + ".";
        };
    }
}
