package com.geokg.load.progress;

import java.io.PrintStream;
import java.util.Locale;

import com.geokg.load.LoadListener;
import com.geokg.load.LoadReport;
import com.geokg.load.ScriptSource;

/**
 * A progress bar redrawn in place with a carriage return (at most ten times a second): statements
 * done of total, rows per second, elapsed and remaining time. For terminals only; see
 * {@link PlainProgress} for everything else.
 */
public final class TerminalProgressBar implements LoadListener {

    private static final int WIDTH = 30;
    private static final String CLEAR_TO_END_OF_LINE = "\u001b[K";
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private long lastDraw;
    private boolean drawn;

    public TerminalProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void skipped(ScriptSource source) {
        endLine();
        out.println("skipped " + source.name() + ": a script with this sha256 already loaded successfully");
    }

    @Override
    public void validating(int done, int total) {
        if (throttled(done == total)) {
            draw(String.format(Locale.ROOT, "validating %s %,d/%,d", bar(done, total), done, total));
        }
    }

    @Override
    public void started(int total) {
        endLine();
    }

    @Override
    public void progress(Progress p) {
        if (throttled(p.done() == p.total())) {
            draw(String.format(Locale.ROOT, "loading    %s %,d/%,d statements  %,.0f rows/s  elapsed %s  remaining %s",
                    bar(p.done(), p.total()), p.done(), p.total(), p.rowsPerSecond(),
                    Durations.clock(p.elapsed()), Durations.clock(p.remaining())));
        }
    }

    @Override
    public void finished(LoadReport report) {
        endLine();
    }

    private boolean throttled(boolean last) {
        long now = System.nanoTime();
        if (last || !drawn || now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            return true;
        }
        return false;
    }

    private void draw(String line) {
        out.print("\r" + line + CLEAR_TO_END_OF_LINE);
        out.flush();
        drawn = true;
    }

    private void endLine() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }
}
