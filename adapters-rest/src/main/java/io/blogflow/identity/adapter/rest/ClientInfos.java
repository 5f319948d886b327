package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.domain.ClientInfo;
import io.vertx.core.http.HttpServerRequest;

/** The caller's address (after Quarkus' proxy-forwarding rules, when enabled) and user agent. */
final class ClientInfos {

    private ClientInfos() {
    }

    static ClientInfo of(HttpServerRequest request) {
        String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return new ClientInfo(ip, request.getHeader("User-Agent"));
    }
}
