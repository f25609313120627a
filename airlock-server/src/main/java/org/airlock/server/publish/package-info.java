/** Publishing: the connector interface, the local-directory connector (atomic writes), target-path checks, publish and withdraw. */
package org.airlock.server.publish;
