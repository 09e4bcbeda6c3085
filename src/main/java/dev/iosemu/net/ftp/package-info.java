/** FTP: a client facade over Apache Commons Net and a lab server over Apache MINA FtpServer. */
package dev.iosemu.net.ftp;
