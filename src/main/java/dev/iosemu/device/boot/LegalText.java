package dev.iosemu.device.boot;

import java.util.List;

/** The fixed legal notices IOS prints at boot and in show version. */
public final class LegalText {
    /** The Restricted Rights Legend printed once the image starts. */
    public static final List<String> RESTRICTED_RIGHTS = List.of(
            "              Restricted Rights Legend",
            "",
            "Use, duplication, or disclosure by the Government is",
            "subject to restrictions as set forth in subparagraph",
            "(c) of the Commercial Computer Software - Restricted",
            "Rights clause at FAR sec. 52.227-19 and subparagraph",
            "(c) (1) (ii) of the Rights in Technical Data and Computer",
            "Software clause at DFARS sec. 252.227-7013.",
            "",
            "           cisco Systems, Inc.",
            "           170 West Tasman Drive",
            "           San Jose, California 95134-1706");

    /** The cryptographic-export notice of k9 images. */
    public static final List<String> CRYPTO_NOTICE = List.of(
            "This product contains cryptographic features and is subject to United",
            "States and local country laws governing import, export, transfer and",
            "use. Delivery of Cisco cryptographic products does not imply",
            "third-party authority to import, export, distribute or use encryption.",
            "Importers, exporters, distributors and users are responsible for",
            "compliance with U.S. and local country laws. By using this product you",
            "agree to comply with applicable laws and regulations. If you are unable",
            "to comply with U.S. and local laws, return this product immediately.",
            "",
            "A summary of U.S. laws governing Cisco cryptographic products may be found at:",
            "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html",
            "",
            "If you require further assistance please contact us by sending email to",
            "export@cisco.com.");

    /** The IOS-XE GPL paragraph of show version and the boot banner. */
    public static List<String> xeGplNotice(int year) {
        return List.of(
                "Cisco IOS-XE software, Copyright (c) 2005-" + year + " by cisco Systems, Inc.",
                "All rights reserved.  Certain components of Cisco IOS-XE software are",
                "licensed under the GNU General Public License (\"GPL\") Version 2.0.  The",
                "software code licensed under GPL Version 2.0 is free software that comes",
                "with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such",
                "GPL code under the terms of GPL Version 2.0.  For more details, see the",
                "documentation or \"License Notice\" file accompanying the IOS-XE software,",
                "or the applicable URL provided on the flyer accompanying the IOS-XE",
                "software.");
    }

    private LegalText() {}
}
