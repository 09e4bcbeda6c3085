package dev.iosemu.net.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalListenersTest {
    private final TerminalListeners listeners = new TerminalListeners();
    private final List<Object> heard = new ArrayList<>();

    @Test
    void eachListenerHearsEachEventAndOneThatThrowsDoesNotStopTheOthers() {
        listeners.onSignal(signal -> {
            throw new IllegalStateException("broken listener");
        });
        listeners.onSignal(heard::add);
        listeners.onWindowChange(heard::add);

        listeners.signalled(TerminalSignal.BREAK);
        listeners.windowChanged(new WindowSize(100, 30));

        assertThat(heard).containsExactly(TerminalSignal.BREAK, new WindowSize(100, 30));
    }

    @Test
    void closeListenersRunOnceEvenWhenRegisteredAfterTheClose() {
        listeners.onClose(() -> heard.add("before"));
        listeners.closed();
        listeners.closed();
        listeners.onClose(() -> heard.add("after"));

        assertThat(heard).containsExactly("before", "after");
        assertThat(listeners.isClosed()).isTrue();
    }

    @Test
    void reportedSizesKeepTheDefaultForUnknownDimensions() {
        assertThat(WindowSize.reported(0, 50)).isEqualTo(new WindowSize(80, 50));
        assertThat(WindowSize.reported(132, 0)).isEqualTo(new WindowSize(132, 24));
        assertThat(WindowSize.reported(70_000, -1)).isEqualTo(WindowSize.DEFAULT);
        assertThatThrownBy(() -> new WindowSize(0, 24)).isInstanceOf(IllegalArgumentException.class);
    }
}
