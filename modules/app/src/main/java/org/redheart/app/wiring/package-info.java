/** Cross-module reactions that only the app may wire: persisted-event handlers that call another module's api. */
package org.redheart.app.wiring;
