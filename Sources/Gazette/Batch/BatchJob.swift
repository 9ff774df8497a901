/// One input of a batch: its path, the name its record gives as `source.name` (its file name
/// when nil), and the name of what is written for it, relative to the output folder.
package struct BatchJob: Sendable, Equatable {
    package var path: String
    package var name: String?
    package var output: String

    package init(path: String, name: String? = nil, output: String) {
        self.path = path
        self.name = name
        self.output = output
    }
}
