package org.airlock.extract;

/**
 * What a file is, by its content.
 *
 * @param type the type Airlock acts on
 * @param mediaType the media type Tika's magic detection gave, refined by looking inside containers
 * @param note what else is worth saying, e.g. an extension that contradicts the content; may be empty
 */
public record DetectedType(DocumentType type, String mediaType, String note) {
}
