package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import java.util.ArrayList;
import java.util.List;

/** File arguments over the device's local file systems, with the help text IOS shows per command. */
public final class FileArguments {
    private FileArguments() {}

    /**
     * The file argument {@code name}: every local prefix and alias ({@code flash0:}, {@code flash:},
     * {@code nvram:}) or a bare name; help lists each prefix with {@code description}, which is also its own
     * help.
     */
    public static Arg<String> localFile(String name, DeviceFileSystems fileSystems, String description) {
        List<UrlPrefix> prefixes = localPrefixes(fileSystems, description);
        return Arg.file(name, () -> prefixes, description);
    }

    /** The local prefixes with {@code description}, canonical prefix before its aliases. */
    public static List<UrlPrefix> localPrefixes(DeviceFileSystems fileSystems, String description) {
        List<UrlPrefix> prefixes = new ArrayList<>();
        for (LocalFileSystem fs : fileSystems.all()) {
            prefixes.add(new UrlPrefix(fs.prefix(), description));
            fs.spec().aliases().forEach(alias -> prefixes.add(new UrlPrefix(alias, description)));
        }
        prefixes.sort((a, b) -> a.prefix().compareTo(b.prefix()));
        return List.copyOf(prefixes);
    }
}
