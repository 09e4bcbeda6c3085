package dev.iosemu.profile;

/**
 * A technology-package licence {@code show license} lists.
 *
 * @param feature {@code ipbasek9}, {@code securityk9}
 * @param permanent true for a permanent, in-use licence; false for an evaluation right-to-use not activated
 */
public record LicenseFeature(String feature, boolean permanent) {
    public LicenseFeature {
        Fields.text("feature", feature);
    }
}
