package io.blogflow.shared.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.blogflow.blog.adapter.rest.SlicePosts;
import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Paged lists: the page/size parameters, the {items, page, size, total} envelope and the RFC 8288 Link header. */
@QuarkusTest
@TestSecurity(user = "00000000-0000-4000-8000-0000000000a1", roles = "AUTHOR", permissions = "posts:read")
class PagingSliceTest {

    @InjectMock
    ListPostsUseCase listPosts;

    @Test
    void aMiddlePageHasTheEnvelopeAndLinksToTheFirstPreviousNextAndLastPages() {
        Post post = SlicePosts.draft(new PostId(UUID.randomUUID()), 0);
        when(listPosts.list(eq(new PageRequest(2, 2)), any())).thenReturn(new Page<>(List.of(post, post), 2, 2, 5));

        var response = given().when().get("/api/v1/posts?page=2&size=2&sort=ignored").then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(2)).body("size", equalTo(2)).body("total", equalTo(5))
                .extract();

        List<String> links = response.headers().getValues("Link");
        assertThat(String.join(",", links)).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"")
                .contains("page=1&size=2", "page=3&size=2").contains("sort=ignored");
    }

    @Test
    void theFirstAndOnlyPageLinksToItselfAsFirstAndLast() {
        when(listPosts.list(any(), any())).thenReturn(new Page<>(List.of(), 1, 20, 0));

        var links = String.join(",", given().when().get("/api/v1/posts").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0)).extract().headers().getValues("Link"));

        assertThat(links).contains("rel=\"first\"", "rel=\"last\"").doesNotContain("rel=\"next\"", "rel=\"prev\"");
        verify(listPosts).list(eq(new PageRequest(1, PageRequest.DEFAULT_SIZE)), any());
    }

    @Test
    void aSizeAboveTheCapIsCapped() {
        when(listPosts.list(any(), any())).thenReturn(new Page<>(List.of(), 1, PageRequest.MAX_SIZE, 0));

        given().when().get("/api/v1/posts?size=1000").then().statusCode(200).body("size", equalTo(100));

        verify(listPosts).list(eq(new PageRequest(1, PageRequest.MAX_SIZE)), any());
    }

    @Test
    void invalidPageAndSizeAreBothReportedAndNothingIsListed() {
        given().when().get("/api/v1/posts?page=0&size=abc").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("page", "size"))
                .body("errors.code", containsInAnyOrder("page.invalid", "size.invalid"));

        verifyNoInteractions(listPosts);
    }
}
