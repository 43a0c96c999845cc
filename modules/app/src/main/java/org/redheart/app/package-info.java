/**
 * The application: the one WAR that wires every module together.
 *
 * <ul>
 *   <li>{@code process}: the Camunda engine bootstrap (over the container's datasource and
 *       transaction manager), CDI beans in BPMN expressions, engine health;
 *   <li>{@code infrastructure}: the datasource definition and the per-module Flyway migrations;
 *   <li>{@code security}: form login and personal API tokens, CSRF, security headers;
 *   <li>{@code rest}: the {@code /api} resources, problem details;
 *   <li>{@code web}: the Faces UI shell and its backing beans.
 * </ul>
 *
 * <p>Config keys: see the README's configuration table ({@code redheart.*}). No tables of its own.
 */
package org.redheart.app;
