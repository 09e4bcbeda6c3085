package dev.iosemu.device;

import dev.iosemu.device.boot.BootScript;
import dev.iosemu.device.boot.ImageCheck;
import dev.iosemu.device.boot.ImageVerifier;
import dev.iosemu.device.boot.NetworkImage;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.rommon.LoaderNetwork;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.image.ImageReader;
import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import dev.iosemu.profile.LoaderKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * A boot loader fetching its image from a TFTP server ({@code boot system tftp://...}, {@code boot
 * tftp://...} at the loader) into memory, through the same TFTP path as ROMMON's {@code tftpdnld}, and
 * checking it as it checks a file. The loader's addresses come from its variables (ROMMON {@code
 * IP_ADDRESS}, {@code IP_SUBNET_MASK}, {@code DEFAULT_GATEWAY}; the 2960 loader's {@code IP_ADDR} and
 * {@code DEFAULT_ROUTER}), else from the configuration IOS ran with before the reload (a power-on has none).
 * Runs on the boot's thread.
 */
final class NetworkBoot {
    private static final long BYTES_PER_MARK = 64 * 1024;

    private final Router router;
    private final BootScript script;
    private final RommonTftp tftp;
    private final ConsoleSink console;
    private final ImageVerifier verifier;

    NetworkBoot(Router router, BootScript script, RommonTftp tftp, ConsoleSink console, ImageVerifier verifier) {
        this.router = router;
        this.script = script;
        this.tftp = tftp;
        this.console = console;
        this.verifier = verifier;
    }

    /** Fetches and checks {@code image}; a failed fetch is reported and counts as a missing file. */
    ImageCheck check(NetworkImage image) {
        Optional<Ipv4Address> server = Ipv4Address.tryParse(image.server());
        Optional<Route> route = server.flatMap(this::route);
        if (route.isEmpty()) {
            script.fetchFailed(image, FsErrors.TIMED_OUT, console);
            return new ImageCheck.Missing();
        }
        script.fetching(image, route.get().egress(), console);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        // the TFTP path holds the download to the heap budget, as it does a tftpdnld
        WritableByteChannel sink = Channels.newChannel(received);
        long[] marks = {0};
        try {
            tftp.download(route.get().request(server.get(), image.file()), sink, bytes -> {
                while (marks[0] < bytes / BYTES_PER_MARK) {
                    script.fetchMark(console);
                    marks[0]++;
                }
            });
        } catch (IOException e) {
            script.fetchFailed(image, reason(e), console);
            return new ImageCheck.Missing();
        }
        script.fetched(image, received.size(), console);
        try {
            return verifier.check(ImageReader.inspect(
                    Channels.newChannel(new ByteArrayInputStream(received.toByteArray())), bytes -> {}));
        } catch (IOException e) {
            return new ImageCheck.NotAnImage(e.getMessage());
        }
    }

    /** A file-system failure in IOS words; the TFTP path's own failures carry theirs ({@code Timed out}). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException || e.getMessage() == null) {
            return FsErrors.reason(e);
        }
        return e.getMessage();
    }

    /** How the loader reaches {@code server}: its own variables, else the last configuration's route. */
    private Optional<Route> route(Ipv4Address server) {
        return fromVariables(server).or(() -> fromConfiguration(server));
    }

    private Optional<Route> fromVariables(Ipv4Address server) {
        boolean switchLoader = router.platform().loader() == LoaderKind.SWITCH;
        String port = switchLoader || router.setup().interfaces().isEmpty()
                ? ""
                : router.setup().interfaces().getFirst();
        return LoaderNetwork.request(router.bootEnvironment(), switchLoader, server, "")
                .map(request -> new Route(request.address(), request.mask(), request.gateway(), port));
    }

    private Optional<Route> fromConfiguration(Ipv4Address server) {
        RunningConfig config = router.runningConfig();
        Optional<Egress> egress = config.routingTable().lookup(server);
        if (egress.isEmpty()) {
            return Optional.empty();
        }
        Optional<InterfaceConfig> port = config.findInterface(egress.get().interfaceName());
        Optional<Ipv4Address> mask = port.flatMap(InterfaceConfig::address).map(a -> a.mask());
        if (mask.isEmpty()) {
            return Optional.empty();
        }
        Ipv4Address address = egress.get().sourceAddress();
        Ipv4Address gateway = config.routing().routes().stream()
                .map(StaticRoute::nextHop)
                .filter(hop -> hop.sameNetwork(address, mask.get()))
                .findFirst()
                .or(() -> config.routing().defaultGateway())
                .orElse(server);
        return Optional.of(new Route(address, mask.get(), gateway, egress.get().interfaceName()));
    }

    /**
     * The loader's side of a fetch.
     *
     * @param egress the interface the console names, empty for a loader's own port
     */
    private record Route(Ipv4Address address, Ipv4Address mask, Ipv4Address gateway, String egress) {
        RommonTftp.Request request(Ipv4Address server, String file) {
            Ipv4Address hop = server.sameNetwork(address, mask) ? server : gateway;
            return new RommonTftp.Request(address, mask, hop, server, file);
        }
    }
}
