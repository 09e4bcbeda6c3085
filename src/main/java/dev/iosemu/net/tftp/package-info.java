/** TFTP (RFC 1350, 2347, 2348, 2349, 7440): client and server sharing one codec. */
package dev.iosemu.net.tftp;
