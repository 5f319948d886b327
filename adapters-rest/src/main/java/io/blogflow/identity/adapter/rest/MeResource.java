package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.adapter.rest.AccountDtos.AccountPatch;
import io.blogflow.identity.adapter.rest.AccountDtos.AccountResponse;
import io.blogflow.identity.adapter.rest.AccountDtos.ErasureConfirmation;
import io.blogflow.identity.adapter.rest.AccountDtos.PasswordChange;
import io.blogflow.identity.adapter.rest.AccountDtos.RevokedCount;
import io.blogflow.identity.adapter.rest.AccountDtos.SessionResponse;
import io.blogflow.identity.application.port.in.AccountUseCase;
import io.blogflow.identity.application.port.in.SessionsUseCase;
import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.IdentityErrors.SessionNotFound;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.application.port.in.PersonalDataUseCase;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The caller's own account, password and sessions.")
public class MeResource {

    private final AccountUseCase accounts;
    private final SessionsUseCase sessions;
    private final PersonalDataUseCase personalData;
    private final SecurityIdentity identity;

    public MeResource(AccountUseCase accounts, SessionsUseCase sessions, PersonalDataUseCase personalData,
                      SecurityIdentity identity) {
        this.personalData = personalData;
        this.accounts = accounts;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My account, role, profile and preferences")
    public AccountResponse get() {
        return AccountResponse.from(accounts.get(Principals.userId(identity)));
    }

    @PATCH
    @Operation(summary = "Change my name, author profile or preferences",
            description = "Absent fields stay unchanged; the profile is replaced as a whole when sent, preferences "
                    + "change one by one (a preference left out keeps its value). Role, status, email and counters "
                    + "are not accepted here (unknown fields are a 400).")
    @APIResponse(responseCode = "200", description = "The updated account.")
    public AccountResponse update(AccountPatch body) {
        AccountPatch patch = RequestBodies.required(body);
        var validation = new Validation();
        AuthorProfile profile = patch.profile() == null ? null
                : validation.field("profile", patch.profile()::toDomain);
        validation.throwIfInvalid();
        var preferences = patch.preferences() == null ? null : patch.preferences().toDomain();
        return AccountResponse.from(accounts.update(Principals.userId(identity), patch.name(), profile, preferences));
    }

    @GET
    @Path("export")
    @Operation(summary = "Export everything stored about me (GDPR Art. 15 and 20)",
            description = "Account, profile, preferences, sessions, API tokens and account tokens (never secrets), "
                    + "my posts' metadata and my notifications, as one JSON document.")
    public RestResponse<Map<String, Object>> export() {
        return RestResponse.ResponseBuilder.ok(personalData.export(Principals.userId(identity)))
                .header("Content-Disposition", "attachment; filename=\"blogflow-export.json\"").build();
    }

    @DELETE
    @Operation(summary = "Erase my account (GDPR Art. 17)",
            description = "Needs my password. Personal data is anonymised, every session and API token revoked; "
                    + "my content stays under the anonymised account or moves to the configured successor. An audit "
                    + "entry records the erasure.")
    @APIResponse(responseCode = "204", description = "Erased.")
    @APIResponse(responseCode = "400", description = "Wrong password.")
    @APIResponse(responseCode = "409", description = "The last active admin cannot be erased.")
    public RestResponse<Void> erase(ErasureConfirmation body) {
        UserId me = Principals.userId(identity);
        accounts.confirmPassword(me, RequestBodies.required(body).password());
        personalData.erase(me, me);
        return RestResponse.noContent();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password", description = "Every other session of mine is revoked.")
    @APIResponse(responseCode = "204", description = "Changed.")
    @APIResponse(responseCode = "400", description = "Wrong current password, or the new one breaks the policy.")
    public RestResponse<Void> changePassword(PasswordChange body) {
        PasswordChange change = RequestBodies.required(body);
        accounts.changePassword(Principals.userId(identity), Principals.sessionId(identity), change.currentPassword(),
                change.newPassword());
        return RestResponse.noContent();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "My active sessions, most recently used first")
    public List<SessionResponse> listSessions() {
        SessionId current = Principals.sessionId(identity);
        return sessions.listActive(Principals.userId(identity)).stream()
                .map(session -> SessionResponse.from(session, current)).toList();
    }

    @DELETE
    @Path("sessions/{id}")
    @Operation(summary = "Revoke one of my sessions")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such active session of mine.")
    public RestResponse<Void> revokeSession(@PathParam("id") String id) {
        SessionId session = SessionId.parse(id).orElseThrow(() -> new SessionNotFound(id));
        sessions.revoke(Principals.userId(identity), session);
        return RestResponse.noContent();
    }

    @DELETE
    @Path("sessions")
    @Operation(summary = "Revoke all my sessions except this one")
    public RevokedCount revokeOtherSessions() {
        return new RevokedCount(sessions.revokeAllExcept(Principals.userId(identity), Principals.sessionId(identity)));
    }
}
