/** Tables understood as tables: header vocabulary, column roles, blocks, and row-by-row record assembly. */
package org.airlock.table;
