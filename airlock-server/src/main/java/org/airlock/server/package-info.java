/**
 * The publishing gate (`airlock serve`): a Spring Boot application in feature packages. The core
 * ({@code airlock-core}) stays framework-free; this module calls its {@code Inspector} and {@code Policy}.
 */
package org.airlock.server;
