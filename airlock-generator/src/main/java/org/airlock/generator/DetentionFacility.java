package org.airlock.generator;

import java.util.List;

/**
 * A fictional immigration detention facility. Names and towns are invented; they only need to look
 * like the facility column of a detention spreadsheet and like a public facility directory.
 *
 * @param name     e.g. "Granite Pass Processing Center"
 * @param city     town the facility is in
 * @param state    two-letter US state code
 * @param capacity beds
 */
record DetentionFacility(String name, String city, String state, int capacity) {

    static final List<DetentionFacility> ALL = List.of(
            new DetentionFacility("Granite Pass Processing Center", "Granite Pass", "TX", 1200),
            new DetentionFacility("Lone Juniper Detention Center", "Lone Juniper", "AZ", 850),
            new DetentionFacility("Bellhaven County Jail", "Bellhaven", "GA", 300),
            new DetentionFacility("Copper Valley Correctional Center", "Copper Valley", "NM", 700),
            new DetentionFacility("Rio Seco Detention Facility", "Rio Seco", "TX", 950),
            new DetentionFacility("North Alder Processing Center", "North Alder", "WA", 1500),
            new DetentionFacility("Marlow Parish County Jail", "Marlow", "LA", 250),
            new DetentionFacility("Cedar Flats Correctional Center", "Cedar Flats", "CA", 600),
            new DetentionFacility("Harlan Ridge Detention Center", "Harlan Ridge", "PA", 500),
            new DetentionFacility("Pine Hollow Detention Facility", "Pine Hollow", "MS", 800),
            new DetentionFacility("Sable Creek Processing Center", "Sable Creek", "FL", 700),
            new DetentionFacility("Ostrander County Jail", "Ostrander", "NJ", 200),
            new DetentionFacility("Dunmore Basin Detention Center", "Dunmore Basin", "CO", 450),
            new DetentionFacility("Wexford Plains Correctional Center", "Wexford Plains", "OK", 650),
            new DetentionFacility("Eastgate Detention Facility", "Eastgate", "NY", 400));
}
