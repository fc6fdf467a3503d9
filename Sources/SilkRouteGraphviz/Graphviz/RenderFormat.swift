import CGraphviz
import Foundation

/// An output format Graphviz renders in-process.
public enum RenderFormat: String, CaseIterable, Sendable {
  case svg, png, pdf
  /// DOT with the computed layout (positions, spline control points), readable by any
  /// Graphviz tool; `neato -n2` redraws it unchanged.
  case dot

  /// The format a file name's extension asks for (`.svg`, `.png`, `.pdf`, `.dot`/`.gv`).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    default: return nil
    }
  }

  /// Whether the output is text (SVG, DOT) rather than binary (PNG, PDF).
  public var isText: Bool { self == .svg || self == .dot }
}
