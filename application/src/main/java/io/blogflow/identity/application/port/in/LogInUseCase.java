package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.ClientInfo;

public interface LogInUseCase {

    IssuedTokens logIn(LogInCommand command);

    record LogInCommand(String email, String password, ClientInfo client) {
    }
}
