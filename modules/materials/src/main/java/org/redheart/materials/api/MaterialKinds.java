package org.redheart.materials.api;

import java.util.List;
import org.redheart.platform.api.Actor;

/**
 * The editable list of material kinds. Everyone signed in reads it; admins add kinds, rename them and
 * switch them off (a kind in use is never deleted).
 */
public interface MaterialKinds {
  /** Every kind, active first, by English name. */
  List<MaterialKind> all();

  /**
   * Adds or replaces a kind (admins only).
   *
   * @throws org.redheart.platform.api.InvalidInput naming the wrong field (code: A-Z, 0-9, _; names 1–100)
   * @throws org.redheart.platform.api.Forbidden for other roles
   */
  MaterialKind save(MaterialKind kind, Actor actor);
}
