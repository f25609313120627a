/** Measures detection on a labelled set ({@code airlock eval}): spans, matching, per-type scores. */
package org.airlock.eval;
