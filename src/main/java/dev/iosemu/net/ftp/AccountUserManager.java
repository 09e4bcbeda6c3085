package dev.iosemu.net.ftp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.usermanager.AnonymousAuthentication;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * MINA's view of the configured accounts: a fixed, in-memory set checked with a constant-time password
 * comparison; the server's file systems, not MINA's authorities, enforce homes and write access.
 *
 * <p>Immutable: {@link #save} and {@link #delete} are refused. Thread-safe.
 */
final class AccountUserManager implements UserManager {
    private final Map<String, FtpAccount> accounts;
    private final int maxLoginsPerUser;

    AccountUserManager(Collection<FtpAccount> accounts, FtpLimits limits) {
        this.accounts = accounts.stream().collect(Collectors.toUnmodifiableMap(FtpAccount::name, Function.identity()));
        this.maxLoginsPerUser = limits.maxLoginsPerUser();
    }

    @Override
    public User getUserByName(String name) {
        FtpAccount account = accounts.get(name);
        return account == null ? null : user(account);
    }

    private User user(FtpAccount account) {
        BaseUser user = new BaseUser();
        user.setName(account.name());
        user.setHomeDirectory("/");
        user.setEnabled(true);
        // one user, or one client address, cannot take every session: the others can still log in
        Authority logins = new ConcurrentLoginPermission(maxLoginsPerUser, maxLoginsPerUser);
        List<Authority> authorities = account.writable() ? List.of(logins, new WritePermission()) : List.of(logins);
        user.setAuthorities(authorities);
        return user;
    }

    @Override
    public String[] getAllUserNames() {
        return accounts.keySet().stream().sorted().toArray(String[]::new);
    }

    @Override
    public void delete(String name) {
        throw new UnsupportedOperationException("the lab server's accounts are fixed at start");
    }

    @Override
    public void save(User user) {
        throw new UnsupportedOperationException("the lab server's accounts are fixed at start");
    }

    @Override
    public boolean doesExist(String name) {
        return accounts.containsKey(name);
    }

    @Override
    public User authenticate(Authentication authentication) throws AuthenticationFailedException {
        if (authentication instanceof AnonymousAuthentication) {
            return known(FtpAccount.ANONYMOUS);
        }
        if (authentication instanceof UsernamePasswordAuthentication login) {
            FtpAccount account = accounts.get(login.getUsername());
            if (account != null
                    && !account.name().equals(FtpAccount.ANONYMOUS)
                    && sameSecret(account.password(), login.getPassword())) {
                return user(account);
            }
            if (FtpAccount.ANONYMOUS.equals(login.getUsername())) {
                return known(FtpAccount.ANONYMOUS);
            }
        }
        throw new AuthenticationFailedException("Authentication failed");
    }

    private User known(String name) throws AuthenticationFailedException {
        FtpAccount account = accounts.get(name);
        if (account == null) {
            throw new AuthenticationFailedException("Authentication failed");
        }
        return user(account);
    }

    private static boolean sameSecret(String expected, String given) {
        byte[] a = expected.getBytes(StandardCharsets.UTF_8);
        byte[] b = (given == null ? "" : given).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }

    @Override
    public String getAdminName() {
        return "";
    }

    @Override
    public boolean isAdmin(String name) {
        return false;
    }
}
