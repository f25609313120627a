/** Policy and assessment: turns findings and person records into a verdict with reasons. */
package org.airlock.assess;
