package org.redheart.platform.domain;

/** A template rendered for one recipient: subject (one line), plain text and HTML. */
public record RenderedMail(String subject, String text, String html) {}
