/**
 * Device profiles: immutable, validated descriptions of a device model, loaded from YAML. Jackson binds the
 * YAML straight to the records; each record's constructor checks its own fields and throws a field-named
 * problem, which the parser prefixes with where the record sits in the file, so every failure reads
 * {@code file: field.path: problem}. Built-in profiles are classpath resources under {@code /devices/}.
 */
package dev.iosemu.profile;
