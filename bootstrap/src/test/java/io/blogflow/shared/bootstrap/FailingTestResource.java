package io.blogflow.shared.bootstrap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to prove a 500 leaks nothing. */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail at com.example.Secret.method(Secret.java:42)");
    }
}
