package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final String TEXT = """
            # comment
            == exec
            show  Show running system information  @1
            rcommand  Run command on remote switch  @switch
            send  Send a message to other tty lines

            == exec traceroute
            WORD  Trace route to destination address or hostname
            mac  Trace Layer2 path between 2 endpoints  @switch
            <cr>

            == config logging console
            alerts  Immediate action needed           (severity=1)
            """;

    @Test
    void sectionsWordsHelpAndMarks() {
        Vocabulary vocabulary = Vocabulary.parse(TEXT);

        assertThat(vocabulary.sections()).containsExactly("exec", "exec traceroute", "config logging console");
        Vocabulary.Entry show = vocabulary.entries("exec").getFirst();
        assertThat(show.help()).isEqualTo("Show running system information");
        assertThat(show.userExec()).isTrue();
        assertThat(vocabulary.entries("exec").get(2).userExec()).isFalse();
        assertThat(vocabulary.entries("exec").get(1).appliesTo(Set.of("router", "classic")))
                .isFalse();
        assertThat(vocabulary.entries("exec").get(1).appliesTo(Set.of("switch", "classic")))
                .isTrue();
        assertThat(vocabulary.entries("exec traceroute").getFirst().isArgument())
                .isTrue();
        assertThat(vocabulary.entries("exec traceroute").getLast().isCr()).isTrue();
        // help keeps its own wide spacing; only trailing @ words are marks
        assertThat(vocabulary.entries("config logging console").getFirst().help())
                .isEqualTo("Immediate action needed           (severity=1)");
        assertThat(vocabulary.privilege("exec traceroute")).isEqualTo(15);
    }

    @Test
    void anUnknownMarkIsRefused() {
        assertThatThrownBy(() -> Vocabulary.parse("== exec\nping  Send echo messages  @routr\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@routr");
    }

    @Test
    void theShippedFileParses() {
        Vocabulary vocabulary = Vocabulary.load();

        assertThat(vocabulary.sections()).contains("exec", "exec show", "config", "config-if", "config-line");
        for (String path : vocabulary.sections()) {
            Vocabulary.mode(path.split(" ")[0]);
            assertThat(vocabulary.entries(path)).as(path).isNotEmpty();
        }
    }
}
