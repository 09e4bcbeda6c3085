/**
 * Catalyst {@code archive} commands: {@code archive download-sw} (fetch a {@code .tar}, examine it, extract the
 * image directory, set the boot path, delete the old image, reload) and {@code archive tar
 * /table|/xtract|/create}. The archive work is {@link dev.iosemu.device.archive}'s; fetching goes through the
 * copy engine's protocol table ({@link dev.iosemu.cli.commands.copy.UrlFetch}).
 */
package dev.iosemu.cli.commands.archive;
