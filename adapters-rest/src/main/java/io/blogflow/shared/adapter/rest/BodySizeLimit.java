package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;

/**
 * Answers 413 with a problem body when a request body is over its limit ({@link RestLimits#maxBodyBytes(String)}:
 * the API's, or the larger one of the upload endpoints), whether the body declares its length or streams in chunks:
 * <ul>
 *   <li>a {@code Content-Length} over the limit is refused before the body is read;</li>
 *   <li>a chunked body (no {@code Content-Length}) is read here, counting, and refused as soon as it passes the
 *       limit (what arrives after that is discarded, then the connection is closed); within the limit, the REST
 *       layer gets it whole, as if it had been sent with a length. Multipart uploads too: their parser reads a body
 *       held here as it reads one from the wire, so a chunked upload meets the upload limit rather than Quarkus'
 *       {@code quarkus.http.limits.max-body-size} backstop. Such an upload is held in memory up to that limit, as the
 *       upload use case holds the file anyway.</li>
 * </ul>
 * The file's own size is checked exactly by its use case. Runs on the event loop before authentication and the REST
 * layer; no regular expression per request.
 */
@Singleton
public class BodySizeLimit {

    /** After a refusal, how much more of a chunked body is read (and dropped) before the connection is closed. */
    static final long DISCARD_BEFORE_CLOSING = 4L * 1024 * 1024;

    private final RestLimits limits;
    private final ObjectMapper json;

    public BodySizeLimit(RestLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        String path = context.normalizedPath();
        if (declared != null) {
            long length = declaredLength(declared);
            long max = limits.maxBodyBytes(path);
            if (length > max) {
                refuse(context, "The request body has " + declared + " bytes; the limit is " + max + " bytes.", false);
            } else {
                context.next();
            }
            return;
        }
        if (!chunked(request)) {
            context.next();
            return;
        }
        readCounting(context, limits.maxBodyBytes(path));
    }

    private void readCounting(RoutingContext context, long max) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        long[] dropped = {-1}; // -1 while within the limit; then the bytes dropped since the refusal
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.handler(chunk -> {
            if (dropped[0] >= 0) {
                dropped[0] += chunk.length();
                if (dropped[0] > DISCARD_BEFORE_CLOSING) {
                    request.handler(null);
                    request.connection().close();
                }
            } else if (body.length() + (long) chunk.length() > max) {
                dropped[0] = 0;
                refuse(context, "The request body has more than " + max + " bytes; the limit is " + max
                        + " bytes.", true);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            if (dropped[0] < 0) {
                context.setBody(body);
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, String detail, boolean closeAfter) {
        Problem problem = Problem.of(413, "payload-too-large", "Payload too large", detail)
                .at(context.normalizedPath(), context.request().getHeader(RequestIds.HEADER));
        if (closeAfter) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        ProblemResponses.send(context.response(), problem, json);
    }

    /** The declared length; a malformed one counts as 0 here (the HTTP layer refuses it on its own). */
    static long declaredLength(String header) {
        int length = header.length();
        if (length == 0 || length > 18) {
            return length == 0 ? 0 : Long.MAX_VALUE;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = header.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean chunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }
}
