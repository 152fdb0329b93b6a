package io.kdiag.facts.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a file as text after checking that it is text worth reading: not empty, not over the
 * size bound, not binary (NUL bytes in its first block). UTF-8 is expected; a byte-order mark
 * selects UTF-16 (what Windows PowerShell writes for {@code kubectl ... > file}). Bytes that
 * are not valid in the encoding fail the read with a {@link java.nio.charset.CharacterCodingException}.
 */
final class TextFile {

    private static final int PROBE_BYTES = 8192;

    /** The file is not text kdiag reads; the message says why, in a few words. */
    static final class NotTextException extends Exception {
        private final boolean unread;

        NotTextException(String message, boolean unread) {
            super(message);
            this.unread = unread;
        }

        /** Whether the file holds something that was not read (an empty file holds nothing). */
        boolean unread() {
            return unread;
        }
    }

    private TextFile() {
    }

    /**
     * Opens the file.
     *
     * @param maxBytes the largest file read
     * @throws NotTextException when the file is empty, too large or binary
     */
    static BufferedReader open(Path file, long maxBytes) throws IOException, NotTextException {
        long size = Files.size(file);
        if (size == 0) {
            throw new NotTextException("empty file", false);
        }
        if (size > maxBytes) {
            throw new NotTextException("file is larger than " + maxBytes + " bytes, not read", true);
        }
        return open(Files.newInputStream(file));
    }

    /**
     * Opens a stream as text, with the same checks as a file but for its size; closing the
     * reader closes the stream.
     *
     * @throws NotTextException when the stream is binary
     */
    static BufferedReader open(InputStream stream) throws IOException, NotTextException {
        InputStream in = new BufferedInputStream(stream, PROBE_BYTES);
        try {
            in.mark(PROBE_BYTES);
            byte[] head = in.readNBytes(PROBE_BYTES);
            in.reset();
            Charset charset = charset(head);
            if (charset == StandardCharsets.UTF_8 && hasNul(head)) {
                throw new NotTextException("binary file (NUL bytes), not read", true);
            }
            if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
                in.skipNBytes(3);
            }
            var decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        } catch (IOException | NotTextException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static Charset charset(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
