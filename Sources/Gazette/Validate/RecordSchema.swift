/// The JSON Schema (draft 2020-12) of a record, as `gazette schema` prints it. The same text
/// is kept in `Schema/gazette.schema.json`; a test keeps the two identical.
package enum RecordSchema {
    package static let json = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://gazette.invalid/schema/record-1.3.json",
          "title": "Gazette record",
          "description": "One announcement as Gazette extracts it (schemaVersion 1.3, which added the figures and dates of titles and captions and the figure kind voltage; records of 1.2, of 1.1, which lacks the figure kind angle, and of 1.0, which lacks the fields of official documents, are read too).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "schemaVersion",
            "gazetteVersion",
            "source",
            "title",
            "subtitle",
            "metadata",
            "lead",
            "sections",
            "captions",
            "tables",
            "trailer",
            "diagnostics"
          ],
          "properties": {
            "schemaVersion": {
              "enum": [
                "1.0",
                "1.1",
                "1.2",
                "1.3",
                "1.4"
              ]
            },
            "gazetteVersion": {
              "type": "string",
              "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
            },
            "source": {
              "$ref": "#/$defs/source"
            },
            "title": {
              "type": [
                "string",
                "null"
              ]
            },
            "subtitle": {
              "type": [
                "string",
                "null"
              ]
            },
            "titleFigures": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/figure"
              }
            },
            "titleDates": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/date"
              }
            },
            "addressee": {
              "type": [
                "string",
                "null"
              ]
            },
            "metadata": {
              "$ref": "#/$defs/metadata"
            },
            "lead": {
              "$ref": "#/$defs/passage"
            },
            "sections": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/section"
              }
            },
            "closing": {
              "$ref": "#/$defs/passage"
            },
            "signature": {
              "$ref": "#/$defs/signature"
            },
            "attachments": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "captions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/caption"
              }
            },
            "tables": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/table"
              }
            },
            "trailer": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "diagnostics": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/diagnostic"
              }
            }
          },
          "$defs": {
            "passage": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "paragraphs",
                "figures",
                "dates"
              ],
              "properties": {
                "paragraphs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "figures": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/figure"
                  }
                },
                "dates": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/date"
                  }
                }
              }
            },
            "source": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "format",
                "encoding",
                "encodingSource",
                "sha256",
                "bytes"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "minLength": 1
                },
                "format": {
                  "enum": [
                    "text",
                    "html",
                    "markdown"
                  ]
                },
                "encoding": {
                  "type": "string",
                  "minLength": 1
                },
                "encodingSource": {
                  "enum": [
                    "forced",
                    "bom",
                    "declared",
                    "detected"
                  ]
                },
                "sha256": {
                  "type": "string",
                  "pattern": "^[0-9a-f]{64}$"
                },
                "bytes": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            },
            "metadata": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "publishedAt",
                "source",
                "author",
                "reviewer",
                "documentNumber",
                "canonicalURL"
              ],
              "properties": {
                "publishedAt": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?$"
                },
                "publishedAtSource": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "enum": [
                    "byline",
                    "json-ld",
                    "meta",
                    "time-element",
                    "script",
                    "header-date",
                    "url",
                    null
                  ]
                },
                "source": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "author": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reviewer": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "documentNumber": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "issuer": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "writtenAt": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?$"
                },
                "index": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "canonicalURL": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            },
            "figure": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "text",
                "value",
                "unit",
                "kind",
                "paragraph",
                "start",
                "end"
              ],
              "properties": {
                "text": {
                  "type": "string",
                  "minLength": 1
                },
                "value": {
                  "type": "string",
                  "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                },
                "valueMax": {
                  "type": "string",
                  "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                },
                "unit": {
                  "type": "string"
                },
                "kind": {
                  "enum": [
                    "count",
                    "money",
                    "percent",
                    "ratio",
                    "area",
                    "length",
                    "weight",
                    "volume",
                    "energy",
                    "power",
                    "speed",
                    "temperature",
                    "angle",
                    "data",
                    "frequency",
                    "voltage",
                    "duration",
                    "rank",
                    "number"
                  ]
                },
                "qualifier": {
                  "enum": [
                    "approx",
                    "over",
                    "atLeast",
                    "atMost",
                    "under"
                  ]
                },
                "change": {
                  "enum": [
                    "increase",
                    "decrease"
                  ]
                },
                "comparison": {
                  "enum": [
                    "yearOnYear",
                    "periodOnPeriod"
                  ]
                },
                "paragraph": {
                  "type": "integer",
                  "minimum": 0
                },
                "start": {
                  "type": "integer",
                  "minimum": 0
                },
                "end": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            },
            "date": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "text",
                "value",
                "paragraph",
                "start",
                "end"
              ],
              "properties": {
                "text": {
                  "type": "string",
                  "minLength": 1
                },
                "value": {
                  "type": "string",
                  "pattern": "^([0-9]{4}(-(0[1-9]|1[0-2])(-[0-3][0-9])?|-Q[1-4])?|--(0[1-9]|1[0-2])-[0-3][0-9])$"
                },
                "paragraph": {
                  "type": "integer",
                  "minimum": 0
                },
                "start": {
                  "type": "integer",
                  "minimum": 0
                },
                "end": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            },
            "section": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "number",
                "marker",
                "level",
                "title",
                "leadOrganizations",
                "lead",
                "paragraphs",
                "figures",
                "dates",
                "references",
                "sections"
              ],
              "properties": {
                "number": {
                  "type": "integer",
                  "minimum": 1
                },
                "marker": {
                  "type": "string",
                  "minLength": 1
                },
                "level": {
                  "type": "integer",
                  "minimum": 1
                },
                "title": {
                  "type": "string"
                },
                "titleForm": {
                  "enum": [
                    "heading",
                    "runIn",
                    "label",
                    "none"
                  ]
                },
                "leadOrganizations": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "responsibleOrganizations": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "lead": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "paragraphs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "paragraphsBeforeSections": {
                  "type": "integer",
                  "minimum": 0
                },
                "figures": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/figure"
                  }
                },
                "dates": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/date"
                  }
                },
                "references": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "sections": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/section"
                  }
                }
              }
            },
            "caption": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "marker",
                "text"
              ],
              "properties": {
                "marker": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "text": {
                  "type": "string",
                  "minLength": 1
                },
                "image": {
                  "type": "string"
                },
                "figures": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/figure"
                  }
                },
                "dates": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/date"
                  }
                }
              }
            },
            "table": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "caption",
                "header",
                "rows",
                "figures",
                "section"
              ],
              "properties": {
                "caption": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "header": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "rows": {
                  "type": "array",
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "figures": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/tableFigure"
                  }
                },
                "section": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "pattern": "^[0-9]+(\\.[0-9]+)*$"
                }
              }
            },
            "tableFigure": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "row",
                "column",
                "context",
                "text",
                "value",
                "unit",
                "kind"
              ],
              "properties": {
                "row": {
                  "type": "integer",
                  "minimum": 0
                },
                "column": {
                  "type": "integer",
                  "minimum": 0
                },
                "context": {
                  "type": "string"
                },
                "text": {
                  "type": "string",
                  "minLength": 1
                },
                "value": {
                  "type": "string",
                  "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                },
                "unit": {
                  "type": "string"
                },
                "kind": {
                  "enum": [
                    "count",
                    "money",
                    "percent",
                    "ratio",
                    "area",
                    "length",
                    "weight",
                    "volume",
                    "energy",
                    "power",
                    "speed",
                    "temperature",
                    "angle",
                    "data",
                    "frequency",
                    "voltage",
                    "duration",
                    "rank",
                    "number"
                  ]
                },
                "qualifier": {
                  "enum": [
                    "approx",
                    "over",
                    "atLeast",
                    "atMost",
                    "under"
                  ]
                }
              }
            },
            "diagnostic": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "code",
                "severity",
                "message",
                "path"
              ],
              "properties": {
                "code": {
                  "type": "string",
                  "pattern": "^[a-z]+(-[a-z]+)*$"
                },
                "severity": {
                  "enum": [
                    "error",
                    "warning",
                    "info"
                  ]
                },
                "message": {
                  "type": "string",
                  "minLength": 1
                },
                "path": {
                  "type": "string"
                }
              }
            },
            "signature": {
              "type": [
                "object",
                "null"
              ],
              "additionalProperties": false,
              "required": [
                "organizations",
                "date",
                "release"
              ],
              "properties": {
                "organizations": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "date": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?$"
                },
                "release": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            }
          }
        }
        """#
}
