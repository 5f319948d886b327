package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.application.port.in.ProviderTypesUseCase;
import io.blogflow.llm.application.port.in.ProviderTypesUseCase.ProviderTypeInfo;
import io.blogflow.shared.adapter.rest.EnumExamples;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the provider types this installation registered (at run time: they are whatever protocol beans the
 * adapter modules contribute), as the enumeration of the providers' {@code type} with what each type can do.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProviderTypesOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var registry = CDI.current().select(ProviderTypesUseCase.class);
        if (!registry.isResolvable() || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return; // an application without the registry (a REST slice) keeps the annotated schema
        }
        List<ProviderTypeInfo> types = registry.get().providerTypes();
        List<Object> codes = types.stream().map(info -> (Object) info.type().code()).toList();
        String described = types.stream().map(info -> info.type().code() + " (" + String.join(", ",
                        info.capabilities().codes()) + (info.defaultBaseUrl() == null ? ""
                        : "; baseUrl defaults to " + info.defaultBaseUrl().value()) + ")")
                .collect(Collectors.joining("; "));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : List.of("LlmProvider", "LlmProviderRequest")) {
            Schema type = schemas.containsKey(name) && schemas.get(name).getProperties() != null
                    ? schemas.get(name).getProperties().get("type") : null;
            if (type != null) {
                type.setEnumeration(codes);
                type.setDescription("The protocol the provider speaks, one of the registered types: " + described
                        + ".");
            }
            EnumExamples.conform(openAPI, name, "type");
        }
    }
}
