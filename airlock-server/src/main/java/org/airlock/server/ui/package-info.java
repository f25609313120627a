/**
 * The browser UI: server-rendered Thymeleaf pages in GOV.UK Frontend markup over the same
 * services the REST API uses. Controllers here only translate between forms and those services;
 * every rule (roles, ownership, four eyes, justification, states) is the services' own.
 */
package org.airlock.server.ui;
