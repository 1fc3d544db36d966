/// The `capacity` best elements of a stream under `isBetter`, kept in a bounded binary heap whose root is the
/// worst one kept: O(n log k) for a page of k out of n matches, where sorting them all is O(n log n).
struct BestOf<Element> {
    let capacity: Int
    let isBetter: (Element, Element) -> Bool
    private var heap: [Element] = []

    init(capacity: Int, isBetter: @escaping (Element, Element) -> Bool) {
        self.capacity = max(0, capacity)
        self.isBetter = isBetter
        heap.reserveCapacity(min(self.capacity, 1024))
    }

    mutating func offer(_ element: Element) {
        if heap.count < capacity {
            heap.append(element)
            var child = heap.count - 1
            while child > 0, isBetter(heap[(child - 1) / 2], heap[child]) {
                heap.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        } else if capacity > 0, isBetter(element, heap[0]) {
            heap[0] = element
            var parent = 0
            while true {
                var worst = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && isBetter(heap[worst], heap[child]) {
                    worst = child
                }
                if worst == parent { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The elements kept, best first.
    func sorted() -> [Element] { heap.sorted(by: isBetter) }
}
