package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineRegistryTest {
    private final LineRegistry lines = new LineRegistry();

    /** A session that records what reaches it. */
    private static final class Recorded implements LineHandle {
        final List<String> shown = new ArrayList<>();
        final Line line;
        boolean dropped;

        Recorded(Line line) {
            this.line = line;
        }

        @Override
        public Line line() {
            return line;
        }

        @Override
        public void printAsync(String message) {
            shown.add(message);
        }

        @Override
        public void disconnect() {
            dropped = true;
        }
    }

    @Test
    void sessionsAreListedConsoleFirstUntilTheirRegistrationCloses() {
        Recorded vty1 = new Recorded(Line.vty(1, "10.1.1.6"));
        Recorded console = new Recorded(Line.console());
        LineRegistry.Registration vty1Registration = lines.register(vty1);
        lines.register(console);

        assertThat(lines.sessions()).containsExactly(console, vty1);
        assertThat(lines.freeVty(5)).hasValue(0);
        vty1Registration.close();
        vty1Registration.close();
        assertThat(lines.sessions()).containsExactly(console);
    }

    @Test
    void theLowestIdleVtyIsFreeAndNoneWhenAllAreBusy() {
        lines.register(new Recorded(Line.vty(0, "a")));
        lines.register(new Recorded(Line.vty(2, "b")));

        assertThat(lines.freeVty(5)).hasValue(1);
        assertThat(lines.freeVty(1)).isEmpty();
    }

    @Test
    void logMessagesShowOnTheConsoleAndNotOnTheVtyThatCausedThem() {
        Recorded console = new Recorded(Line.console());
        Recorded vty = new Recorded(Line.vty(0, "10.1.1.5"));
        lines.attachConsole(console, BootConsole.of(text -> {}, LineInput.none(), ConfigReplayer.NONE));

        lines.log(vty, "from the vty");
        lines.log(console, "from the console");

        assertThat(console.shown).containsExactly("from the vty", "from the console");
        assertThat(vty.shown).isEmpty();
    }

    @Test
    void aConsoleReloadDropsTheVtysAndAVtyReloadDropsEverySession() {
        Recorded console = new Recorded(Line.console());
        Recorded vty = new Recorded(Line.vty(0, "10.1.1.5"));
        lines.register(console);
        lines.register(vty);

        lines.dropForReload(Line.console());
        assertThat(vty.dropped).isTrue();
        assertThat(console.dropped).isFalse();
        lines.dropForReload(vty.line());
        assertThat(console.dropped).isTrue();
    }

    @Test
    void aLineNamesWhoDidSomethingAsLogMessagesDo() {
        assertThat(Line.console().requester()).isEqualTo("console");
        assertThat(Line.console().loggedIn("admin").requester()).isEqualTo("console");
        assertThat(Line.vty(0, "10.1.1.5").requester()).isEqualTo("vty0 (10.1.1.5)");
        assertThat(Line.vty(3, "10.1.1.5").loggedIn("admin").requester()).isEqualTo("admin on vty3 (10.1.1.5)");
    }
}
