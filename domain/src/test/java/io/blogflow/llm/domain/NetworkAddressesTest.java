package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NetworkAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.10",
            "127.0.0.1", "127.8.9.10", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fec0::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:c0a8:101::1"})
    void nonPublicAddressesAreRecognised(String literal) throws UnknownHostException {
        assertThat(NetworkAddresses.isNonPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "104.18.0.1", "172.15.255.255", "172.32.0.1", "192.169.0.1", "169.255.0.1",
            "100.128.0.1", "11.0.0.1", "2606:4700::1111", "2a00:1450:4001::200e", "fbff::1",
            "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void publicAddressesPass(String literal) throws UnknownHostException {
        assertThat(NetworkAddresses.isNonPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @Test
    void anIpv4MappedAddressBuiltAsIpv6IsJudgedByItsIpv4Part() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1); // stays an Inet6Address

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(NetworkAddresses.isNonPublic(address)).isTrue();
    }
}
