package io.blogflow.images.application.service.archfixture;

import io.blogflow.llm.adapter.rest.InteractionResponse;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.llm.application.service.ModelTargets;

/** Deliberately broken: the images context using llm's service, out-port and REST adapter. */
public class ImagesUsingLlmInternals {

    public ModelTargets targets;
    public UsageMeter usage;
    public InteractionResponse response;
}
