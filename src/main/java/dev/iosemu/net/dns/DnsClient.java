package dev.iosemu.net.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * Asks one name server for the A record of a name, over UDP, through the JDK's JNDI DNS provider: it sends
 * the query to the server given (not the host's resolver), retries with a doubling timeout, and parses the
 * answer. Any failure (no such name, no answer, no route) is an empty result, as a router only reports that
 * the name did not resolve. Thread-safe: each lookup uses its own context.
 */
public final class DnsClient {
    private static final String FACTORY = "com.sun.jndi.dns.DnsContextFactory";
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Duration timeout;
    private final int tries;

    /**
     * @param timeout the wait for the first answer; each retry waits twice as long as the one before
     * @param tries how many times a query is sent at most
     */
    public DnsClient(Duration timeout, int tries) {
        if (timeout.isNegative() || timeout.isZero() || tries < 1) {
            throw new IllegalArgumentException("timeout and tries must be positive: " + timeout + ", " + tries);
        }
        this.timeout = timeout;
        this.tries = tries;
    }

    /** Two seconds, then four: about what a router waits for each name server. */
    public static DnsClient standard() {
        return new DnsClient(Duration.ofSeconds(2), 2);
    }

    /** The first IPv4 address {@code server} gives for {@code name}, if it gives one. */
    public Optional<Inet4Address> lookup(InetSocketAddress server, String name) {
        DirContext context = null;
        try {
            context = new InitialDirContext(environment(server));
            Attribute records = context.getAttributes(name, new String[] {"A"}).get("A");
            return records == null || records.size() == 0
                    ? Optional.empty()
                    : Optional.of(address(records.get(0).toString()));
        } catch (NamingException | UnknownHostException | ClassCastException e) {
            return Optional.empty();
        } finally {
            close(context);
        }
    }

    private Hashtable<String, String> environment(InetSocketAddress server) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, FACTORY);
        String host = server.getAddress().getHostAddress();
        environment.put(Context.PROVIDER_URL, "dns://" + host + ":" + server.getPort());
        environment.put("com.sun.jndi.dns.timeout.initial", Long.toString(timeout.toMillis()));
        environment.put("com.sun.jndi.dns.timeout.retries", Integer.toString(tries));
        return environment;
    }

    /** An A record's text: a dotted quad, parsed as a literal (anything else is refused, never looked up). */
    private static Inet4Address address(String dottedQuad) throws UnknownHostException {
        if (!DOTTED_QUAD.matcher(dottedQuad).matches()) {
            throw new UnknownHostException("not an IPv4 address: " + dottedQuad);
        }
        return (Inet4Address) InetAddress.getByName(dottedQuad);
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                // nothing is held open after a lookup
            }
        }
    }
}
