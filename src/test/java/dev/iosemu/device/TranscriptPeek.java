package dev.iosemu.device;

import dev.iosemu.lab.LabAddressMap;

/** Prints a boot transcript, for eyeballing. */
public final class TranscriptPeek {
    public static void main(String[] args) throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole("no");
        router.powerOn(console.boot());
        System.out.println(console.output());
        router.showVersion().forEach(System.out::println);
        router.showRunningConfig().forEach(System.out::println);
        Router sw = Router.create(TestDevices.catalyst(), new TestClock(), LabAddressMap.empty());
        RecordingConsole c2 = new RecordingConsole("no");
        sw.powerOn(c2.boot());
        System.out.println(c2.output());
        sw.showVersion().forEach(System.out::println);
        sw.showRunningConfig().forEach(System.out::println);
    }
}
