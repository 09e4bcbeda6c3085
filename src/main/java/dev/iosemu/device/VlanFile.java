package dev.iosemu.device;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code flash:vlan.dat}, where a Catalyst keeps its VLANs apart from the configuration: written at each change
 * of the VLAN database (the first change makes it), read at every boot before the startup-config; a switch
 * whose file was deleted boots with the default VLANs. Text, one VLAN a line ({@code 10 SALES}), after a
 * comment line. Not thread-safe; the VLAN database serialises its use.
 */
final class VlanFile {
    static final String PATH = "/vlan.dat";
    private static final String HEADER = "# vlan.dat: the switch's VLAN database\n";
    private static final System.Logger LOG = System.getLogger(VlanFile.class.getName());

    private final LocalFileSystem flash;

    private VlanFile(LocalFileSystem flash) {
        this.flash = flash;
    }

    /** The file on the device's {@code flash:}, if it has one. */
    static Optional<VlanFile> on(DeviceFileSystems fileSystems) {
        return fileSystems.find("flash:").map(VlanFile::new);
    }

    /** The VLANs stored, or empty when there is no file (or it is damaged): the defaults then. */
    Optional<List<VlanDatabase.Vlan>> read() {
        try {
            return flash.exists(PATH) ? decode(flash.readText(PATH)) : Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read flash:vlan.dat", e);
            return Optional.empty();
        }
    }

    /** Stores {@code vlans}; a full or failing flash leaves the old file and the VLANs in memory. */
    void write(List<VlanDatabase.Vlan> vlans) {
        StringBuilder text = new StringBuilder(HEADER);
        vlans.forEach(
                vlan -> text.append(vlan.id()).append(' ').append(vlan.name()).append('\n'));
        try {
            flash.write(PATH, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write flash:vlan.dat", e);
        }
    }

    static Optional<List<VlanDatabase.Vlan>> decode(String text) {
        List<VlanDatabase.Vlan> vlans = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            try {
                vlans.add(new VlanDatabase.Vlan(Integer.parseInt(line.substring(0, space)), line.substring(space + 1)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return Optional.empty(); // damaged: IOS starts from the defaults
            }
        }
        return Optional.of(vlans);
    }
}
