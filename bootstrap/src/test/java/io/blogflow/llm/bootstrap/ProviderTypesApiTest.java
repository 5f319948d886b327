package io.blogflow.llm.bootstrap;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Provider types are what the adapter modules registered: validation, defaults and the API document follow them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProviderTypesApiTest {

    private static final String PROVIDERS = "/api/v1/admin/llm/providers";

    @Test
    void aTypeNobodyRegisteredIsRefusedNamingTheRegisteredOnes() {
        Tokens admin = Accounts.admin();

        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Mistral " + UUID.randomUUID(), "type", "mistral",
                        "baseUrl", "http://127.0.0.1:1"))
                .when().post(PROVIDERS).then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].code", equalTo("type.invalid"))
                .body("errors[0].message", containsString("anthropic"));
    }

    @Test
    void aHostedTypeWithoutABaseUrlGetsItsUsualOneWhichMustStillPassTheAllowList() {
        Tokens admin = Accounts.admin();

        // The test profile allows only loopback: the default is applied, then refused by the SSRF guard.
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Claude " + UUID.randomUUID(), "type",
                        "anthropic", "authToken", "sk-ant-x"))
                .when().post(PROVIDERS).then().statusCode(400)
                .body("errors[0].field", equalTo("baseUrl"))
                .body("errors[0].code", equalTo("base-url.host-not-allowed"))
                .body("errors[0].message", containsString("api.anthropic.com"));
        // A self-hosted type has no usual address: the base URL stays required.
        admin.as().contentType(ContentType.JSON).body(Map.of("name", "Ollama " + UUID.randomUUID(), "type", "ollama"))
                .when().post(PROVIDERS).then().statusCode(400)
                .body("errors[0].field", equalTo("baseUrl")).body("errors[0].code", equalTo("base-url.invalid"));
    }

    @Test
    void theApiDocumentEnumeratesTheRegisteredTypesAndImageProtocols() {
        RestAssured.given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.LlmProviderRequest.properties.type.enum",
                        containsInAnyOrder("anthropic", "automatic1111", "ollama", "openai"))
                .body("components.schemas.LlmProvider.properties.type.enum",
                        containsInAnyOrder("anthropic", "automatic1111", "ollama", "openai"))
                .body("components.schemas.LlmProviderRequest.properties.type.description",
                        containsString("anthropic (chat, streaming; baseUrl defaults to https://api.anthropic.com/v1)"))
                .body("components.schemas.ImagePromptExample.properties.providerType.enum",
                        containsInAnyOrder("automatic1111", "openai-images"));
    }
}
