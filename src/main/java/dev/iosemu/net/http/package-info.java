/**
 * HTTP(S) file transfers over the JDK alone: {@link dev.iosemu.net.http.HttpFileClient} (the device's
 * {@code copy http:} and {@code copy https:}, on {@code java.net.http.HttpClient}) and {@link
 * dev.iosemu.net.http.LabHttpServer} (the lab's read-only file server, on {@code com.sun.net.httpserver}).
 * The lab's HTTPS certificate ({@link dev.iosemu.net.http.LabCertificate}) ships with iosemu, so the device
 * trusts the lab server as it trusts the public authorities.
 */
package dev.iosemu.net.http;
