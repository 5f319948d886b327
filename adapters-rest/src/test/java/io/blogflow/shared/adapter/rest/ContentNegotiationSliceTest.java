package io.blogflow.shared.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.blogflow.blog.adapter.rest.SlicePosts;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What each endpoint produces and consumes: JSON, problem+json for every failure, merge patches, feeds. */
@QuarkusTest
@TestSecurity(user = "00000000-0000-4000-8000-0000000000a1", roles = "AUTHOR",
        permissions = {"posts:read", "posts:write"})
class ContentNegotiationSliceTest {

    private final PostId id = new PostId(UUID.randomUUID());

    @InjectMock
    GetPostUseCase getPost;

    @InjectMock
    UpdatePostUseCase updatePost;

    @InjectMock
    PublicPostsUseCase publicPosts;

    @InjectMock
    SyndicationUseCase syndication;

    @Test
    void jsonIsAnsweredToJsonAnyOrNoAccept() {
        when(getPost.get(any(), any())).thenReturn(SlicePosts.draft(id, 1));

        for (String accept : new String[] {"application/json", "*/*", "application/*"}) {
            given().accept(accept).when().get(path()).then().statusCode(200).contentType("application/json");
        }
    }

    @Test
    void aMediaTypeTheEndpointCannotProduceIs406AsAProblem() {
        given().accept("application/xml").when().get(path()).then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("not-acceptable"));
        verifyNoInteractions(getPost);
    }

    @Test
    void aRefusalIsProblemJsonWhateverTheClientAccepts() {
        when(getPost.get(any(), any())).thenThrow(new PostNotFoundException(id.toString()));

        given().accept("application/json").when().get(path()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("post-not-found"));
    }

    @Test
    void aPatchTakesAMergePatchOrJsonAndNothingElse() {
        given().header("If-Match", "\"1\"").contentType("application/xml").body("<post/>").when().patch(path())
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
        verifyNoInteractions(getPost, updatePost);
    }

    @Test
    void feedsAreServedAsRssAndAtom() {
        when(syndication.feed(any())).thenReturn(new SyndicationUseCase.Feed(java.util.Optional.empty(), java.util.List.of()));
        when(syndication.contents(any())).thenReturn(java.util.Map.of());

        given().when().get("/feeds/rss.xml").then().statusCode(200).contentType(containsString("application/rss+xml"));
        given().when().get("/feeds/atom.xml").then().statusCode(200).contentType(containsString("application/atom+xml"));
    }

    private String path() {
        return "/api/v1/posts/" + id.value();
    }
}
