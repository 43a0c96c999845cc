package org.redheart.platform.api;

/**
 * A CDI event fired once at start, after every module's tables are migrated and the process engine
 * runs: background pollers (event delivery, jobs) start on it, never before their tables exist.
 */
public record ApplicationReady() {}
