/**
 * The lab file: a YAML description of a lab in the spirit of containerlab's topology files (devices, the lab
 * server as a node, links between named interfaces, fleets by count), read into a checked {@link
 * dev.iosemu.lab.file.LabFile} whose every refusal names the file, the line and the field.
 */
package dev.iosemu.lab.file;
