package io.blogflow.shared.adapter.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * conditional reads, 406 on reads with a body) and an example for each JSON body and answer that has none. Bodies
 * declared by media type alone get a schema, roles move out of the bearer requirement, nullable enumerations allow
 * null: what Redocly's and Spectral's rulesets ask for (CI lints the document, {@code .ci/lint-openapi}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

    private static final Set<String> JSON_MEDIA_TYPES = Set.of("application/json", MergePatch.MEDIA_TYPE);
    private static final Pattern BINARY = Pattern.compile("image/.*|application/pdf|application/octet-stream");
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
            rolesIntoDescription(operation);
            addPlatformErrors(method, operation);
            addExamples(operation, examples);
            describeHeaders(operation);
            addMissingSchemas(operation);
        }));
        unsetMayBeNull(openApi);
        allowNullInNullableEnums(openApi);
        if (openApi.getServers() == null || openApi.getServers().isEmpty()) {
            openApi.addServer(OASFactory.createServer().url("/").description("This blogflow instance."));
        }
    }

    /**
     * An HTTP bearer scheme has no scopes; the roles an operation needs ({@code bearer: [ADMIN]}) go into its
     * description and the {@code x-roles} extension instead, so generators and linters read a plain bearer requirement.
     */
    private static void rolesIntoDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        operation.getSecurity().forEach(requirement -> {
            Map<String, List<String>> plain = new LinkedHashMap<>();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                roles.addAll(scopes == null ? List.of() : scopes);
                plain.put(scheme, List.of());
            });
            requirement.setSchemes(plain);
        });
        if (!roles.isEmpty()) {
            String needs = "Needs the role " + String.join(" or ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? needs
                    : operation.getDescription() + " " + needs);
            operation.addExtension("x-roles", List.copyOf(roles));
        }
    }

    /**
     * A body declared only by media type and example gets a schema: problem+json the Problem, other non-JSON types
     * a string (binary for images and PDF). JSON answers declare theirs with {@code @Schema(implementation = …)}.
     */
    private static void addMissingSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                .forEach(response -> response.getContent().getMediaTypes().forEach((type, media) -> {
                    if (media.getSchema() != null) {
                        return;
                    }
                    if (type.equals(Problem.MEDIA_TYPE)) {
                        media.setSchema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
                    } else if (!JSON_MEDIA_TYPES.contains(type) && !type.endsWith("+json")) {
                        var text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                        media.setSchema(BINARY.matcher(type).matches() ? text.format("binary") : text);
                    }
                }));
    }

    /**
     * Answers write an unset field as {@code null} (records have no "absent"), so every property a schema does not list
     * as required may be null: said in the schema ({@code type: [..., "null"]}, a reference as {@code anyOf} with null),
     * so a client generated from the document accepts what the API really answers. Required properties are never null.
     */
    private static void unsetMayBeNull(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(OpenApiContractFilter::unsetMayBeNull);
    }

    private static void unsetMayBeNull(Schema schema) {
        if (schema.getItems() != null) {
            unsetMayBeNull(schema.getItems());
        }
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            unsetMayBeNull(property);
            if (!required.contains(name)) {
                allowNull(property);
            }
        });
    }

    private static void allowNull(Schema property) {
        boolean alreadyNullable = property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                || property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(option -> option.getType()
                != null && option.getType().contains(Schema.SchemaType.NULL));
        if (alreadyNullable) {
            return;
        }
        if (property.getRef() != null) {
            // a $ref's siblings are not enough on their own: the referenced schema says "not null"
            property.addAnyOf(OASFactory.createSchema().ref(property.getRef()));
            property.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            property.setRef(null);
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    /** {@code nullable} on an enumeration becomes {@code type: [string, "null"]}; the enumeration must allow null too. */
    private static void allowNullInNullableEnums(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().stream()
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .filter(property -> property.getEnumeration() != null && property.getType() != null
                        && property.getType().contains(Schema.SchemaType.NULL)
                        && !property.getEnumeration().contains(null))
                .forEach(property -> {
                    List<Object> values = new ArrayList<>(property.getEnumeration());
                    values.add(null);
                    property.setEnumeration(values);
                });
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
        if (method == PathItem.HttpMethod.GET && answersWithABody(responses)) {
            add(responses, "406", "The Accept header names no media type this operation answers with.");
        }
        if (method == PathItem.HttpMethod.GET && conditional(operation)) {
            add(responses, "304", "Not modified: the If-None-Match ETag is still current.");
        }
    }

    private static boolean answersWithABody(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
                && entry.getValue().getContent() != null && entry.getValue().getContent().getMediaTypes() != null
                && !entry.getValue().getContent().getMediaTypes().isEmpty());
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
