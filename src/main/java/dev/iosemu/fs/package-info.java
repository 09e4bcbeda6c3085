/** The IOS file-system layer: IOS paths and URLs over java.nio.file. */
package dev.iosemu.fs;
