package io.blogflow.images.application.service.archfixture;

import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.Transactions;

/** Allowed: another context's port.in and domain, and the shared kernel. */
public class ImagesUsingLlmPorts {

    public ResolveModelUseCase models;
    public LlmModel model;
    public ProviderCallFailure failure;
    public Transactions transactions;
}
