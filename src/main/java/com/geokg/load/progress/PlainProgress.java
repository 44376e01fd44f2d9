package com.geokg.load.progress;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.geokg.load.LoadListener;
import com.geokg.load.LoadReport;
import com.geokg.load.ScriptSource;

/**
 * Progress as plain lines, for logs, pipes, CI and the HTTP endpoint: one line whenever another tenth
 * of the statements is done or {@value #INTERVAL_SECONDS} s passed, never more than that, so a
 * million-statement load does not flood a build log.
 */
public final class PlainProgress implements LoadListener {

    static final int INTERVAL_SECONDS = 5;

    private final Consumer<String> out;
    private final LongSupplier nanoClock;
    private long lastLine;
    private int lastTenth = -1;
    private int validationTotal;

    /** @param out receives each line, without a line separator */
    public PlainProgress(Consumer<String> out) {
        this(out, System::nanoTime);
    }

    PlainProgress(Consumer<String> out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
    }

    @Override
    public void skipped(ScriptSource source) {
        out.accept("skipped " + source.name() + ": a script with this sha256 already loaded successfully");
    }

    @Override
    public void validating(int done, int total) {
        if (validationTotal == 0) {
            validationTotal = total;
            out.accept(String.format(Locale.ROOT, "validating %,d statements", total));
        }
        if (done == total) {
            out.accept(String.format(Locale.ROOT, "validated %,d statements", total));
        }
    }

    @Override
    public void started(int total) {
        out.accept(String.format(Locale.ROOT, "running %,d statements", total));
        lastLine = nanoClock.getAsLong();
    }

    @Override
    public void progress(Progress p) {
        int tenth = p.total() == 0 ? 10 : (int) ((long) p.done() * 10 / p.total());
        long now = nanoClock.getAsLong();
        if (tenth != lastTenth || now - lastLine >= INTERVAL_SECONDS * 1_000_000_000L || p.done() == p.total()) {
            lastTenth = tenth;
            lastLine = now;
            out.accept(line(p));
        }
    }

    @Override
    public void finished(LoadReport report) {
        // the caller prints the summary
    }

    static String line(Progress p) {
        return String.format(Locale.ROOT, "progress: %,d/%,d statements (%d%%), %,.0f rows/s, elapsed %s, remaining %s, in %s",
                p.done(), p.total(), p.total() == 0 ? 100 : (int) ((long) p.done() * 100 / p.total()), p.rowsPerSecond(),
                Durations.clock(p.elapsed()), Durations.clock(p.remaining()), p.source());
    }
}
