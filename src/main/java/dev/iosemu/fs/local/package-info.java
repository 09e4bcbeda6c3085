/** Local device file systems (flash:, nvram:, ...), one jimfs instance each, sized from the device. */
package dev.iosemu.fs.local;
