package org.airlock.extract;

/** Why a file, or part of it, could not be inspected. Every one of these ends as REVIEW, never PASS. */
public enum FailureKind {
    ENCRYPTED("encrypted: cannot be inspected without the password"),
    CORRUPT("corrupt: the file's structure could not be read"),
    TRUNCATED("truncated: the file ends before its structure does"),
    TOO_LARGE("too large: over the size limit"),
    ZIP_BOMB("suspected zip bomb: expands far beyond its size"),
    XML_BOMB("suspected XML bomb: declares entities or a DTD"),
    TOO_DEEP("nested too deeply: embedded documents beyond the depth limit"),
    TIMEOUT("timed out: inspection took longer than the limit"),
    UNSUPPORTED_TYPE("unsupported type: this version of Airlock cannot inspect it"),
    EMPTY("empty file"),
    OPAQUE_PART("holds a part that cannot be read as data"),
    UNSAFE_PATH("archive member named to escape its folder (path traversal): a hostile archive"),
    INTERNAL_ERROR("internal error while inspecting"),
    NOT_FETCHED("not fetched: the server did not deliver the document completely");

    private final String description;

    FailureKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
