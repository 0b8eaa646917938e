package org.caravan.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A progress display on stderr for long runs. On a terminal it redraws one line ({@code \r}) five times a second
 * after the first second; elsewhere (a log file, a pipe) it stays silent for the first minute, then writes one
 * plain line a minute, so short runs and logs stay clean. Stopping it erases the terminal line. Thread-safe.
 */
final class Progress implements AutoCloseable {

    private static final long TERMINAL_PERIOD_MS = 200;
    private static final long LOG_PERIOD_MS = 60_000;
    private static final long TERMINAL_DELAY_MS = 1_000;

    private final PrintWriter err;
    private final Supplier<String> status;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;
    private int drawn;

    private Progress(PrintWriter err, Supplier<String> status, boolean terminal) {
        this.err = err;
        this.status = status;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "caravan-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts showing {@code status} (a short line: counts and rate). */
    static Progress start(PrintWriter err, Supplier<String> status) {
        return new Progress(err, status, System.console() != null);
    }

    static Progress start(PrintWriter err, Supplier<String> status, boolean terminal) {
        return new Progress(err, status, terminal);
    }

    private void loop() {
        long period = terminal ? TERMINAL_PERIOD_MS : LOG_PERIOD_MS;
        try {
            if (terminal) {
                Thread.sleep(TERMINAL_DELAY_MS);
            }
            while (running) {
                Thread.sleep(period);
                if (running) {
                    draw();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        String line = elapsed() + " " + status.get();
        if (terminal) {
            String bar = spinner();
            String text = "\r" + bar + " " + line;
            err.print(text + " ".repeat(Math.max(0, drawn - text.length())));
            drawn = text.length();
        } else {
            err.println("caravan: progress " + line);
        }
        err.flush();
    }

    /** A bar that sweeps back and forth: the total is unknown while sources stream. */
    private String spinner() {
        int width = 20;
        long tick = (System.nanoTime() - start) / (TERMINAL_PERIOD_MS * 1_000_000);
        int pos = (int) (tick % (2L * (width - 3)));
        if (pos >= width - 3) {
            pos = 2 * (width - 3) - pos;
        }
        return "[" + " ".repeat(pos) + "###" + " ".repeat(width - 3 - pos) + "]";
    }

    private String elapsed() {
        Duration d = Duration.ofNanos(System.nanoTime() - start);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    /** Prints a line (an error of the run) above the progress line. */
    synchronized void println(String line) {
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void close() {
        running = false;
        thread.interrupt();
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
        }
    }
}
