package io.blogflow.shared.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.domain.MediaId;
import io.blogflow.llm.application.port.in.LlmModelsUseCase;
import io.blogflow.llm.application.port.in.LlmProvidersUseCase;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.workflow.application.port.in.ActionButtonsUseCase;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.action.ActionId;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Typed ids in paths ({@link TypedIdConverters}): a well-formed id reaches the use case as its type; a malformed one
 * is the type's own not-found problem, the same as an unknown id, and the use case is never asked.
 */
@QuarkusTest
@TestSecurity(user = "00000000-0000-4000-8000-0000000000a1", roles = {"ADMIN", "EDITOR"},
        permissions = {"posts:read", "posts:write"})
class TypedIdPathSliceTest {

    private static final UUID ID = UUID.fromString("0190f3a2-7c1e-7a00-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("0190f3a2-7c1e-7a00-8000-000000000002");

    @InjectMock
    LlmProvidersUseCase providers;

    @InjectMock
    LlmModelsUseCase models;

    @InjectMock
    LlmActionsUseCase actions;

    @InjectMock
    MediaQueriesUseCase media;

    @InjectMock
    WorkflowDefinitionUseCase workflow;

    @InjectMock
    PostProgressUseCase progress;

    @InjectMock
    ActionButtonsUseCase buttons;

    @InjectMock
    GetPostUseCase posts;

    @InjectMock
    PostRevisionsUseCase revisions;

    @InjectMock
    SectionMediaUseCase sectionMedia;

    @InjectMock
    GenerateImageUseCase generations;

    @Test
    void malformedIdsAreTheirTypesNotFoundAndNoUseCaseIsAsked() {
        problem(given().when().get("/api/v1/admin/llm/providers/not-a-uuid").then(), "llm-provider-not-found")
                .body("detail", equalTo("No llm provider 'not-a-uuid'."));
        problem(given().when().get("/api/v1/admin/llm/providers/" + ID + "/models/42").then(), "llm-model-not-found");
        problem(given().when().get("/api/v1/admin/llm/providers/x/models/" + ID).then(), "llm-provider-not-found");
        problem(given().when().get("/api/v1/actions/" + ID + "-extra").then(), "action-not-found");
        problem(given().when().get("/api/v1/media/nope").then(), "media-not-found");
        problem(given().when().get("/media/nope/original").then(), "media-not-found");

        verifyNoInteractions(providers, models, actions, media);
    }

    @Test
    void wellFormedIdsReachTheUseCaseTyped() {
        when(providers.get(any())).thenThrow(new NotFoundException("llm-provider", ID.toString()));
        when(models.get(any(), any())).thenThrow(new NotFoundException("llm-model", OTHER.toString()));
        when(actions.get(any())).thenThrow(new NotFoundException("action", ID.toString()));
        when(media.get(any())).thenThrow(new NotFoundException("media", ID.toString()));

        problem(given().when().get("/api/v1/admin/llm/providers/" + ID).then(), "llm-provider-not-found");
        problem(given().when().get("/api/v1/admin/llm/providers/" + ID + "/models/" + OTHER).then(),
                "llm-model-not-found");
        problem(given().when().get("/api/v1/actions/" + ID).then(), "action-not-found");
        problem(given().when().get("/api/v1/media/" + ID).then(), "media-not-found");

        verify(providers).get(new ProviderId(ID));
        verify(models).get(new ProviderId(ID), new ModelId(OTHER));
        verify(actions).get(new ActionId(ID));
        verify(media).get(new MediaId(ID));
    }

    @Test
    void aMalformedWorkflowItemIdIsTheNotFoundOfTheLevelItsPathNames() {
        problem(given().when().get("/api/v1/workflow/stages/nope").then(), "stage-not-found")
                .body("detail", equalTo("No stage 'nope'."));
        problem(given().when().get("/api/v1/workflow/sub-stages/nope").then(), "sub-stage-not-found");
        problem(given().when().get("/api/v1/workflow/steps/nope").then(), "step-not-found");
        problem(given().when().get("/api/v1/workflow/steps/nope/actions").then(), "step-not-found");
        problem(given().when().get("/api/v1/workflow/sub-stages/nope/default-action").then(), "sub-stage-not-found");
        problem(given().header("If-Match", "\"0\"").when()
                .post("/api/v1/posts/" + ID + "/workflow/sub-stages/nope/start").then(), "sub-stage-not-found");
        problem(given().when().get("/api/v1/posts/nope/workflow").then(), "post-not-found");

        verifyNoInteractions(workflow, progress, buttons);
    }

    @Test
    void wellFormedWorkflowIdsReachTheUseCaseTyped() {
        when(workflow.get(any(), any())).thenThrow(new NotFoundException("sub-stage", ID.toString()));
        when(progress.progress(any(), any())).thenThrow(new NotFoundException("post", ID.toString()));

        problem(given().when().get("/api/v1/workflow/sub-stages/" + ID).then(), "sub-stage-not-found");
        problem(given().when().get("/api/v1/posts/" + OTHER + "/workflow").then(), "post-not-found");

        verify(workflow).get(WorkflowLevel.SUB_STAGE, new WorkflowItemId(ID));
        verify(progress).progress(eq(new PostId(OTHER)), any());
    }

    @Test
    void aMalformedPostIdIsPostNotFoundWhereverItIsInThePath() {
        problem(given().when().get("/api/v1/posts/nope").then(), "post-not-found")
                .body("detail", equalTo("No post with id 'nope'."));
        problem(given().when().get("/api/v1/posts/nope/revisions").then(), "post-not-found");
        problem(given().when().get("/api/v1/posts/nope/images/generations").then(), "post-not-found");
        problem(given().when().get("/api/v1/posts/nope/sections/" + ID + "/media").then(), "post-not-found");

        verifyNoInteractions(posts, revisions, sectionMedia, generations);
    }

    @Test
    void wellFormedPostIdsReachTheUseCaseTyped() {
        when(posts.get(any(), any())).thenThrow(new PostNotFoundException(ID.toString()));
        when(sectionMedia.images(any(), any(), any())).thenThrow(new PostNotFoundException(OTHER.toString()));

        problem(given().when().get("/api/v1/posts/" + ID).then(), "post-not-found");
        problem(given().when().get("/api/v1/posts/" + OTHER + "/sections/" + ID + "/media").then(), "post-not-found");

        verify(posts).get(eq(new PostId(ID)), any());
        verify(sectionMedia).images(eq(new PostId(OTHER)), eq(ID), any());
    }

    @Test
    void theOpenApiDocumentShowsTypedIdsAsUuidStrings() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/admin/llm/providers/{id}'.get.parameters.find { it.name == 'id' }.schema.'$ref'",
                        equalTo("#/components/schemas/ProviderId"))
                .body("paths.'/api/v1/media/{id}'.get.parameters.find { it.name == 'id' }.schema.'$ref'",
                        equalTo("#/components/schemas/MediaId"))
                .body("components.schemas.ProviderId.type", equalTo("string"))
                .body("components.schemas.ProviderId.format", equalTo("uuid"))
                .body("components.schemas.ModelId.format", equalTo("uuid"))
                .body("components.schemas.ActionId.format", equalTo("uuid"))
                .body("paths.'/api/v1/workflow/steps/{stepId}/actions'.get.parameters.find { it.name == 'stepId' }"
                        + ".schema.'$ref'", equalTo("#/components/schemas/WorkflowItemId"))
                .body("paths.'/api/v1/posts/{postId}/workflow'.get.parameters.find { it.name == 'postId' }.schema"
                        + ".'$ref'", equalTo("#/components/schemas/PostId"))
                .body("paths.'/api/v1/posts/{id}'.get.parameters.find { it.name == 'id' }.schema.'$ref'",
                        equalTo("#/components/schemas/PostId"))
                .body("components.schemas.MediaId.format", equalTo("uuid"))
                .body("components.schemas.WorkflowItemId.format", equalTo("uuid"))
                .body("components.schemas.PostId.type", equalTo("string"))
                .body("components.schemas.PostId.format", equalTo("uuid"));
    }

    private static ValidatableResponse problem(ValidatableResponse response, String code) {
        return response.statusCode(404).contentType(Problem.MEDIA_TYPE).body("code", equalTo(code));
    }
}
