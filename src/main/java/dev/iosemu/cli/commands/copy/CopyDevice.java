package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.Reachability;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.lab.Ipv4Address;
import java.io.IOException;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

/**
 * What the copy command needs from the device: its file systems, the transfer settings of the running
 * configuration, reachability, and the configurations. Implemented over the device aggregate by
 * {@link RouterCopyDevice}; a snapshot of settings is read once per copy.
 */
interface CopyDevice {
    DeviceFileSystems fileSystems();

    /** The configured host name, as typed ({@code Router}). */
    String hostname();

    /** The {@code ip tftp}/{@code ip ftp}/{@code file prompt} settings now in the running config. */
    CopySettings copySettings();

    /** What the device reaches and how: routes, the sockets standing for lab addresses, its datagram network. */
    Reachability reachability();

    /** The address of interface {@code name}, if it has one and is up. */
    Optional<Ipv4Address> interfaceAddress(String name);

    /** The address of a name in the {@code ip host} table, if any. */
    Optional<Ipv4Address> knownHost(String name);

    /** Whether {@code ip domain-lookup} is on (IOS prints the {@code Translating} line then). */
    boolean domainLookup();

    /** The name servers the {@code Translating} line names. */
    List<String> nameServers();

    /** The address the configured name servers give {@code name}, if one answers. */
    Optional<Ipv4Address> queryNameServers(String name);

    /** The RSA key pair the device's SSH client offers (the key in use), empty when it has none. */
    Optional<KeyPair> sshClientKey();

    /** The running configuration as {@code show running-config} prints it. */
    String runningConfig();

    /** Whether a file starting with {@code head} is an image this device can run (its header and platform). */
    boolean executableImage(byte[] head);

    /** Whether another software version wrote the startup-config (IOS asks before overwriting it). */
    boolean startupWrittenByAnotherVersion() throws IOException;

    /** Saves the running configuration as {@code write memory} does, wherever the device keeps it. */
    void saveRunningConfig() throws IOException;

    /** Merges {@code text} into the running configuration, printing errors to {@code console}. */
    void mergeIntoRunningConfig(String text, CopyConsole console) throws IOException;
}
