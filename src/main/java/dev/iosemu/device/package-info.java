/**
 * The virtual device: {@link dev.iosemu.device.Router}, the façade one instance per device holds over what
 * it was made from ({@link dev.iosemu.device.DeviceSetup}), its file systems, loader environment, boot
 * lifecycle and configuration store, and the seams through which the app hands it the console
 * ({@link dev.iosemu.device.ConsoleSink}, {@link dev.iosemu.device.LineInput},
 * {@link dev.iosemu.device.BootConsole}) and the command layer replays configuration
 * ({@link dev.iosemu.device.ConfigReplayer}). Nothing here knows the command engine or the terminal, nor
 * renders {@code show} text: the show commands render the facts the device gives them.
 *
 * <p>What kind of device it is lives in one {@link dev.iosemu.device.Platform}, built once from the profile
 * by {@code PlatformMapping}: independent traits (loader, software train, role, image layout) plus the boot
 * device, the factory register and the behaviour they pick (boot script, loader shell, where {@code boot
 * system} entries live). Code asks for the trait it means, never for a model.
 *
 * <p>Sessions run on the device's terminal lines: a {@link dev.iosemu.device.Line} (con 0, vty N, with its
 * user and peer) names each, every open one is a {@link dev.iosemu.device.LineHandle} in the device's
 * {@link dev.iosemu.device.LineRegistry} ({@code show users}, log messages, what a reload drops), and the
 * console line's boot console is attached there, since the boot loader owns the console.
 *
 * <p>How EXEC commands use it (each handler captures the router):
 *
 * <pre>{@code
 * Router router = Router.create(profile, clock, labAddressMap);        // flash and nvram filled
 * router.powerOn(bootConsole);                                          // boot text, replay, RETURN
 * DeviceFacts.versionInfo(router), router.runningConfigText(), startupConfigText()  // what show commands render
 * router.writeMemory();                                                 // "Building configuration..." "[OK]"
 * router.eraseStartupConfig();                                          // write erase / erase startup-config
 * if (router.configModified() && ctx.askYesNo("System configuration has been modified. Save? [yes/no]: ")) ...
 * if (ctx.confirm("Proceed with reload? [confirm]"))
 *     router.reload(session.line(), bootConsole).isEmpty() -> another reload still boots the device
 * router.lines().log(session, "%SYS-5-CONFIG_I: Configured from console by " + session.line().requester())
 * router.configure(b -> b.hostname("Edge"));                            // atomic change, listeners told
 * router.bootSystem().add("flash:x.bin");                               // config line, or BOOT on a switch
 * router.fileSystems()   // flash0:/flash:, nvram:, system:running-config (virtual) for dir/delete/verify/copy
 * router.runningConfig().files().ftp() / .tftp() / .prompt()   // lock-free snapshot of the settings
 * router.reachability().route(address)                    // reachability and egress interface
 * if (router.platform().role() == Role.SWITCH) ...         // show boot; platform().train() for IOS-XE text
 * }</pre>
 */
package dev.iosemu.device;
