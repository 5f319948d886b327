package io.blogflow.images.application.port.in;

import java.util.List;

/** The image protocols this installation speaks, by the names the image catalogue uses. */
public interface ImageProtocolsUseCase {

    /** Sorted. */
    List<String> protocolNames();
}
