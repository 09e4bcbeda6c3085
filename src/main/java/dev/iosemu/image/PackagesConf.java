package dev.iosemu.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An IOS-XE provisioning file ({@code packages.conf}, {@code isr4300-universalk9.17.09.04a.SPA.conf}): a
 * {@code sha1sum:} of everything after it, the {@code boot}/{@code iso} lines that mount each package, and
 * the {@code pkginfo} block naming the build. iosemu's own {@code .Bundle} and {@code .Package} pkginfo keys
 * (a leading dot marks internal keys in real files) carry what the loader checks: the bundle the packages came
 * from and each package's length and CRC-32C.
 *
 * @param bundle the header of the bundle the packages were expanded from; it is the software they run
 * @param installVersion the version {@code show install} lists ({@code 17.09.04a.0.79})
 * @param packages the packages, boot package first, mono package last
 */
public record PackagesConf(ImageHeader bundle, String installVersion, List<InstallPackage> packages) {
    private static final String SHA1 = "sha1sum: ";
    private static final String PKGINFO = "# pkginfo: ";
    private static final DateTimeFormatter BUILD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH.mm", Locale.ROOT);
    private static final DateTimeFormatter RELEASE_DATE =
            DateTimeFormatter.ofPattern("EEE-dd-MMM-yy-HH:mm", Locale.ENGLISH);
    private static final List<String> MONO_ROLES =
            List.of("rp_base", "rp_daemons", "rp_iosd", "rp_security", "rp_webui", "fp", "cc");

    public PackagesConf {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(installVersion, "installVersion");
        packages = List.copyOf(packages);
        if (packages.size() < 2) {
            throw new IllegalArgumentException("a provisioning file names a boot and a mono package at least");
        }
    }

    /** The file's text, sha1sum first. */
    public String render() {
        String body = body();
        return "#! /usr/binos/bin/packages_conf.sh\n\n" + SHA1 + sha1(body) + "\n" + body;
    }

    /** The {@code BuildTime} of a bundle's {@code pkginfo}: {@code 2022-05-13_15.42}. */
    public static String buildTime(ImageHeader bundle) {
        return BUILD_TIME.format(bundle.buildDate());
    }

    /** The file's bytes. */
    public byte[] bytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    /** The mono package, whose IOSd the loader starts. */
    public InstallPackage mono() {
        return packages.getLast();
    }

    private String body() {
        StringBuilder text = new StringBuilder("\n");
        text.append("# sha1sum above - used to verify that this file is not corrupted.\n");
        text.append("#\n");
        text.append("# package.conf: provisioned software file for build ")
                .append(BUILD_TIME.format(bundle.buildDate()))
                .append('\n');
        text.append("#\n");
        text.append("# NOTE: Editing this file by hand is not recommended. It is generated\n");
        text.append("#       as part of the build process, and is subject to boot-time\n");
        text.append("#       consistency checks. Automatically-produced package files are\n");
        text.append("#       guaranteed to pass those checks. Manually-maintained ones are not.\n");
        text.append("#\n\n");
        mountLine(text, "boot", "rp", "rp_boot", packages.getFirst());
        MONO_ROLES.forEach(role -> mountLine(text, "iso", role.startsWith("rp") ? "rp" : role, role, mono()));
        for (InstallPackage firmware : packages.subList(1, packages.size() - 1)) {
            mountLine(text, "iso", "fw", role(firmware), firmware);
        }
        text.append("\n# -start- superpackage .pkginfo\n#\n");
        pkginfo(text, "Name", "rp_super");
        pkginfo(text, "BuildTime", BUILD_TIME.format(bundle.buildDate()));
        pkginfo(text, "ReleaseDate", RELEASE_DATE.format(bundle.buildDate()));
        pkginfo(text, "Platform", bundle.platform().toUpperCase(Locale.ROOT));
        pkginfo(text, "User", "mcpre");
        pkginfo(text, "PackageName", bundle.featureSet());
        pkginfo(text, "Build", bundle.version().padded());
        pkginfo(text, ".Version", installVersion);
        pkginfo(text, ".Bundle", bundle.payloadLength() + " " + bundle.embeddedMd5());
        for (InstallPackage p : packages) {
            pkginfo(
                    text,
                    ".Package",
                    p.fileName() + " " + p.length() + " " + String.format(Locale.ROOT, "%08x", p.crc32c()));
        }
        return text.append("#\n# -end- superpackage .pkginfo\n").toString();
    }

    /** {@code firmware_nim_ge} from {@code isr4300-firmware_nim_ge.17.09.04a.SPA.pkg}. */
    private static String role(InstallPackage firmware) {
        String name = firmware.fileName();
        return name.substring(name.indexOf('-') + 1, name.indexOf('.'));
    }

    private static void mountLine(StringBuilder text, String kind, String where, String role, InstallPackage p) {
        text.append(String.format(Locale.ROOT, "%-5s %-2s 0 0   %-11s %s\n", kind, where, role, p.fileName()));
    }

    private static void pkginfo(StringBuilder text, String key, String value) {
        text.append(PKGINFO).append(key).append(": ").append(value).append('\n');
    }

    /**
     * Reads a provisioning file; empty when the text is not one (no sha1sum line, a sum that does not match
     * the rest, a missing or bad pkginfo key): the loader then cannot boot it.
     */
    public static Optional<PackagesConf> parse(String text) {
        int at = text.indexOf("\n" + SHA1);
        if (!text.startsWith("#!") || at < 0) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', at + 1);
        if (lineEnd < 0
                || !text.substring(at + 1 + SHA1.length(), lineEnd).strip().equals(sha1(text.substring(lineEnd + 1)))) {
            return Optional.empty();
        }
        Map<String, String> info = new LinkedHashMap<>();
        List<InstallPackage> packages = new ArrayList<>();
        try {
            for (String line : text.split("\n")) {
                if (!line.startsWith(PKGINFO)) {
                    continue;
                }
                String entry = line.substring(PKGINFO.length());
                int colon = entry.indexOf(": ");
                String key = entry.substring(0, colon);
                String value = entry.substring(colon + 2).strip();
                if (key.equals(".Package")) {
                    String[] words = value.split(" ");
                    packages.add(new InstallPackage(
                            words[0], Long.parseLong(words[1]), Integer.parseUnsignedInt(words[2], 16)));
                } else {
                    info.put(key, value);
                }
            }
            return Optional.of(new PackagesConf(header(info), info.get(".Version"), packages));
        } catch (RuntimeException e) {
            return Optional.empty(); // a field missing or malformed: not a provisioning file the loader accepts
        }
    }

    private static ImageHeader header(Map<String, String> info) throws DateTimeParseException {
        String[] bundle = info.get(".Bundle").split(" ");
        IosVersion version = IosVersion.fromFileToken(info.get("Build")).orElseThrow();
        return new ImageHeader(
                info.get("Platform").toLowerCase(Locale.ROOT),
                version,
                info.get("PackageName"),
                ImageFamily.IOS_XE,
                Long.parseLong(bundle[0]),
                LocalDateTime.parse(info.get("BuildTime"), BUILD_TIME),
                bundle[1]);
    }

    private static String sha1(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
