package io.blogflow.blog.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.StaleVersionException;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Conditional requests: versions as strong ETags, If-Match required on writes (428 without, 412 when stale, a
 * wildcard never matches), If-None-Match revalidating public answers (304).
 */
@QuarkusTest
@TestSecurity(user = "00000000-0000-4000-8000-0000000000a1", roles = "AUTHOR",
        permissions = {"posts:read", "posts:write"})
class ConditionalRequestSliceTest {

    private final PostId id = new PostId(UUID.randomUUID());

    @InjectMock
    GetPostUseCase getPost;

    @InjectMock
    UpdatePostUseCase updatePost;

    @InjectMock
    DeletePostUseCase deletePost;

    @InjectMock
    PublicPostsUseCase publicPosts;

    @Test
    void aReadCarriesTheVersionAsAStrongETag() {
        when(getPost.get(eq(id), any())).thenReturn(SlicePosts.draft(id, 3));

        given().when().get(path()).then().statusCode(200).header("ETag", "\"3\"").body("version", equalTo(3));
    }

    @Test
    void aWriteWithoutIfMatchIs428AndReachesNoUseCase() {
        given().contentType(ContentType.JSON).body("{\"title\": \"T\"}").when().put(path())
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition-required"));
        given().when().delete(path()).then().statusCode(428);

        verifyNoInteractions(updatePost, deletePost);
    }

    @Test
    void theVersionInIfMatchReachesTheUseCaseStrongOrWeak() {
        when(updatePost.update(any())).thenReturn(SlicePosts.draft(id, 4));

        given().header("If-Match", "\"3\"").contentType(ContentType.JSON).body("{\"title\": \"T\"}").when().put(path())
                .then().statusCode(200).header("ETag", "\"4\"");
        given().header("If-Match", "W/\"3\"").contentType(ContentType.JSON).body("{\"title\": \"T\"}").when()
                .put(path()).then().statusCode(200);

        verify(updatePost, org.mockito.Mockito.times(2)).update(argThat(command -> command.expectedVersion() == 3));
    }

    @Test
    void aStaleVersionIs412WithTheCurrentOne() {
        when(updatePost.update(any())).thenThrow(new StaleVersionException("post", 5));

        given().header("If-Match", "\"3\"").contentType(ContentType.JSON).body("{\"title\": \"T\"}").when().put(path())
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("stale-version")).body("currentVersion", equalTo(5));
    }

    @Test
    void aWildcardOrAnythingButAVersionInIfMatchCanNeverMatch() {
        when(updatePost.update(argThat(command -> command.expectedVersion() < 0)))
                .thenThrow(new StaleVersionException("post", 3));

        for (String ifMatch : new String[] {"*", "\"abc\"", "3x"}) {
            given().header("If-Match", ifMatch).contentType(ContentType.JSON).body("{\"title\": \"T\"}").when()
                    .put(path()).then().statusCode(412);
        }
    }

    @Test
    void aMergePatchIsCheckedAgainstTheReadVersionBeforeAnythingIsWritten() {
        when(getPost.get(eq(id), any())).thenReturn(SlicePosts.draft(id, 6));

        given().header("If-Match", "\"5\"").contentType("application/merge-patch+json").body("{\"title\": \"T\"}")
                .when().patch(path()).then().statusCode(412).body("currentVersion", equalTo(6));
        verifyNoInteractions(updatePost);
    }

    @Test
    void aPublicAnswerIsRevalidatedWithIfNoneMatch() {
        when(publicPosts.bySlug("a-post")).thenReturn(new PublicPostsUseCase.Resolution(SlicePosts.published(id, 2),
                null, PostCounters.ZERO));

        String tag = given().when().get("/api/v1/public/posts/by-slug/a-post").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/api/v1/public/posts/by-slug/a-post").then()
                .statusCode(304).header("ETag", tag).body(emptyString());
        given().header("If-None-Match", "\"p1\"").when().get("/api/v1/public/posts/by-slug/a-post").then()
                .statusCode(200);
    }

    private String path() {
        return "/api/v1/posts/" + id.value();
    }
}
