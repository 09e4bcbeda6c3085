package dev.iosemu.fs;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place IOS can read from or write to, as typed in a command: a path on one of the device's local
 * file systems, a network URL, or a bare network prefix that asks for the rest interactively.
 *
 * <p>Instances come from {@link IosLocationParser}; {@link #render()} writes them back the way IOS
 * prints them in prompts and messages.
 */
public sealed interface IosLocation {

    /** This location as IOS prints it; network credentials are always masked. */
    String render();

    /**
     * A path on a local file system.
     *
     * @param prefix the canonical prefix ({@code flash0:} even when {@code flash:} was typed)
     * @param typedPrefix the prefix as typed, lower-cased ({@code flash:})
     * @param path the absolute, normalised path within the file system ({@code /}, {@code /dir/file})
     * @param flat whether the file system has no directories, so IOS prints {@code nvram:startup-config}
     */
    record LocalPath(String prefix, String typedPrefix, String path, boolean flat) implements IosLocation {
        public LocalPath {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(typedPrefix, "typedPrefix");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must be absolute: " + path);
            }
        }

        /**
         * {@code flash0:/dir/file}; {@code nvram:startup-config} on a flat file system; a root is always
         * {@code prefix:/} as in {@code Directory of nvram:/}.
         */
        @Override
        public String render() {
            return prefix + pathText();
        }

        /** Like {@link #render()} but with the prefix the user typed ({@code flash:/file}). */
        public String renderTyped() {
            return typedPrefix + pathText();
        }

        private String pathText() {
            return flat && !isRoot() ? path.substring(1) : path;
        }

        public boolean isRoot() {
            return path.equals("/");
        }

        /** The last name of the path, empty for the root. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The path one level up; the root is its own parent. */
        public LocalPath parent() {
            int slash = path.lastIndexOf('/');
            return withPath(slash == 0 ? "/" : path.substring(0, slash));
        }

        /** The child {@code name} of this directory. */
        public LocalPath resolve(String name) {
            return withPath(isRoot() ? "/" + name : path + "/" + name);
        }

        /** The same file system with another absolute path. */
        public LocalPath withPath(String newPath) {
            return new LocalPath(prefix, typedPrefix, newPath, flat);
        }
    }

    /**
     * A full network URL such as {@code tftp://192.168.1.10/file} or {@code ftp://u:p@host:2121//dir/file}.
     *
     * @param path everything after the slash that ends the host part; may itself start with a slash
     */
    record Url(UrlScheme scheme, Optional<UserInfo> userInfo, String host, OptionalInt port, String path)
            implements IosLocation {
        public Url {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(userInfo, "userInfo");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(path, "path");
        }

        /** The masked form IOS prints in {@code Accessing} and error lines: {@code ftp://*:*@host/path}. */
        @Override
        public String render() {
            return scheme.schemeName() + "://" + (userInfo.isPresent() ? "*:*@" : "") + hostAndPort() + "/" + path;
        }

        /** The URL without any user information: {@code ftp://host/path}. */
        public String renderWithoutUserInfo() {
            return scheme.schemeName() + "://" + hostAndPort() + "/" + path;
        }

        /** The port named in the URL, else the scheme's standard port. */
        public int effectivePort() {
            return port.orElse(scheme.defaultPort());
        }

        /** The last name of the path ({@code file} for {@code //dir/file}), the default destination name. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public Url withPath(String newPath) {
            return new Url(scheme, userInfo, host, port, newPath);
        }

        private String hostAndPort() {
            return port.isPresent() ? host + ":" + port.getAsInt() : host;
        }
    }

    /**
     * A bare network prefix ({@code tftp:}) or prefix with a file name but no host ({@code tftp:file}):
     * the command asks for the host and file name, offering {@code path} as the default.
     */
    record NetworkPrefix(UrlScheme scheme, String path) implements IosLocation {
        public NetworkPrefix {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String render() {
            return scheme.prefix() + path;
        }
    }

    /** The user name and optional password of a URL; never rendered in clear. */
    record UserInfo(String username, Optional<String> password) {
        public UserInfo {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "UserInfo[username=" + username + ", password=" + (password.isPresent() ? "***" : "none") + "]";
        }
    }
}
