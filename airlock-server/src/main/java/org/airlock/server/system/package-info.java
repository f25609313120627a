/** Configuration of the gate, its building blocks from the core, and the API's error handling. */
package org.airlock.server.system;
