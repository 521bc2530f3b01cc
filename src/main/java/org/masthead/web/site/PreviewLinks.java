package org.masthead.web.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * Signed, expiring preview links a reviewer hands to someone outside the desk: the token names the
 * item and the moment it stops working, and an HMAC over both keeps anyone from making or stretching one.
 */
@ApplicationScoped
public class PreviewLinks {

    private static final Logger LOG = Logger.getLogger(PreviewLinks.class);
    public static final Duration LONGEST = Duration.ofDays(14);

    /** masthead.preview.*: the signing secret; without one, links stop working when the application restarts. */
    @ConfigMapping(prefix = "masthead.preview")
    public interface PreviewConfig {
        Optional<String> secret();
    }

    /** A link's item and the end of its validity. */
    public record Grant(long itemId, Instant expires) {
    }

    private final Clock clock;
    private final SecretKeySpec key;

    PreviewLinks(Clock clock, PreviewConfig config) {
        this.clock = clock;
        byte[] secret;
        if (config.secret().isPresent() && !config.secret().get().isBlank()) {
            secret = config.secret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.info("masthead.preview.secret is not set: preview links made now stop working when the application restarts");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String issue(long itemId, Duration validFor) {
        Instant expires = Instant.now(clock).plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        byte[] payload = ByteBuffer.allocate(16).putLong(itemId).putLong(expires.getEpochSecond()).array();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(sign(payload));
    }

    /** The grant of a genuine, unexpired token; empty for anything else. */
    public Optional<Grant> check(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (payload.length != 16 || !MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            Grant grant = new Grant(buffer.getLong(), Instant.ofEpochSecond(buffer.getLong()));
            return Instant.now(clock).isBefore(grant.expires()) ? Optional.of(grant) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
