/** The lab network: maps lab addresses to real sockets and decides reachability. */
package dev.iosemu.lab;
