/** Record assembly: findings grouped by place, person records, and the distinct-person count. */
package org.airlock.records;
