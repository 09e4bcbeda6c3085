package dev.iosemu.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a transcript reproduces a reference block: after the golden's identity substitutions, and with
 * what varies between one device and another normalised on both sides, the block's lines must appear in
 * the transcript as one contiguous run. Normalised: every number (sizes, times, addresses, counts) is one
 * {@code №} and the spaces around it one space, month and day names in times, serial numbers and MAC
 * addresses, runs of progress marks ({@code !!!!} is {@code !}, none stays none) and trailing spaces.
 * Caret lines stay exact. A reference line that is only an elision ({@code ...}, {@code (… notice …)})
 * stands for any lines, and an elision inside a line for any text.
 */
final class ReferenceMatch {
    private static final Pattern ELISION_LINE = Pattern.compile("\\s*(\\.\\.\\.|…|\\((…|\\.\\.\\.)[^)]*\\))\\s*");
    private static final Pattern ELISION = Pattern.compile("\\((…|\\.\\.\\.)[^)]*\\)|…\\([^)]*\\)…?");
    private static final Pattern ELISION_AT_END = Pattern.compile("(\\((…|\\.\\.\\.)[^)]*\\)|…\\([^)]*\\)…?)\\s*$");
    private static final Pattern CARET = Pattern.compile("\\s*\\^\\s*");
    private static final Pattern MONTH =
            Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?=[ -]+\\d)");
    private static final Pattern DAY = Pattern.compile("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?= +(MON|\\d))");
    private static final Pattern SERIAL =
            Pattern.compile("\\b[A-Z]{3}(?=[A-Z0-9]{8}\\b)(?=(?:[A-Z]*\\d){4})[A-Z0-9]{8}\\b");
    private static final Pattern MAC =
            Pattern.compile("(?i)\\b([0-9a-f]{2}:){5}[0-9a-f]{2}\\b|\\b[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}\\b");
    private static final Pattern MD5 = Pattern.compile("\\b[0-9a-fA-F]{32}\\b");
    private static final Pattern UPTIME = Pattern.compile("(uptime is|Uptime for this control processor is) .*");
    /** Progress marks: {@code !} per block, {@code .} per chunk verified, {@code #} decompressing, and so on. */
    private static final String MARK_CHARS = "!.#@C";

    private static final String MARKS = "[" + MARK_CHARS + "]+";

    /** The time zone of a listing's date, the device's clock setting. */
    private static final Pattern ZONE = Pattern.compile("(?<=\\d\\d:\\d\\d:\\d\\d) [+-]\\d\\d:\\d\\d");

    private static final Pattern HEX = Pattern.compile("0x[0-9A-Fa-f]{6,}");
    private static final String NUMBER = "№";

    private ReferenceMatch() {}

    /** The outcome: reproduced, or the first reference line no transcript line matched there. */
    record Result(boolean reproduced, String detail) {}

    static Result check(ReferenceGolden golden) {
        boolean loose = !golden.directives("spacing").isEmpty();
        return check(substituted(golden), golden.transcript(), loose);
    }

    /** The reference block with the golden's {@code # as:} substitutions applied; each must apply. */
    static String substituted(ReferenceGolden golden) {
        String text = golden.reference();
        for (String strip : golden.directives("strip")) {
            text = Pattern.compile("(?m)^" + Pattern.quote(strip)).matcher(text).replaceAll("");
        }
        for (String[] pair : golden.substitutions()) {
            if (!text.contains(pair[0])) {
                throw new IllegalArgumentException(golden.file() + ": '# as:' text not in the block: " + pair[0]);
            }
            text = text.replace(pair[0], pair[1]);
        }
        return text;
    }

    /**
     * Checks {@code reference} against {@code transcript}; {@code loose} also makes every run of spaces one
     * (for a block whose publication lost its alignment, as a {@code # spacing:} line says).
     */
    static Result check(String reference, String transcript, boolean loose) {
        List<Optional<Pattern>> wanted = new ArrayList<>();
        for (String line : lines(reference)) {
            if (ELISION_LINE.matcher(line).matches()) {
                wanted.add(Optional.empty());
                continue;
            }
            wanted.add(Optional.of(pattern(spaced(line, loose))));
            if (ELISION_AT_END.matcher(line).find()) {
                wanted.add(Optional.empty()); // "features …(notice)…" elides the lines after it too
            }
        }
        List<String> got = lines(transcript).stream()
                .map(line -> normalise(spaced(line, loose)))
                .toList();
        int best = -1;
        int bestAt = 0;
        for (int start = 0; start <= got.size(); start++) {
            int reached = reach(wanted, got, 0, start);
            if (reached == wanted.size()) {
                return new Result(true, "");
            }
            if (reached > best) {
                best = reached;
                bestAt = start;
            }
        }
        String missing = lines(reference).get(Math.max(best, 0));
        return new Result(
                false,
                "first unmatched reference line " + (best + 1) + ": '" + missing + "' (run from transcript line "
                        + (bestAt + 1) + ")");
    }

    /** How many reference lines match from transcript line {@code at} on (all of them when it reproduces). */
    private static int reach(List<Optional<Pattern>> wanted, List<String> got, int i, int at) {
        if (i == wanted.size()) {
            return i;
        }
        Optional<Pattern> want = wanted.get(i);
        if (want.isEmpty()) {
            int best = i;
            for (int k = at; k <= got.size(); k++) {
                best = Math.max(best, reach(wanted, got, i + 1, k));
                if (best == wanted.size()) {
                    return best;
                }
            }
            return best;
        }
        if (at < got.size() && want.get().matcher(got.get(at)).matches()) {
            return reach(wanted, got, i + 1, at + 1);
        }
        return i;
    }

    private static String spaced(String line, boolean loose) {
        return loose ? line.replaceAll(" +", " ") : line;
    }

    /**
     * The line as a pattern: its normalised text, where an elision inside it matches any text, progress marks
     * next to it included ({@code ###(…)### [OK]} stands for a row of any length).
     */
    private static Pattern pattern(String line) {
        StringBuilder regex = new StringBuilder();
        Matcher elision = ELISION.matcher(line);
        int from = 0;
        while (elision.find()) {
            String before = line.substring(from, elision.start()).replaceAll(MARKS + "$", "");
            regex.append(Pattern.quote(normalise(before).strip()));
            regex.append(".*");
            from = elision.end();
            while (from < line.length() && MARK_CHARS.indexOf(line.charAt(from)) >= 0) {
                from++;
            }
        }
        String rest = normalise(line.substring(from));
        regex.append(Pattern.quote(from > 0 ? rest.strip() : rest));
        return Pattern.compile(regex.toString());
    }

    static String normalise(String line) {
        String text = line.stripTrailing().replace("in N.NNN secs (N bytes/sec)", "in 0.000 secs (0 bytes/sec)");
        if (CARET.matcher(text).matches()) {
            return text;
        }
        text = MAC.matcher(text).replaceAll("MAC");
        text = ZONE.matcher(text).replaceAll(" +00:00");
        text = HEX.matcher(text).replaceAll("0x0");
        text = MD5.matcher(text).replaceAll("MD5");
        text = UPTIME.matcher(text).replaceAll("$1 UPTIME");
        text = SERIAL.matcher(text).replaceAll("SERIAL");
        text = MONTH.matcher(text).replaceAll("MON");
        text = DAY.matcher(text).replaceAll("DAY");
        text = text.replaceAll("!+", "!").replaceAll("\\.+", ".").replaceAll("#{2,}", "##");
        text = text.replaceAll("@{2,}", "@@").replaceAll("C{3,}", "CCC");
        text = text.replaceAll("\\d+", NUMBER);
        text = text.replaceAll("^[ ]+" + NUMBER, NUMBER).replaceAll("[ ]+" + NUMBER, " " + NUMBER);
        return text.replaceAll(NUMBER + "[ ]+", NUMBER + " ");
    }

    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
