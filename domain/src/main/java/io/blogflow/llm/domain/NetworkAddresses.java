package io.blogflow.llm.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which addresses are not on the public internet, so a provider URL resolving to one of them could make the server
 * reach into its own network (SSRF): loopback, private ranges (RFC 1918), carrier-grade NAT (RFC 6598), link-local
 * (including cloud metadata at 169.254.169.254), IPv6 unique-local (fc00::/7) and link-local (fe80::/10), unspecified
 * ({@code 0.0.0.0}, {@code ::}), "this network" 0/8, multicast and broadcast. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by that
 * IPv4 address.
 */
public final class NetworkAddresses {

    private NetworkAddresses() {
    }

    public static boolean isNonPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return isNonPublicV6(v6.getAddress());
        }
        return isNonPublicV4(address.getAddress());
    }

    private static boolean isNonPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        return b0 == 0                                   // 0.0.0.0/8: "this network", incl. the unspecified address
                || b0 == 10                              // 10.0.0.0/8
                || b0 == 127                             // loopback
                || b0 == 100 && (b1 & 0xc0) == 64        // 100.64.0.0/10 carrier-grade NAT
                || b0 == 169 && b1 == 254                // link-local, cloud metadata
                || b0 == 172 && (b1 & 0xf0) == 16        // 172.16.0.0/12
                || b0 == 192 && b1 == 168                // 192.168.0.0/16
                || b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0 // 192.0.0.0/24 IETF protocol assignments
                || b0 == 198 && (b1 & 0xfe) == 18        // 198.18.0.0/15 benchmarking
                || b0 >= 224;                            // multicast, reserved, broadcast
    }

    private static boolean isNonPublicV6(byte[] a) {
        if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return isNonPublicV4(Arrays.copyOfRange(a, 12, 16));          // ::ffff:a.b.c.d
        }
        if (allZero(a, 0, 12)) {
            return allZero(a, 12, 15) || isNonPublicV4(Arrays.copyOfRange(a, 12, 16)); // ::, ::1, ::a.b.c.d
        }
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b
                && allZero(a, 4, 12)) {
            return isNonPublicV4(Arrays.copyOfRange(a, 12, 16));          // 64:ff9b::/96 NAT64
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return isNonPublicV4(Arrays.copyOfRange(a, 2, 6));            // 2002::/16 6to4
        }
        int b0 = a[0] & 0xff;
        return (b0 & 0xfe) == 0xfc                                      // fc00::/7 unique-local
                || b0 == 0xfe && (a[1] & 0xc0) == 0x80                  // fe80::/10 link-local
                || b0 == 0xfe && (a[1] & 0xc0) == 0xc0                  // fec0::/10 deprecated site-local
                || b0 == 0xff;                                          // multicast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
