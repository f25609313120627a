/** The policy in force: viewed and replaced through the API, stored in the database, every change audited. */
package org.airlock.server.policy;
