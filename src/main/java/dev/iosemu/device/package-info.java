/**
 * The virtual device: {@link dev.iosemu.device.Router}, the aggregate one instance per device holds (file
 * systems, boot loader environment, running configuration, startup-config, boot state), and the seams
 * through which the app hands it the console ({@link dev.iosemu.device.ConsoleSink},
 * {@link dev.iosemu.device.LineInput}, {@link dev.iosemu.device.BootConsole}) and the command layer replays
 * configuration ({@link dev.iosemu.device.ConfigReplayer}). Nothing here knows the command engine or the
 * terminal.
 *
 * <p>What kind of device it is lives in one {@link dev.iosemu.device.Platform}, built once from the profile
 * by {@code PlatformMapping}: independent traits (loader, software train, role, image layout) plus the boot
 * device, the factory register and the behaviour they pick (boot script, loader shell, where {@code boot
 * system} entries live). Code asks for the trait it means, never for a model.
 *
 * <p>How EXEC commands use it (each handler captures the router):
 *
 * <pre>{@code
 * Router router = Router.create(profile, clock, labAddressMap);        // flash and nvram filled
 * router.powerOn(bootConsole);                                          // boot text, replay, RETURN
 * ctx.out().println(...) for router.showVersion() / showRunningConfig() / showStartupConfig() / showBoot();
 * router.writeMemory();                                                 // "Building configuration..." "[OK]"
 * router.eraseStartupConfig();                                          // write erase / erase startup-config
 * if (router.configModified() && ctx.askYesNo("System configuration has been modified. Save? [yes/no]: ")) ...
 * if (ctx.confirm("Proceed with reload? [confirm]"))
 *     router.reload(SessionConsole.boot(ctx.session(), pacing, replayer, rommonTftp)); // ROMMON may own the console
 * router.fileSystems()   // flash0:/flash:, nvram:, system:running-config (virtual) for dir/delete/verify/copy
 * router.runningConfig().ftp() / .tftp() / .filePrompt()   // copy settings
 * router.routingTable().lookup(address)                    // reachability and egress interface
 * router.imageVerifier().check(router.bootMedia(), "flash:x.bin")   // cached image check
 * if (router.platform().role() == Role.SWITCH) ...         // show boot; platform().train() for IOS-XE text
 * }</pre>
 */
package dev.iosemu.device;
