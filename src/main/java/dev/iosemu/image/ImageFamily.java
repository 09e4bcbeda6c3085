package dev.iosemu.image;

/** The software family an image belongs to; it decides version syntax and show-version wording. */
public enum ImageFamily {
    /** Monolithic classic IOS (ISR G2, Catalyst 2960): versions like {@code 15.7(3)M8}. */
    CLASSIC_IOS(1),
    /** IOS-XE bundles (ISR 4000): versions like {@code 17.9.4a}. */
    IOS_XE(2);

    private final int code;

    ImageFamily(int code) {
        this.code = code;
    }

    /** The one-byte code stored in the image header. */
    public int code() {
        return code;
    }

    /** Looks a family up by its header code. */
    public static ImageFamily fromCode(int code) {
        for (ImageFamily family : values()) {
            if (family.code == code) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown image family code " + code);
    }
}
