package org.airlock.server.submission;

/**
 * One file of a submission.
 *
 * @param targetPath its normalised path on the site
 * @param storageKey name of its encrypted copy in the {@link EncryptedFileStore}
 * @param resultJson the inspection result ({@link FileResult}) as JSON, masked; null until inspected
 */
public record SubmissionFile(long id, long submissionId, int position, String targetPath, String originalName,
                             long sizeBytes, String sha256, String storageKey, String verdict, Long persons,
                             String resultJson) {
}
