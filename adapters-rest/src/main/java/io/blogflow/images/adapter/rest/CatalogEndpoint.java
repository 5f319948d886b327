package io.blogflow.images.adapter.rest;

import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.PathIds;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Roles;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What the four catalogue resources do alike: ids in paths (a malformed one names nothing: 404), ETag from the
 * version, If-Match required on writes, 201 with Location. Each resource only declares its paths, DTOs and OpenAPI.
 */
final class CatalogEndpoint<T, V, D> {

    static final String ADMIN = Roles.ADMIN;
    static final String READ = Permissions.POSTS_READ;

    private final ImageCatalogUseCase<T, V> catalog;
    private final String kind;
    private final Function<T, D> toDto;
    private final Function<T, UUID> idOf;
    private final ToLongFunction<T> versionOf;

    CatalogEndpoint(ImageCatalogUseCase<T, V> catalog, String kind, Function<T, D> toDto, Function<T, UUID> idOf,
                    ToLongFunction<T> versionOf) {
        this.catalog = catalog;
        this.kind = kind;
        this.toDto = toDto;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    RestResponse<PageResponse<D>> list(PageParams paging, UriInfo uri) {
        return PageParams.answer(catalog.list(paging.request()), toDto, uri);
    }

    RestResponse<D> get(String id) {
        return withETag(catalog.get(uuid(id)));
    }

    RestResponse<D> create(SecurityIdentity identity, V values, UriInfo uri) {
        T created = catalog.create(admin(identity), RequestBodies.required(values));
        return RestResponse.ResponseBuilder.<D>created(uri.getAbsolutePathBuilder()
                        .path(idOf.apply(created).toString()).build())
                .tag(ETags.of(versionOf.applyAsLong(created))).entity(toDto.apply(created)).build();
    }

    RestResponse<D> update(SecurityIdentity identity, String id, String ifMatch, V values) {
        UUID entry = uuid(id);
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(catalog.update(admin(identity), entry, expected, RequestBodies.required(values)));
    }

    RestResponse<Void> delete(SecurityIdentity identity, String id, String ifMatch) {
        UUID entry = uuid(id);
        catalog.delete(admin(identity), entry, ETags.requiredVersion(ifMatch));
        return RestResponse.noContent();
    }

    private RestResponse<D> withETag(T entry) {
        return RestResponse.ResponseBuilder.ok(toDto.apply(entry)).tag(ETags.of(versionOf.applyAsLong(entry))).build();
    }

    private UUID uuid(String raw) {
        return PathIds.uuid(raw, () -> new NotFoundException(kind, raw));
    }

    private static UserId admin(SecurityIdentity identity) {
        return UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
    }
}
