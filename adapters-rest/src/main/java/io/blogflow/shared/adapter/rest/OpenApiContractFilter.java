package io.blogflow.shared.adapter.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the generated document a contract clients can generate code from, so resources need not repeat it: every
 * operation gets a readable, unique {@code operationId}, the error answers the platform itself gives (401/403/429 on
 * authenticated operations, 400/413/415 where there is a body, 412/428 where {@code If-Match} is read, 304 on
 * conditional reads) and an example for each JSON body and answer that has none.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

    private static final Set<String> JSON_MEDIA_TYPES = Set.of("application/json", MergePatch.MEDIA_TYPE);
    private static final Map<String, String> HEADER_DESCRIPTIONS = Map.of(
            "ETag", "The version of the answered resource, for If-Match and If-None-Match.",
            "Location", "Where the created or answering resource is.",
            "Link", "RFC 8288 links to the first, previous, next and last pages.",
            "Retry-After", "Seconds to wait before trying again.",
            "Cache-Control", "How long shared caches and browsers may keep the answer.",
            "Idempotent-Replayed", "true when this answer repeats the first one for the same Idempotency-Key.");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        SchemaExamples examples = new SchemaExamples(openApi.getComponents());
        boolean noGlobalSecurity = openApi.getSecurity() == null || openApi.getSecurity().isEmpty();
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            operation.setOperationId(readableId(operation.getOperationId()));
            if (operation.getSecurity() == null && noGlobalSecurity) {
                operation.setSecurity(List.of()); // public, said explicitly (linters flag an implicit one)
            }
            addPlatformErrors(method, operation);
            addExamples(operation, examples);
            describeHeaders(operation);
        }));
        if (openApi.getServers() == null || openApi.getServers().isEmpty()) {
            openApi.addServer(OASFactory.createServer().url("/").description("This blogflow instance."));
        }
    }

    /** A response header documented only by name gets a schema and a description (linters require both). */
    private static void describeHeaders(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getHeaders() != null)
                .forEach(response -> response.getHeaders().forEach((name, header) -> {
                    if (header.getSchema() == null && header.getRef() == null) {
                        header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    }
                    if (header.getDescription() == null && header.getRef() == null) {
                        header.setDescription(HEADER_DESCRIPTIONS.getOrDefault(name, name + " header."));
                    }
                }));
    }

    /** {@code PostResource_publish} (the class-and-method strategy) becomes {@code publishPost}. */
    static String readableId(String id) {
        if (id == null || !id.contains("_")) {
            return id;
        }
        String[] classAndMethod = id.split("_", 2);
        return classAndMethod[1] + classAndMethod[0].replaceFirst("Resource$", "");
    }

    private static void addPlatformErrors(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean authenticated = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        if (authenticated) {
            add(responses, "401", "No valid access or API token (problem+json, with WWW-Authenticate).");
            add(responses, "403", "The caller's role or token scopes do not allow this.");
            add(responses, "429", "Over the caller's rate limit: wait Retry-After seconds (RateLimit-* headers).");
        }
        if (hasBody || hasParameters(operation)) {
            add(responses, "400", "Malformed JSON, a field of the wrong type or an invalid value (validation-failed "
                    + "lists each field).");
        }
        if (hasBody) {
            add(responses, "413", "The body is over the size limit.");
            add(responses, "415", "The Content-Type is not one this operation accepts.");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "If-Match names a version that is no longer current (stale-version).");
            add(responses, "428", "If-Match is required and missing.");
        }
        if (method == PathItem.HttpMethod.GET && conditional(operation)) {
            add(responses, "304", "Not modified: the If-None-Match ETag is still current.");
        }
    }

    private static boolean conditional(Operation operation) {
        return hasHeader(operation, "If-None-Match") || operation.getResponses().getAPIResponses().values().stream()
                .anyMatch(response -> response.getHeaders() != null && response.getHeaders().containsKey("ETag"));
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() != Parameter.In.HEADER);
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(
                        parameter.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            var response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, status.equals("304") ? response
                    : response.content(ProblemResponsesFilter.problemContent()));
        }
    }

    private static void addExamples(Operation operation, SchemaExamples examples) {
        if (operation.getRequestBody() != null) {
            addExamples(operation.getRequestBody().getContent(), examples);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    addExamples(response.getContent(), examples);
                }
            });
        }
    }

    private static void addExamples(Content content, SchemaExamples examples) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            boolean documented = media.getExample() != null
                    || media.getExamples() != null && !media.getExamples().isEmpty();
            boolean json = JSON_MEDIA_TYPES.contains(type) || type.endsWith("+json");
            if (!documented && json && media.getSchema() != null) {
                Object example = examples.of(media.getSchema());
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }
}
