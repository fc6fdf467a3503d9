/// The legal regime a leg's transport document falls under.
public enum DocumentRegime: String, CaseIterable, Sendable, BitwiseCopyable, Codable, Hashable {
  /// Ocean bill of lading (Hague-Visby Rules).
  case oceanBL = "ocean-bl"
  /// Rail consignment note under COTIF/CIM (EU railways).
  case cim
  /// Rail consignment note under SMGS (China, 1520 mm countries, Mongolia, Vietnam…).
  case smgs
  /// The common CIM/SMGS consignment note, valid on both sides of the regime border.
  case cimSMGS = "cim-smgs"
  /// Road consignment note (CMR Convention).
  case cmr
  /// CMR with a TIR carnet (customs transit under seal).
  case cmrTIR = "cmr-tir"
  /// Air waybill (Montreal Convention).
  case awb

  /// The regime a leg of `mode` travels under when nothing else is known.
  public static func `default`(for mode: Mode) -> DocumentRegime {
    switch mode {
    case .sea: .oceanBL
    case .rail: .smgs
    case .road: .cmr
    case .air: .awb
    }
  }

  /// The rail regimes the document is valid under, or nil for non-rail regimes.
  public var railSides: RailSides? {
    switch self {
    case .smgs: .smgs
    case .cim: .cim
    case .cimSMGS: [.smgs, .cim]
    default: nil
    }
  }

  public var displayName: String {
    switch self {
    case .oceanBL: "ocean B/L"
    case .cim: "CIM consignment note"
    case .smgs: "SMGS consignment note"
    case .cimSMGS: "CIM/SMGS consignment note"
    case .cmr: "CMR consignment note"
    case .cmrTIR: "CMR + TIR carnet"
    case .awb: "air waybill"
    }
  }
}
