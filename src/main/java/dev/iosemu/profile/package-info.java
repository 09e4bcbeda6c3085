/** Device profiles: immutable, validated descriptions of a device model, loaded from YAML. */
package dev.iosemu.profile;
