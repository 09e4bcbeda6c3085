package dev.iosemu.cli.commands.ssh;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.device.LogStamp;
import dev.iosemu.device.Router;
import dev.iosemu.device.RsaKey;
import dev.iosemu.device.config.RunningConfig;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code crypto key generate rsa [general-keys] [label L] [modulus N]} and {@code crypto key zeroize rsa},
 * with IOS 15's dialogs: the key's name, the modulus question when none was given, the replacement of an
 * existing key, the elapsed time on the device clock, and SSH coming on or going off in the log.
 */
final class KeyGeneration {
    private static final int DEFAULT_MODULUS = 512;

    private final Router router;

    KeyGeneration(Router router) {
        this.router = router;
    }

    void generate(CommandContext ctx) throws CommandException {
        Optional<String> label = ctx.optional(SshCommands.LABEL);
        String name = label.isPresent() ? label.get() : defaultName(router.runningConfig());
        OptionalInt modulus =
                ctx.optional(SshCommands.MODULUS).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<RsaKey> existing = router.rsaKeys().current();
        if (existing.isPresent()) {
            ctx.out()
                    .println("% You already have RSA keys defined named "
                            + existing.get().label() + ".");
            if (modulus.isPresent()) {
                ctx.out().println("% They will be replaced.");
            } else if (!ctx.askYesNo("% Do you really want to replace them? [yes/no]: ")) {
                return;
            }
        } else {
            if (modulus.isPresent()) {
                ctx.out().println(); // with the size on the command line IOS opens with a blank line
            }
            ctx.out().println("The name for the keys will be: " + name);
        }
        int bits = modulus.isPresent() ? announced(ctx, modulus.getAsInt()) : asked(ctx);
        ctx.out().println("% Generating " + bits + " bit RSA keys, keys will be non-exportable...");
        Instant start = router.clock().instant();
        router.rsaKeys().generate(name, bits);
        long seconds = Duration.between(start, router.clock().instant()).toSeconds();
        ctx.out().println("[OK] (elapsed time was " + seconds + " seconds)");
        ctx.out().println();
        if (existing.isEmpty()) {
            log(ctx, router.runningConfig().security().ssh().enabledMessage());
        }
    }

    void zeroize(CommandContext ctx) throws CommandException {
        if (router.rsaKeys().current().isEmpty()) {
            ctx.out().println("% No Signature RSA Keys found in configuration.");
            return;
        }
        ctx.out().println("% All keys will be removed.");
        ctx.out().println("% All router certs issued using these keys will also be removed.");
        if (!ctx.askYesNo("Do you really want to remove these keys? [yes/no]: ")) {
            return;
        }
        try {
            router.rsaKeys().zeroize();
        } catch (IOException e) {
            throw new CommandException("%Error removing the keys from nvram: (" + e.getMessage() + ")");
        }
        log(
                ctx,
                "%SSH-5-DISABLED: SSH "
                        + router.runningConfig().security().ssh().versionText() + " has been disabled");
    }

    /**
     * The key's default name, {@code hostname.domain}; IOS refuses a key without a host name of the user's own
     * or a domain name.
     */
    private String defaultName(RunningConfig config) throws CommandException {
        if (config.hostname().equals(router.setup().hostname())) {
            throw new CommandException("% Please define a hostname other than " + config.hostname() + ".");
        }
        Optional<String> domain = config.names().domainName();
        if (domain.isEmpty()) {
            throw new CommandException("% Please define a domain-name first.");
        }
        return config.hostname() + "." + domain.get();
    }

    private static int announced(CommandContext ctx, int bits) {
        ctx.out().println();
        ctx.out().println("% The key modulus size is " + bits + " bits");
        return bits;
    }

    private static int asked(CommandContext ctx) {
        ctx.out()
                .println("Choose the size of the key modulus in the range of " + RsaKey.MIN_MODULUS + " to "
                        + RsaKey.MAX_MODULUS + " for your");
        ctx.out().println("  General Purpose Keys. Choosing a key modulus greater than 512 may take");
        ctx.out().println("  a few minutes.");
        ctx.out().println();
        while (true) {
            String answer = ctx.ask("How many bits in the modulus [" + DEFAULT_MODULUS + "]: ")
                    .strip();
            if (answer.isEmpty()) {
                return DEFAULT_MODULUS;
            }
            try {
                int bits = Integer.parseInt(answer);
                if (bits >= RsaKey.MIN_MODULUS && bits <= RsaKey.MAX_MODULUS) {
                    return bits;
                }
            } catch (NumberFormatException e) {
                // asked again, as for any answer out of range
            }
            ctx.out()
                    .println("% Key modulus size must be between " + RsaKey.MIN_MODULUS + " and " + RsaKey.MAX_MODULUS
                            + " bits.");
        }
    }

    private void log(CommandContext ctx, String message) {
        router.lines()
                .log(
                        ctx.session(),
                        LogStamp.line(router.clock().instant(), router.clock().getZone(), message));
    }
}
