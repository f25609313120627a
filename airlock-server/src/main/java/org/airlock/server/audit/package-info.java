/** The append-only, hash-chained audit log, its verification and export. */
package org.airlock.server.audit;
