/// A binary min-heap of queue entries on one contiguous array, kept with its capacity between
/// searches.
struct LabelQueue {
  typealias Entry = LabelSearch.QueueEntry
  var entries: [Entry] = []

  mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

  mutating func insert(_ entry: Entry) {
    entries.append(entry)
    entries.withUnsafeMutableBufferPointer { heap in
      var child = heap.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard entry < heap[parent] else { break }
        heap[child] = heap[parent]
        child = parent
      }
      heap[child] = entry
    }
  }

  mutating func popMin() -> Entry? {
    guard let last = entries.popLast() else { return nil }
    guard !entries.isEmpty else { return last }
    return entries.withUnsafeMutableBufferPointer { heap in
      let top = heap[0]
      let count = heap.count
      var parent = 0
      while true {
        var child = 2 * parent + 1
        guard child < count else { break }
        if child + 1 < count && heap[child + 1] < heap[child] { child += 1 }
        guard heap[child] < last else { break }
        heap[parent] = heap[child]
        parent = child
      }
      heap[parent] = last
      return top
    }
  }
}
