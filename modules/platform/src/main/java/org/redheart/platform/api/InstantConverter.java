package org.redheart.platform.api;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} as a SQL timestamp (UTC, since every JVM runs in UTC). The container's
 * EclipseLink would otherwise serialise it as bytes. Listed in every module's persistence unit.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
  @Override
  public Timestamp convertToDatabaseColumn(Instant value) {
    return value == null ? null : Timestamp.from(value);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp value) {
    return value == null ? null : value.toInstant();
  }
}
