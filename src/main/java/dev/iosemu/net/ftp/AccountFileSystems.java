package dev.iosemu.net.ftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.User;

/**
 * Gives each logged-in session a {@link HomeView} of its account's home folder, resolved once at start
 * against the server root.
 *
 * <p>Immutable after construction, hence thread-safe.
 */
final class AccountFileSystems implements FileSystemFactory {
    /** An account and the real path of its home. */
    private record Home(FtpAccount account, Path folder) {}

    private final Map<String, Home> homes;

    private AccountFileSystems(Map<String, Home> homes) {
        this.homes = homes;
    }

    /** Resolves every account's home; fails when the root or a home is not an existing folder. */
    static AccountFileSystems of(FtpServerConfig config) throws IOException {
        requireDirectory(config.root());
        Path root = config.root().toRealPath();
        Map<String, Home> homes = new LinkedHashMap<>();
        for (FtpAccount account : accountsOf(config)) {
            Path folder = VirtualPath.resolve(VirtualPath.ROOT, account.home())
                    .flatMap(home -> home.under(root))
                    .orElseThrow(() -> new IllegalArgumentException("invalid home for " + account));
            requireDirectory(folder);
            Path real = folder.toRealPath();
            if (!real.startsWith(root)) {
                throw new IllegalArgumentException("home of " + account + " leads outside the root");
            }
            homes.put(account.name(), new Home(account, real));
        }
        return new AccountFileSystems(homes);
    }

    private static void requireDirectory(Path folder) throws NotDirectoryException {
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
    }

    private static List<FtpAccount> accountsOf(FtpServerConfig config) {
        List<FtpAccount> accounts = new ArrayList<>(config.accounts());
        boolean hasAnonymous = accounts.stream().anyMatch(a -> a.name().equals(FtpAccount.ANONYMOUS));
        if (config.anonymousEnabled() && !hasAnonymous) {
            accounts.add(FtpAccount.atRoot(FtpAccount.ANONYMOUS, "", false));
        }
        if (!config.anonymousEnabled()) {
            accounts.removeIf(a -> a.name().equals(FtpAccount.ANONYMOUS));
        }
        return accounts;
    }

    Collection<FtpAccount> accounts() {
        return homes.values().stream().map(Home::account).toList();
    }

    @Override
    public FileSystemView createFileSystemView(User user) throws FtpException {
        Home home = homes.get(user.getName());
        if (home == null) {
            throw new FtpException("no home for " + user.getName());
        }
        return new HomeView(home.folder(), home.account().writable());
    }
}
