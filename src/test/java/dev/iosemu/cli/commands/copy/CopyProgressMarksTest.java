package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyProgressMarksTest {
    @Test
    void oneMarkPerStepCrossed() {
        CopyProgressMarks marks = new CopyProgressMarks(100, 1);

        assertThat(marks.advance(99)).isZero();
        assertThat(marks.advance(1)).isEqualTo(1);
        assertThat(marks.advance(250)).isEqualTo(2);
        assertThat(marks.finish()).isZero();
    }

    @Test
    void smallTransfersStillShowTheMinimum() {
        CopyProgressMarks download = new CopyProgressMarks(65536, 1);
        CopyProgressMarks upload = new CopyProgressMarks(65536, 2);

        download.advance(40);
        upload.advance(1488);

        assertThat(download.finish()).isEqualTo(1);
        assertThat(upload.finish()).isEqualTo(2);
    }

    @Test
    void emptyFileShowsOneMark() {
        assertThat(new CopyProgressMarks(512, 1).finish()).isEqualTo(1);
    }

    @Test
    void aDownloadBelowItsThresholdShowsNoMark() {
        CopyProgressMarks tiny = new CopyProgressMarks(256 * 1024, 1, 1024);
        CopyProgressMarks small = new CopyProgressMarks(256 * 1024, 1, 1024);

        tiny.advance(4);
        small.advance(1030);

        assertThat(tiny.finish()).isZero();
        assertThat(small.finish()).isEqualTo(1);
    }
}
