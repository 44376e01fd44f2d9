package com.geokg.graph;

import java.io.ByteArrayOutputStream;

/** A byte buffer that refuses to grow past its bound: an answer is never built beyond the limit. */
public final class BoundedBytes extends ByteArrayOutputStream {

    private final long max;

    public BoundedBytes(long max) {
        super(1024);
        this.max = max;
    }

    @Override
    public void write(int b) {
        check(1);
        super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        check(len);
        super.write(b, off, len);
    }

    private void check(int more) {
        if (count + (long) more > max) {
            throw new ResponseTooLargeException(max);
        }
    }
}
