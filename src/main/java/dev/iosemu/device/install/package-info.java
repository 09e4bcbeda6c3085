/**
 * IOS-XE install mode: a bundle expanded into packages and a provisioning file on the boot device
 * ({@link dev.iosemu.device.install.BundleExpander}, all or nothing), the install state that {@code install add},
 * {@code activate}, {@code commit}, {@code abort}, {@code rollback} and {@code remove} move between
 * ({@link dev.iosemu.device.install.InstallRecord}), kept as a file on the boot device so it survives reloads
 * and {@code --state}, and the auto-abort deadline on the device clock.
 */
package dev.iosemu.device.install;
