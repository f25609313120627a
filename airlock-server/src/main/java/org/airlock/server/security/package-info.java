/** Users, roles, API tokens, HTTP Basic, first-run and demo users, login-failure auditing. */
package org.airlock.server.security;
