package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.Fuzz;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EntryTableTest {
    /** An entry "key=value"; the key is the part before '='. */
    private static final Function<String, String> KEY = entry -> entry.substring(0, entry.indexOf('='));

    @Test
    void aNewEntryReplacesItsKeyWhereItStoodOrGoesLast() {
        EntryTable<String> table = EntryTable.of(List.of("a=1", "b=2", "c=3"), KEY);

        List<String> changed = table.put("b=9").put("d=4").asList();

        assertThat(changed).containsExactly("a=1", "b=9", "c=3", "d=4");
        assertThat(table.asList()).containsExactly("a=1", "b=2", "c=3");
        assertThat(table.remove("a").remove("x").asList()).containsExactly("b=2", "c=3");
        assertThat(table.get("c")).contains("c=3");
        assertThat(table.get("x")).isEmpty();
    }

    @Test
    void theViewIsAnImmutableListEqualToAnyListOfTheSameEntries() {
        List<String> view = EntryTable.of(List.of("a=1", "b=2"), KEY).asList();

        assertThat(view).isEqualTo(List.of("a=1", "b=2")).hasSameHashCodeAs(List.of("a=1", "b=2"));
        assertThat(EntryTable.immutable(view)).isSameAs(view);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.add("c=3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aViewTurnsBackIntoItsTableWithoutACopyUnderTheSameKey() {
        EntryTable<String> table = EntryTable.of(List.of("a=1"), KEY);

        assertThat(EntryTable.of(table.asList(), KEY)).isSameAs(table);
        assertThat(EntryTable.of(table.asList(), entry -> entry)).isNotSameAs(table);
    }

    @Test
    void anySequenceOfChangesKeepsTheOrderALinkedMapKeeps() {
        Fuzz.check("entry table against a linked map", 300, random -> {
            EntryTable<String> table = EntryTable.of(List.of(), KEY);
            Map<String, String> model = new LinkedHashMap<>();
            for (int step = 0; step < 200; step++) {
                String key = "k" + random.nextInt(40);
                if (random.nextInt(3) == 0) {
                    table = table.remove(key);
                    model.remove(key);
                } else {
                    String entry = key + "=" + step;
                    table = table.put(entry);
                    model.put(key, entry);
                }
                List<String> expected = new ArrayList<>(model.values());
                assertThat(table.asList()).isEqualTo(expected);
                if (!expected.isEmpty()) {
                    int index = random.nextInt(expected.size());
                    assertThat(table.asList().get(index)).isEqualTo(expected.get(index));
                }
            }
        });
    }
}
