package org.masthead.web.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;
import org.masthead.content.PreviewLinkService;
import org.masthead.content.PreviewLinkService.PreviewLinkView;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The URLs of preview links: the token names the link (a row of {@link PreviewLinkService}) and the
 * moment it stops working, and an HMAC over both keeps anyone from making, guessing or stretching one.
 * Whether the link still opens, and what it shows, the database says.
 */
@ApplicationScoped
public class PreviewLinks {

    private static final Logger LOG = Logger.getLogger(PreviewLinks.class);
    /** A signing secret is at least as long as the HMAC-SHA256 key it becomes. */
    static final int SHORTEST_SECRET = 32;

    /** masthead.preview.*: the signing secret; without one, links stop working when the application restarts. */
    @ConfigMapping(prefix = "masthead.preview")
    public interface PreviewConfig {
        Optional<String> secret();
    }

    /** What a genuine token says: which link, signed to expire when. */
    public record Signed(long linkId, Instant expires) {
    }

    private final SecretKeySpec key;

    PreviewLinks(PreviewConfig config) {
        byte[] secret;
        if (config.secret().isPresent() && !config.secret().get().isBlank()) {
            secret = config.secret().get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < SHORTEST_SECRET) {
                throw new IllegalStateException("masthead.preview.secret must be at least " + SHORTEST_SECRET + " bytes long");
            }
        } else {
            secret = new byte[SHORTEST_SECRET];
            new SecureRandom().nextBytes(secret);
            LOG.info("masthead.preview.secret is not set: preview links made now stop working when the application restarts");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The token of a link's URL, /preview/{token}. */
    public String token(PreviewLinkView link) {
        byte[] payload = ByteBuffer.allocate(16).putLong(link.id()).putLong(link.expiresAt().getEpochSecond()).array();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(sign(payload));
    }

    /** What a genuine token names; empty for anything else. */
    public Optional<Signed> check(String token) {
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
            return Optional.of(new Signed(buffer.getLong(), Instant.ofEpochSecond(buffer.getLong())));
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
