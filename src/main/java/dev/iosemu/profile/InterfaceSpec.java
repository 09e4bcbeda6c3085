package dev.iosemu.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physical or virtual interface of the device ({@code GigabitEthernet0/0}, {@code Vlan1}). In YAML the last
 * number may be a range, {@code GigabitEthernet1/0/1-28}, which the profile expands into one entry per port.
 */
public record InterfaceSpec(String name) {
    private static final Pattern NAME = Pattern.compile("([A-Z][A-Za-z-]*)(\\d+(?:/\\d+)*)");
    private static final Pattern RANGE = Pattern.compile("([A-Z][A-Za-z-]*(?:\\d+/)*)(\\d+)-(\\d+)");

    /** Accepts a single name or a range; {@link DeviceProfile} expands ranges. */
    public InterfaceSpec {
        if (!NAME.matcher(Fields.required("name", name)).matches()
                && !RANGE.matcher(name).matches()) {
            throw new InvalidFieldException(
                    "name",
                    "must be an interface name like GigabitEthernet0/0 or a range like"
                            + " GigabitEthernet1/0/1-28 (was '" + name + "')");
        }
    }

    /** The type part of the name: {@code GigabitEthernet} for {@code GigabitEthernet0/1}. */
    public String type() {
        Matcher m = NAME.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** This entry as single interfaces: itself, or one per number of its range. */
    List<InterfaceSpec> expand(String path) {
        Matcher m = RANGE.matcher(name);
        if (!m.matches()) {
            return List.of(this);
        }
        int first = Integer.parseInt(m.group(2));
        int last = Integer.parseInt(m.group(3));
        if (last < first) {
            throw new InvalidFieldException(path + ".name", "range must not run backwards (was '" + name + "')");
        }
        List<InterfaceSpec> ports = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            ports.add(new InterfaceSpec(m.group(1) + i));
        }
        return ports;
    }
}
