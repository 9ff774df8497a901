/// The JSON form of a record, field by field in the contract's order: the one way records
/// become JSON. `JSONDecoder` reads it back through the models' `Decodable` conformance.
extension JSONWriter {
    mutating func write(_ document: Document) {
        object { w in
            w.field("schemaVersion", document.schemaVersion)
            w.field("gazetteVersion", document.gazetteVersion)
            w.key("source")
            w.write(document.source)
            w.field("title", document.title)
            w.field("subtitle", document.subtitle)
            w.key("titleFigures")
            w.array(document.titleFigures) { $0.write($1) }
            w.key("titleDates")
            w.array(document.titleDates) { $0.write($1) }
            w.key("metadata")
            w.write(document.metadata)
            w.field("addressee", document.addressee)
            w.key("lead")
            w.write(document.lead)
            w.key("sections")
            w.array(document.sections) { $0.write($1) }
            w.key("closing")
            w.write(document.closing)
            w.key("signature")
            if let signature = document.signature {
                w.object { w in
                    w.field("organizations", strings: signature.organizations)
                    w.field("date", signature.date)
                    w.field("release", signature.release)
                }
            } else {
                w.null()
            }
            w.field("attachments", strings: document.attachments)
            w.key("captions")
            w.array(document.captions) { $0.write($1) }
            w.key("tables")
            w.array(document.tables) { $0.write($1) }
            w.field("trailer", strings: document.trailer)
            w.key("diagnostics")
            w.array(document.diagnostics) { $0.write($1) }
        }
    }

    mutating func write(_ passage: Lead) {
        object { w in
            w.field("paragraphs", strings: passage.paragraphs)
            w.key("figures")
            w.array(passage.figures) { $0.write($1) }
            w.key("dates")
            w.array(passage.dates) { $0.write($1) }
        }
    }

    mutating func write(_ source: SourceInfo) {
        object { w in
            w.field("name", source.name)
            w.field("format", source.format.rawValue)
            w.field("encoding", source.encoding)
            w.field("encodingSource", source.encodingSource)
            w.field("sha256", source.sha256)
            w.field("bytes", source.bytes)
        }
    }

    mutating func write(_ metadata: Metadata) {
        object { w in
            w.field("publishedAt", metadata.publishedAt)
            w.field("publishedAtSource", metadata.publishedAtSource)
            w.field("source", metadata.source)
            w.field("author", metadata.author)
            w.field("reviewer", metadata.reviewer)
            w.field("documentNumber", metadata.documentNumber)
            w.field("issuer", metadata.issuer)
            w.field("writtenAt", metadata.writtenAt)
            w.field("index", metadata.index)
            w.field("canonicalURL", metadata.canonicalURL)
        }
    }

    mutating func write(_ section: Section) {
        object { w in
            w.field("number", section.number)
            w.field("marker", section.marker)
            w.field("level", section.level)
            w.field("title", section.title)
            w.field("titleForm", section.titleForm.rawValue)
            w.field("leadOrganizations", strings: section.leadOrganizations)
            w.field("responsibleOrganizations", strings: section.responsibleOrganizations)
            w.field("lead", section.lead)
            w.field("paragraphs", strings: section.paragraphs)
            w.field("paragraphsBeforeSections", section.paragraphsBeforeSections)
            w.key("figures")
            w.array(section.figures) { $0.write($1) }
            w.key("dates")
            w.array(section.dates) { $0.write($1) }
            w.field("references", strings: section.references)
            w.key("sections")
            w.array(section.sections) { $0.write($1) }
        }
    }

    mutating func write(_ figure: Figure) {
        object { w in
            w.field("text", figure.text)
            w.field("value", figure.value)
            w.optionalField("valueMax", figure.valueMax)
            w.field("unit", figure.unit)
            w.field("kind", figure.kind.rawValue)
            w.optionalField("qualifier", figure.qualifier?.rawValue)
            w.optionalField("change", figure.change?.rawValue)
            w.optionalField("comparison", figure.comparison?.rawValue)
            w.field("paragraph", figure.paragraph)
            w.field("start", figure.start)
            w.field("end", figure.end)
        }
    }

    /// A date; `kind` is written after the value where dates stand among figures.
    mutating func write(_ date: DateMention, kind: String? = nil) {
        object { w in
            w.field("text", date.text)
            w.field("value", date.value)
            w.optionalField("kind", kind)
            w.field("paragraph", date.paragraph)
            w.field("start", date.start)
            w.field("end", date.end)
        }
    }

    mutating func write(_ caption: Caption) {
        object { w in
            w.field("marker", caption.marker)
            w.field("text", caption.text)
            w.optionalField("image", caption.image)
            w.key("figures")
            w.array(caption.figures) { $0.write($1) }
            w.key("dates")
            w.array(caption.dates) { $0.write($1) }
        }
    }

    mutating func write(_ table: Table) {
        object { w in
            w.field("caption", table.caption)
            w.field("header", strings: table.header)
            w.key("rows")
            w.array(table.rows) { $0.array($1) { $0.string($1) } }
            w.key("figures")
            w.array(table.figures) { w, figure in
                w.object { w in
                    w.field("row", figure.row)
                    w.field("column", figure.column)
                    w.field("context", figure.context)
                    w.field("text", figure.text)
                    w.field("value", figure.value)
                    w.field("unit", figure.unit)
                    w.field("kind", figure.kind.rawValue)
                    w.optionalField("qualifier", figure.qualifier?.rawValue)
                }
            }
            w.field("section", table.section)
        }
    }

    mutating func write(_ diagnostic: Diagnostic) {
        object { w in
            w.field("code", diagnostic.code)
            w.field("severity", diagnostic.severity.rawValue)
            w.field("message", diagnostic.message)
            w.field("path", diagnostic.path)
        }
    }
}
