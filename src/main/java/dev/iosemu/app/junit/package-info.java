/**
 * A JUnit 5 extension for tests against iosemu devices: {@link dev.iosemu.app.junit.IosDevice} and {@link
 * dev.iosemu.app.junit.IosLab} on test method parameters inject a booted device or lab, closed after the test.
 * JUnit Jupiter's API is an optional dependency of iosemu: a project that uses this package has it already.
 */
package dev.iosemu.app.junit;
