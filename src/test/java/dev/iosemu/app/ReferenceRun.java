package dev.iosemu.app;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Runs the input of a {@link ReferenceGolden} on a {@link VirtualDevice} of its profile with the lab servers
 * on, and returns the console transcript. Fixture actions ({@code @} lines) before the first command set the
 * lab up; later ones act between commands:
 *
 * <ul>
 *   <li>{@code @clock 1993-03-01T00:00:00Z}: the device clock at power-on (this is the default);
 *   <li>{@code @power-on}: the boot text is part of the transcript (else it is left out);
 *   <li>{@code @mode-button}: the switch's Mode button is held for the next boot (power-on, or a reload);
 *   <li>{@code @served-image NAME [SHIPPED]} (a practice image, under another name when SHIPPED names it),
 *       {@code @served-file NAME BYTES}, {@code @served-text NAME TEXT}, {@code
 *       @served-config NAME BYTES TEXT}: what the lab servers hold (a practice image, random bytes, a text with
 *       {@code \n} for line breaks, a configuration of that size: the text, {@code !} lines, {@code end}); with
 *       none, the practice images (a file in a folder puts the lab root on disk, where folders are served);
 *   <li>{@code @flash-image NAME [SHIPPED]}, {@code @flash-file NAME BYTES}, {@code @flash-text NAME TEXT}: a file put on
 *       the device's default file system before power-on (or at that point of the run);
 *   <li>{@code @advance PT5M}: moves the device clock on;
 *   <li>{@code @served-sparse PATH BYTES}: a served file in a folder grows to that size (sparse), between commands;
 *   <li>{@code @vty PEER USER PASSWORD}: the lines after it are typed on a vty session from PEER, logged in with
 *       the answers that follow PEER (the console stays open).
 * </ul>
 */
final class ReferenceRun implements AutoCloseable {
    private final FileSystem served = Jimfs.newFileSystem(Configuration.unix());
    private final Path images = served.getPath("/images");
    private final TestClock clock = new TestClock(Instant.parse("1993-03-01T00:00:00Z"));
    private final List<String> flashActions = new ArrayList<>();
    private final List<String> nested = new ArrayList<>();
    private boolean bootShown;
    private boolean modeButton;
    private boolean servedChosen;
    private Path disk; // the lab root on disk, when files in folders are served (a lab root in memory has none)
    private Lab lab;
    private VirtualDevice device;

    static String run(ReferenceGolden golden) throws Exception {
        try (ReferenceRun run = new ReferenceRun()) {
            return run.replay(golden);
        }
    }

    private String replay(ReferenceGolden golden) throws Exception {
        Files.createDirectories(images);
        List<String> input = golden.input();
        int first = 0;
        while (first < input.size() && input.get(first).startsWith("@")) {
            setUp(input.get(first));
            first++;
        }
        if (!servedChosen) {
            for (String name : PracticeImages.NAMES) {
                served("@served-image " + name);
            }
        }
        VirtualDevice.Builder builder =
                VirtualDevice.builder().profile(golden.profile()).clock(clock);
        if (nested.isEmpty()) {
            builder.images(images);
        } else {
            disk = Files.createTempDirectory("iosemu-reference");
            for (String spec : nested) {
                write(disk, spec);
            }
            lab = Lab.builder().images(images).onDisk(disk).build();
            builder.lab(lab);
        }
        device = builder.build();
        for (String action : flashActions) {
            onFlash(action);
        }
        if (modeButton) {
            holdModeButton();
        }
        String boot = device.powerOn();
        StringBuilder out = new StringBuilder(bootShown ? boot : "");
        HeadlessSession typing = device.openSession();
        List<String> chunk = new ArrayList<>();
        for (String line : input.subList(first, input.size())) {
            if (line.startsWith("@")) {
                out.append(flush(typing, chunk, true));
                typing = line.startsWith("@vty ") ? vty(line) : act(line, typing);
            } else {
                chunk.add(line);
            }
        }
        out.append(flush(typing, chunk, false));
        return out.toString();
    }

    /** {@code @vty PEER USER PASSWORD}: a session on the lowest free vty from PEER, logged in; the lines after it type there. */
    private HeadlessSession vty(String line) {
        String[] words = line.split(" ");
        HeadlessSession vty = device.openVty(words[1]);
        if (!vty.open(device::openConsole, Arrays.copyOfRange(words, 2, words.length))) {
            throw new IllegalStateException("the vty login failed: " + line);
        }
        return vty;
    }

    /** Runs the lines; before an action the trailing prompt is dropped, as the next chunk shows it again. */
    private static String flush(HeadlessSession console, List<String> chunk, boolean more) {
        if (chunk.isEmpty()) {
            return "";
        }
        String text = console.script(String.join("\n", chunk) + "\n");
        chunk.clear();
        String prompt = console.session().prompt();
        return more && text.endsWith(prompt) ? text.substring(0, text.length() - prompt.length()) : text;
    }

    private void setUp(String line) throws IOException {
        String[] words = line.split(" ", 2);
        switch (words[0]) {
            case "@clock" -> clock.advance(Duration.between(clock.instant(), Instant.parse(words[1])));
            case "@power-on" -> bootShown = true;
            case "@mode-button" -> modeButton = true;
            case "@served-image", "@served-file", "@served-text", "@served-config" -> served(line);
            case "@flash-image", "@flash-file", "@flash-text" -> flashActions.add(line);
            default -> throw new IllegalArgumentException("not a set-up action: " + line);
        }
    }

    private HeadlessSession act(String line, HeadlessSession typing) throws IOException {
        String[] words = line.split(" ", 2);
        switch (words[0]) {
            case "@advance" -> clock.advance(Duration.parse(words[1]));
            case "@mode-button" -> holdModeButton();
            case "@served-sparse" -> sparse(words[1]);
            case "@flash-image", "@flash-file", "@flash-text" -> onFlash(line);
            default -> throw new IllegalArgumentException("not an action between commands: " + line);
        }
        return typing;
    }

    private void holdModeButton() {
        if (!device.router().holdModeButton()) {
            throw new IllegalArgumentException("@mode-button on a device without one");
        }
    }

    /** {@code NAME BYTES}: the served file becomes that large, sparse on the disk lab root (no bytes written). */
    private void sparse(String spec) throws IOException {
        String[] words = spec.split(" ");
        try (var file = new java.io.RandomAccessFile(disk.resolve(words[0]).toFile(), "rw")) {
            file.setLength(Long.parseLong(words[1]));
        }
    }

    private void served(String line) throws IOException {
        servedChosen = true;
        String spec = line.substring("@served-".length());
        if (spec.split(" ", 3)[1].contains("/")) {
            nested.add(spec);
        } else {
            write(images, spec);
        }
    }

    private void onFlash(String line) throws IOException {
        var fs = device.router().fileSystems().defaultFileSystem();
        write(fs.path("/"), line.substring("@flash-".length()));
    }

    private static void write(Path folder, String spec) throws IOException {
        String[] words = spec.split(" ", 3);
        Path target = folder.resolve(words[1]);
        Files.createDirectories(target.getParent());
        switch (words[0]) {
            case "image" -> Files.write(target, shipped(words.length > 2 ? words[2] : words[1]));
            case "file" -> {
                byte[] bytes = new byte[Integer.parseInt(words[2])];
                new Random(bytes.length).nextBytes(bytes);
                Files.write(target, bytes);
            }
            case "config" -> Files.writeString(target, paddedConfig(words[2]), StandardCharsets.UTF_8);
            case "text" ->
                Files.writeString(
                        target, words.length > 2 ? words[2].replace("\\n", "\n") : "", StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("unknown file kind: " + spec);
        }
    }

    /** {@code "1030 hostname S1"}: the text, then {@code !} lines up to 1030 bytes with the closing {@code end}. */
    private static String paddedConfig(String spec) {
        String[] sizeAndText = spec.split(" ", 2);
        int size = Integer.parseInt(sizeAndText[0]);
        StringBuilder text = new StringBuilder(sizeAndText[1].replace("\\n", "\n")).append('\n');
        while (text.length() + "end\n".length() + "!\n".length() <= size) {
            text.append("!\n");
        }
        return text.append("end\n").toString();
    }

    private static byte[] shipped(String name) throws IOException {
        return Files.readAllBytes(Path.of("images", name));
    }

    @Override
    public void close() throws IOException {
        try (served) {
            if (device != null) {
                device.close();
            }
            if (lab != null) {
                lab.close();
            }
        } finally {
            if (disk != null) {
                try (var walk = Files.walk(disk)) {
                    for (Path path :
                            walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }
}
