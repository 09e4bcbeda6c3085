/**
 * TFTP transfer state machines: lock-step and windowed sending and receiving, option negotiation,
 * retransmission, block-number rollover and netascii conversion, driven by "packet received" and "timer
 * fired" events and free of sockets and clocks. Internal to {@code dev.iosemu.net.tftp}.
 */
package dev.iosemu.net.tftp.transfer;
