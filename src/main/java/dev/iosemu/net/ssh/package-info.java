/**
 * SSH for remote consoles, over Apache MINA SSHD: {@link dev.iosemu.net.ssh.SshServer} (RSA host key
 * generated on first use, password and keyboard-interactive logins checked by the caller with IOS's retry
 * and time limits, shell and exec channels handed to a {@link dev.iosemu.net.ssh.SshSessionHandler} as
 * {@link dev.iosemu.net.ssh.SshSession}s, no SFTP or forwarding), a small {@link dev.iosemu.net.ssh.SshClient}
 * (password login, exec, shell), and {@link dev.iosemu.net.ssh.SshEngine}, the threads many servers and
 * clients share.
 *
 * <p>No MINA type appears in the public API; {@code ServerAssembly} is where MINA is configured, {@code
 * SessionCommand} where its channels meet the caller's handler. No IOS knowledge lives here beyond the
 * defaults IOS uses (identification string, limits).
 */
package dev.iosemu.net.ssh;
