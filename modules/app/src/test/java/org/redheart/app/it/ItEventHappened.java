package org.redheart.app.it;

/** An event published only by the restart test's deployment. */
public record ItEventHappened(String name) {}
