package dev.iosemu.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Device-provided inputs of the IOS shell: host name, {@code ip domain-lookup}, the {@code ip host} table,
 * the name servers, enable secret, hooks.
 */
public final class ShellSettings {
    private final Supplier<String> hostname;
    private final BooleanSupplier domainLookup;
    private final Function<String, Optional<String>> knownHost;
    private final Supplier<List<String>> nameServers;
    private final Function<String, Optional<String>> nameQuery;
    private final EnableCheck enableSecret;
    private final Consumer<CliSession> onConfigModeExit;

    private ShellSettings(Builder b) {
        this.hostname = b.hostname;
        this.domainLookup = b.domainLookup;
        this.knownHost = b.knownHost;
        this.nameServers = b.nameServers;
        this.nameQuery = b.nameQuery;
        this.enableSecret = b.enableSecret;
        this.onConfigModeExit = b.onConfigModeExit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: host name {@code Router}, domain lookup on, no host table, no enable secret, no hook. */
    public static ShellSettings defaults() {
        return builder().build();
    }

    String hostname() {
        return hostname.get();
    }

    boolean domainLookup() {
        return domainLookup.getAsBoolean();
    }

    /** The address of a name in the {@code ip host} table, as text, if any. */
    Optional<String> knownHost(String name) {
        return knownHost.apply(name);
    }

    /** The name servers a {@code Translating} line names. */
    List<String> nameServers() {
        return nameServers.get();
    }

    /** The address the name servers give {@code name}, as text, if they give one. */
    Optional<String> queryName(String name) {
        return nameQuery.apply(name);
    }

    EnableCheck enableSecret() {
        return enableSecret;
    }

    void configModeExited(CliSession session) {
        onConfigModeExit.accept(session);
    }

    /** Builds {@link ShellSettings}; each setter rejects null at once. */
    public static final class Builder {
        private Supplier<String> hostname = () -> "Router";
        private BooleanSupplier domainLookup = () -> true;
        private Function<String, Optional<String>> knownHost = name -> Optional.empty();
        private Supplier<List<String>> nameServers = () -> List.of("255.255.255.255");
        private Function<String, Optional<String>> nameQuery = name -> Optional.empty();
        private EnableCheck enableSecret = EnableCheck.none();
        private Consumer<CliSession> onConfigModeExit = s -> {};

        private Builder() {}

        /** The host name for the prompt, asked at every prompt. */
        public Builder hostname(Supplier<String> hostname) {
            this.hostname = Objects.requireNonNull(hostname, "hostname");
            return this;
        }

        /** Whether {@code ip domain-lookup} is on (unknown words are then looked up as host names). */
        public Builder domainLookup(BooleanSupplier domainLookup) {
            this.domainLookup = Objects.requireNonNull(domainLookup, "domainLookup");
            return this;
        }

        /** Looks a name up in the {@code ip host} table: its address as text, if the table has it. */
        public Builder knownHost(Function<String, Optional<String>> knownHost) {
            this.knownHost = Objects.requireNonNull(knownHost, "knownHost");
            return this;
        }

        /** The name servers to name while looking a word up (default: the broadcast address, as IOS). */
        public Builder nameServers(Supplier<List<String>> nameServers) {
            this.nameServers = Objects.requireNonNull(nameServers, "nameServers");
            return this;
        }

        /** Asks the name servers for a name: its address as text, if they give one (default: never). */
        public Builder nameQuery(Function<String, Optional<String>> nameQuery) {
            this.nameQuery = Objects.requireNonNull(nameQuery, "nameQuery");
            return this;
        }

        public Builder enableSecret(EnableCheck enableSecret) {
            this.enableSecret = Objects.requireNonNull(enableSecret, "enableSecret");
            return this;
        }

        /** Called when a session leaves configuration mode (to log {@code %SYS-5-CONFIG_I}). */
        public Builder onConfigModeExit(Consumer<CliSession> hook) {
            this.onConfigModeExit = Objects.requireNonNull(hook, "hook");
            return this;
        }

        public ShellSettings build() {
            return new ShellSettings(this);
        }
    }
}
