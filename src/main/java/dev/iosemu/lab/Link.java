package dev.iosemu.lab;

/**
 * A cable between two interfaces of a {@link LabNetwork}. It stays in the lab once made; pulling it out
 * ({@link #unplug()}) and plugging it back ({@link #plug()}) take the carrier away and give it back at both
 * ends, as a real cable does. Thread-safe.
 */
public final class Link {
    private final LabNetwork network;
    private final LinkEnd a;
    private final LinkEnd b;
    private volatile boolean plugged = true; // written under the network's lock

    Link(LabNetwork network, LinkEnd a, LinkEnd b) {
        this.network = network;
        this.a = a;
        this.b = b;
    }

    public LinkEnd a() {
        return a;
    }

    public LinkEnd b() {
        return b;
    }

    /** Whether the cable is plugged in at both ends. */
    public boolean isPlugged() {
        return plugged;
    }

    /** Pulls the cable: both ends lose their carrier. */
    public void unplug() {
        network.plug(this, false);
    }

    /** Plugs the cable back: each end has a carrier again while the other end is not shut down. */
    public void plug() {
        network.plug(this, true);
    }

    void setPlugged(boolean value) {
        plugged = value;
    }

    /** The end across the cable from {@code end}. */
    LinkEnd peer(LinkEnd end) {
        return end.equals(a) ? b : a;
    }

    @Override
    public String toString() {
        return a + " <-> " + b;
    }
}
