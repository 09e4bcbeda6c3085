package dev.iosemu.device.boot;

import dev.iosemu.device.ConsoleSink;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISR G2 "Smart Init" iomem sizing block printed after the image decompresses; the IO memory it
 * rounds to is the second figure of the processor line ({@code 487424K/36864K} gives 36MB, 7 percent).
 */
final class SmartInit {
    private static final Pattern SPLIT = Pattern.compile("(\\d+)K/(\\d+)K");

    private SmartInit() {}

    /** Prints the block when {@code processorLine} shows a processor/IO split; otherwise nothing. */
    static void print(String processorLine, ConsoleSink console) {
        Matcher m = SPLIT.matcher(processorLine);
        if (!m.find()) {
            return;
        }
        long ioMb = Long.parseLong(m.group(2)) / 1024;
        long totalMb = (Long.parseLong(m.group(1)) + Long.parseLong(m.group(2))) / 1024;
        console.line("Smart Init is enabled");
        console.line("smart init is sizing iomem");
        console.line("                 TYPE      MEMORY_REQ");
        console.line("    Onboard devices &");
        console.line("         buffer pools      0x01E8F000");
        console.line("-----------------------------------------------");
        console.line("               TOTAL:      0x01E8F000");
        console.line("");
        console.line("Rounded IOMEM up to: " + ioMb + "MB.");
        console.line("Using " + (ioMb * 100 / totalMb) + " percent iomem. [" + ioMb + "MB/" + totalMb + "MB]");
        console.line("");
    }
}
