package dev.iosemu.net;

/**
 * The last-resort handler of every server and session thread: an exception that nothing else caught ends
 * that one thread, and is logged in one line (the thread and the exception) instead of a stack trace on
 * the console. The servers keep listening because their loops catch per connection and per datagram; this
 * handler covers whatever slips past, so a fault is never silent and never more than one line.
 *
 * <p>Stateless, hence thread-safe.
 */
public final class LastResort implements Thread.UncaughtExceptionHandler {
    /** The one instance. */
    public static final LastResort HANDLER = new LastResort();

    private static final System.Logger LOG = System.getLogger(LastResort.class.getName());

    private LastResort() {}

    /** A virtual thread builder named {@code name}, with this handler. */
    public static Thread.Builder.OfVirtual virtual(String name) {
        return Thread.ofVirtual().name(name).uncaughtExceptionHandler(HANDLER);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "{0} ended by {1}", thread.getName(), String.valueOf(failure));
    }
}
