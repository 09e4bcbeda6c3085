package dev.iosemu.app;

/** Entry point of the iosemu executable jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("iosemu");
    }
}
