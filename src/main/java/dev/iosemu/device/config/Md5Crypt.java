package dev.iosemu.device.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The MD5-based crypt ({@code $1$salt$hash}) that IOS stores for {@code enable secret 5}: a salted MD5
 * digest stretched over 1000 rounds and written in the crypt base-64 alphabet.
 */
final class Md5Crypt {
    private static final String MAGIC = "$1$";
    private static final String ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int ROUNDS = 1000;

    private Md5Crypt() {}

    static String crypt(String password, String salt) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] s = salt.getBytes(StandardCharsets.UTF_8);
        byte[] digest = stretch(pw, s, initialDigest(pw, s));
        return MAGIC + salt + "$" + encode(digest);
    }

    private static byte[] initialDigest(byte[] pw, byte[] salt) {
        MessageDigest alternate = md5();
        alternate.update(pw);
        alternate.update(salt);
        alternate.update(pw);
        byte[] alt = alternate.digest();
        MessageDigest main = md5();
        main.update(pw);
        main.update(MAGIC.getBytes(StandardCharsets.US_ASCII));
        main.update(salt);
        for (int left = pw.length; left > 0; left -= 16) {
            main.update(alt, 0, Math.min(left, 16));
        }
        for (int bits = pw.length; bits != 0; bits >>>= 1) {
            main.update((bits & 1) != 0 ? 0 : (pw.length == 0 ? 0 : pw[0]));
        }
        return main.digest();
    }

    private static byte[] stretch(byte[] pw, byte[] salt, byte[] start) {
        byte[] result = start;
        for (int round = 0; round < ROUNDS; round++) {
            MessageDigest md = md5();
            md.update((round & 1) != 0 ? pw : result);
            if (round % 3 != 0) {
                md.update(salt);
            }
            if (round % 7 != 0) {
                md.update(pw);
            }
            md.update((round & 1) != 0 ? result : pw);
            result = md.digest();
        }
        return result;
    }

    private static String encode(byte[] f) {
        StringBuilder out = new StringBuilder(22);
        int[][] groups = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};
        for (int[] g : groups) {
            appendBase64(out, ((f[g[0]] & 0xff) << 16) | ((f[g[1]] & 0xff) << 8) | (f[g[2]] & 0xff), 4);
        }
        appendBase64(out, f[11] & 0xff, 2);
        return out.toString();
    }

    private static void appendBase64(StringBuilder out, int value, int chars) {
        int v = value;
        for (int i = 0; i < chars; i++) {
            out.append(ALPHABET.charAt(v & 0x3f));
            v >>>= 6;
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships MD5", impossible);
        }
    }
}
