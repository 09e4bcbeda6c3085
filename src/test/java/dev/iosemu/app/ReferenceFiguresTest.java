package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * How many blocks of each reference file the suite reproduces exactly. {@code transcripts/reference/INDEX}
 * lists every code block of {@code ios-reference.md} and {@code ios-reference-2.md} as runnable (a golden
 * replays it, or it is pending another piece of work) or not runnable (with the reason); each golden claims
 * to reproduce its block exactly or says why it differs, and the claim is checked. README's figures table
 * is this test's count, so it cannot go stale.
 */
class ReferenceFiguresTest {
    static final Path INDEX = ReferenceGolden.ROOT.resolve("reference/INDEX");
    static final List<String> FILES = List.of("ios-reference.md", "ios-reference-2.md");

    /** One line of the index: a block and what the suite does with it. */
    record Entry(String file, String block, String disposition) {
        String id() {
            return file + " " + block;
        }

        boolean runnable() {
            return disposition.equals("runnable") || disposition.startsWith("pending:");
        }
    }

    static List<Entry> index() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(INDEX, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 2);
            String[] id = parts[0].split(" ", 2);
            entries.add(new Entry(id[0], id[1], parts[1].strip()));
        }
        return entries;
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenDoesWhatItClaims() throws IOException {
        return ReferenceGolden.all().stream()
                .map(golden -> DynamicTest.dynamicTest(golden.id(), () -> {
                    ReferenceMatch.Result result = ReferenceMatch.check(golden);
                    if (golden.claimsExact()) {
                        assertThat(result.reproduced())
                                .as(golden.file() + " claims to reproduce " + golden.id() + ": " + result.detail())
                                .isTrue();
                    } else {
                        assertThat(result.reproduced())
                                .as(golden.file() + " reproduces its block now: make it claim 'exact'")
                                .isFalse();
                    }
                }));
    }

    @Test
    void theIndexNamesEveryGoldenAndEveryRunnableBlockHasOneOrAnOwner() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        index().forEach(e -> entries.put(e.id(), e));
        List<String> golden =
                ReferenceGolden.all().stream().map(ReferenceGolden::id).toList();

        assertThat(golden).doesNotHaveDuplicates();
        for (String id : golden) {
            assertThat(entries).as("INDEX line for " + id).containsKey(id);
            assertThat(entries.get(id).disposition()).as(id).isEqualTo("runnable");
        }
        entries.values().stream()
                .filter(e -> e.disposition().equals("runnable"))
                .forEach(e -> assertThat(golden).as("a golden for " + e.id()).contains(e.id()));
        assertThat(entries.values())
                .allMatch(e -> e.runnable() || e.disposition().startsWith("not runnable: "));
    }

    @TestFactory
    Stream<DynamicTest> theIndexAndTheGoldensQuoteTheReferenceFilesAsTheyAre() {
        return FILES.stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Optional<Path> file = ReferenceBlocks.locate(name);
                    Assumptions.assumeTrue(file.isPresent(), name + " is not beside this checkout");
                    List<ReferenceBlocks.Block> blocks = ReferenceBlocks.read(file.get());
                    List<String> indexed = index().stream()
                            .filter(e -> e.file().equals(name))
                            .map(Entry::block)
                            .toList();
                    assertThat(indexed)
                            .containsExactlyElementsOf(blocks.stream()
                                    .map(ReferenceBlocks.Block::id)
                                    .toList());
                    for (ReferenceGolden golden : ReferenceGolden.all()) {
                        if (golden.referenceFile().equals(name)) {
                            String quoted = blocks.stream()
                                    .filter(b -> b.id().equals(golden.block()))
                                    .findFirst()
                                    .orElseThrow()
                                    .text();
                            assertThat(golden.reference())
                                    .as(golden.file().toString())
                                    .isEqualTo(quoted);
                        }
                    }
                }));
    }

    @Test
    void readmeQuotesTheFigures() throws IOException {
        String table = figures();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reference-figures.md"), table, StandardCharsets.UTF_8);

        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .contains(table);
    }

    /** The figures as README shows them: a table row per reference file. */
    static String figures() throws IOException {
        List<Entry> entries = index();
        List<ReferenceGolden> goldens = ReferenceGolden.all();
        StringBuilder table = new StringBuilder();
        table.append("| reference file | code blocks | runnable | reproduced exactly | pending |\n");
        table.append("|---|---|---|---|---|\n");
        for (String name : FILES) {
            List<Entry> mine =
                    entries.stream().filter(e -> e.file().equals(name)).toList();
            long exact = goldens.stream()
                    .filter(g -> g.referenceFile().equals(name))
                    .filter(g -> ReferenceMatch.check(g).reproduced())
                    .count();
            table.append("| `%s` | %d | %d | %d | %d |\n"
                    .formatted(
                            name,
                            mine.size(),
                            mine.stream().filter(Entry::runnable).count(),
                            exact,
                            mine.stream()
                                    .filter(e -> e.disposition().startsWith("pending:"))
                                    .count()));
        }
        return table.toString();
    }
}
