package io.blogflow.analytics.adapter.useragent;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small IPv4 MaxMind DB file (format 2.0, 24-bit records) mapping networks to {@code {"country":
 * {"iso_code": …}}}, as a GeoLite2-Country database: MaxMind publishes no Java writer, and its test databases are
 * not at hand offline. Follows https://maxmind.github.io/MaxMind-DB/ (search tree, data section, metadata).
 */
final class MmdbWriter {

    private static final int EMPTY = -1;

    private final Map<String, String> networks = new LinkedHashMap<>();

    /** @param cidr an IPv4 network, e.g. {@code 81.2.69.0/24} */
    MmdbWriter add(String cidr, String isoCode) {
        networks.put(cidr, isoCode);
        return this;
    }

    byte[] write() throws Exception {
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[] {EMPTY, EMPTY});
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<int[]> leaves = new ArrayList<>(); // node, side, data offset
        for (Map.Entry<String, String> network : networks.entrySet()) {
            String[] parts = network.getKey().split("/");
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = Integer.parseInt(parts[1]);
            int offset = data.size();
            data.writeBytes(map(Map.of("country", Map.of("iso_code", network.getValue()))));
            int node = 0;
            for (int bit = 0; bit < prefix; bit++) {
                int side = (address[bit / 8] >> (7 - bit % 8)) & 1;
                if (bit == prefix - 1) {
                    leaves.add(new int[] {node, side, offset});
                } else {
                    if (nodes.get(node)[side] == EMPTY) {
                        nodes.add(new int[] {EMPTY, EMPTY});
                        nodes.get(node)[side] = nodes.size() - 1;
                    }
                    node = nodes.get(node)[side];
                }
            }
        }
        int count = nodes.size();
        for (int[] leaf : leaves) {
            nodes.get(leaf[0])[leaf[1]] = count + 16 + leaf[2];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] node : nodes) {
            for (int record : node) {
                int value = record == EMPTY ? count : record;
                out.write(value >> 16 & 0xff);
                out.write(value >> 8 & 0xff);
                out.write(value & 0xff);
            }
        }
        out.writeBytes(new byte[16]);
        out.writeBytes(data.toByteArray());
        out.writeBytes(new byte[] {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF});
        out.writeBytes("MaxMind.com".getBytes(StandardCharsets.US_ASCII));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", new Uint32(count));
        metadata.put("record_size", new Uint16(24));
        metadata.put("ip_version", new Uint16(4));
        metadata.put("database_type", "GeoLite2-Country");
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", new Uint16(2));
        metadata.put("binary_format_minor_version", new Uint16(0));
        metadata.put("build_epoch", new Uint64(1_700_000_000L));
        metadata.put("description", Map.of("en", "blogflow test database"));
        out.writeBytes(map(metadata));
        return out.toByteArray();
    }

    private record Uint16(int value) {
    }

    private record Uint32(long value) {
    }

    private record Uint64(long value) {
    }

    private static byte[] map(Map<String, ?> map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(7 << 5 | map.size());
        map.forEach((key, value) -> {
            out.writeBytes(encode(key));
            out.writeBytes(encode(value));
        });
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(2 << 5 | bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Map<?, ?> map) {
            out.writeBytes(map((Map<String, ?>) map));
        } else if (value instanceof List<?> list) {
            out.write(list.size());
            out.write(11 - 7);
            list.forEach(item -> out.writeBytes(encode(item)));
        } else if (value instanceof Uint16 number) {
            unsigned(out, 5 << 5, number.value(), 2, false);
        } else if (value instanceof Uint32 number) {
            unsigned(out, 6 << 5, number.value(), 4, false);
        } else if (value instanceof Uint64 number) {
            unsigned(out, 0, number.value(), 8, true);
        } else {
            throw new IllegalArgumentException("Unsupported " + value);
        }
        return out.toByteArray();
    }

    private static void unsigned(ByteArrayOutputStream out, int type, long value, int size, boolean extended) {
        out.write(type | size);
        if (extended) {
            out.write(9 - 7);
        }
        for (int i = size - 1; i >= 0; i--) {
            out.write((int) (value >> (8 * i)) & 0xff);
        }
    }
}
