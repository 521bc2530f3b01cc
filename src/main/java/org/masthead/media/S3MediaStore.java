package org.masthead.media;

import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The library in an S3-compatible bucket, through the AWS SDK. Keys are laid out as in the local folder
 * ({@code ab/abcd….jpg} under the configured prefix), so a folder and a bucket hold the same tree. Each object carries the
 * type, name and caching the app would send, so a bucket or CDN serving it directly answers as the app does.
 */
public final class S3MediaStore implements MediaStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String where;

    public S3MediaStore(UploadsConfig.S3 config) {
        this.bucket = config.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "masthead.uploads.store=s3 needs masthead.uploads.s3.bucket (MASTHEAD_UPLOADS_S3_BUCKET)"));
        this.prefix = config.prefix().orElse("");
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // checksums only where S3 requires them: many S3-compatible stores refuse the SDK's newer trailing ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(config));
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
        this.where = "the bucket " + bucket + (prefix.isEmpty() ? "" : " under " + prefix)
                + config.endpoint().map(e -> " at " + e).orElse(" in " + config.region());
    }

    private static AwsCredentialsProvider credentials(UploadsConfig.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalStateException("Set both masthead.uploads.s3.access-key-id and masthead.uploads.s3.secret-access-key,"
                    + " or neither (then the AWS SDK's own chain applies)");
        }
        if (config.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private String objectKey(String key) {
        return prefix + MediaStore.layout(key);
    }

    @Override
    public void put(String key, Path file, String contentType, String fileName) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(objectKey(key)).contentType(contentType)
                    .contentDisposition(Upload.contentDisposition(fileName)).cacheControl(Upload.CACHE_CONTROL),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw unavailable("store the file in", e);
        }
    }

    private Unavailable unavailable(String doing, SdkException e) {
        return new Unavailable("Cannot " + doing + " " + where + ": " + e.getMessage(), e);
    }

    @Override
    public Optional<MediaObject> open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(objectKey(key)));
            return Optional.of(new MediaObject(null, in, in.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw unavailable("read a file from", e);
        }
    }

    @Override
    public boolean has(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw unavailable("look for a file in", e);
        } catch (SdkException e) {
            throw unavailable("look for a file in", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
        } catch (SdkException e) {
            throw unavailable("delete a file from", e);
        }
    }

    @Override
    public Optional<String> problem() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return Optional.empty();
        } catch (SdkException e) {
            return Optional.of(where + " cannot be reached: " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        s3.close();
    }
}
