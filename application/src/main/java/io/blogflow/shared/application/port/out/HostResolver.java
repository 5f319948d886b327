package io.blogflow.shared.application.port.out;

import java.net.InetAddress;
import java.util.List;

/** Name resolution (DNS), so rules about where the server may connect can look at real addresses. */
public interface HostResolver {

    /** Every address the host name resolves to (an address literal: itself); empty when it does not resolve. */
    List<InetAddress> resolve(String host);
}
