package io.blogflow.shared.adapter.rest;

/** Limits the REST edge enforces; built from configuration in bootstrap. */
public record RestLimits(long maxBodyBytes) {
}
