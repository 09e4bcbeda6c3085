package dev.iosemu.cli.commands.file;

/** The verb of a file error line: {@code %Error <verb> flash:/x (reason)}. */
public enum FileAction {
    OPENING("opening"),
    DELETING("deleting"),
    RENAMING("renaming"),
    CREATING_DIRECTORY("Creating Directory"),
    REMOVING_DIRECTORY("Removing dir"),
    VERIFYING("verifying"),
    FORMATTING("formatting"),
    ERASING("erasing"),
    CHECKING("checking"),
    SQUEEZING("squeezing"),
    WRITING("writing");

    private final String verb;

    FileAction(String verb) {
        this.verb = verb;
    }

    /** The words IOS prints after {@code %Error}. */
    public String verb() {
        return verb;
    }
}
