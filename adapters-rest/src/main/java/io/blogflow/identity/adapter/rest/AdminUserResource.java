package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.adapter.rest.AccountDtos.AccountResponse;
import io.blogflow.identity.adapter.rest.AccountDtos.CreateUserRequest;
import io.blogflow.identity.adapter.rest.AccountDtos.RoleChange;
import io.blogflow.identity.application.port.in.UserAdministrationUseCase;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.application.port.in.PersonalDataUseCase;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users (admin)", description = "Create users, change roles, deactivate. Admins only.")
public class AdminUserResource {

    private final UserAdministrationUseCase users;
    private final PersonalDataUseCase personalData;
    private final SecurityIdentity identity;

    public AdminUserResource(UserAdministrationUseCase users, PersonalDataUseCase personalData,
                             SecurityIdentity identity) {
        this.personalData = personalData;
        this.users = users;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "402", description = "No seat left on the admin's plan (quota-exceeded, metric seats).")
    @APIResponse(responseCode = "409", description = "The email is taken.")
    public RestResponse<AccountResponse> create(CreateUserRequest body, @Context UriInfo uri) {
        CreateUserRequest request = RequestBodies.required(body);
        User user = users.create(Principals.userId(identity), request.name(), request.email(), request.password(), request.role());
        return RestResponse.ResponseBuilder.<AccountResponse>created(
                uri.getAbsolutePathBuilder().path(user.id().toString()).build())
                .entity(AccountResponse.from(user)).build();
    }

    @GET
    @Operation(summary = "List users by email")
    public RestResponse<PageResponse<AccountResponse>> list(@QueryParam("page") String page,
                                                           @QueryParam("size") String size, @Context UriInfo uri) {
        Page<User> found = users.list(Paging.request(page, size));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(found, AccountResponse::from))
                .links(Paging.links(found, uri)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a user")
    @APIResponse(responseCode = "200", description = "The user.")
    @APIResponse(responseCode = "404", description = "No such user.")
    public AccountResponse get(@PathParam("id") String id) {
        return AccountResponse.from(users.get(userId(id)));
    }

    @PUT
    @Path("{id}/role")
    @Operation(summary = "Change a user's role", description = "The user's sessions end so the new role applies at once.")
    @APIResponse(responseCode = "200", description = "The user with the new role.")
    @APIResponse(responseCode = "404", description = "No such user.")
    @APIResponse(responseCode = "409", description = "It would leave no active admin.")
    public AccountResponse changeRole(@PathParam("id") String id, RoleChange body) {
        return AccountResponse.from(users.changeRole(Principals.userId(identity), userId(id), RequestBodies.required(body).role()));
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Deactivate a user", description = "Revokes all of the user's sessions.")
    @APIResponse(responseCode = "200", description = "The deactivated user.")
    @APIResponse(responseCode = "404", description = "No such user.")
    @APIResponse(responseCode = "409", description = "It would leave no active admin.")
    public AccountResponse deactivate(@PathParam("id") String id) {
        return AccountResponse.from(users.deactivate(Principals.userId(identity), userId(id)));
    }

    @POST
    @Path("{id}/activate")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Reactivate a user")
    @APIResponse(responseCode = "200", description = "The reactivated user.")
    @APIResponse(responseCode = "402", description = "No seat left on the admin's plan (quota-exceeded, metric seats).")
    @APIResponse(responseCode = "404", description = "No such user.")
    public AccountResponse activate(@PathParam("id") String id) {
        return AccountResponse.from(users.activate(Principals.userId(identity), userId(id)));
    }

    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Erase a user (GDPR Art. 17)",
            description = "Anonymises the account, revokes sessions and API tokens; content stays under the "
                    + "anonymised account or moves to the configured successor. Audited.")
    @APIResponse(responseCode = "204", description = "Erased.")
    @APIResponse(responseCode = "404", description = "No such user (or already erased).")
    @APIResponse(responseCode = "409", description = "The last active admin cannot be erased.")
    public RestResponse<Void> erase(@PathParam("id") String id) {
        personalData.erase(Principals.userId(identity), userId(id));
        return RestResponse.noContent();
    }

    private static UserId userId(String raw) {
        return UserId.parse(raw).orElseThrow(() -> new UserNotFound(raw));
    }
}
