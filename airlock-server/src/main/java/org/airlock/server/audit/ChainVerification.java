package org.airlock.server.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid true when every entry's hash matches its content and its predecessor
 * @param entries how many entries were checked
 * @param firstBadEntry sequence number of the first entry that does not fit, or null
 * @param problem what is wrong with it, or null
 * @param lastHash hash of the last entry: keep it elsewhere to detect removal of the newest entries
 */
public record ChainVerification(boolean valid, long entries, Long firstBadEntry, String problem, String lastHash) {
}
