/**
 * DNS (RFC 1035) as a client only: {@link dev.iosemu.net.dns.DnsClient} asks one name server for a host's
 * IPv4 address, through the JDK's own resolver (JNDI's DNS provider), which can be pointed at any server and
 * port.
 */
package dev.iosemu.net.dns;
