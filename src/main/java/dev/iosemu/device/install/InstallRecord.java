package dev.iosemu.device.install;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the installer remembers, as one immutable value written whole: the images with their states,
 * the rollback points, the auto-abort deadline while an activation is uncommitted, the last operation number
 * and the install log. Stored as lines of text ({@link #encode}), one fact a line.
 *
 * @param images every image added and not removed, in the order added
 * @param rollbackPoints oldest first
 * @param abortDeadline when the auto-abort timer rolls an uncommitted activation back, on the device clock
 * @param operations the number of the last operation ({@code [N|install_add]} in the log)
 * @param log the lines of {@code show install log}, oldest first
 */
public record InstallRecord(
        List<InstalledImage> images,
        List<RollbackPoint> rollbackPoints,
        Optional<Instant> abortDeadline,
        int operations,
        List<String> log) {
    /** Lines of log kept; older ones are dropped as IOS-XE rotates its log. */
    static final int LOG_LINES = 200;

    private static final String HEADER = "# iosemu install state: written by the install commands, read at boot";

    public InstallRecord {
        images = List.copyOf(images);
        rollbackPoints = List.copyOf(rollbackPoints);
        log = List.copyOf(log.size() > LOG_LINES ? log.subList(log.size() - LOG_LINES, log.size()) : log);
    }

    /** No install has happened. */
    public static InstallRecord empty() {
        return new InstallRecord(List.of(), List.of(), Optional.empty(), 0, List.of());
    }

    /** The image in {@code state}, if any (there is at most one uncommitted, committed or deactivated). */
    public Optional<InstalledImage> in(PackageState state) {
        return images.stream().filter(image -> image.state() == state).findFirst();
    }

    /** The images in {@code state}. */
    public List<InstalledImage> all(PackageState state) {
        return images.stream().filter(image -> image.state() == state).toList();
    }

    /** The image of {@code version}, if known. */
    public Optional<InstalledImage> version(String version) {
        return images.stream().filter(image -> image.version().equals(version)).findFirst();
    }

    /** The image that runs: the uncommitted one during an activation, else the committed one. */
    public Optional<InstalledImage> running() {
        return in(PackageState.UNCOMMITTED).or(() -> in(PackageState.COMMITTED));
    }

    /** The rollback point of {@code id}. */
    public Optional<RollbackPoint> point(int id) {
        return rollbackPoints.stream().filter(p -> p.id() == id).findFirst();
    }

    InstallRecord withImages(UnaryOperator<List<InstalledImage>> change) {
        return new InstallRecord(change.apply(new ArrayList<>(images)), rollbackPoints, abortDeadline, operations, log);
    }

    /** Replaces the image of the same version where it stands, or appends it: the list stays in added order. */
    InstallRecord with(InstalledImage image) {
        return withImages(list -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).version().equals(image.version())) {
                    list.set(i, image);
                    return list;
                }
            }
            list.add(image);
            return list;
        });
    }

    InstallRecord without(InstalledImage image) {
        return withImages(list -> {
            list.removeIf(old -> old.version().equals(image.version()));
            return list;
        });
    }

    InstallRecord withPoint(RollbackPoint point) {
        List<RollbackPoint> points = new ArrayList<>(rollbackPoints);
        points.add(point);
        return new InstallRecord(images, points, abortDeadline, operations, log);
    }

    /** The next rollback id. */
    int nextPointId() {
        return rollbackPoints.stream().mapToInt(RollbackPoint::id).max().orElse(0) + 1;
    }

    InstallRecord withDeadline(Optional<Instant> deadline) {
        return new InstallRecord(images, rollbackPoints, deadline, operations, log);
    }

    /** Starts operation number {@code operations + 1}. */
    InstallRecord nextOperation() {
        return new InstallRecord(images, rollbackPoints, abortDeadline, operations + 1, log);
    }

    InstallRecord logged(String line) {
        List<String> lines = new ArrayList<>(log);
        lines.add(line);
        return new InstallRecord(images, rollbackPoints, abortDeadline, operations, lines);
    }

    /** The stored form. */
    public byte[] encode() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (InstalledImage image : images) {
            text.append("image ")
                    .append(image.state().letter())
                    .append(' ')
                    .append(image.version())
                    .append(' ');
            text.append(image.bundle()).append(' ').append(image.conf()).append('\n');
        }
        for (RollbackPoint point : rollbackPoints) {
            text.append("rollback ")
                    .append(point.id())
                    .append(' ')
                    .append(point.version())
                    .append(' ');
            text.append(point.conf()).append(' ').append(point.created()).append('\n');
        }
        abortDeadline.ifPresent(
                deadline -> text.append("timer ").append(deadline).append('\n'));
        text.append("operations ").append(operations).append('\n');
        log.forEach(line -> text.append("log ").append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the stored form; a file that does not parse reads as no installs (as a device whose install
     * database is damaged starts over), never as a failure to boot.
     */
    public static InstallRecord decode(byte[] stored) {
        InstallRecord record = empty();
        try {
            for (String line : new String(stored, StandardCharsets.UTF_8).split("\n")) {
                record = apply(record, line);
            }
            return record;
        } catch (RuntimeException e) {
            return empty();
        }
    }

    private static InstallRecord apply(InstallRecord record, String line) throws DateTimeParseException {
        String[] words = line.split(" ", 5);
        return switch (words[0]) {
            case "image" ->
                record.with(new InstalledImage(words[2], words[3], words[4], PackageState.of(words[1].charAt(0))));
            case "rollback" -> {
                String[] rest = line.split(" ");
                yield record.withPoint(
                        new RollbackPoint(Integer.parseInt(rest[1]), rest[2], rest[3], Instant.parse(rest[4])));
            }
            case "timer" -> record.withDeadline(Optional.of(Instant.parse(words[1])));
            case "operations" ->
                new InstallRecord(
                        record.images,
                        record.rollbackPoints,
                        record.abortDeadline,
                        Integer.parseInt(words[1]),
                        record.log);
            case "log" -> record.logged(line.substring("log ".length()));
            default -> record; // the header, blank lines
        };
    }
}
