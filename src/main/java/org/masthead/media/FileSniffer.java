package org.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Tells what a file really is from its bytes, never from its name or the browser's claim:
 * JPEG, PNG, GIF or PDF, and an image's dimensions read by actually decoding its header.
 */
final class FileSniffer {

    record Kind(String contentType, String extension, Integer width, Integer height) {
    }

    private FileSniffer() {
    }

    static Optional<Kind> sniff(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return hasPdfTrailer(file) ? Optional.of(new Kind("application/pdf", "pdf", null, null)) : Optional.empty();
        }
        String type;
        String extension;
        if (startsWith(start, 0xFF, 0xD8, 0xFF)) {
            type = "image/jpeg";
            extension = "jpg";
        } else if (startsWith(start, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            type = "image/png";
            extension = "png";
        } else if (startsWith(start, 'G', 'I', 'F', '8')) {
            type = "image/gif";
            extension = "gif";
        } else {
            return Optional.empty();
        }
        return dimensions(file).map(size -> new Kind(type, extension, size[0], size[1]));
    }

    private static Optional<int[]> dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new int[] { width, height }) : Optional.empty();
            } catch (IOException | RuntimeException corrupt) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** A real PDF ends with %%EOF (possibly followed by whitespace). */
    private static boolean hasPdfTrailer(Path file) throws IOException {
        long size = Files.size(file);
        byte[] tail;
        try (var channel = Files.newByteChannel(file)) {
            channel.position(Math.max(0, size - 1024));
            var buffer = ByteBuffer.allocate((int) Math.min(1024, size));
            channel.read(buffer);
            tail = Arrays.copyOf(buffer.array(), buffer.position());
        }
        return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
