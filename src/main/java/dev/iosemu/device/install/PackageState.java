package dev.iosemu.device.install;

/** Where an installed image stands, with the letter {@code show install} prints. */
public enum PackageState {
    /** Added, not running. */
    INACTIVE('I'),
    /** Activated, running, not committed: the auto-abort timer can take it back. */
    UNCOMMITTED('U'),
    /** Activated and committed. */
    COMMITTED('C'),
    /** Was committed, replaced by an uncommitted activation: abort brings it back. */
    DEACTIVATED('D');

    private final char letter;

    PackageState(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The state of {@code letter}. */
    static PackageState of(char letter) {
        for (PackageState state : values()) {
            if (state.letter == letter) {
                return state;
            }
        }
        throw new IllegalArgumentException("no install state '" + letter + "'");
    }
}
