package dev.iosemu.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LastResortTest {
    @Test
    void aThreadEndedByAnUncaughtExceptionIsLoggedInOneLine() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger(LastResort.class.getName());
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(recorder);
        try {
            Thread thread = LastResort.virtual("listener-under-test").start(() -> {
                throw new IllegalStateException("a bug");
            });
            thread.join();
        } finally {
            log.removeHandler(recorder);
        }

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getParameters())
                    .containsExactly("listener-under-test", new IllegalStateException("a bug").toString());
            assertThat(record.getThrown()).isNull();
        });
    }
}
