/// `tree.json`: the construct tree as the CDK writes it, so tools that read a
/// cloud assembly's tree can navigate ours.
///
/// Kept as one flat list of nodes and written straight to text: a large app's tree is
/// the largest file of its assembly, and building it as a JSON value first would hold
/// it in memory twice.
public struct TreeDocument {
    /// A construct of the tree, in depth-first order; `childCount` of the entries that
    /// follow are its children (each followed by its own subtree).
    struct Entry {
        let id: String
        let path: String
        let kind: String
        /// The CloudFormation type and logical ID of a resource.
        let resource: (type: String, logicalID: String)?
        let childCount: Int
    }

    let entries: [Entry]

    static func make(_ context: SynthesisContext) -> TreeDocument {
        var entries: [Entry] = []
        entries.reserveCapacity(context.tree.count)
        var pending = [context.tree.root]
        while let node = pending.popLast() {
            var resource: (type: String, logicalID: String)?
            if let element = node.construct as? CfnResource, let logicalID = context.logicalID(of: node) {
                resource = (element.type, logicalID)
            }
            entries.append(Entry(
                id: node.construct is App ? "App" : node.construct.id, path: node.path, kind: node.construct.kind,
                resource: resource, childCount: node.children.count))
            pending.append(contentsOf: node.children.reversed())
        }
        return TreeDocument(entries: entries)
    }

    /// The document as a JSON value.
    public var json: JSONValue {
        var index = 0
        func node() -> JSONValue {
            let entry = entries[index]
            index += 1
            var object: JSONObject = [
                "id": .string(entry.id), "path": .string(entry.path),
                "constructInfo": ["fqn": .string("swift-cdk.\(entry.kind)"), "version": .string(swiftCDKVersion)],
            ]
            if entry.childCount > 0 {
                var children = JSONObject()
                for _ in 0..<entry.childCount {
                    let id = entries[index].id
                    children[id] = node()
                }
                object["children"] = .object(children)
            }
            if let resource = entry.resource {
                object["attributes"] = [
                    "aws:cdk:cloudformation:type": .string(resource.type),
                    "aws:cdk:cloudformation:logicalId": .string(resource.logicalID),
                ]
            }
            return .object(object)
        }
        guard !entries.isEmpty else { return ["version": "tree-0.1"] }
        return ["version": "tree-0.1", "tree": node()]
    }

    /// The text of ``json`` as `JSONWriter` renders it, with a final line break, as UTF-8.
    public func renderUTF8() -> [UInt8] {
        FileOutput.collect(write)
    }

    /// Writes ``renderUTF8()``'s bytes to `output`, handing them on a block at a time.
    public func write(to output: inout FileOutput) {
        var document = JSONDocumentWriter(writer: JSONWriter())
        document.open(into: &output.bytes)
        document.member("version", "tree-0.1", into: &output.bytes)
        var index = 0
        func node(_ key: String) {
            let entry = entries[index]
            index += 1
            document.openMember(key, into: &output.bytes)
            document.member("id", .string(entry.id), into: &output.bytes)
            document.member("path", .string(entry.path), into: &output.bytes)
            document.openMember("constructInfo", into: &output.bytes)
            document.member("fqn", .string("swift-cdk." + entry.kind), into: &output.bytes)
            document.member("version", .string(swiftCDKVersion), into: &output.bytes)
            document.close(into: &output.bytes)
            if entry.childCount > 0 {
                document.openMember("children", into: &output.bytes)
                for _ in 0..<entry.childCount { node(entries[index].id) }
                document.close(into: &output.bytes)
            }
            if let resource = entry.resource {
                document.openMember("attributes", into: &output.bytes)
                document.member("aws:cdk:cloudformation:type", .string(resource.type), into: &output.bytes)
                document.member("aws:cdk:cloudformation:logicalId", .string(resource.logicalID), into: &output.bytes)
                document.close(into: &output.bytes)
            }
            document.close(into: &output.bytes)
            output.deliverIfFull()
        }
        if !entries.isEmpty { node("tree") }
        document.close(into: &output.bytes)
        output.bytes.append(UInt8(ascii: "\n"))
    }
}
