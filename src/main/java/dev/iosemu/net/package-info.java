/** Network protocols, independent of any device or terminal. */
package dev.iosemu.net;
