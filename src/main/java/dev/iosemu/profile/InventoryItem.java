package dev.iosemu.profile;

/**
 * One field-replaceable part as {@code show inventory} lists it, and {@code show platform} when it has a slot.
 *
 * @param name {@code Chassis}, {@code module R0}, {@code NIM subslot 0/0}
 * @param descr its description
 * @param pid product id
 * @param vid version id; empty when the part has none
 * @param sn serial number; empty when the part has none
 * @param slot the slot {@code show platform} lists it in ({@code 0}, {@code 0/0}, {@code R0}); empty when it
 *     is not listed there
 */
public record InventoryItem(String name, String descr, String pid, String vid, String sn, String slot) {
    /** Requires name, description and product id; the rest default to empty. */
    public InventoryItem {
        Fields.text("name", name);
        Fields.text("descr", descr);
        Fields.text("pid", pid);
        vid = vid == null ? "" : vid;
        sn = sn == null ? "" : sn;
        slot = slot == null ? "" : slot;
    }
}
