package io.blogflow.images.bootstrap.archfixture;

import io.blogflow.llm.application.port.out.UsageMeter;

/** Allowed: wiring in bootstrap may implement (or hand over) another context's out-port. */
public abstract class WiringImplementingLlmOutPort implements UsageMeter {
}
