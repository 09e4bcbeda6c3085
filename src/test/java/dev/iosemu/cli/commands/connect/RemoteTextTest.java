package dev.iosemu.cli.commands.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.InputKind;
import org.junit.jupiter.api.Test;

/** The far end's text as the local console shows it: echo, pager erasing and prompts, however it is split. */
class RemoteTextTest {
    private final RemoteText text = new RemoteText();

    @Test
    void theEchoOfALineSentIsDroppedEvenSplitAcrossChunks() {
        text.sent("show clock", InputKind.ANSWER);

        String shown = text.add("show cl") + text.add("ock\r") + text.add("\n*10:00:00.000 UTC\r\nR2#");

        assertThat(shown).isEqualTo("*10:00:00.000 UTC\n");
        assertThat(text.prompt()).contains("R2#");
    }

    @Test
    void aSecretHasNoEchoButItsLineEndIsDropped() {
        text.sent("cisco", InputKind.SECRET);

        assertThat(text.add("\r\nR2#")).isEmpty();
        assertThat(text.drain()).isEqualTo("R2#");
    }

    @Test
    void somethingElseBeforeTheEchoIsShownWhole() {
        text.sent("show clock", InputKind.ANSWER);

        assertThat(text.add("%SYS-5-CONFIG_I: Configured\r\nshow clock\r\n"))
                .isEqualTo("%SYS-5-CONFIG_I: Configured\nshow clock\n");
    }

    @Test
    void thePagersErasingIsDroppedAndIndentedTextAfterItKept() {
        text.add("line 1\r\n --More-- ");
        assertThat(text.prompt())
                .hasValueSatisfying(p -> assertThat(RemoteText.isMore(p)).isTrue());
        text.drain();
        text.pagerAnswered();

        String erase = "\b".repeat(10) + " ".repeat(10) + "\b".repeat(10);
        String shown = text.add(erase.substring(0, 13)) + text.add(erase.substring(13) + "  indented\r\n");

        assertThat(shown).isEqualTo("  indented\n");
    }

    @Test
    void onlyALineThatEndsLikeAPromptIsOne() {
        for (String cut : new String[] {"Building configuration...", "products may be found at:", "[OK]", "a # b#"}) {
            text.add(cut);
            assertThat(text.prompt()).as(cut).isEmpty();
            text.drain();
        }
        for (String prompt : new String[] {
            "R2#", "R2(config-if)#", "R2>", "Username: ", "Destination filename [x]? ", "Proceed with reload? [confirm]"
        }) {
            text.add(prompt);
            assertThat(text.prompt()).as(prompt).contains(prompt);
            text.drain();
        }
        assertThat(RemoteText.kindOf("Password: ")).isEqualTo(InputKind.SECRET);
        assertThat(RemoteText.kindOf("Username: ")).isEqualTo(InputKind.ANSWER);
    }
}
