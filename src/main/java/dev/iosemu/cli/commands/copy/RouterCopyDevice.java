package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.NameServers;
import dev.iosemu.device.Reachability;
import dev.iosemu.device.Router;
import dev.iosemu.device.RsaKey;
import dev.iosemu.device.config.FilePrompt;
import dev.iosemu.device.config.FtpSettings;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.device.config.TftpSettings;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageReader;
import dev.iosemu.lab.Ipv4Address;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

/** {@link CopyDevice} over the device aggregate; every call reads the current running config. */
final class RouterCopyDevice implements CopyDevice {
    private final Router router;
    private final ConfigReplayer replayer;

    RouterCopyDevice(Router router, ConfigReplayer replayer) {
        this.router = router;
        this.replayer = replayer;
    }

    @Override
    public DeviceFileSystems fileSystems() {
        return router.fileSystems();
    }

    @Override
    public String hostname() {
        return router.runningConfig().hostname();
    }

    @Override
    public CopySettings copySettings() {
        RunningConfig config = router.runningConfig();
        TftpSettings tftp = config.files().tftp();
        FtpSettings ftp = config.files().ftp();
        return new CopySettings(
                tftp.blocksize(),
                tftp.windowsize(),
                tftp.sourceInterface(),
                ftp.username(),
                ftp.password().map(StoredPassword::plain),
                ftp.passive(),
                ftp.sourceInterface(),
                config.files().prompt() == FilePrompt.QUIET,
                config.files().verifyAuto(),
                new CopySettings.HttpClient(
                        config.files().http().username(),
                        config.files().http().password().map(StoredPassword::plain),
                        config.files().http().sourceInterface()),
                config.security().ssh().sourceInterface());
    }

    @Override
    public Optional<KeyPair> sshClientKey() {
        return router.rsaKeys().current().map(RsaKey::pair);
    }

    @Override
    public Reachability reachability() {
        return router.reachability();
    }

    @Override
    public Optional<Ipv4Address> interfaceAddress(String name) {
        return router.runningConfig()
                .findInterface(name)
                .filter(ifc -> !ifc.shutdown())
                .flatMap(ifc -> ifc.address())
                .map(InterfaceAddress::address);
    }

    /** The first address of {@code name} in the {@code ip host} table. */
    @Override
    public Optional<Ipv4Address> knownHost(String name) {
        return router.runningConfig().host(name);
    }

    @Override
    public boolean domainLookup() {
        return router.runningConfig().names().lookup();
    }

    @Override
    public List<String> nameServers() {
        return NameServers.shown(router.runningConfig());
    }

    @Override
    public Optional<Ipv4Address> queryNameServers(String name) {
        return NameServers.query(router, name);
    }

    @Override
    public String runningConfig() {
        return String.join("\n", router.runningConfigText()) + "\n";
    }

    @Override
    public void mergeIntoRunningConfig(String text, CopyConsole console) {
        List<String> lines = text.lines().toList();
        replayer.replay(lines, console::print);
    }

    @Override
    public boolean startupWrittenByAnotherVersion() throws IOException {
        return router.startupWrittenByAnotherVersion();
    }

    @Override
    public void saveRunningConfig() throws IOException {
        router.writeMemory();
    }

    @Override
    public boolean executableImage(byte[] head) {
        try {
            ImageHeader header = ImageReader.readHeader(Channels.newChannel(new ByteArrayInputStream(head)));
            return header.platform().equals(router.setup().identity().imagePlatform());
        } catch (IOException notAnImage) {
            return false;
        }
    }
}
