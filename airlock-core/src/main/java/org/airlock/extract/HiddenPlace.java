package org.airlock.extract;

/**
 * One entry of the hidden-content inventory: what kind of hiding place, where, and how many items
 * (rows, columns, comments, records) it holds.
 */
public record HiddenPlace(HiddenPlaceKind kind, Location location, long count) {
}
