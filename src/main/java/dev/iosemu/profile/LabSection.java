package dev.iosemu.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lab network the device sees: lab addresses served by the embedded servers, and the FTP accounts.
 *
 * @param anonymous whether the lab FTP server accepts anonymous logins
 */
public record LabSection(List<Server> servers, List<FtpUser> ftpUsers, boolean anonymous) {
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HOME = Pattern.compile("\\.|[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    /** A protocol an embedded lab server offers. */
    public enum Service {
        TFTP,
        FTP,
        /** SCP over SSH, with the FTP accounts as logins. */
        SCP,
        /** Read-only HTTP. */
        HTTP,
        /** Read-only HTTPS with the lab's certificate. */
        HTTPS
    }

    /**
     * A lab address that the embedded servers answer for.
     *
     * @param address dotted IPv4 address in the device's lab network
     */
    public record Server(String address, List<Service> services) {
        /** Requires an IPv4 address and at least one service. */
        public Server {
            Fields.matching("address", address, IPV4, "a dotted IPv4 address");
            services = Fields.nonEmpty("services", services);
        }
    }

    /**
     * An account of the lab FTP server.
     *
     * @param home directory under the served root ({@code .} is the root itself)
     */
    public record FtpUser(String name, String password, String home, boolean writable) {
        /** Requires name and password; home is relative and may not climb out of the root. */
        public FtpUser {
            Fields.text("name", name);
            Fields.required("password", password);
            home = home == null ? "." : home;
            Fields.matching("home", home, HOME, "'.' or a relative directory");
            if (home.contains("..")) {
                throw new InvalidFieldException("home", "must stay inside the served root (was '" + home + "')");
            }
        }
    }

    /** Requires a server; user names must be unique. */
    public LabSection {
        servers = Fields.nonEmpty("servers", servers);
        ftpUsers = Fields.list("ftpUsers", ftpUsers);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ftpUsers.size(); i++) {
            if (!names.add(ftpUsers.get(i).name())) {
                throw new InvalidFieldException(
                        "ftpUsers[" + i + "].name",
                        "duplicate user '" + ftpUsers.get(i).name() + "'");
            }
        }
    }
}
