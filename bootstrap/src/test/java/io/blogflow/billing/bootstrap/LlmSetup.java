package io.blogflow.billing.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** An OpenAI-compatible provider on the fake, a model, a prompt and an action writing a post's basicIdea. */
final class LlmSetup {

    private final String action;

    LlmSetup(Tokens admin, WireMockServer fake) {
        String provider = admin.as().contentType(ContentType.JSON).body(Map.of("name", "billing " + UUID.randomUUID(),
                        "type", "openai", "baseUrl", "http://127.0.0.1:" + fake.port() + "/v1", "authToken", "sk-t"))
                .when().post("/api/v1/admin/llm/providers").then().statusCode(201).extract().path("id");
        String model = admin.as().contentType(ContentType.JSON).body(Map.of("name", "gpt-4o-mini",
                        "inputPricePerMillion", 0.15, "outputPricePerMillion", 0.60))
                .when().post("/api/v1/admin/llm/providers/" + provider + "/models").then().statusCode(201)
                .extract().path("id");
        String prompt = "billing-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens editor = Accounts.logIn(Accounts.newUser("editor"), Accounts.PASSWORD);
        editor.as().contentType(ContentType.JSON).body(Map.of("name", prompt, "template", "An idea, please."))
                .when().post("/api/v1/llm/prompts").then().statusCode(201);
        action = editor.as().contentType(ContentType.JSON).body(Map.of("name", "Idea " + UUID.randomUUID(),
                        "prompt", Map.of("name", prompt), "modelId", model, "maxTokens", 100, "output", "basicIdea"))
                .when().post("/api/v1/actions").then().statusCode(201).extract().path("id");
    }

    String action() {
        return action;
    }

    /** A new post of the author's. */
    String post(Tokens author) {
        return author.as().contentType(ContentType.JSON).body(Map.of("title", "Billing " + System.nanoTime(),
                        "contentMarkdown", "Text."))
                .when().post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }
}
