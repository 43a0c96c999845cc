/** The network's tables ({@code net_*}) through JPA, persistence unit {@code network}. */
package org.redheart.network.persistence;
