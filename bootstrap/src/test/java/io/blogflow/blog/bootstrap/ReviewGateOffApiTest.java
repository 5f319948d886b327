package io.blogflow.blog.bootstrap;

import static org.hamcrest.Matchers.equalTo;

import io.blogflow.blog.bootstrap.ReviewGateApiTest.ReviewGate;
import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With blogflow.review.ai-generated-requires-approval off, AI-generated posts publish like any other. */
@QuarkusTest
@TestProfile(ReviewGateOffApiTest.GateOff.class)
@WithTestResource(PostgresTestResource.class)
class ReviewGateOffApiTest {

    public static class GateOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blogflow.review.ai-generated-requires-approval", "false");
        }
    }

    @Test
    void anAuthorPublishesAnAiPostWithoutApproval() {
        Tokens author = Accounts.author();
        String post = ReviewGate.create(author, true);

        ReviewGate.move(author, post, "publish", 0).statusCode(200).body("status", equalTo("published"))
                .body("review.required", equalTo(false));
    }
}
