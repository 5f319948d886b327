package io.blogflow.images.adapter.s3;

import io.blogflow.images.application.port.out.MediaStorage;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link MediaStorage} in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, R2, …), which every instance shares.
 * A key lives at {@code <prefix><key>}. An S3 PUT is atomic (readers see the whole object or none) and keys are
 * content addressed, so a put of a key that exists is skipped. {@link #open} hands over the object's body as it
 * arrives from the network; only {@link #get} (for decoding and rendering) reads it whole. Keys are restricted as on
 * the file system ({@code [a-z0-9._-]}, 4 to 200 characters, no {@code ..}, no leading dot).
 */
public final class S3MediaStorage implements MediaStorage, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[a-z0-9._-]{4,200}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3MediaStorage(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /**
     * A client for {@code endpoint} (absent: AWS itself, by region), path-style where an endpoint is given (what most
     * S3-compatible servers expect). Without an access key the SDK's default chain applies (environment, profile,
     * instance role). Checksums only where the operation requires them, which every S3-compatible server supports.
     */
    public static S3Client client(Optional<URI> endpoint, String region, Optional<String> accessKey,
                                  Optional<String> secretKey, Duration timeout) {
        AwsCredentialsProvider credentials = accessKey.isPresent() && secretKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout))
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }

    @Override
    public void put(String key, byte[] bytes) {
        if (exists(key)) {
            return; // content addressed: the same key always holds the same bytes
        }
        s3.putObject(request -> request.bucket(bucket).key(objectOf(key)).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<Content> open(String key) {
        String object = objectOf(key);
        try {
            ResponseInputStream<GetObjectResponse> body = s3.getObject(request -> request.bucket(bucket).key(object));
            return Optional.of(new Content(body, body.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        return open(key).map(Content::readAll);
    }

    @Override
    public boolean exists(String key) {
        String object = objectOf(key);
        try {
            s3.headObject(request -> request.bucket(bucket).key(object));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        String object = objectOf(key);
        s3.deleteObject(request -> request.bucket(bucket).key(object)); // no error for a missing object
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectOf(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.startsWith(".")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return prefix + key;
    }
}
