/**
 * SCP, the protocol {@code scp -t} and {@code scp -f} speak over an SSH exec channel, both ways: {@link
 * dev.iosemu.net.ssh.scp.ScpServing} answers a client's request over a channel's streams (the device's SCP
 * server, the lab's), {@link dev.iosemu.net.ssh.scp.ScpClient} asks a server for one file or sends it one
 * (the device's {@code copy scp:}). One file per transfer, no directories, no times kept: what IOS does.
 *
 * <p>The wire (status bytes, the {@code C} line) is ours rather than MINA's {@code sshd-scp}: a server of
 * the device must read the client's last status byte before it commits the file and only then
 * acknowledge, check the size of the {@code C} line before it acknowledges it, and take the path
 * literally; a client must see the {@code C} line before the first byte to reserve space and print it.
 * MINA's helper acknowledges before it reads the client's status and hides the line from a stream
 * download.
 */
package dev.iosemu.net.ssh.scp;
