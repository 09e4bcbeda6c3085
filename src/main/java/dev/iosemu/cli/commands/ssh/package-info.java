/**
 * The device's SSH server as IOS configures and reports it: {@code crypto key generate rsa} (with its
 * dialog) and {@code crypto key zeroize rsa}, {@code ip ssh version|time-out|authentication-retries}, and
 * {@code show ip ssh}, {@code show ssh}, {@code show crypto key mypubkey rsa}. The server itself runs in the
 * app; this area reads it through {@link dev.iosemu.cli.commands.ssh.SshConnections}.
 */
package dev.iosemu.cli.commands.ssh;
