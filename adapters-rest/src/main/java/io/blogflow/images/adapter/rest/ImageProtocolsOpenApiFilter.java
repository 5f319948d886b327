package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.ImageProtocolsUseCase;
import io.blogflow.shared.adapter.rest.EnumExamples;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the image protocols this installation registered (at run time: whatever protocol beans the adapter
 * modules contribute) as the enumeration of the prompt examples' {@code providerType}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ImageProtocolsOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var registry = CDI.current().select(ImageProtocolsUseCase.class);
        if (!registry.isResolvable() || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return; // an application without the registry (a REST slice) keeps the annotated schema
        }
        List<Object> names = List.copyOf(registry.get().protocolNames());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : List.of("ImagePromptExample", "PromptExampleValues")) {
            Schema providerType = schemas.containsKey(name) && schemas.get(name).getProperties() != null
                    ? schemas.get(name).getProperties().get("providerType") : null;
            if (providerType != null) {
                providerType.setEnumeration(names);
                providerType.setDescription("The image protocol it was made with, one of the registered ones.");
            }
            EnumExamples.conform(openAPI, name, "providerType");
        }
    }
}
