package io.verifact.document;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;

/**
 * Content already in memory, read forward by the content parser as PDFBox reads a decoded stream
 * ({@code NonSeekableRandomAccessReadInputStream}): the same bytes for every read, peek, step back and skip,
 * the same end-of-content flag, set by a read past the end and cleared by a step back, and no seeking. A byte
 * costs an array read: the parser reads and peeks at every byte of a page through this. Unlike PDFBox's reader,
 * which tells what its buffers hold, {@link #available} tells all that is left; the parser never asks.
 */
final class ForwardContent implements RandomAccessRead {

    private final byte[] bytes;
    private int at;
    private boolean ended;
    private boolean closed;

    ForwardContent(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        open();
        if (ended) {
            return -1;
        }
        if (at >= bytes.length) {
            ended = true;
            return -1;
        }
        return bytes[at++] & 0xFF;
    }

    /** A read and a step back, as PDFBox's readers peek, without the step's checks. */
    @Override
    public int peek() throws IOException {
        int next = read();
        if (next != -1) {
            at--;
        }
        return next;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        open();
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (ended) {
            return -1;
        }
        int n = Math.min(length, bytes.length - at);
        if (n < length) {
            ended = true;
        }
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        int total = 0;
        while (total < length) {
            int n = read(into, offset + total, length - total);
            if (n <= 0) {
                throw new EOFException("EOF, should have been detected earlier");
            }
            total += n;
        }
    }

    @Override
    public void rewind(int count) throws IOException {
        open();
        if (count > at) {
            throw new IOException("not enough bytes available to perform the rewind operation");
        }
        at -= count;
        ended = false;
    }

    @Override
    public void skip(int count) throws IOException {
        open();
        int n = Math.clamp(count, 0, bytes.length - at);
        at += n;
        if (n < count) {
            ended = true;
        }
    }

    @Override
    public long getPosition() throws IOException {
        open();
        return at;
    }

    @Override
    public void seek(long position) throws IOException {
        throw new IOException("content is read forward: seek isn't supported");
    }

    @Override
    public long length() throws IOException {
        open();
        return bytes.length;
    }

    @Override
    public int available() throws IOException {
        open();
        return bytes.length - at;
    }

    @Override
    public boolean isEOF() throws IOException {
        open();
        return ended;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        throw new IOException("content is read forward: createView isn't supported");
    }

    private void open() throws IOException {
        if (closed) {
            throw new IOException("content already closed");
        }
    }
}
