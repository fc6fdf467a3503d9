import SilkRoute

extension CityRecord {
  /// The city centre as a point.
  public var point: GeoPoint { GeoPoint(latitude: latitude, longitude: longitude) }
}
