package org.redheart.platform.api;

import java.util.Set;

/** What it takes to create a user account. */
public record NewUser(
    String username, String displayName, String email, String password, Set<Role> roles) {}
