package io.blogflow.identity.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Authentication settings ({@code blogflow.auth.*}, e.g. BLOGFLOW_AUTH_ACCESS_TOKEN_TTL=10m). */
@ConfigMapping(prefix = "blogflow.auth")
public interface IdentityConfig {

    /** Lifetime of access tokens; at most 15 minutes. */
    @WithDefault("10m")
    Duration accessTokenTtl();

    /** How long a session (and so a refresh token chain) lives after login. */
    @WithDefault("30d")
    Duration sessionLifetime();

    /** How long a just-rotated refresh token is still honoured, for clients refreshing concurrently. */
    @WithDefault("2s")
    Duration refreshGrace();

    /** Consecutive failed logins that lock an account; every further multiple doubles the lock. */
    @WithDefault("5")
    int lockoutThreshold();

    @WithDefault("15m")
    Duration lockoutBase();

    @WithDefault("24h")
    Duration lockoutMax();

    /** How long a confirmed-active session is trusted before it is checked again (bounds multi-instance staleness). */
    @WithDefault("5s")
    Duration sessionCheckCacheTtl();

    @WithDefault("blogflow")
    String jwtIssuer();

    @WithDefault("blogflow-api")
    String jwtAudience();

    /** Who may create an account: closed (admins only), invite, or open (BLOGFLOW_AUTH_REGISTRATION_MODE). */
    @WithDefault("closed")
    String registrationMode();

    /** Password-reset requests per email address (BLOGFLOW_AUTH_PASSWORD_RESET_CAPACITY / _WINDOW). */
    @WithDefault("3")
    @io.smallrye.config.WithName("password-reset.capacity")
    int passwordResetCapacity();

    @WithDefault("15m")
    @io.smallrye.config.WithName("password-reset.window")
    Duration passwordResetWindow();

    /** First admin, created when no account exists (BLOGFLOW_ADMIN_EMAIL / BLOGFLOW_ADMIN_PASSWORD). */
    Optional<String> adminEmail();

    Optional<String> adminPassword();
}
