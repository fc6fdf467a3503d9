#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A blocking TCP socket to 127.0.0.1, for tests that must write what an HTTP client library will
/// not (a malformed chunk, a trickled body, silence) or read as a slow client does.
public enum LoopbackSocket {
  /// A socket connected to 127.0.0.1:`port`, or nil when none could be made or it could not
  /// connect (nothing is left open then). `configure` runs on the socket before it connects:
  /// options such as `SO_RCVBUF` or `SO_RCVTIMEO`. The caller closes it.
  public static func connected(toPort port: Int, configure: (Int32) -> Void = { _ in }) -> Int32? {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { return nil }
    configure(fd)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(fd)
      return nil
    }
    return fd
  }

  /// Sets a receive timeout: a blocked `read` returns -1 (`EAGAIN`) after `seconds`.
  public static func setReceiveTimeout(_ fd: Int32, seconds: Int) {
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }
}
