package io.blogflow.billing.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.bootstrap.Accounts;
import io.blogflow.identity.bootstrap.Accounts.Tokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test helpers: plans with given limits, put on an account through the admin API. */
final class BillingFixtures {

    static final String PRO = "0190a000-0000-7000-8000-000000000002";
    static final String BUSINESS = "0190a000-0000-7000-8000-000000000003";
    static final String FREE = "0190a000-0000-7000-8000-000000000001";

    private BillingFixtures() {
    }

    /** A capped limit: included = hard cap, no overage. */
    static Map<String, Object> capped(long quantity) {
        return Map.of("included", quantity, "hardCap", quantity);
    }

    /** A new plan (USD) with the given prices and limits; answers its id. */
    static String plan(long monthlyPrice, Map<String, Object> limits) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "t-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Test plan");
        body.put("currency", "USD");
        body.put("monthlyPrice", monthlyPrice);
        body.put("yearlyPrice", monthlyPrice * 10);
        body.put("limits", limits);
        return Accounts.admin().as().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/admin/billing/plans").then().statusCode(201).extract().path("id");
    }

    static void assign(String userId, String planId) {
        Accounts.admin().as().contentType(ContentType.JSON).body(Map.of("planId", planId))
                .when().put("/api/v1/admin/billing/accounts/" + userId + "/plan").then().statusCode(200);
    }

    static String userId(Tokens tokens) {
        String id = tokens.as().when().get("/api/v1/me").then().statusCode(200).extract().path("id");
        assertThat(id).isNotNull();
        return id;
    }
}
