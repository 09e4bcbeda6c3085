package dev.iosemu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden transcript that reproduces one block of a reference file ({@code ios-reference.md §8.1 #3}):
 * {@code #} header lines (a title, then {@code # as: REAL => OURS} identity substitutions and {@code #
 * expect: exact} or {@code # expect: differs: WHY}), the input lines (commands, answers, {@code @} fixture
 * actions), the block as the reference file quotes it under {@link #REFERENCE}, and iosemu's exact console
 * transcript under {@link #TRANSCRIPT}.
 *
 * <p>It lives at {@code transcripts/reference/PROFILE/S.S-N.txt} for {@code ios-reference.md} and under
 * {@code reference-2/} for {@code ios-reference-2.md}: the file names the block it reproduces.
 */
record ReferenceGolden(
        Path file,
        String referenceFile,
        String block,
        String profile,
        List<String> header,
        List<String> input,
        String reference,
        String transcript) {
    static final String REFERENCE = "=== reference ===";
    static final String TRANSCRIPT = "=== transcript ===";
    static final Path ROOT = Path.of("src/test/resources/transcripts");

    static ReferenceGolden read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int ref = text.indexOf("\n" + REFERENCE + "\n");
        int out = text.indexOf("\n" + TRANSCRIPT + "\n");
        if (ref < 0 || out < ref) {
            throw new IllegalArgumentException(file + ": needs '" + REFERENCE + "' then '" + TRANSCRIPT + "' lines");
        }
        List<String> header = new ArrayList<>();
        List<String> input = new ArrayList<>();
        for (String line : text.substring(0, ref).split("\n", -1)) {
            (line.startsWith("#") ? header : input).add(line);
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String folder = file.getParent().getParent().getFileName().toString();
        String referenceFile = folder.equals("reference") ? "ios-reference.md" : "ios-" + folder + ".md";
        String block =
                "§" + name.substring(0, name.lastIndexOf('-')) + " #" + name.substring(name.lastIndexOf('-') + 1);
        return new ReferenceGolden(
                file,
                referenceFile,
                block,
                file.getParent().getFileName().toString(),
                header,
                input,
                text.substring(ref + REFERENCE.length() + 2, out + 1),
                text.substring(out + TRANSCRIPT.length() + 2));
    }

    /** Every reference golden, in file order. */
    static List<ReferenceGolden> all() throws IOException {
        List<ReferenceGolden> goldens = new ArrayList<>();
        for (String folder : List.of("reference", "reference-2")) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var walk = Files.walk(dir)) {
                for (Path file :
                        walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    goldens.add(read(file));
                }
            }
        }
        return goldens;
    }

    /** The {@code # as:} substitutions, reference wording first. */
    List<String[]> substitutions() {
        List<String[]> pairs = new ArrayList<>();
        for (String line : directives("as")) {
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException(file + ": '# as:' needs 'REAL => OURS': " + line);
            }
            pairs.add(new String[] {unescape(line.substring(0, arrow)), unescape(line.substring(arrow + 4))});
        }
        return pairs;
    }

    /** What the golden claims: {@code exact}, or {@code differs: WHY}. */
    String expectation() {
        List<String> expect = directives("expect");
        if (expect.size() != 1) {
            throw new IllegalArgumentException(file + ": needs exactly one '# expect:' line");
        }
        return expect.getFirst();
    }

    boolean claimsExact() {
        return expectation().equals("exact");
    }

    List<String> directives(String name) {
        String prefix = "# " + name + ": ";
        return header.stream()
                .filter(h -> h.startsWith(prefix))
                .map(h -> h.substring(prefix.length()))
                .toList();
    }

    /** Where the golden names the block: {@code ios-reference.md §8.1 #3}. */
    String id() {
        return referenceFile + " " + block;
    }

    String withTranscript(String actual) {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(input);
        return String.join("\n", lines) + "\n" + REFERENCE + "\n" + reference + TRANSCRIPT + "\n" + actual;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\s", " ");
    }
}
