package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.DeviceClock;
import dev.iosemu.device.LineRegistry;
import dev.iosemu.device.LogStamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code clock set hh:mm:ss DAY MONTH YEAR} (or {@code MONTH DAY YEAR}): moves the device clock, which
 * file times, log stamps and {@code show clock} read, and logs {@code %SYS-6-CLOCKUPDATE} as IOS does.
 */
final class ClockCommand {
    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();
    private static final Arg<LocalTime> TIME = Arg.time("time", "Current Time");
    private static final Arg<Integer> DAY = Arg.number("day", 1, 31, "Day of the month");
    private static final Arg<Month> MONTH =
            Arg.choice("month", "MONTH", MONTHS, "Month of the year").map(name -> Month.of(MONTHS.indexOf(name) + 1));
    private static final Arg<Integer> YEAR = Arg.number("year", 1993, 2035, "Year");
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss zzz EEE MMM d yyyy", Locale.ENGLISH);

    private final DeviceClock clock;
    private final LineRegistry lines;

    private ClockCommand(DeviceClock clock, LineRegistry lines) {
        this.clock = clock;
        this.lines = lines;
    }

    static void register(CommandNode exec, DeviceClock clock, LineRegistry lines) {
        ClockCommand command = new ClockCommand(clock, lines);
        CommandNode time = exec.keyword("clock", "Manage the system clock")
                .keyword("set", "Set the time and date")
                .argument(TIME);
        time.argument(DAY).argument(MONTH).argument(YEAR).executes(command::set);
        time.argument(MONTH).argument(DAY).argument(YEAR).executes(command::set);
    }

    private void set(CommandContext ctx) {
        ZonedDateTime before = clock.instant().atZone(clock.getZone());
        ZonedDateTime after;
        try {
            LocalDate date = LocalDate.of(ctx.get(YEAR), ctx.get(MONTH), ctx.get(DAY));
            after = ZonedDateTime.of(date, ctx.get(TIME), clock.getZone());
        } catch (DateTimeException e) {
            ctx.out().println("% Invalid date.");
            return;
        }
        clock.set(after.toInstant());
        String message = LogStamp.line(
                clock.instant(),
                clock.getZone(),
                "%SYS-6-CLOCKUPDATE: System clock has been updated from " + format(before) + " to " + format(after)
                        + ", configured from console by " + ctx.session().line().requester() + ".");
        if (ctx.session().line().isConsole()) {
            ctx.out().println(message); // console logging, in line with the command's output
        } else {
            lines.log(ctx.session(), message);
        }
    }

    private static String format(ZonedDateTime time) {
        String text = LOG_TIME.format(time);
        return time.getZone().normalized().equals(ZoneOffset.UTC) ? text.replace(" Z ", " UTC ") : text;
    }
}
